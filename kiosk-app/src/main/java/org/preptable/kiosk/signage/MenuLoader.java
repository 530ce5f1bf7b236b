package org.preptable.kiosk.signage;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.preptable.model.client.KioskClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the signage screen's menu current by reading {@code GET /locations/{id}/menu/current}: at start, every
 * {@code menuRefresh} (so a daypart turns over even if the gateway sends no event for it), and at once when
 * {@link #refreshNow()} is called (an {@code availability.updated} event). What the answer means:
 * <ul>
 *   <li>200: the menu ({@link Listener#menu});</li>
 *   <li>404: this gateway has no menus (an older gateway) or no current menu for the location:
 *   {@link Listener#noMenu}, and the screen shows the order board alone;</li>
 *   <li>401: the kiosk session ended; sign in again with the token and retry;</li>
 *   <li>anything else, a network failure or a body it cannot read: retry with back-off (doubling from
 *   {@code retryFirst} to {@code retryMax}) while the screen keeps the last menu it had.</li>
 * </ul>
 * Listeners are called on the loader's own thread.
 */
public final class MenuLoader implements AutoCloseable {

    /** Receives the outcome of each fetch; called on the loader's thread. */
    public interface Listener {
        void menu(CurrentMenu menu);

        void noMenu();
    }

    static final String PATH = "/menu/current";
    private static final Logger LOG = LoggerFactory.getLogger(MenuLoader.class);

    private final KioskClient client;
    private final SignageSettings settings;
    private final Listener listener;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean closed = new AtomicBoolean();
    private Thread worker;

    public MenuLoader(KioskClient client, SignageSettings settings, Listener listener) {
        this.client = client;
        this.settings = settings;
        this.listener = listener;
    }

    public void start() {
        worker = Thread.ofVirtual().name("signage-menu").start(this::run);
    }

    /** Fetches again without waiting for the next refresh (coalesced: many calls while fetching give one more). */
    public void refreshNow() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void run() {
        Duration backOff = settings.retryFirst();
        while (!closed.get()) {
            Duration pause;
            if (fetchOnce()) {
                backOff = settings.retryFirst();
                pause = settings.menuRefresh();
            } else {
                pause = backOff;
                backOff = min(backOff.multipliedBy(2), settings.retryMax());
            }
            try {
                if (wake.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One fetch; false when it failed and the next try should back off. */
    boolean fetchOnce() {
        try {
            HttpResponse<String> response = client.getLocation(PATH);
            return switch (response.statusCode()) {
                case 200 -> {
                    listener.menu(CurrentMenu.parse(response.body()));
                    yield true;
                }
                case 404 -> {
                    LOG.debug("No current menu (404); showing the order board alone");
                    listener.noMenu();
                    yield true;
                }
                default -> {
                    LOG.warn("Reading the menu answered HTTP {}; keeping the last menu and retrying",
                            response.statusCode());
                    yield false;
                }
            };
        } catch (IOException | RuntimeException e) {
            if (!closed.get()) {
                LOG.warn("Reading the menu failed; keeping the last menu and retrying: {}", e.toString());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        closed.set(true);
        if (worker != null) {
            worker.interrupt();
        }
    }
}
