package org.preptable.kiosk.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.preptable.model.kds.KitchenOrder;

/**
 * A kitchen screen: a status bar (location, connection, clock) over the ticket board. Arrow keys move the
 * selection, Enter or Space bumps the selected ticket one step (queued → preparing → ready), which is what a
 * keyboard bump bar sends. All methods run on the FX thread; bumps go to the network off it.
 */
public final class KioskScreen extends BorderPane {

    /** Sends a bump; called on a background thread. */
    public interface Bumper {
        void bump(KitchenOrder order, String nextState);
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final TicketBoard board;
    private final Label status = new Label("connecting…");
    private final Label time = new Label();
    private final Clock clock;
    private final Bumper bumper;
    private List<KitchenOrder> orders = List.of();
    private String selectedId;

    public KioskScreen(String locationName, Clock clock, Bumper bumper) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bumper = Objects.requireNonNull(bumper, "bumper");
        this.board = new TicketBoard(clock);
        getStyleClass().add("kiosk-screen");
        getStylesheets().addAll(board.getStylesheets());
        Label location = new Label(locationName);
        location.getStyleClass().add("location-name");
        status.getStyleClass().add("connection");
        time.getStyleClass().add("clock");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, location, status, spacer, time);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(board);
        setFocusTraversable(true);
        setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.RIGHT || key.getCode() == KeyCode.DOWN) {
                moveSelection(1);
            } else if (key.getCode() == KeyCode.LEFT || key.getCode() == KeyCode.UP) {
                moveSelection(-1);
            } else if (key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.SPACE) {
                bumpSelected();
            }
        });
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), tick -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        tick();
    }

    public void showOrders(List<KitchenOrder> current) {
        orders = List.copyOf(current);
        if (orders.stream().noneMatch(order -> order.id().equals(selectedId))) {
            selectedId = orders.isEmpty() ? null : orders.get(0).id();
        }
        board.show(orders);
        markSelection();
    }

    public void showStatus(String text) {
        status.setText(text);
        status.getStyleClass().removeAll("online", "offline");
        status.getStyleClass().add(text.startsWith("live") ? "online" : "offline");
    }

    /** The order a bump would move now, if any. */
    public String selectedOrderId() {
        return selectedId;
    }

    /** The state a screen moves an order to next, or null when it is ready (handed off, not bumped further). */
    static String nextState(String state) {
        return switch (state) {
            case "queued" -> "preparing";
            case "preparing" -> "ready";
            default -> null;
        };
    }

    private void moveSelection(int step) {
        if (orders.isEmpty()) {
            return;
        }
        int index = 0;
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id().equals(selectedId)) {
                index = i;
            }
        }
        selectedId = orders.get(Math.floorMod(index + step, orders.size())).id();
        markSelection();
    }

    private void bumpSelected() {
        orders.stream().filter(order -> order.id().equals(selectedId)).findFirst().ifPresent(order -> {
            String next = nextState(order.prepState());
            if (next != null) {
                Thread.ofVirtual().name("bump").start(() -> bumper.bump(order, next));
            }
        });
    }

    private void markSelection() {
        for (Node node : board.getChildren()) {
            if (node instanceof TicketCard card) {
                card.getStyleClass().remove("selected");
                if (card.order().id().equals(selectedId)) {
                    card.getStyleClass().add("selected");
                }
            }
        }
    }

    private void tick() {
        time.setText(CLOCK.format(LocalTime.now(clock)));
        board.refreshElapsed();
    }
}
