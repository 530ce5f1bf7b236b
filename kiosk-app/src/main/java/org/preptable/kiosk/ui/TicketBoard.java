package org.preptable.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.preptable.kiosk.board.SlotLayout;
import org.preptable.kiosk.board.TicketUrgency;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.input.KeyMap;
import org.preptable.kiosk.input.KioskAction;
import org.preptable.model.kds.KitchenOrder;

/**
 * The tickets in a grid of columns that fit the screen and a configured number of rows; what does not fit goes to
 * the next page (Page Up/Down). Every cell has the same size, and a ticket keeps its slot while it is on screen
 * ({@link SlotLayout}): when one leaves, its slot stays empty until the screen calls {@link #closeGaps()} (when idle,
 * or on a page turn), so the select key that picked a ticket a moment ago still picks it. A ticket longer than its
 * cell is cut off with a "more" marker rather than pushing others off screen.
 *
 * <p>Built for a busy service on a Pi: every page exists in the scene, laid out, and only the current one is on the
 * board, so turning a page styles and lays out nothing; a ticket's node is kept while its order is unchanged, so an event rebuilds only the tickets
 * it changed; and only the tickets on screen run their timers. Carries the kiosk stylesheet itself so it looks right
 * in any Scene (and in tests). FX thread only.
 */
public final class TicketBoard extends StackPane {

    static final String STYLESHEET = "kiosk.css";
    /** Slots 1–10 of a page have select keys (1–9, 0 on a 10-key bump bar); further slots have none. */
    static final int SELECT_KEYS = KioskAction.SLOTS;

    private final Clock clock;
    private final DisplaySettings settings;
    private final Duration readyHold;
    private final Map<String, TicketCard> cardsById = new HashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final SlotLayout layout = new SlotLayout();
    private final Map<String, KitchenOrder> ordersById = new HashMap<>();
    private List<KitchenOrder> orders = List.of();
    /** The layout's slots: order ids in slot order, null for an empty slot. */
    private List<String> slotIds = List.of();
    /** What each slot's ticket shows as its select key, slot 1 first: the key map's keys (default 1–9, 0). */
    private List<String> keyLabels = KeyMap.defaults().selectKeyLabels();
    private int page;
    private int columns;
    private Runnable pagesChanged = () -> { };
    private boolean expo;
    private Consumer<String> tap = id -> { };
    private Consumer<String> bump = id -> { };
    private IntConsumer swipe = step -> { };
    private double pressX;
    private double pressY;

