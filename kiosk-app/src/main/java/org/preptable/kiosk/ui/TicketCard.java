package org.preptable.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.preptable.kiosk.board.TicketNotes;
import org.preptable.kiosk.board.TicketUrgency;
import org.preptable.model.kds.KitchenOrder;

/**
 * One order as a kitchen ticket: slot key, number and elapsed time on top; the state chip, RUSH and CHANGED markers
 * and the bump button below it; on expo a chip per station ("Grill: preparing"); then customer and channel, and the
 * lines ({@link TicketLines}). A tap on the ticket selects it, the button bumps it (or clears it on expo, confirms an
 * allergen prompt, dismisses a VOID). Built in code (no FXML) so it stays cheap on a Pi; all looks come from
 * {@code kiosk.css} through the style classes set here.
 *
 * <p>Nothing relies on colour alone, for colour-blind cooks and washed-out screens: the state chip has words, age
 * escalation adds a marker ("!" then "LATE") and a heavier border, allergens carry a warning sign, rush says RUSH.
 * FX thread only.
 */
public final class TicketCard extends VBox {

    private static final List<String> URGENCY_CLASSES = java.util.Arrays.stream(TicketUrgency.values())
            .map(TicketUrgency::styleClass).filter(java.util.Objects::nonNull).toList();

    private final KitchenOrder order;
    private final Label elapsed = new Label();
    private final ElapsedSlot elapsedSlot = new ElapsedSlot(elapsed);
    private final Label marker = new Label();
    private final Label hold = new Label();
    private final Label note = new Label();
    private final Label slotKey = new Label();
    private final Button bump = new Button();
    private final String bumpText;
    private Consumer<String> onTap = id -> { };
    private Consumer<String> onBump = id -> { };
    private TicketUrgency shownUrgency;

    /** @param slot the 1-based slot (1–10) whose select key is shown on the ticket, or 0 for none */
    public TicketCard(KitchenOrder order, int slot) {
        this(order, slot, false);
    }

