package org.preptable.kiosk.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.preptable.model.kds.KitchenOrder;

/**
 * Recall: the tickets this screen bumped last, newest first, laid over the board until recall is pressed again.
 * It only shows them; states never move back (DESIGN.md §3). FX thread only.
 */
final class RecallView extends VBox {

    private final FlowPane tickets = new FlowPane();

    RecallView() {
        getStyleClass().add("recall");
        Label title = new Label("RECALL — last bumped, newest first · R to close");
        title.getStyleClass().add("recall-title");
        tickets.getStyleClass().add("recall-tickets");
        getChildren().addAll(title, tickets);
        setVisible(false);
    }

    void show(boolean visible, List<KitchenOrder> bumped, java.time.Instant now) {
        setVisible(visible);
        tickets.getChildren().clear();
        if (!visible) {
            return;
        }
        if (bumped.isEmpty()) {
            Label none = new Label("Nothing bumped yet on this screen");
            none.getStyleClass().add("recall-empty");
            tickets.getChildren().add(none);
        }
        for (KitchenOrder order : bumped) {
            TicketCard card = new TicketCard(order, 0);
            card.getStyleClass().add("recalled");
            card.refresh(now, org.preptable.kiosk.board.TicketUrgency.NORMAL);
            tickets.getChildren().add(card);
        }
    }
}
