package org.preptable.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.preptable.kiosk.board.TicketUrgency;
import org.preptable.model.kds.KitchenOrder;

/**
 * One order as a kitchen ticket: slot key, number, state chip and elapsed time on top, then customer and channel,
 * then the lines ({@code 2 × Classic burger}), their modifiers, notes and allergens. Built in code (no FXML) so it stays
 * cheap on a Pi; all looks come from {@code kiosk.css} through the style classes set here.
 *
 * <p>Nothing relies on colour alone, for colour-blind cooks and washed-out screens: the state chip has words, age
 * escalation adds a marker ("!" then "LATE") and a heavier border, allergens carry a warning sign. FX thread only.
 */
public final class TicketCard extends VBox {

    private static final List<String> URGENCY_CLASSES = java.util.Arrays.stream(TicketUrgency.values())
            .map(TicketUrgency::styleClass).filter(java.util.Objects::nonNull).toList();

    private final KitchenOrder order;
    private final Label elapsed = new Label();
    private final ElapsedSlot elapsedSlot = new ElapsedSlot(elapsed);
    private final Label marker = new Label();
    private final Label hold = new Label();
    private final Label slotKey = new Label();
    private TicketUrgency shownUrgency;

    /** @param slot the select key (1–8) shown on the ticket, or 0 for none */
    public TicketCard(KitchenOrder order, int slot) {
        this.order = order;
        getStyleClass().addAll("ticket", "state-" + stateKey(order.prepState()));
        setUserData(order.id());

        slotKey.getStyleClass().add("slot");
        setSlot(slot);
        Label number = label("#" + order.number(), "order-number");
        Label badge = label(badgeText(order.prepState()), "state-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        elapsed.getStyleClass().add("elapsed");
        marker.getStyleClass().add("urgency-marker");
        // Header labels never wrap or shrink to "...": the spacer and the card width absorb the slack instead.
        for (Label l : List.of(slotKey, number, badge, marker, elapsed)) {
            l.setWrapText(false);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Two header rows so a narrow column never cuts the number or the time: who/when on top, state chips below.
        HBox header = new HBox(slotKey, number, spacer, elapsedSlot);
        header.getStyleClass().add("ticket-header");
        HBox chips = new HBox(badge, marker);
        chips.getStyleClass().add("ticket-chips");
        hold.getStyleClass().add("hold");
        hold.setVisible(false);
        hold.setManaged(false);

        getChildren().addAll(header, chips, hold, label(whoText(order), "customer"));
        for (KitchenOrder.OrderLine line : nullSafe(order.lines())) {
            getChildren().add(label(line.quantity() + " × " + line.name(), "line"));
            for (String modifier : nullSafe(line.modifiers())) {
                getChildren().add(label(modifier, "modifier"));
            }
            if (line.notes() != null && !line.notes().isBlank()) {
                getChildren().add(label("Note: " + line.notes().strip(), "notes"));
            }
            if (!nullSafe(line.allergens()).isEmpty()) {
                Label allergens = label("⚠ " + allergenText(line.allergens()), "allergens");
                VBox.setMargin(allergens, new javafx.geometry.Insets(1, 10, 1, 28));
                getChildren().add(allergens);
            }
        }
    }

    /** The select key shown on the ticket (1–8), or 0 for none; changes when tickets before it leave. */
    public void setSlot(int slot) {
        slotKey.setText(slot > 0 ? Integer.toString(slot) : "");
        slotKey.setVisible(slot > 0);
        slotKey.setManaged(slot > 0);
    }

    public KitchenOrder order() {
        return order;
    }

    /**
     * Recomputes elapsed time and urgency; the board calls this on its once-a-second tick (no timer per card).
     */
    public void refresh(Instant now, TicketUrgency urgency) {
        String time = order.placedAt() == null ? "–" : formatElapsed(Duration.between(order.placedAt(), now));
        elapsedSlot.show(time);
        if (urgency == shownUrgency) {
            return; // restyling a ticket is the expensive part of a frame; only do it when the urgency changed
        }
        shownUrgency = urgency;
        getStyleClass().removeAll(URGENCY_CLASSES);
        if (urgency.styleClass() != null) {
            getStyleClass().add(urgency.styleClass());
        }
        marker.setText(switch (urgency) {
            case NORMAL -> "";
            case WARN -> "!";
            case LATE -> "LATE";
            case READY_OVERDUE -> "WAITING";
        });
        marker.setVisible(urgency != TicketUrgency.NORMAL);
        marker.setManaged(urgency != TicketUrgency.NORMAL);
    }

    /** Shows (or hides, with null) the bump waiting to be sent: "→ COOKING in 3 s · ⌫ undo". */
    public void showHold(String toState, long secondsLeft) {
        boolean held = toState != null;
        hold.setVisible(held);
        hold.setManaged(held);
        if (!held) {
            getStyleClass().remove("held");
        } else {
            if (!getStyleClass().contains("held")) {
                getStyleClass().add("held");
            }
            hold.setText("→ " + badgeText(toState) + " in " + Math.max(0, secondsLeft) + " s · undo");
        }
    }

    /** {@code m:ss} under an hour, {@code h:mm:ss} above; negative (clock skew vs. gateway) shows as 0:00. */
    static String formatElapsed(Duration d) {
        long s = Math.max(0, d.toSeconds());
        StringBuilder text = new StringBuilder(8);
        if (s >= 3600) {
            text.append(s / 3600).append(':');
            twoDigits(text, s / 60 % 60);
        } else {
            text.append(s / 60);
        }
        return twoDigits(text.append(':'), s % 60).toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, long value) {
        return text.append(value < 10 ? "0" : "").append(value);
    }

    /** Kitchen words for the gateway's prep states; unknown states are shown as they come, upper-cased. */
    static String badgeText(String prepState) {
        return switch (stateKey(prepState)) {
            case "queued" -> "NEW";
            case "preparing" -> "COOKING";
            case "ready" -> "READY";
            case "fulfilled" -> "DONE";
            case "voided" -> "VOID";
            case "" -> "?";
            default -> prepState.toUpperCase(Locale.ROOT);
        };
    }

    /** "1 Gluten, 7 Milk": the allergen numbers menus print, with English names a new cook can read. */
    static String allergenText(List<KitchenOrder.LineAllergen> allergens) {
        return allergens.stream().map(a -> a.displayNumber() + " " + (a.nameEn() == null ? a.nameDa() : a.nameEn()))
                .collect(Collectors.joining(", "));
    }

    private static String stateKey(String prepState) {
        return prepState == null ? "" : prepState.strip().toLowerCase(Locale.ROOT);
    }

    private static String whoText(KitchenOrder order) {
        String customer = order.customerName() == null || order.customerName().isBlank() ? "—" : order.customerName();
        return order.channel() == null ? customer : customer + " · " + order.channel().toUpperCase(Locale.ROOT);
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The header's place for the elapsed time. The label inside is unmanaged, so it is a layout root: its text
     * changing every second re-lays out the label alone, not the ticket (a ticket's layout measures the text of
     * every line again, the most expensive part of turning a page). The place takes the label's width and asks the
     * header for more room only when that width changes, which with a font's equal-width digits is when the time
     * gains a digit (9:59 → 10:00 → 1:00:00).
     */
    private static final class ElapsedSlot extends Region {
        private final Label label;

        ElapsedSlot(Label label) {
            this.label = label;
            label.setManaged(false);
            getChildren().add(label);
        }

        void show(String text) {
            label.setText(text);
            fitWidth();
        }

        private void fitWidth() {
            double width = snapSizeX(label.prefWidth(-1));
            if (width != getPrefWidth()) {
                setPrefWidth(width);
                setMinWidth(width);
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            return label.prefHeight(-1);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            fitWidth(); // the stylesheet's font arrives after the first show()
            double height = snapSizeY(label.prefHeight(-1));
            label.resizeRelocate(0, snapPositionY((getHeight() - height) / 2), getWidth(), height);
        }
    }
}
