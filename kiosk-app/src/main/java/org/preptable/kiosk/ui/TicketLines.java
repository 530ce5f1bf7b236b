package org.preptable.kiosk.ui;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.preptable.model.kds.KitchenOrder;

/**
 * The body of a ticket: {@code 2 × Classic burger}, its modifiers, notes and allergens, line by line. After Saavor
 * changed the order, and until the next bump, added and modified lines carry an ADDED / CHANGED tag and lines taken
 * off are listed struck through with a REMOVED tag: words, not only a colour. FX thread only.
 */
final class TicketLines {

    private TicketLines() {
    }

    /** Adds the order's lines to {@code ticket}. */
    static void addTo(VBox ticket, KitchenOrder order) {
        boolean changes = showsChanges(order);
        for (KitchenOrder.OrderLine line : order.lines()) {
            Label text = label(line.quantity() + " × " + line.name(), "line");
            String tag = changes ? tagFor(line.change()) : null;
            if (tag == null) {
                ticket.getChildren().add(text);
            } else {
                text.getStyleClass().add("changed");
                ticket.getChildren().add(tagged(tag, text));
            }
            for (String modifier : line.modifiers()) {
                ticket.getChildren().add(label(modifier, "modifier"));
            }
            if (line.notes() != null && !line.notes().isBlank()) {
                ticket.getChildren().add(label("Note: " + line.notes().strip(), "notes"));
            }
            if (!line.allergens().isEmpty()) {
                Label allergens = label("⚠ " + allergenText(line.allergens()), "allergens");
                VBox.setMargin(allergens, new Insets(1, 10, 1, 28));
                ticket.getChildren().add(allergens);
            }
        }
        if (changes) {
            for (KitchenOrder.RemovedLine removed : order.removedLines()) {
                ticket.getChildren().add(tagged("REMOVED", label(removed.quantity() + " × " + removed.name(),
                        "removed-line")));
            }
        }
    }

    /**
     * Whether the ticket still shows Saavor's last change: the order changed, and the ticket (this screen's state)
     * has not been bumped since.
     */
    static boolean showsChanges(KitchenOrder order) {
        Instant changed = order.changedAt();
        if (changed == null) {
            return false;
        }
        boolean anything = !order.removedLines().isEmpty()
                || order.lines().stream().anyMatch(line -> tagFor(line.change()) != null);
        return anything && (order.stateChangedAt() == null || !order.stateChangedAt().isAfter(changed));
    }

    /** "1 Gluten, 7 Milk": the allergen numbers menus print, in their order, with English names a new cook can read. */
    static String allergenText(List<KitchenOrder.LineAllergen> allergens) {
        return allergens.stream().sorted(java.util.Comparator.comparingInt(KitchenOrder.LineAllergen::displayNumber)).map(a -> a.displayNumber() + " " + (a.nameEn() == null ? a.nameDa() : a.nameEn()))
                .collect(Collectors.joining(", "));
    }

    private static String tagFor(String change) {
        if (change == null) {
            return null;
        }
        return switch (change) {
            case "added" -> "ADDED";
            case "modified" -> "CHANGED";
            default -> null;
        };
    }

    private static Node tagged(String tag, Label text) {
        Label chip = new Label(tag);
        chip.getStyleClass().add("change-tag");
        chip.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(chip, text);
        row.getStyleClass().add("changed-row");
        return row;
    }

    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }
}
