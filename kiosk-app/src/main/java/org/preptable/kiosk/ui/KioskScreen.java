package org.preptable.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.preptable.kiosk.board.AllDayCounts;
import org.preptable.kiosk.board.HeldBumps;
import org.preptable.kiosk.board.ScreenBump;
import org.preptable.kiosk.board.SpeedFigure;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.board.TicketFlow;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.input.KioskAction;
import org.preptable.model.kds.KitchenOrder;

/**
 * A kitchen screen: the status bar over the ticket board, the all-day panel at the side, recall over the board, the
 * touch bar at the bottom. Cooks drive it with the actions of a bump bar (select, move, bump, undo, rush, recall,
 * summary, page) or by touch (tap a ticket, its button, swipe, the bar's buttons), which end in the same actions. The
 * rules live in {@link TicketFlow}; this class shows them and hands bumps whose hold has passed to the
 * {@link ScreenBackend}. FX thread only; the backend does its I/O elsewhere.
 */
public final class KioskScreen extends BorderPane {

    private final Clock clock;
    private final StationView station;
    private final ScreenBackend backend;
    private final Chime chime;
    private final TicketFlow flow;
    private final TicketBoard board;
    private final StatusBar status;
    private final AllDayPanel allDay = new AllDayPanel();
    private final RecallView recallView = new RecallView();
    private Set<String> knownIds;
    private String selectedId;
    private String selectWhenBack;
    private long ticks;
    private final Duration closeGapsAfter;
    /** When a cook last pressed a key or touched the screen: gaps close only after {@code closeGapsAfter} of quiet. */
    private java.time.Instant lastInput;

    public KioskScreen(String locationName, StationView station, DisplaySettings settings, Duration readyHold,
            Clock clock, ScreenBackend backend, Chime chime) {
        this(locationName, station, station.isExpo() ? "EXPO" : "STATION " + station.stationId().getAsLong(),
                settings, readyHold, clock, backend, chime);
    }

