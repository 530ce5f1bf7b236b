package org.preptable.model.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.preptable.model.Json;
import org.preptable.model.kds.KitchenOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link BoardModel} live: loads the snapshot with the event id it includes, streams events from there,
 * and when the connection drops, reconnects from the last event it applied, so the board misses nothing and
 * repeats nothing. A {@code reset} from the gateway (the resume point is too old) reloads the snapshot.
 */
public final class OrderFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderFeed.class);

    private final KioskClient client;
    private final BoardModel board;
    /**
     * How long a live stream may stay silent before it is taken for dead: the gateway sends a heartbeat every 2 s,
     * so 4.5 s is two missed heartbeats and half a second of slack. Counted from the last byte, which came up to 2 s
     * before a hang: 4.5 s (not 5) keeps OFFLINE within 5 s of a hung gateway or dead Wi-Fi wherever the hang falls.
     */
    public static final Duration DEFAULT_SILENCE = Duration.ofMillis(4_500);
    /**
     * The longest pause between reconnect attempts while offline. Kept short on purpose: the pause only limits how
     * often a screen knocks, and a screen must be LIVE within about 2 s of the gateway answering again (issue 18).
     */
    public static final Duration DEFAULT_MAX_PAUSE = Duration.ofSeconds(1);
    private final Duration retry;
    private final Consumer<String> status;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long lastEventId = -1;
    private volatile boolean reload = true;
    private volatile InputStream stream;
    private volatile Consumer<SseEvent> otherEvents = event -> { };
    private volatile Runnable contact = () -> { };
    private volatile Duration silenceLimit = DEFAULT_SILENCE;
    private volatile Duration maxPause = DEFAULT_MAX_PAUSE;
    /** The station whose lines to ask for, or null for whole orders (expo, the order-ready board). */
    private volatile Long station;
    /** When the link went down (the drop was noticed), null while live or before the first connection. */
    private volatile java.time.Instant downSince;
    private volatile long lastHeardNanos = System.nanoTime();
    /** Set when the watchdog closed a silent stream, so the reader's failure does not repeat it in vaguer words. */
    private volatile boolean silenced;
    private String lastProblem;
    private volatile OrderEventListener orderEvents = (id, name, order) -> { };
    private volatile Consumer<List<KitchenOrder>> snapshots = orders -> { };

    /** Receives each order event after the board has applied it, with its event id (the printer dedupes by it). */
    @FunctionalInterface
    public interface OrderEventListener {
        void onOrderEvent(long eventId, String eventName, KitchenOrder order);
    }
    private Thread worker;
    /** The next pause after a failure: {@code retry}, doubling to the max pause, back to {@code retry} once live. */
    private Duration nextPause;

    /**
     * @param retry  the first pause after the stream drops; it doubles while the gateway stays away, up to
     *               {@link #maxPause(Duration)} (1 s by default)
     * @param status receives a short line for the screen's status bar: "live", "offline: …"
     */
    public OrderFeed(KioskClient client, BoardModel board, Duration retry, Consumer<String> status) {
        this.client = client;
        this.board = board;
        this.retry = retry;
        this.nextPause = retry;
        this.status = status;
    }

    /**
     * Receives every event that is not about an order ({@code menu.updated}, {@code availability.updated}, …) on the
     * feed's thread, in stream order; the signage screen follows the menu this way. Set it before {@link #start()}.
     */
    public void onOtherEvent(Consumer<SseEvent> listener) {
        this.otherEvents = listener;
    }

    /** Set before {@link #start()}; called on the feed's thread. */
    public void onOrderEvent(OrderEventListener listener) {
        this.orderEvents = listener;
    }

    /** Receives every snapshot (at start and after a reset) after the board has taken it. Set before start. */
    public void onSnapshot(Consumer<List<KitchenOrder>> listener) {
        this.snapshots = listener;
    }

    /** Called whenever anything arrives from the gateway, heartbeats included: the screen's "last contact". */
    public void onContact(Runnable listener) {
        this.contact = listener;
    }

    /**
     * How long a live stream may stay silent before it is taken for a connection that died without TCP noticing
     * (a pulled cable, a sleeping access point, a hung gateway); the gateway sends a heartbeat every 2 s.
     * {@link #DEFAULT_SILENCE} (4.5 s) unless set. Set before start.
     */
    public void silenceLimit(Duration limit) {
        this.silenceLimit = limit;
    }

    /**
     * Asks the gateway for one station's lines only, in the snapshot and in the stream alike ({@code ?station_id=} on
     * both, so a reconnect sees what the stream showed): less to send and to parse on a station screen. Orders then
     * carry only that station's lines, and one that has none leaves the board. Set before start; unset, every order
     * comes whole. A gateway from before issue 23 ignores it on the stream and sends whole orders, which the
     * screen's own station view cuts as before.
     */
    public void station(long stationId) {
        this.station = stationId;
    }

    /** The cap on the pause between reconnect attempts while offline; {@link #DEFAULT_MAX_PAUSE} unless set. */
    public void maxPause(Duration limit) {
        this.maxPause = limit;
    }

    /**
     * When the link dropped (when the feed noticed: the stream ended, failed, or stayed silent past the limit), or
     * null while live and before the first connection. The screen counts "link down 0:12" from here, not from the
     * last event.
     */
    public java.time.Instant downSince() {
        return downSince;
    }

    public void start() {
        worker = Thread.ofVirtual().name("order-feed").start(this::run);
        Thread.ofVirtual().name("order-feed-watchdog").start(this::watchSilence);
    }

    private void watchSilence() {
        while (!closed.get()) {
            try {
                // Checked every 100 ms at most, so a dead stream is called within 0.1 s of the limit, not a quarter of it late.
                Thread.sleep(Math.max(10, Math.min(100, silenceLimit.toMillis() / 4)));
            } catch (InterruptedException e) {
                return;
            }
            if (stream != null && System.nanoTime() - lastHeardNanos > silenceLimit.toNanos()) {
                LOG.info("No word from the gateway for {} ms; reconnecting", silenceLimit.toMillis());
                markDown();
                status.accept("offline: no word from the gateway for "
                        + java.math.BigDecimal.valueOf(silenceLimit.toMillis(), 3).stripTrailingZeros().toPlainString() + " s");
                lastHeardNanos = System.nanoTime();
                silenced = true;
                closeStream(); // the reader ends and the feed reconnects from the last event it applied
            }
        }
    }

    public long lastEventId() {
        return lastEventId;
    }

    private void run() {
        while (!closed.get()) {
            try {
                if (reload) {
                    KioskClient.Snapshot snapshot = client.activeOrders(station);
                    board.replaceAll(snapshot.orders());
                    snapshots.accept(snapshot.orders());
                    lastEventId = snapshot.lastEventId();
                    reload = false;
                }
                try (InputStream in = client.openEvents(lastEventId, station)) {
                    silenced = false;
                    lastHeardNanos = System.nanoTime();
                    stream = in;
                    nextPause = retry;
                    downSince = null;
                    status.accept("live");
                    if (lastProblem != null) {
                        LOG.info("Order feed live again from event {}", lastEventId);
                        lastProblem = null;
                    }
                    read(in);
                    markDown(); // the stream ended (a restart, a reset, or the silence watchdog closed it)
                    silenced = false;
                } finally {
                    stream = null;
                }
            } catch (IOException e) {
                if (silenced) {
                    // The watchdog closed a silent stream and already said why; the reader's own failure ("connection
                    // closed") would replace that reason on the screen with a vaguer one.
                    silenced = false;
                } else if (!closed.get()) {
                    markDown();
                    status.accept("offline: " + reason(e));
                    // One line per change of problem, not one per retry every few seconds.
                    if (!e.toString().equals(lastProblem)) {
                        LOG.warn("Order feed offline, retrying with back-off from {} ms to {} ms: {}", retry.toMillis(),
                                maxPause.toMillis(), e.toString());
                        lastProblem = e.toString();
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
            pause();
        }
    }

    private void read(InputStream in) throws IOException {
        SseParser parser = new SseParser(event -> {
            if ("reset".equals(event.event())) {
                reload = true;
                closeStream();
                return;
            }
            try {
                long id = Long.parseLong(event.id());
                if (event.event() != null && event.event().startsWith("order.")) {
                    KitchenOrder order = Json.MAPPER.readValue(event.data(), KitchenOrder.class);
                    board.apply(event.event(), order);
                    orderEvents.onOrderEvent(id, event.event(), order);
                } else {
                    otherEvents.accept(event);
                }
                lastEventId = id;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipping an event the kiosk cannot read ({}): {}", event.event(), e.toString());
            }
        }, Long.toString(lastEventId));
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.read(buffer)) != -1 && !reload) {
            lastHeardNanos = System.nanoTime();
            contact.run();
            parser.feed(new String(buffer, 0, read));
        }
        parser.endOfStream();
    }

    private void pause() {
        if (closed.get() || reload) {
            return;
        }
        Duration pause = nextPause;
        Duration cap = maxPause;
        pause = pause.compareTo(cap) > 0 ? cap : pause;
        nextPause = pause.multipliedBy(2).compareTo(cap) > 0 ? cap : pause.multipliedBy(2);
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the first moment of an outage: retries while down do not move it. */
    private void markDown() {
        if (downSince == null && !closed.get()) {
            downSince = java.time.Instant.now();
        }
    }

    private void closeStream() {
        InputStream open = stream;
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // closing to reconnect; a failure here changes nothing
            }
        }
    }

    @Override
    public void close() {
        closed.set(true);
        closeStream();
        if (worker != null) {
            worker.interrupt();
        }
    }

    /**
     * Why the feed is offline, in words for the screen's banner. Connection failures often carry no message (a
     * refused connection is a bare {@code ConnectException}), and "null" on a kitchen wall helps nobody.
     */
    static String reason(IOException e) {
        if (e instanceof java.net.ConnectException) {
            return "cannot reach the gateway";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "the gateway does not answer";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "unknown gateway host " + e.getMessage();
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return "closed".equals(message) ? "connection closed" : message;
    }
}
