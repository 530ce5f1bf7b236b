package org.preptable.kiosk.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import org.preptable.model.kds.KitchenOrder;

/**
 * The kitchen screen: tickets left-to-right, wrapping, in the order given (the caller sorts, e.g. oldest first).
 * Carries the kiosk stylesheet itself so it looks right in any Scene (and in tests). FX thread only.
 */
public final class TicketBoard extends FlowPane {

    static final String STYLESHEET = "kiosk.css";

    private final Clock clock;

    public TicketBoard(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        getStyleClass().add("ticket-board");
        getStylesheets().add(Objects.requireNonNull(TicketBoard.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    /** Replaces the board's tickets with {@code orders}. Rebuilding is fine at kitchen sizes (tens of tickets). */
    public void show(List<KitchenOrder> orders) {
        getChildren().setAll(orders.stream().map(o -> new TicketCard(o, clock)).toList());
    }

    /** Updates every ticket's elapsed time; meant for a once-a-second Timeline owned by the app. */
    public void refreshElapsed() {
        for (Node n : getChildren()) {
            if (n instanceof TicketCard card) {
                card.refreshElapsed();
            }
        }
    }
}
