package org.preptable.kiosk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.input.KioskInputs;
import org.preptable.kiosk.net.BumpOutbox;
import org.preptable.kiosk.print.TicketPrinter;
import org.preptable.kiosk.ui.Chime;
import org.preptable.kiosk.ui.KioskScreen;
import org.preptable.model.client.BoardModel;
import org.preptable.model.client.KioskClient;
import org.preptable.model.client.OrderFeed;
import org.preptable.model.kds.KitchenOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed-in kitchen screen: the gateway client, the live board, the durable bump outbox, the ticket printer and
 * the screen, wired
 * so that every board change and connection status reaches the FX thread and every bump reaches the gateway, even
 * if it was made offline.
 */
public final class KioskSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskSession.class);

    private final KioskClient client;
    private final KioskScreen screen;
    private final BoardModel board;
    private final OrderFeed feed;
    private final BumpOutbox outbox;
    private final TicketPrinter printer;
    private final KioskConfig config;
    private KioskInputs inputs;

    private KioskSession(KioskClient client, KioskScreen screen, BoardModel board, OrderFeed feed, BumpOutbox outbox,
            TicketPrinter printer, KioskConfig config) {
        this.client = client;
        this.screen = screen;
        this.board = board;
        this.feed = feed;
        this.outbox = outbox;
        this.printer = printer;
        this.config = config;
    }

    /** Signs in (blocking: call it off the FX thread) and returns a session whose screen is not yet live. */
    public static KioskSession open(KioskConfig config, Clock clock, Chime chime) throws IOException, InterruptedException {
        KioskClient client = new KioskClient(config.gatewayUrl());
        KioskClient.SignIn signIn = client.signIn(config.kioskToken());
        BoardModel board = new BoardModel();
        OutboxSink sink = new OutboxSink();
        StationView station = new StationView(config.stationId());
        KioskScreen screen = new KioskScreen(signIn.locationName(), station, config.display(),
                Duration.ofSeconds(signIn.readyHoldSeconds()), clock, sink,
                config.display().soundOnNewTicket() ? chime : Chime.silent());
        BumpOutbox outbox = new BumpOutbox(config.dataDir().resolve("bumps").resolve(signIn.locationId().toString()),
                client, Duration.ofSeconds(1), new BumpOutbox.Listener() {
                    @Override
                    public void answered(BumpOutbox.Bump bump, int status, KitchenOrder current) {
                        if (status == 409 && current != null) {
                            // Someone else moved it first, or this bump was applied before its answer got lost.
                            board.apply("order.updated", current);
                        }
                        Platform.runLater(() -> screen.bumpAnswered(bump.orderId(), status));
                    }

                    @Override
                    public void waiting(int count, String problem) {
                        Platform.runLater(() -> screen.showWaitingBumps(count));
                    }
                });
        sink.outbox = outbox;
        sink.clock = clock;
        board.onChange(orders -> Platform.runLater(() -> screen.showOrders(orders)));
        OrderFeed feed = new OrderFeed(client, board, Duration.ofSeconds(2), status -> {
            if (status.startsWith("live")) {
                outbox.wake(); // the gateway is back: send saved bumps now, not at the end of the back-off
            }
            Platform.runLater(() -> screen.showStatus(status));
        });
        feed.onContact(() -> Platform.runLater(screen::contact));
        TicketPrinter printer = new TicketPrinter(config.printer(), signIn.locationName(),
                zone(signIn.timezone()), config.stationId());
        if (printer.enabled()) {
            printer.onStateChange(state -> Platform.runLater(() -> screen.showPrinter(state.text(),
                    state.level().name().toLowerCase(java.util.Locale.ROOT))));
            feed.onSnapshot(printer::rememberOrders);
            feed.onOrderEvent(printer::onEvent);
        }
        int waiting = outbox.pending();
        Platform.runLater(() -> screen.showWaitingBumps(waiting));
        return new KioskSession(client, screen, board, feed, outbox, printer, config);
    }

    /** The location's time zone for printed times; a zone this JDK does not know falls back to the Pi's own. */
    private static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone);
        } catch (RuntimeException e) {
            LOG.warn("Unknown time zone '{}' from the gateway; printing local time", timezone);
            return ZoneId.systemDefault();
        }
    }

    public KioskScreen screen() {
        return screen;
    }

    public KioskClient client() {
        return client;
    }

    public BoardModel board() {
        return board;
    }

    /**
     * Connects the bump bars to the screen: the keyboard of this scene, and the serial bump bar and GPIO buttons
     * when the config names them. FX thread; call once the screen is in its scene.
     */
    public void attachInputs(Scene scene) {
        inputs = KioskInputs.start(config.input(), scene, screen::onAction, Platform::runLater);
    }

    /** Starts following the location's orders and sending bumps (including bumps saved by an earlier run). */
    public void start() {
        printer.start();
        feed.start();
        outbox.start();
    }

    @Override
    public void close() {
        if (inputs != null) {
            inputs.close();
        }
        feed.close();
        outbox.close();
        printer.close();
    }

    /** The screen's bumps go to disk first (off the FX thread), then to the gateway in order. */
    private static final class OutboxSink implements KioskScreen.BumpSink {
        // One writer thread, so two quick bumps are stored (and so sent) in the order the cook made them.
        private final ExecutorService store = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("bump-store").factory());
        private volatile BumpOutbox outbox;
        private volatile Clock clock;

        @Override
        public void send(KitchenOrder order, String to) {
            BumpOutbox.Bump bump = new BumpOutbox.Bump(order.id(), order.number(), order.prepState(), to, clock.instant());
            store.execute(() -> {
                try {
                    outbox.submit(bump);
                } catch (IOException e) {
                    LOG.error("Could not save the bump of order {} ({} → {}): {}", order.number(), order.prepState(),
                            to, e.toString());
                }
            });
        }
    }
}
