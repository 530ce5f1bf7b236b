package org.preptable.kiosk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.preptable.kiosk.board.ScreenBump;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.config.ScreenSetup;
import org.preptable.kiosk.input.KioskInputs;
import org.preptable.kiosk.net.BumpOutbox;
import org.preptable.kiosk.net.GatewayBackend;
import org.preptable.kiosk.net.SpeedPoller;
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
 * One signed-in kitchen screen: the gateway client, the live board, the durable bump outbox, the ticket printer, the
 * speed-of-service poller and the screen, wired so that every board change and connection status reaches the FX
 * thread and every bump reaches the gateway, even if it was made offline. The screen's station and thresholds come
 * from the gateway's settings for {@code kiosk.screen} where it has them ({@link ScreenSetup}).
 */
public final class KioskSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskSession.class);
    private static final Duration SPEED_EVERY = Duration.ofMinutes(1);
    /** The first reconnect pause; it doubles up to {@code link.retry-max-ms} (1 s) while offline. */
    static final Duration FEED_RETRY = Duration.ofMillis(250);

    private final KioskClient client;
    private final KioskScreen screen;
    private final BoardModel board;
    private final OrderFeed feed;
    private final BumpOutbox outbox;
    private final GatewayBackend backend;
    private final TicketPrinter printer;
    private final SpeedPoller speed;
    private final KioskConfig config;
    private final ScreenSetup setup;
    private KioskInputs inputs;
    private volatile java.util.function.Consumer<ScreenSetup> setupChanged = next -> { };

    private KioskSession(KioskClient client, KioskScreen screen, BoardModel board, OrderFeed feed, BumpOutbox outbox,
            GatewayBackend backend, TicketPrinter printer, SpeedPoller speed, KioskConfig config, ScreenSetup setup) {
        this.client = client;
        this.screen = screen;
        this.board = board;
        this.feed = feed;
        this.outbox = outbox;
        this.backend = backend;
        this.printer = printer;
        this.speed = speed;
        this.config = config;
        this.setup = setup;
    }

    /** Signs in (blocking: call it off the FX thread) and returns a session whose screen is not yet live. */
    public static KioskSession open(KioskConfig config, Clock clock, Chime chime) throws IOException, InterruptedException {
        KioskClient client = new KioskClient(config.gatewayUrl());
        KioskClient.SignIn signIn = client.signIn(config.kioskToken(), config.screenName());
        ScreenSetup setup = ScreenSetup.resolve(config, signIn, client.stations());
        LOG.info("Signed in to {} as {} (screen '{}')", signIn.locationName(), setup.stationName(),
                config.screenName());
        BoardModel board = new BoardModel();
        GatewayBackend backend = new GatewayBackend(client, clock);
        KioskScreen screen = new KioskScreen(signIn.locationName(), setup.station(), setup.stationName(),
                setup.display(), Duration.ofSeconds(signIn.readyHoldSeconds()), clock, backend,
                setup.display().soundOnNewTicket() ? chime : Chime.silent());
        BumpOutbox outbox = new BumpOutbox(config.dataDir().resolve("bumps").resolve(signIn.locationId().toString()),
                client, Duration.ofSeconds(1), new BumpOutbox.Listener() {
                    @Override
                    public void answered(BumpOutbox.Bump bump, KioskClient.TransitionResult result) {
                        if (result.status() == 409 && result.current() != null) {
                            // Someone else moved it first, this bump was applied before its answer got lost, or the
                            // gateway wants the allergens confirmed: show the order as the gateway has it.
                            board.apply("order.updated", result.current());
                        }
                        ScreenBump.Kind kind = switch (bump.kind()) {
                            case BumpOutbox.Bump.CLEAR -> ScreenBump.Kind.CLEAR;
                            case BumpOutbox.Bump.PRIORITY -> ScreenBump.Kind.PRIORITY;
                            default -> ScreenBump.Kind.TRANSITION;
                        };
                        Platform.runLater(() -> screen.bumpAnswered(kind, bump.orderId(), result.status(),
                                result.needsAllergenConfirmation()));
                    }

                    @Override
                    public void waiting(int count, String problem) {
                        Platform.runLater(() -> screen.showWaitingBumps(count));
                    }
                });
        backend.outbox(outbox);
        board.onChange(orders -> Platform.runLater(() -> screen.showOrders(orders)));
        // Reconnects start at 250 ms and stay at most link.retry-max-ms (1 s) apart while offline; a stream silent for
        // link.silence-ms (4.5 s: two missed 2 s heartbeats) is dead: OFFLINE within 5 s, LIVE within 2 s.
        OrderFeed feed = new OrderFeed(client, board, FEED_RETRY, status -> {
            if (status.startsWith("live")) {
                outbox.wake(); // the gateway is back: send saved bumps now, not at the end of the back-off
            }
            Platform.runLater(() -> screen.showStatus(status));
        });
        feed.silenceLimit(config.link().silence());
        feed.maxPause(config.link().retryMax());
        feed.onContact(() -> Platform.runLater(screen::contact));
        TicketPrinter printer = new TicketPrinter(config.printer(), signIn.locationName(),
                zone(signIn.timezone()), setup.station().stationId());
        if (printer.enabled()) {
            printer.onStateChange(state -> Platform.runLater(() -> screen.showPrinter(state.text(),
                    state.level().name().toLowerCase(java.util.Locale.ROOT))));
            feed.onSnapshot(printer::rememberOrders);
        }
        if (!setup.station().isExpo() && !printer.enabled()) {
            // A station screen asks for its own lines only (issue 23). One with a ticket printer keeps whole orders:
            // its tickets say how many lines other stations make.
            feed.station(setup.station().stationId().getAsLong());
        }
        feed.onOrderEvent((id, name, order) -> {
            printer.onEvent(id, name, order); // does nothing without a printer
            if ("order.removed".equals(name) && "voided".equals(order.prepState())) {
                Platform.runLater(() -> screen.showVoided(order));
            }
        });
        SpeedPoller speed = new SpeedPoller(client, setup.station().stationId(), SPEED_EVERY,
                figures -> Platform.runLater(() -> screen.showSpeed(figures)));
        int waiting = outbox.pending();
        Platform.runLater(() -> screen.showWaitingBumps(waiting));
        KioskSession session = new KioskSession(client, screen, board, feed, outbox, backend, printer, speed, config,
                setup);
        client.onSignIn(again -> {
            ScreenSetup next = ScreenSetup.resolve(config, again, client.stations());
            if (!next.equals(setup)) {
                LOG.info("The gateway's settings for screen '{}' changed ({} → {})", config.screenName(), setup, next);
                session.setupChanged.accept(next);
            }
        });
        return session;
    }

    /**
     * Hears when a later sign-in (the session renewed after it ran out) brings other central settings for this
     * screen: the station or thresholds a kitchen changed on the gateway. The app then opens a new session, so the
     * screen follows without anyone touching the Pi. Called on the thread that signed in.
     */
    public void onSetupChanged(java.util.function.Consumer<ScreenSetup> listener) {
        this.setupChanged = listener;
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

    /** The station, name and thresholds this screen runs with (the gateway's screen settings over the file's). */
    public ScreenSetup setup() {
        return setup;
    }

    /**
     * Connects the bump bars to the screen: the keyboard of this scene, and the serial bump bar and GPIO buttons
     * when the config names them. FX thread; call once the screen is in its scene.
     */
    public void attachInputs(Scene scene) {
        screen.showSelectKeys(config.input().keys());
        inputs = KioskInputs.start(config.input(), scene, screen::onAction, Platform::runLater);
    }

    /** Starts following the location's orders and sending bumps (including bumps saved by an earlier run). */
    public void start() {
        printer.start();
        feed.start();
        outbox.start();
        speed.start();
    }

    /** Reads the speed figures now instead of at the next minute (tests; the poller's thread does it otherwise). */
    void refreshSpeedNow() {
        Thread.ofVirtual().name("speed-now").start(() -> {
            var figures = speed.readOnce();
            Platform.runLater(() -> screen.showSpeed(figures));
        });
    }

    @Override
    public void close() {
        if (inputs != null) {
            inputs.close();
        }
        feed.close();
        speed.close();
        outbox.close();
        backend.close();
        printer.close();
    }
}
