package org.preptable.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.preptable.kiosk.board.AllDayCounts;
import org.preptable.kiosk.board.HeldBumps;
import org.preptable.kiosk.board.RecallList;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.input.KioskAction;
import org.preptable.model.kds.KitchenOrder;

/**
 * A kitchen screen: the status bar over the ticket board, the all-day panel at the side, recall over the board.
 * Cooks drive it with the actions of a bump bar (select, move, bump, undo, recall, summary, page); bumps are held on
 * screen for the configured time (undo drops them) and then handed to the {@link BumpSink}, and the ticket shows its
 * new state at once even while offline. FX thread only; the sink does its I/O elsewhere.
 */
public final class KioskScreen extends BorderPane {

    /** Takes a bump that has left its hold; must return quickly (durable storage and sending happen elsewhere). */
    public interface BumpSink {
        void send(KitchenOrder order, String to);
    }

    private final Clock clock;
    private final StationView station;
    private final BumpSink sink;
    private final Chime chime;
    private final TicketBoard board;
    private final StatusBar status;
    private final AllDayPanel allDay = new AllDayPanel();
    private final RecallView recallView = new RecallView();
    private final HeldBumps held;
    private final RecallList recall;
    /** Bumps sent but not yet seen back from the gateway: what the ticket shows meanwhile (also offline). */
    private final Map<String, String> sentStates = new HashMap<>();
    private List<KitchenOrder> fromGateway = List.of();
    private List<KitchenOrder> shown = List.of();
    private Set<String> knownIds;
    private String selectedId;
    private long ticks;

