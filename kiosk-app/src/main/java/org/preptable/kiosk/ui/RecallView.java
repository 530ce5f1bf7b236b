package org.preptable.kiosk.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.preptable.kiosk.board.TicketUrgency;
import org.preptable.model.kds.KitchenOrder;

/**
 * Recall, laid over the board until recall is pressed again: the location's last cleared orders, newest first, each
 * of which can be brought back (select it and bump, or tap BRING BACK). With a gateway that keeps no list of cleared
 * orders it shows this screen's last bumped tickets instead, and only shows them: states never move back there.
 * FX thread only.
 */
final class RecallView extends VBox {

    private final Label title = new Label();
    private final Label message = new Label();
    private final FlowPane tickets = new FlowPane();
    private final List<TicketCard> cards = new ArrayList<>();
    private Consumer<KitchenOrder> bringBack = order -> { };
    private boolean canBringBack;
    private int selected = -1;

    RecallView() {
        getStyleClass().add("recall");
        title.getStyleClass().add("recall-title");
        message.getStyleClass().add("recall-message");
        message.setWrapText(true);
        tickets.getStyleClass().add("recall-tickets");
        getChildren().addAll(title, message, tickets);
        setVisible(false);
    }

    /** What BRING BACK (a tap, or select and bump) does. */
    void onBringBack(Consumer<KitchenOrder> action) {
        this.bringBack = action;
    }

    void close() {
        setVisible(false);
        tickets.getChildren().clear();
        cards.clear();
        selected = -1;
    }

    /** Opens the view while the list is on its way. */
    void showLoading() {
        setVisible(true);
        title.setText("RECALL · R to close");
        say("Loading the last cleared orders…");
        tickets.getChildren().clear();
        cards.clear();
        selected = -1;
    }

    /** The gateway's last cleared orders (as this screen sees them), newest first; each can be brought back. */
    void showCleared(List<KitchenOrder> cleared, Instant now) {
        canBringBack = true;
        title.setText("RECALL — last cleared, newest first · select and bump (or tap) to bring one back · R to close");
        fill(cleared, now, "Nothing cleared yet today");
    }

    /** This screen's last bumps, newest first; shown only. */
    void showBumped(List<KitchenOrder> bumped, Instant now) {
        canBringBack = false;
        title.setText("RECALL — last bumped, newest first · R to close");
        fill(bumped, now, "Nothing bumped yet on this screen");
    }

    /** A line under the title: progress, or why something failed ("" hides it). */
    void say(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.setManaged(!text.isEmpty());
    }

    void select(int slot) {
        if (slot >= 1 && slot <= cards.size()) {
            mark(slot - 1);
        }
    }

    void move(int step) {
        if (!cards.isEmpty()) {
            mark(Math.floorMod(Math.max(0, selected) + (selected < 0 ? 0 : step), cards.size()));
        }
    }

    /** Brings the selected order back, when this list can. */
    void bringBackSelected() {
        if (canBringBack && selected >= 0 && selected < cards.size()) {
            bringBack.accept(cards.get(selected).order());
        }
    }

    KitchenOrder selectedOrder() {
        return selected >= 0 && selected < cards.size() ? cards.get(selected).order() : null;
    }

    private void fill(List<KitchenOrder> orders, Instant now, String none) {
        setVisible(true);
        say(orders.isEmpty() ? none : "");
        tickets.getChildren().clear();
        cards.clear();
        selected = -1;
        for (int i = 0; i < orders.size(); i++) {
            KitchenOrder order = orders.get(i);
            TicketCard card = new TicketCard(order, i < TicketBoard.SELECT_KEYS ? i + 1 : 0);
            card.getStyleClass().add("recalled");
            card.refresh(now, TicketUrgency.NORMAL);
            int index = i;
            card.onTouch(id -> mark(index), id -> { });
            VBox cell = new VBox(card);
            cell.getStyleClass().add("recall-cell");
            if (canBringBack) {
                Button back = new Button("BRING BACK");
                back.getStyleClass().add("bring-back-button");
                back.setFocusTraversable(false);
                back.setMaxWidth(Double.MAX_VALUE);
                back.setOnAction(e -> {
                    mark(index);
                    bringBack.accept(order);
                });
                cell.getChildren().add(back);
            }
            cards.add(card);
            tickets.getChildren().add(cell);
        }
        if (!cards.isEmpty()) {
            mark(0);
        }
    }

    private void mark(int index) {
        selected = index;
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).getStyleClass().remove("selected");
            if (i == index) {
                cards.get(i).getStyleClass().add("selected");
            }
        }
    }
}