    /** @param expo whether this is expo's ticket: chips per station, and a ready order's button clears it */
    public TicketCard(KitchenOrder order, int slot, boolean expo) {
        this.order = order;
        String state = stateKey(order.prepState());
        getStyleClass().addAll("ticket", "state-" + state);
        if (order.isRush()) {
            getStyleClass().add("rush");
        }
        setUserData(order.id());

        slotKey.getStyleClass().add("slot");
        setSlot(slot);
        Label number = TicketLines.label("#" + order.number(), "order-number");
        Label badge = TicketLines.label(badgeText(order.prepState()), "state-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        elapsed.getStyleClass().add("elapsed");
        marker.getStyleClass().add("urgency-marker");
        // Two header rows so a narrow column never cuts the number or the time: who/when on top, state chips below.
        HBox header = new HBox(slotKey, number, spacer, elapsedSlot);
        header.getStyleClass().add("ticket-header");
        HBox chips = new HBox(badge, marker);
        chips.getStyleClass().add("ticket-chips");
        // RUSH and CHANGED get a row of their own that wraps, so a narrow column never pushes the button off.
        javafx.scene.layout.FlowPane flags = new javafx.scene.layout.FlowPane();
        flags.getStyleClass().add("ticket-flags");
        Label rush = TicketLines.label("RUSH", "rush-chip");
        Label changed = TicketLines.label("CHANGED", "changed-chip");
        if (order.isRush()) {
            flags.getChildren().add(rush);
        }
        if (TicketLines.showsChanges(order)) {
            flags.getChildren().add(changed);
        }
        Region chipSpacer = new Region();
        HBox.setHgrow(chipSpacer, Priority.ALWAYS);
        bumpText = bumpText(state, expo);
        bump.getStyleClass().add("bump-button");
        bump.setText(bumpText);
        bump.setFocusTraversable(false); // keys belong to the bump bar, never to a focused button
        bump.setVisible(bumpText != null);
        bump.setManaged(bumpText != null);
        bump.setOnAction(e -> onBump.accept(order.id()));
        chips.getChildren().addAll(chipSpacer, bump);
        for (Label l : List.of(slotKey, number, badge, marker, elapsed, rush, changed)) {
            l.setWrapText(false);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(header, chips);
        if (!flags.getChildren().isEmpty()) {
            getChildren().add(flags);
        }
        if (expo && !order.stations().isEmpty()) {
            getChildren().add(new StationChips(order));
        }
        if ("voided".equals(state)) {
            getChildren().add(TicketLines.label("VOID — do not make", "void-banner"));
        }
        for (Label l : List.of(hold, note)) {
            l.setVisible(false);
            l.setManaged(false);
            l.setWrapText(true);
        }
        hold.getStyleClass().add("hold");
        getChildren().addAll(hold, note, TicketLines.label(whoText(order), "customer"));
        TicketLines.addTo(this, order);
        // A tap selects; a swipe that starts on the ticket is the board's (it pages), not a tap.
        setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                onTap.accept(order.id());
            }
        });
    }

    /** What a tap on the ticket and a press of its button do (the screen: select, and select then bump). */
    public void onTouch(Consumer<String> tap, Consumer<String> bumpPressed) {
        this.onTap = tap;
        this.onBump = bumpPressed;
    }

    /** Shows the select key of this 1-based slot (1–10), or none for 0; a ticket keeps its slot while on screen. */
    public void setSlot(int slot) {
        // The key that selects it: 1–9, and 0 for slot 10 (the tenth key of a bump bar, as in the default key map).
        setKeyLabel(slot > 0 ? Integer.toString(slot % 10) : "");
    }

    /** Shows the name of the key that selects this ticket ("3", "F3"), or none for "". */
    public void setKeyLabel(String key) {
        if (!key.equals(slotKey.getText())) {
            slotKey.setText(key);
        }
        slotKey.setVisible(!key.isEmpty());
        slotKey.setManaged(!key.isEmpty());
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

    /** Shows (or hides, with null) the bump waiting to be sent: "→ COOKING in 3 s · undo". */
    public void showHold(String toState, long secondsLeft) {
        boolean held = toState != null;
        show(hold, held);
        if (!held) {
            getStyleClass().remove("held");
        } else {
            if (!getStyleClass().contains("held")) {
                getStyleClass().add("held");
            }
            String text = "→ " + badgeText(toState) + " in " + Math.max(0, secondsLeft) + " s · undo";
            if (!text.equals(hold.getText())) {
                hold.setText(text);
            }
        }
    }

    /**
     * Shows (or hides, with null) a note on the ticket: the allergen prompt waiting for a second press (the button
     * then says CONFIRM), or a hint.
     */
    public void showNote(TicketNotes.Note shown) {
        show(note, shown != null);
        boolean prompt = shown != null && shown.prompt();
        note.getStyleClass().removeAll("allergen-prompt", "hint");
        if (shown != null) {
            note.getStyleClass().add(prompt ? "allergen-prompt" : "hint");
            note.setText(prompt ? "⚠ " + shown.text() : shown.text());
        }
        if (prompt != getStyleClass().contains("confirming")) {
            if (prompt) {
                getStyleClass().add("confirming");
            } else {
                getStyleClass().remove("confirming");
            }
        }
        if (bumpText != null) {
            bump.setText(prompt ? "CONFIRM" : bumpText);
        }
    }

    private static void show(Label label, boolean visible) {
        if (label.isVisible() != visible) {
            label.setVisible(visible);
            label.setManaged(visible);
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
            case "cleared" -> "CLEARED";
            case "fulfilled" -> "DONE";
            case "voided" -> "VOID";
            case "" -> "?";
            default -> prepState.toUpperCase(Locale.ROOT);
        };
    }

    /** The bump button's word for a ticket in this state, or null for none (a station's ready part, a done order). */
    private static String bumpText(String state, boolean expo) {
        return switch (state) {
            case "queued", "preparing" -> "BUMP";
            case "ready" -> expo ? "CLEAR" : null;
            case "voided" -> "DISMISS";
            default -> null;
        };
    }

    /** "1 Gluten, 7 Milk": the allergen numbers menus print, with English names a new cook can read. */
    static String allergenText(List<KitchenOrder.LineAllergen> allergens) {
        return TicketLines.allergenText(allergens);
    }

    private static String stateKey(String prepState) {
        return prepState == null ? "" : prepState.strip().toLowerCase(Locale.ROOT);
    }

    private static String whoText(KitchenOrder order) {
        String customer = order.customerName() == null || order.customerName().isBlank() ? "—" : order.customerName();
        return order.channel() == null ? customer : customer + " · " + order.channel().toUpperCase(Locale.ROOT);
    }
}