    public KioskScreen(String locationName, StationView station, DisplaySettings settings, Duration readyHold,
            Clock clock, BumpSink sink, Chime chime) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.station = station;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.chime = chime;
        this.board = new TicketBoard(clock, settings, readyHold);
        this.held = new HeldBumps(settings.bumpHold());
        this.recall = new RecallList(settings.recallSize());
        this.status = new StatusBar(locationName,
                station.isExpo() ? "EXPO" : "STATION " + station.stationId().getAsLong(), clock);
        board.onPagesChanged(() -> status.showPage(board.page(), board.pageCount(), shown.size()));
        getStyleClass().add("kiosk-screen");
        getStylesheets().addAll(board.getStylesheets());
        setTop(status);
        setCenter(new StackPane(board, recallView));
        allDay.setVisible(false);
        allDay.setManaged(false);
        setRight(allDay);
        Label keys = new Label("1–8 select · ←→ move · Enter bump · ⌫ undo · R recall · S all day · PgUp/PgDn page");
        keys.getStyleClass().add("key-hints");
        setBottom(keys);
        setFocusTraversable(true);
        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), tick -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        tick();
    }

    /** The location's orders as the gateway last said (all stations, oldest first). */
    public void showOrders(List<KitchenOrder> orders) {
        fromGateway = List.copyOf(orders);
        Set<String> ids = fromGateway.stream().map(KitchenOrder::id).collect(Collectors.toSet());
        boolean someoneNew = knownIds != null && !knownIds.containsAll(ids);
        knownIds = ids;
        fromGateway.forEach(recall::update);
        sentStates.entrySet().removeIf(sent -> fromGateway.stream().noneMatch(o -> o.id().equals(sent.getKey())
                && rank(o.prepState()) < rank(sent.getValue())));
        held.forgetMissing(ids);
        render();
        if (someoneNew && chime != null) {
            chime.play();
        }
    }

    /** The gateway answered a bump; on 409 the screen drops its own idea of that ticket and shows the truth. */
    public void bumpAnswered(String orderId, int status) {
        if (status == 409) {
            sentStates.remove(orderId);
            render();
        }
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

    // ---- bump-bar actions ----

    /** Does what a bump-bar key means; every input (keyboard, serial, GPIO) arrives here on the FX thread. */
    public void onAction(KioskAction action) {
        switch (action) {
            case SELECT_1, SELECT_2, SELECT_3, SELECT_4, SELECT_5, SELECT_6, SELECT_7, SELECT_8 -> selectSlot(action.slot());
            case NEXT -> move(1);
            case PREVIOUS -> move(-1);
            case BUMP -> bump();
            case UNDO -> undo();
            case RECALL -> toggleRecall();
            case SUMMARY -> toggleSummary();
            case PAGE_UP -> pageBy(-1);
            case PAGE_DOWN -> pageBy(1);
        }
    }

    /** Selects the ticket with select key {@code slot} (1–8) on this page. */
    public void selectSlot(int slot) {
        List<TicketCard> cards = board.cards();
        if (slot >= 1 && slot <= cards.size()) {
            selectedId = cards.get(slot - 1).order().id();
            markSelection();
        }
    }

    public void move(int step) {
        if (shown.isEmpty()) {
            return;
        }
        int index = Math.max(0, indexOf(selectedId));
        selectedId = shown.get(Math.floorMod(index + step, shown.size())).id();
        board.showPageOf(selectedId);
        markSelection();
    }

    public void bump() {
        if (recallView.isVisible()) {
            return; // recall only shows; bumping there would move a state the cook cannot see on the board
        }
        shown.stream().filter(o -> o.id().equals(selectedId)).findFirst().ifPresent(order -> {
            held.bump(order, clock.instant());
            flushDueBumps();
            markSelection();
        });
    }

    public void undo() {
        held.undo(selectedId).ifPresent(dropped -> markSelection());
    }

    public void toggleRecall() {
        recallView.show(!recallView.isVisible(), recall.newestFirst(), clock.instant());
    }

    public void toggleSummary() {
        allDay.setVisible(!allDay.isVisible());
        allDay.setManaged(allDay.isVisible());
    }

    public void pageBy(int step) {
        if (board.pageBy(step) && !board.cards().isEmpty()) {
            selectedId = board.cards().get(0).order().id();
        }
        markSelection();
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
        List<HeldBumps.Held> due = held.due(clock.instant());
        for (HeldBumps.Held bump : due) {
            sentStates.put(bump.order().id(), bump.to());
            recall.add(bump.order(), bump.to());
            sink.send(bump.order(), bump.to());
        }
        if (!due.isEmpty()) {
            render();
        }
    }

    /** Runs the once-a-second work now (tests move a fixed clock and call this instead of waiting). */
    void tickNow() {
        flushDueBumps();
        markSelection();
        board.refresh();
        status.refresh();
    }

    private void tick() {
        flushDueBumps();
        markSelection(); // hold countdowns
        if (++ticks % 4 == 0) {
            board.refresh();
            status.refresh();
        }
    }

    private void render() {
        shown = station.apply(fromGateway).stream().map(this::withSentState).toList();
        if (shown.stream().noneMatch(o -> o.id().equals(selectedId))) {
            selectedId = shown.isEmpty() ? null : shown.get(0).id();
        }
        board.show(shown);
        allDay.show(AllDayCounts.of(shown));
        markSelection();
    }

    private KitchenOrder withSentState(KitchenOrder o) {
        String sent = sentStates.get(o.id());
        if (sent == null || rank(sent) <= rank(o.prepState())) {
            return o;
        }
        return new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(), o.customerName(),
                o.placedAt(), sent, clock.instant(), false, o.lines(), o.updatedAt());
    }

    private void markSelection() {
        for (TicketCard card : board.cards()) {
            boolean selected = card.order().id().equals(selectedId);
            if (selected != card.getStyleClass().contains("selected")) {
                if (selected) {
                    card.getStyleClass().add("selected");
                } else {
                    card.getStyleClass().remove("selected");
                }
            }
            var bump = held.heldFor(card.order().id());
            card.showHold(bump.map(HeldBumps.Held::to).orElse(null),
                    bump.map(b -> Math.max(0, Duration.between(clock.instant(), b.due()).toMillis() + 999) / 1000).orElse(0L));
        }
    }

    private int indexOf(String orderId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(orderId)) {
                return i;
            }
        }
        return -1;
    }

    private static int rank(String state) {
        return switch (state) {
            case "queued" -> 0;
            case "preparing" -> 1;
            case "ready" -> 2;
            default -> 3;
        };
    }

    /** What the screen shows now (this station's lines, oldest first), for tests and the benchmark. */
    public List<KitchenOrder> shownOrders() {
        return shown;
    }

    /** For tests: ids of the held bumps, so a test can tell held from sent. */
    Set<String> heldIds() {
        Set<String> ids = new HashSet<>();
        shown.forEach(o -> held.heldFor(o.id()).ifPresent(h -> ids.add(o.id())));
        return ids;
    }
}
