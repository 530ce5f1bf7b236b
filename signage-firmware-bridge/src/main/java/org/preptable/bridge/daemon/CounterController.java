package org.preptable.bridge.daemon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.preptable.bridge.config.ButtonAction;
import org.preptable.bridge.config.CounterSettings;
import org.preptable.bridge.handoff.HandOffs;
import org.preptable.bridge.health.BridgeStatus;
import org.preptable.bridge.link.BoardDisplay;
import org.preptable.bridge.link.ButtonEvent;
import org.preptable.bridge.link.LampState;
import org.preptable.bridge.link.LinkState;
import org.preptable.bridge.ready.BoardContent;
import org.preptable.bridge.ready.ReadyBoard;
import org.preptable.bridge.ready.ReadyOrders;
import org.preptable.bridge.ready.Recall;
import org.preptable.bridge.signals.Indicators;
import org.preptable.bridge.signals.Lamp;
import org.preptable.model.kds.KitchenOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's logic: turns the live orders and the button presses into what the board shows, the lamps and the
 * buzzer, and hand-offs. Everything happens on one thread ({@code counter}), in the order it arrived, so the
 * feed, the board link, GPIO and timers never race each other; the public methods only queue work and return.
 */
public final class CounterController implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CounterController.class);
    // Timers run on nanoTime and the clock on wall time: a small margin keeps an expiry from landing just early.
    private static final Duration TIMER_MARGIN = Duration.ofMillis(5);

    private final CounterSettings settings;
    private final Clock clock;
    private final BoardDisplay display;
    private final Indicators indicators;
    private final HandOffs handOffs;
    private final BridgeStatus status;
    private final Recall recall;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("counter").factory());

    // Only touched on the counter thread.
    private List<KitchenOrder> orders = List.of();
    private Map<String, KitchenOrder> ready = Map.of();
    private boolean primed;
    private int boardSlots;
    private Instant runnerUntil = Instant.MIN;

    /** @param display the board, or null when none is configured */
    public CounterController(CounterSettings settings, Clock clock, BoardDisplay display, Indicators indicators,
            HandOffs handOffs, BridgeStatus status) {
        this.settings = settings;
        this.clock = clock;
        this.display = display;
        this.indicators = indicators;
        this.handOffs = handOffs;
        this.status = status;
        this.recall = new Recall(settings.recallFor(), clock);
        run(this::redraw); // lamps off and an empty board until the first orders arrive
    }

    /** The live orders changed (the feed's BoardModel: queued, preparing and ready ones, oldest first). */
    public void ordersChanged(List<KitchenOrder> current) {
        run(() -> onOrders(current));
    }

    /** The board came up (its slot count may be new) or went away. */
    public void boardChanged(LinkState state) {
        run(() -> {
            if (state instanceof LinkState.Up up) {
                boardSlots = up.slots();
                redraw();
            }
        });
    }

    /** A button on the board: its DOWN edge triggers the action mapped to its id, if any. */
    public void boardButton(ButtonEvent event) {
        ButtonAction action = settings.boardButtons().get(event.id());
        if (action == null) {
            if (event.down()) {
                LOG.info("Board button {} pressed; no action is mapped to it (board.button.*)", event.id());
            }
            return;
        }
        if (event.down()) {
            press(action);
        }
    }

    public void press(ButtonAction action) {
        run(() -> onPress(action));
    }

    private void onOrders(List<KitchenOrder> current) {
        orders = List.copyOf(current);
        Map<String, KitchenOrder> nowReady = ReadyOrders.of(orders).stream()
                .collect(Collectors.toMap(KitchenOrder::id, order -> order, (a, b) -> a, LinkedHashMap::new));
        // States only move forward, so a ready order that is gone was fulfilled or voided (or, never collected for
        // the gateway's expiry age, expired): its number leaves.
        ready.forEach((id, order) -> {
            if (!nowReady.containsKey(id)) {
                recall.cleared(order.number());
                LOG.info("Order {} left the board (fulfilled, voided or expired)", order.number());
            }
        });
        List<String> newlyReady = nowReady.values().stream().filter(order -> !ready.containsKey(order.id()))
                .map(KitchenOrder::number).toList();
        if (!newlyReady.isEmpty()) {
            LOG.info("Ready: order {} ({} ready in all)", String.join(", ", newlyReady), nowReady.size());
            if (primed) { // what was ready before the bridge started was announced back then
                indicators.beep(settings.readyBeepMs());
            }
        }
        primed = true;
        ready = nowReady;
        handOffs.retain(orders.stream().map(KitchenOrder::id).collect(Collectors.toSet()));
        redraw();
    }

    private void onPress(ButtonAction action) {
        switch (action) {
            case HANDOFF -> {
                LOG.info("Hand-off button pressed");
                handOffs.press(List.copyOf(ready.values()));
            }
            case RUNNER -> {
                runnerUntil = clock.instant().plus(settings.runnerBlink());
                LOG.info("Runner called: the ready lamp blinks for {} s", settings.runnerBlink().toSeconds());
                indicators.beep(settings.runnerBeepMs());
                redrawAt(runnerUntil);
                redraw();
            }
            case RECALL -> {
                Optional<String> number = recall.recall();
                if (number.isEmpty()) {
                    LOG.info("Recall pressed, but no number has left the board yet");
                    return;
                }
                LOG.info("Recall: showing {} again for {} s", number.get(), settings.recallFor().toSeconds());
                redrawAt(recall.until());
                redraw();
            }
        }
    }

    /** States the whole picture; the board and the GPIO outputs only act on what differs from before. */
    private void redraw() {
        List<KitchenOrder> readyOrders = List.copyOf(ready.values());
        BoardContent content = ReadyBoard.compose(readyOrders, slots(), recall.shown());
        if (display != null) {
            display.show(content.texts(), content.highlight());
        }
        boolean runnerCalled = clock.instant().isBefore(runnerUntil);
        indicators.lamp(Lamp.NEW, ReadyOrders.anyQueued(orders) ? LampState.ON : LampState.OFF);
        indicators.lamp(Lamp.READY, runnerCalled ? LampState.BLINK : readyOrders.isEmpty() ? LampState.OFF
                : LampState.ON);
        status.board(content.texts(), readyOrders.stream().map(KitchenOrder::number).toList());
    }

    /** Without a board (or before its HELLO) the configured limit, else the board's slots up to that limit. */
    private int slots() {
        if (display == null) {
            return settings.slotLimit().orElse(0);
        }
        return Math.min(boardSlots, settings.slotLimit().orElse(boardSlots));
    }

    private void redrawAt(Instant when) {
        long delay = Math.max(0, Duration.between(clock.instant(), when).plus(TIMER_MARGIN).toMillis());
        try {
            thread.schedule(guarded(() -> {
                if (clock.instant().isBefore(when)) {
                    redrawAt(when);
                } else {
                    redraw();
                }
            }), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Closing; no redraw scheduled");
        }
    }

    private void run(Runnable work) {
        try {
            thread.execute(guarded(work));
        } catch (RejectedExecutionException e) {
            LOG.debug("Closing; change ignored");
        }
    }

    /** A failure in one change must not stop the counter: the next change states the whole picture again. */
    private static Runnable guarded(Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("The counter failed to handle a change; it carries on with the next", e);
            }
        };
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
