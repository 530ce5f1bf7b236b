package org.preptable.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.preptable.kiosk.board.TicketUrgency;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.model.kds.KitchenOrder;

/**
 * The tickets, oldest first, in a grid of columns that fit the screen and a configured number of rows; what does
 * not fit goes to the next page (Page Up/Down). Every cell has the same size, so a ticket never jumps when another
 * one leaves; a ticket longer than its cell is cut off with a "more" marker rather than pushing others off screen.
 * Carries the kiosk stylesheet itself so it looks right in any Scene (and in tests). FX thread only.
 */
public final class TicketBoard extends GridPane {

    static final String STYLESHEET = "kiosk.css";
    /** Slots 1–8 are the select keys of a 10-key bump bar. */
    static final int SELECT_KEYS = 8;

    private final Clock clock;
    private final DisplaySettings settings;
    private final Duration readyHold;
    private final List<TicketCard> cards = new ArrayList<>();
    private final List<Label> moreMarkers = new ArrayList<>();
    private List<KitchenOrder> orders = List.of();
    private int page;
    private int columns;

    public TicketBoard(Clock clock, DisplaySettings settings, Duration readyHold) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.readyHold = Objects.requireNonNull(readyHold, "readyHold");
        getStyleClass().add("ticket-board");
        getStylesheets().add(Objects.requireNonNull(TicketBoard.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        // Re-flow when the window changes size: the column count follows the width unless it is fixed in config.
        widthProperty().addListener((obs, old, width) -> {
            if (settings.columnsFor(width.doubleValue()) != columns) {
                render();
            }
        });
    }

    /** Shows {@code all} (oldest first); stays on the current page unless it no longer exists. */
    public void show(List<KitchenOrder> all) {
        orders = List.copyOf(all);
        render();
    }

    /** Moves {@code step} pages (negative = back), clamped; returns whether the page changed. */
    public boolean pageBy(int step) {
        int target = Math.max(0, Math.min(pageCount() - 1, page + step));
        if (target == page) {
            return false;
        }
        page = target;
        render();
        return true;
    }

    /** Turns to the page holding this order. */
    public void showPageOf(String orderId) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id().equals(orderId) && i / pageSize() != page) {
                page = i / pageSize();
                render();
                return;
            }
        }
    }

    public int page() {
        return page;
    }

    public int pageCount() {
        return Math.max(1, (orders.size() + pageSize() - 1) / pageSize());
    }

    public int pageSize() {
        return currentColumns() * settings.rows();
    }

    /** The tickets on screen now, in slot order. */
    public List<TicketCard> cards() {
        return List.copyOf(cards);
    }

    /** Updates every ticket's elapsed time and urgency; called on the screen's once-a-second tick. */
    public void refresh() {
        for (TicketCard card : cards) {
            card.refresh(clock.instant(), TicketUrgency.of(card.order(), clock.instant(), settings.warnAfter(),
                    settings.lateAfter(), readyHold));
        }
    }

    private void render() {
        columns = currentColumns();
        page = Math.max(0, Math.min(page, pageCount() - 1));
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        cards.clear();
        moreMarkers.clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int r = 0; r < settings.rows(); r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / settings.rows());
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        int from = page * pageSize();
        int to = Math.min(orders.size(), from + pageSize());
        for (int i = from; i < to; i++) {
            int slot = i - from + 1;
            TicketCard card = new TicketCard(orders.get(i), slot <= SELECT_KEYS ? slot : 0);
            card.setMaxHeight(Double.MAX_VALUE);
            Label more = new Label("more ▼");
            more.getStyleClass().add("more");
            more.setVisible(false);
            StackPane cell = new StackPane(card, more);
            StackPane.setAlignment(card, Pos.TOP_LEFT);
            StackPane.setAlignment(more, Pos.BOTTOM_RIGHT);
            cell.getStyleClass().add("ticket-cell");
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(cell.widthProperty());
            clip.heightProperty().bind(cell.heightProperty());
            cell.setClip(clip);
            cell.setMinSize(0, 0);
            // A long ticket keeps its natural height and is clipped by the cell, instead of being squeezed unreadable.
            card.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            add(cell, (slot - 1) % columns, (slot - 1) / columns);
            cards.add(card);
            moreMarkers.add(more);
        }
        refresh();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (int i = 0; i < cards.size(); i++) {
            TicketCard card = cards.get(i);
            double cellHeight = card.getParent().getLayoutBounds().getHeight();
            moreMarkers.get(i).setVisible(cellHeight > 0 && card.getHeight() > cellHeight + 1);
        }
    }

    private int currentColumns() {
        double width = getWidth() > 0 ? getWidth() : 1920;
        return settings.columnsFor(width);
    }
}