    /** @param stationName what the status bar calls this screen ("EXPO", "GRILL") */
    public KioskScreen(String locationName, StationView station, String stationName, DisplaySettings settings,
            Duration readyHold, Clock clock, ScreenBackend backend, Chime chime) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.station = station;
        this.backend = Objects.requireNonNull(backend, "backend");
        this.chime = chime;
        this.flow = new TicketFlow(station, settings.bumpHold(), settings.voidShown(), settings.recallSize());
        this.board = new TicketBoard(clock, settings, readyHold);
        this.closeGapsAfter = settings.closeGapsAfter();
        this.lastInput = clock.instant();
        this.status = new StatusBar(locationName, stationName, clock);
        board.configure(station.isExpo(), this::tap, this::bumpTicket, this::pageBy);
        board.onPagesChanged(() -> status.showPage(board.page(), board.pageCount(), flow.shown().size()));
        recallView.onBringBack(this::bringBack);
        getStyleClass().add("kiosk-screen");
        getStylesheets().addAll(board.getStylesheets());
        setTop(status);
        setCenter(new StackPane(board, recallView));
        allDay.setVisible(false);
        allDay.setManaged(false);
        setRight(allDay);
        setBottom(new TouchBar(this::onAction));
        setFocusTraversable(true);
        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), tick -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        tick();
    }

    /** The location's orders as the gateway last said (all stations, oldest first). */
    public void showOrders(List<KitchenOrder> orders) {
        Set<String> ids = station.apply(orders).stream().map(KitchenOrder::id).collect(Collectors.toSet());
        boolean someoneNew = knownIds != null && !knownIds.containsAll(ids);
        knownIds = ids;
        flow.gatewayOrders(orders, clock.instant());
        render();
        if (someoneNew && chime != null) {
            chime.play();
        }
    }

    /** Saavor voided this order (its {@code order.removed}): shown marked VOID for a few seconds if it was here. */
    public void showVoided(KitchenOrder order) {
        if (flow.voided(order, clock.instant())) {
            render();
        }
    }

    /** The gateway answered a bump; a refusal drops the screen's guess, an allergen refusal asks the cook. */
    public void bumpAnswered(ScreenBump.Kind kind, String orderId, int status, boolean needsAllergenConfirmation) {
        flow.answered(kind, orderId, status, needsAllergenConfirmation, clock.instant());
        render();
    }

    /** As {@link #bumpAnswered(ScreenBump.Kind, String, int, boolean)} for a move. */
    public void bumpAnswered(String orderId, int status) {
        bumpAnswered(ScreenBump.Kind.TRANSITION, orderId, status, false);
    }

    /** Shows on each ticket the key that selects it, from the key map in use (the default shows 1–9, 0). */
    public void showSelectKeys(org.preptable.kiosk.input.KeyMap keys) {
        board.showKeyLabels(keys.selectKeyLabels());
        markSelection();
    }

    public void showStatus(String text) {
        status.showConnection(text);
    }

    public void contact() {
        status.contact(clock.instant());
    }

    /** The ticket printer's condition, e.g. "paper low" with level "warning". */
    public void showPrinter(String text, String level) {
        status.showPrinter(text, level);
    }

    public void showWaitingBumps(int count) {
        status.showWaitingBumps(count);
    }

    /** Today's speed of service for the all-day panel; an empty list hides it. */
    public void showSpeed(List<SpeedFigure> figures) {
        allDay.showSpeed(figures);
    }

    // ---- bump-bar actions ----

    /** Does what a bump-bar key means; every input (keyboard, serial, GPIO, touch) arrives here on the FX thread. */
    public void onAction(KioskAction action) {
        used();
        if (recallView.isVisible()) {
            onRecallAction(action);
            return;
        }
        switch (action) {
            case SELECT_1, SELECT_2, SELECT_3, SELECT_4, SELECT_5, SELECT_6, SELECT_7, SELECT_8, SELECT_9,
                 SELECT_10 -> selectSlot(action.slot());
            case NEXT -> move(1);
            case PREVIOUS -> move(-1);
            case BUMP -> bump();
            case UNDO -> undo();
            case RECALL -> toggleRecall();
            case SUMMARY -> toggleSummary();
            case PAGE_UP -> pageBy(-1);
            case PAGE_DOWN -> pageBy(1);
            case RUSH -> toggleRush();
        }
    }

    private void onRecallAction(KioskAction action) {
        switch (action) {
            case SELECT_1, SELECT_2, SELECT_3, SELECT_4, SELECT_5, SELECT_6, SELECT_7, SELECT_8, SELECT_9,
                 SELECT_10 ->
                    recallView.select(action.slot());
            case NEXT -> recallView.move(1);
            case PREVIOUS -> recallView.move(-1);
            case BUMP -> recallView.bringBackSelected();
            case RECALL, UNDO -> recallView.close();
            case SUMMARY -> toggleSummary();
            default -> { } // paging and rush belong to the board, which recall covers
        }
    }

    /** Selects the ticket in slot {@code slot} (1–10, the number on the ticket) of this page; an empty slot does nothing. */
    public void selectSlot(int slot) {
        board.cardInSlot(slot).ifPresent(card -> {
            selectedId = card.order().id();
            markSelection();
        });
    }

    /** Moves the selection through the tickets in slot order (the order the cook sees), across pages. */
    public void move(int step) {
        List<String> inSlots = board.orderIdsInSlotOrder();
        if (inSlots.isEmpty()) {
            return;
        }
        int index = Math.max(0, inSlots.indexOf(selectedId));
        selectedId = inSlots.get(Math.floorMod(index + step, inSlots.size()));
        board.showPageOf(selectedId);
        markSelection();
    }

    /** Bumps the selected ticket (or, while recall is open, brings the selected order back). */
    public void bump() {
        if (recallView.isVisible()) {
            recallView.bringBackSelected();
            return;
        }
        if (selectedId == null) {
            return;
        }
        if (flow.press(selectedId, clock.instant()) == TicketFlow.Press.DISMISSED) {
            render();
        }
        flushDueBumps();
        markSelection();
    }

    public void undo() {
        if (flow.undo(selectedId, clock.instant())) {
            markSelection();
        }
    }

    /** Rush on or off for the selected ticket. */
    public void toggleRush() {
        if (selectedId != null) {
            flow.toggleRush(selectedId, clock.instant()).ifPresent(rush -> {
                backend.send(rush);
                render();
                // The cook asked for this ticket to move (rush first): close the gaps now, as a page turn does; the
                // selection follows the ticket. A rush set on another screen waits until this one is idle.
                board.closeGaps();
                board.showPageOf(selectedId);
                markSelection();
            });
        }
    }

    public void toggleRecall() {
        if (recallView.isVisible()) {
            recallView.close();
            return;
        }
        recallView.showLoading();
        backend.clearedOrders().whenComplete((cleared, failure) -> Platform.runLater(() -> {
            if (!recallView.isVisible()) {
                return; // closed while loading
            }
            if (failure != null) {
                recallView.showBumped(flow.lastBumped(), clock.instant());
                recallView.say("The gateway's list of cleared orders is out of reach ("
                        + rootMessage(failure) + "); showing this screen's last bumps");
            } else if (cleared.isPresent()) {
                recallView.showCleared(cleared.get().stream().flatMap(o -> station.view(o).stream()).toList(),
                        clock.instant());
            } else {
                recallView.showBumped(flow.lastBumped(), clock.instant());
            }
        }));
    }

    public void toggleSummary() {
        allDay.setVisible(!allDay.isVisible());
        allDay.setManaged(allDay.isVisible());
    }

    public void pageBy(int step) {
        used();
        // A page turn shows the cook a new page anyway: close the gaps first (the selection follows its ticket).
        if (board.closeGaps()) {
            board.showPageOf(selectedId);
        }
        if (board.pageBy(step) && !board.cards().isEmpty()) {
            selectedId = board.cards().get(0).order().id();
        }
        markSelection();
    }

    /** A tap on a ticket selects it. */
    public void tap(String orderId) {
        used();
        if (flow.shown().stream().anyMatch(o -> o.id().equals(orderId))) {
            selectedId = orderId;
            markSelection();
        }
    }

    /** A ticket's own button: select it and bump, as the bump key would. */
    public void bumpTicket(String orderId) {
        tap(orderId);
        if (orderId.equals(selectedId)) {
            bump();
        }
    }

    /** The order a bump would move now, if any. */
    public String selectedOrderId() {
        return selectedId;
    }

    /** The offline banner's text, "" when hidden. */
    public String bannerText() {
        return status.bannerText();
    }

    /** Sends every held bump whose hold has passed (the ticker calls this; tests with a fixed clock call it too). */
    public void flushDueBumps() {
        List<ScreenBump> due = flow.due(clock.instant());
        due.forEach(backend::send);
        if (!due.isEmpty()) {
            render();
        }
    }

    /** Runs the once-a-second work now (tests move a fixed clock and call this instead of waiting). */
    void tickNow() {
        flushDueBumps();
        if (flow.expire(clock.instant())) {
            render();
        }
        closeGapsWhenIdle();
        markSelection();
        board.refresh();
        status.refresh();
    }

    private void tick() {
        flushDueBumps();
        if (flow.expire(clock.instant())) {
            render();
        }
        closeGapsWhenIdle();
        markSelection(); // hold countdowns
        if (++ticks % 4 == 0) {
            board.refresh();
            status.refresh();
        }
    }

    /** A key press or touch: the screen is in use, so tickets stay where they are for a while. */
    private void used() {
        lastInput = clock.instant();
    }

    /**
     * Closes the empty slots once nobody has pressed or touched anything for {@code closeGapsAfter}, and never while
     * a bump is held (its ticket is the one the cook watches count down) or recall covers the board.
     */
    private void closeGapsWhenIdle() {
        if (recallView.isVisible() || !flow.heldIds().isEmpty()
                || Duration.between(lastInput, clock.instant()).compareTo(closeGapsAfter) < 0) {
            return;
        }
        if (board.closeGaps()) {
            if (selectedId != null) {
                board.showPageOf(selectedId);
            }
            markSelection();
        }
    }

    /** Whether some slot on the board is empty or out of order, waiting for the screen to be idle. */
    boolean hasGaps() {
        return board.hasGaps();
    }

    private void bringBack(KitchenOrder order) {
        recallView.say("Bringing #" + order.number() + " back…");
        backend.recall(order).whenComplete((answer, failure) -> Platform.runLater(() -> {
            if (failure == null && answer.ok()) {
                selectWhenBack = order.id();
                recallView.close();
                render();
            } else {
                recallView.say("Could not bring #" + order.number() + " back: "
                        + (failure != null ? rootMessage(failure) : answer.message()));
            }
        }));
    }

    private void render() {
        List<KitchenOrder> shown = flow.shown();
        if (selectWhenBack != null && shown.stream().anyMatch(o -> o.id().equals(selectWhenBack))) {
            selectedId = selectWhenBack;
            selectWhenBack = null;
        }
        if (shown.stream().noneMatch(o -> o.id().equals(selectedId))) {
            selectedId = shown.isEmpty() ? null : shown.get(0).id();
        }
        board.show(shown);
        if (closeGapsAfter.isZero()) {
            board.closeGaps(); // configured to close at once: tickets shift as they did before
        }
        allDay.show(AllDayCounts.of(shown));
        markSelection();
    }

    private void markSelection() {
        java.time.Instant now = clock.instant();
        for (TicketCard card : board.cards()) {
            String id = card.order().id();
            boolean selected = id.equals(selectedId);
            if (selected != card.getStyleClass().contains("selected")) {
                if (selected) {
                    card.getStyleClass().add("selected");
                } else {
                    card.getStyleClass().remove("selected");
                }
            }
            var bump = flow.heldFor(id);
            card.showHold(bump.map(HeldBumps.Held::to).orElse(null),
                    bump.map(b -> Math.max(0, Duration.between(now, b.due()).toMillis() + 999) / 1000).orElse(0L));
            card.showNote(flow.noteFor(id, now).orElse(null));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** What the screen shows now (this station's lines, rush then oldest first), for tests and the benchmark. */
    public List<KitchenOrder> shownOrders() {
        return flow.shown();
    }

    /** For tests: ids of the held bumps, so a test can tell held from sent. */
    Set<String> heldIds() {
        return flow.heldIds();
    }
}
