package org.preptable.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.preptable.model.kds.KitchenOrder;

/**
 * One order as a kitchen ticket: number, state badge and elapsed time on top, then customer/channel and the lines
 * ({@code 2 × Classic burger}, its modifiers and notes). Built in code (no FXML) so it stays cheap on a Pi; all looks
 * come from {@code kiosk.css} through the style classes set here.
 *
 * <p>State is shown by colour <em>and</em> by a text badge and a border style ({@code state-*} classes), so it stays
 * readable for colour-blind cooks and on washed-out screens. Must be created and updated on the FX thread.
 */
public final class TicketCard extends VBox {

    private final KitchenOrder order;
    private final Clock clock;
    private final Label elapsed = new Label();

    public TicketCard(KitchenOrder order, Clock clock) {
        this.order = order;
        this.clock = clock;
        getStyleClass().addAll("ticket", "state-" + stateKey(order.prepState()));
        if (order.readyOverdue()) {
            getStyleClass().add("overdue");
        }
        setUserData(order.id());

        Label number = label("#" + order.number(), "order-number");
        Label badge = label(badgeText(order.prepState()), "state-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        elapsed.getStyleClass().add("elapsed");
        // Header labels never wrap or shrink to "..." (the first screenshot showed "#104/3" and "12..."): the
        // spacer and the card width absorb the slack instead.
        for (Label l : List.of(number, badge, elapsed)) {
            l.setWrapText(false);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(number, spacer, badge, elapsed);
        header.getStyleClass().add("ticket-header");

        Label who = label(whoText(order), "customer");
        getChildren().addAll(header, who);
        for (KitchenOrder.OrderLine line : nullSafe(order.lines())) {
            getChildren().add(label(line.quantity() + " × " + line.name(), "line"));
            for (String modifier : nullSafe(line.modifiers())) {
                getChildren().add(label(modifier, "modifier"));
            }
            if (line.notes() != null && !line.notes().isBlank()) {
                getChildren().add(label("Note: " + line.notes().strip(), "notes"));
            }
        }
        refreshElapsed();
    }

    public KitchenOrder order() {
        return order;
    }

    /**
     * Recomputes the elapsed time from the clock; the board calls this on its tick (no timer per card). An overdue
     * ready order says "LATE" in words too, not only in colour.
     */
    public void refreshElapsed() {
        String time = order.placedAt() == null ? "–" : formatElapsed(Duration.between(order.placedAt(), clock.instant()));
        elapsed.setText(order.readyOverdue() ? "LATE " + time : time);
    }

    /** {@code m:ss} under an hour, {@code h:mm:ss} above; negative (clock skew vs. gateway) shows as 0:00. */
    static String formatElapsed(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Kitchen words for the gateway's prep states; unknown states are shown as they come, upper-cased. */
    static String badgeText(String prepState) {
        return switch (stateKey(prepState)) {
            case "queued" -> "NEW";
            case "preparing" -> "COOKING";
            case "ready" -> "READY";
            case "" -> "?";
            default -> prepState.toUpperCase(Locale.ROOT);
        };
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
}