    public TicketBoard(Clock clock, DisplaySettings settings, Duration readyHold) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.readyHold = Objects.requireNonNull(readyHold, "readyHold");
        getStyleClass().add("ticket-board");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getStylesheets().add(Objects.requireNonNull(TicketBoard.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        // Re-flow when the window changes size: the column count follows the width unless it is fixed in config.
        widthProperty().addListener((obs, old, width) -> {
            if (settings.columnsFor(width.doubleValue()) != columns) {
                pages.clear();
                getChildren().clear();
                // A new grid shape moves every ticket anyway: start it without gaps.
                layout.close(ids(orders));
                render();
            }
        });
        // A swipe (a finger, or a mouse dragged) across the board turns the page: right to left is the next page.
        // Touch screens deliver a finger as mouse events too, so one handler serves both and a swipe pages once.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            double dx = e.getSceneX() - pressX;
            if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > 2 * Math.abs(e.getSceneY() - pressY)) {
                swipe.accept(dx < 0 ? 1 : -1);
            }
        });
    }

    /** How far a finger must travel sideways for a swipe; shorter moves are taps. */
    static final double SWIPE_DISTANCE = 100;

    /**
     * How tickets behave: {@code expo} tickets show station chips and clear when ready; a tap on a ticket calls
     * {@code tap}, its button {@code bump}, a swipe {@code swipe} with +1 (next page) or -1. Call before showing.
     */
    public void configure(boolean expo, Consumer<String> tap, Consumer<String> bump, IntConsumer swipe) {
        this.expo = expo;
        this.tap = tap;
        this.bump = bump;
        this.swipe = swipe;
    }

    /** Called after the page or the number of pages changed (also when a resize re-flows the grid). */
    public void onPagesChanged(Runnable listener) {
        this.pagesChanged = listener;
    }

    /**
     * Shows {@code all} (in board order: rush, then oldest first) keeping every ticket already on the board in its
     * slot; stays on the current page unless it no longer exists.
     */
    public void show(List<KitchenOrder> all) {
        orders = List.copyOf(all);
        ordersById.clear();
        orders.forEach(o -> ordersById.put(o.id(), o));
        layout.keep(ids(orders), orders.stream().filter(KitchenOrder::isRush).map(KitchenOrder::id)
                .collect(Collectors.toSet()));
        render();
    }

    /** The names of the select keys of slots 1, 2, … as the tickets show them (from the key map in use). */
    public void showKeyLabels(List<String> labels) {
        keyLabels = List.copyOf(labels);
        render();
    }

    /** Closes the empty slots and puts the tickets in board order; returns whether any ticket moved. */
    public boolean closeGaps() {
        if (!layout.close(ids(orders))) {
            return false;
        }
        render();
        return true;
    }

    /** Whether some slot is empty or a ticket is out of board order (a {@link #closeGaps()} would move tickets). */
    public boolean hasGaps() {
        return !layout.isClosed(ids(orders));
    }

    /** The ids of all tickets, pages included, in slot order (no empty slots): the order the arrow keys walk. */
    public List<String> orderIdsInSlotOrder() {
        return slotIds.stream().filter(Objects::nonNull).toList();
    }

    /** The ticket in this 1-based slot of the current page, if the slot is not empty. */
    public Optional<TicketCard> cardInSlot(int slot) {
        if (slot < 1 || page >= pages.size()) {
            return Optional.empty();
        }
        List<TicketCard> onPage = pages.get(page).cards;
        return slot <= onPage.size() ? Optional.ofNullable(onPage.get(slot - 1)) : Optional.empty();
    }

    /** Moves {@code step} pages (negative = back), clamped; returns whether the page changed. */
    public boolean pageBy(int step) {
        int target = Math.max(0, Math.min(pageCount() - 1, page + step));
        if (target == page) {
            return false;
        }
        turnTo(target);
        return true;
    }

    /** Turns to the page holding this order. */
    public void showPageOf(String orderId) {
        int index = layout.indexOf(orderId);
        if (index >= 0 && index / pageSize() != page) {
            turnTo(index / pageSize());
        }
    }

    public int page() {
        return page;
    }

    public int pageCount() {
        return Math.max(1, (slotIds.size() + pageSize() - 1) / pageSize());
    }

    public int pageSize() {
        return currentColumns() * settings.rows();
    }

    /** The tickets on screen now, in slot order (empty slots left out: see {@link #cardInSlot(int)}). */
    public List<TicketCard> cards() {
        return page < pages.size() ? pages.get(page).cards.stream().filter(Objects::nonNull).toList() : List.of();
    }

    /** Updates the elapsed time and urgency of the tickets on screen; called on the screen's once-a-second tick. */
    public void refresh() {
        for (TicketCard card : cards()) {
            card.refresh(clock.instant(), TicketUrgency.of(card.order(), clock.instant(), settings.warnAfter(),
                    settings.lateAfter(), readyHold));
        }
    }

    private void turnTo(int target) {
        pages.get(page).setShown(false);
        page = target;
        pages.get(page).setShown(true);
        refresh();
        pagesChanged.run();
    }

    private void render() {
        slotIds = layout.slots();
        columns = currentColumns();
        page = Math.max(0, Math.min(page, pageCount() - 1));
        Map<String, TicketCard> kept = new HashMap<>();
        for (int p = 0; p < pageCount(); p++) {
            if (p == pages.size()) {
                Page fresh = new Page(columns, settings.rows());
                pages.add(fresh);
                getChildren().add(fresh);
            }
            int from = p * pageSize();
            List<TicketCard> cards = new ArrayList<>();
            for (int i = from; i < Math.min(slotIds.size(), from + pageSize()); i++) {
                String id = slotIds.get(i);
                if (id == null) {
                    cards.add(null); // an empty slot: the ticket that was here left, and nobody moves up into it
                    continue;
                }
                TicketCard card = cardFor(ordersById.get(id));
                int slot = i - from + 1;
                card.setKeyLabel(slot <= keyLabels.size() ? keyLabels.get(slot - 1) : "");
                kept.put(card.order().id(), card);
                cards.add(card);
            }
            pages.get(p).fill(cards);
            pages.get(p).setShown(p == page);
        }
        while (pages.size() > pageCount()) {
            getChildren().remove(pages.remove(pages.size() - 1));
        }
        cardsById.keySet().retainAll(kept.keySet());
        refresh();
        pagesChanged.run();
    }

    /** The ticket for this order: the one already built if the order is unchanged, else a new one. */
    private TicketCard cardFor(KitchenOrder order) {
        TicketCard known = cardsById.get(order.id());
        if (known != null && known.order().equals(order)) {
            return known;
        }
        TicketCard card = new TicketCard(order, 0, expo);
        card.onTouch(id -> tap.accept(id), id -> bump.accept(id));
        // A long ticket keeps its natural height and is clipped by its cell, instead of being squeezed unreadable.
        card.setMaxHeight(Double.MAX_VALUE);
        card.setMinHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.TOP_LEFT);
        cardsById.put(order.id(), card);
        return card;
    }

    private static List<String> ids(List<KitchenOrder> orders) {
        return orders.stream().map(KitchenOrder::id).toList();
    }

    private int currentColumns() {
        double width = getWidth() > 0 ? getWidth() : 1920;
        return settings.columnsFor(width);
    }

    /**
     * One page of the grid: equal cells, {@link #GAP} apart. Not a GridPane: its cells are unmanaged, so each is a
     * layout root and a ticket's change (its timer ticking, most often) lays out that ticket alone. In a GridPane
     * the same change re-measured the text of every ticket on the page to size rows whose size never changes.
     */
    private static final class Page extends Region {
        private static final double OFF_BOARD = 100_000;
        private static final double GAP = 10;
        private final List<TicketCard> cards = new ArrayList<>();
        private final List<StackPane> cells = new ArrayList<>();
        private final int columns;
        private final int rows;

        Page(int columns, int rows) {
            this.columns = columns;
            this.rows = rows;
            getStyleClass().add("ticket-page");
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double width = (getWidth() - left - snappedRightInset() - GAP * (columns - 1)) / columns;
            double height = (getHeight() - top - snappedBottomInset() - GAP * (rows - 1)) / rows;
            for (int i = 0; i < cells.size(); i++) {
                double x = snapPositionX(left + i % columns * (width + GAP));
                double y = snapPositionY(top + i / columns * (height + GAP));
                cells.get(i).resizeRelocate(x, y, snapSizeX(width), snapSizeY(height));
            }
        }

        /**
         * Hidden pages stay visible and laid out, only moved far off the board (which clips): a node made visible
         * again gets its whole subtree re-styled (about 30 ms for a page on this machine), a moved one nothing.
         */
        void setShown(boolean shown) {
            setTranslateX(shown ? 0 : OFF_BOARD);
        }

        /** Puts these cards (null: an empty slot) in the cells, touching only cells whose ticket changed. */
        void fill(List<TicketCard> wanted) {
            for (int i = 0; i < Math.max(wanted.size(), cards.size()); i++) {
                TicketCard want = i < wanted.size() ? wanted.get(i) : null;
                TicketCard have = i < cards.size() ? cards.get(i) : null;
                if (want == have) {
                    continue;
                }
                StackPane cell = cell(i);
                if (have != null) {
                    cell.getChildren().remove(have);
                }
                if (want != null) {
                    cell.getChildren().add(0, want);
                }
                cell.setVisible(want != null);
            }
            cards.clear();
            cards.addAll(wanted);
        }

        private StackPane cell(int index) {
            while (cells.size() <= index) {
                Label more = new Label("more ▼");
                more.getStyleClass().add("more");
                more.setVisible(false);
                StackPane cell = new StackPane(more) {
                    @Override
                    protected void layoutChildren() {
                        super.layoutChildren();
                        // A long ticket keeps its natural height and is clipped by the cell; say there is more.
                        Node card = getChildren().size() > 1 ? getChildren().get(0) : null;
                        more.setVisible(card != null && card.getLayoutBounds().getHeight() > getHeight() + 1);
                    }
                };
                StackPane.setAlignment(more, Pos.BOTTOM_RIGHT);
                cell.getStyleClass().add("ticket-cell");
                Rectangle clip = new Rectangle();
                clip.widthProperty().bind(cell.widthProperty());
                clip.heightProperty().bind(cell.heightProperty());
                cell.setClip(clip);
                cell.setMinSize(0, 0);
                cell.setManaged(false);
                getChildren().add(cell);
                cells.add(cell);
                requestLayout();
            }
            return cells.get(index);
        }
    }
}
