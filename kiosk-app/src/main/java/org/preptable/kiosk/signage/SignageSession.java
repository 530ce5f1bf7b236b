package org.preptable.kiosk.signage;

import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.model.client.BoardModel;
import org.preptable.model.client.KioskClient;
import org.preptable.model.client.LinkSettings;
import org.preptable.model.client.OrderFeed;
import org.preptable.model.client.SseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed-in signage screen ({@code mode=signage}): the gateway client, the live orders (for the order board),
 * the menu (read by {@link MenuLoader}, replaced live by {@code menu.updated}) and the screen, wired so that every
 * change reaches the FX thread. The screen shows every station's orders whatever {@code station} says: an order is
 * ready for the guest as a whole.
 */
public final class SignageSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignageSession.class);
    private static final Duration FEED_RETRY = Duration.ofMillis(250);

    private final SignageScreen screen;
    private final OrderFeed feed;
    private final MenuLoader menus;
    private CurrentMenu latestMenu;

    private SignageSession(SignageScreen screen, KioskClient client, SignageSettings settings, LinkSettings link) {
        this.screen = screen;
        BoardModel board = new BoardModel();
        board.onChange(orders -> Platform.runLater(() -> screen.showOrders(orders)));
        this.feed = new OrderFeed(client, board, FEED_RETRY, status -> Platform.runLater(() -> screen.showStatus(status)));
        feed.silenceLimit(link.silence());
        feed.maxPause(link.retryMax());
        this.menus = new MenuLoader(client, settings, new MenuLoader.Listener() {
            @Override
            public void menu(CurrentMenu menu) {
                offer(menu);
            }

            @Override
            public void noMenu() {
                withdrawMenu();
            }
        });
        feed.onOtherEvent(this::onEvent);
    }

    /**
     * {@link #open(KioskConfig, SignageSettings, Clock)} with the {@code signage.*} settings of the config file
     * (Danish kroner and words, the menu re-read each minute, when it has none).
     */
    public static SignageSession open(KioskConfig config, Clock clock) throws IOException, InterruptedException {
        return open(config, config.signage(), clock);
    }

    /**
     * Signs in (blocking: call it off the FX thread, or in a test's start method) and returns a session whose screen
     * is built but not yet live; put {@link #screen()} in a Scene, then {@link #start()}.
     *
     * @param clock any zone: the screen's clock is moved to the location's time zone from the sign-in
     */
    public static SignageSession open(KioskConfig config, SignageSettings settings, Clock clock)
            throws IOException, InterruptedException {
        KioskClient client = new KioskClient(config.gatewayUrl());
        KioskClient.SignIn signIn = client.signIn(config.kioskToken());
        Clock local = clock.withZone(zone(signIn, clock));
        SignageScreen screen = onFxThread(() -> new SignageScreen(signIn.locationName(), local, settings));
        LOG.info("Signage screen signed in for {} ({})", signIn.locationName(), signIn.locationId());
        return new SignageSession(screen, client, settings, config.link());
    }

    public SignageScreen screen() {
        return screen;
    }

    /** Starts following the orders and the menu. */
    public void start() {
        feed.start();
        menus.start();
    }

    @Override
    public void close() {
        feed.close();
        menus.close();
    }

    private void onEvent(SseEvent event) {
        switch (event.event() == null ? "" : event.event()) {
            case "menu.updated" -> {
                try {
                    offer(CurrentMenu.parse(event.data()));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Ignoring a menu.updated the screen cannot read (event {}): {}", event.id(), e.toString());
                }
            }
            // Its body is "the changed resource", not the menu; reading the menu again is simpler and always right.
            case "availability.updated" -> menus.refreshNow();
            default -> LOG.debug("Signage ignores event {}", event.event());
        }
    }

    /** The fetch loop and the event stream both deliver menus; an older one never replaces a newer one. */
    private synchronized void offer(CurrentMenu menu) {
        if (!menu.isNotOlderThan(latestMenu)) {
            LOG.debug("Ignoring a menu from {} older than the one shown ({})", menu.at(), latestMenu.at());
            return;
        }
        boolean unchanged = menu.sameContentAs(latestMenu);
        latestMenu = menu;
        if (!unchanged) {
            Platform.runLater(() -> screen.showMenu(menu));
        }
    }

    private synchronized void withdrawMenu() {
        latestMenu = null;
        Platform.runLater(screen::showNoMenu);
    }

    /** Builds on the FX thread (the screen starts an animation), waiting for it when called from elsewhere. */
    private static <T> T onFxThread(Supplier<T> build) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            return build.get();
        }
        FutureTask<T> task = new FutureTask<>(build::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("building the signage screen failed: " + e.getCause(), e.getCause());
        }
    }

    private static ZoneId zone(KioskClient.SignIn signIn, Clock fallback) {
        try {
            return ZoneId.of(signIn.timezone());
        } catch (DateTimeException | NullPointerException e) {
            LOG.warn("The gateway's time zone '{}' is unknown here; showing {}", signIn.timezone(), fallback.getZone());
            return fallback.getZone();
        }
    }
}
