package org.preptable.kiosk.net;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.preptable.model.Json;
import org.preptable.model.client.KioskClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bumps on their way to the gateway, kept on disk until the gateway has answered them, so a bump made while the
 * Wi-Fi is down (or just before a power cut) is sent when the gateway is back, in the order the cook made them.
 *
 * <p>Each bump is a file (written to a temporary name, forced to disk, then renamed), named by a sequence number.
 * One thread sends them oldest first. Every bump carries {@code from}, so replaying is safe: if the gateway applied it
 * but the answer was lost, the resend gets 409 with the order's current state, which is what the screen then shows
 * — never a second move. A 409 is therefore not an error; the board is told the gateway's truth.
 */
public final class BumpOutbox implements AutoCloseable {

    /**
     * One bump: move {@code orderId} from {@code from} to {@code to} (for station {@code stationId}, or the whole
     * order when null; {@code allergensConfirmed} when the cook confirmed the allergens), or, by {@code kind}, clear
     * it ({@code clear}) or set its priority to {@code to} ({@code priority}). Files saved before kinds existed read
     * as moves of the whole order.
     */
    public record Bump(@JsonProperty("order_id") String orderId, @JsonProperty("number") String number,
            @JsonProperty("from") String from, @JsonProperty("to") String to, @JsonProperty("at") Instant at,
            @JsonProperty("kind") String kind, @JsonProperty("station_id") Long stationId,
            @JsonProperty("allergens_confirmed") boolean allergensConfirmed) {

        public static final String TRANSITION = "transition";
        public static final String CLEAR = "clear";
        public static final String PRIORITY = "priority";

        public Bump {
            kind = kind == null ? TRANSITION : kind;
        }

        public Bump(String orderId, String number, String from, String to, Instant at) {
            this(orderId, number, from, to, at, TRANSITION, null, false);
        }
    }

    /** What happens to sent bumps, for the board and the screen. */
    public interface Listener {
        /**
         * The gateway answered: 200, 409 (the result's {@code current} is its order now, or null if it sent none;
         * its reason says why, e.g. allergens not confirmed), or another 4xx after which the bump was dropped.
         */
        void answered(Bump bump, KioskClient.TransitionResult result);

        /** How many bumps wait, and why the last send failed (null when the last send reached the gateway). */
        void waiting(int count, String problem);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BumpOutbox.class);
    private static final String SUFFIX = ".bump";
    /**
     * The longest pause between tries while the gateway is away: the same 1 s as the order feed's reconnects
     * ({@code OrderFeed.DEFAULT_MAX_PAUSE}), so saved bumps go out within a second or two of the gateway answering
     * again, not at the end of a long back-off. The feed's reconnect also wakes the outbox at once.
     */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(1);

    private final Path dir;
    private final KioskClient client;
    private final Listener listener;
    private final Duration firstBackoff;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object signal = new Object();
    private Thread sender;

    public BumpOutbox(Path dir, KioskClient client, Duration firstBackoff, Listener listener) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.client = client;
        this.firstBackoff = firstBackoff;
        this.listener = listener;
        for (Path file : pendingFiles()) {
            sequence.set(Math.max(sequence.get(), sequenceOf(file)));
        }
    }

    /** Starts sending, beginning with bumps left on disk by an earlier run. */
    public void start() {
        sender = Thread.ofVirtual().name("bump-outbox").start(this::run);
    }

    /** Stores the bump durably, then wakes the sender. Returns once it is on disk. */
    public void submit(Bump bump) throws IOException {
        Path file = dir.resolve(String.format(Locale.ROOT, "%012d%s", sequence.incrementAndGet(), SUFFIX));
        Path temp = dir.resolve(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(bump)));
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Retries at once instead of at the end of the back-off, e.g. when the event stream has just reconnected. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Bumps not yet answered by the gateway. */
    public int pending() {
        try {
            return pendingFiles().size();
        } catch (IOException e) {
            return 0;
        }
    }

    private void run() {
        Duration backoff = firstBackoff;
        while (!closed.get()) {
            try {
                List<Path> files = pendingFiles();
                if (files.isEmpty()) {
                    waitForWork(Duration.ofSeconds(5));
                    continue;
                }
                Path file = files.get(0);
                Bump bump = Json.MAPPER.readValue(Files.readAllBytes(file), Bump.class);
                KioskClient.TransitionResult result = send(bump);
                if (result.status() >= 500) {
                    throw new IOException("the gateway answered HTTP " + result.status());
                }
                Files.deleteIfExists(file);
                backoff = firstBackoff;
                if (result.status() != 200 && result.status() != 409) {
                    // 400/404/403: this bump can never succeed (order gone, location changed); retrying would block the rest.
                    LOG.warn("{} of order {} ({} → {}) refused with HTTP {}; dropped", bump.kind(), bump.number(),
                            bump.from(), bump.to(), result.status());
                }
                listener.answered(bump, result);
                listener.waiting(files.size() - 1, null);
            } catch (IOException e) {
                if (closed.get()) {
                    return;
                }
                listener.waiting(pending(), e.getMessage() == null ? e.toString() : e.getMessage());
                LOG.info("Bump not sent, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                waitForWork(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                backoff = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private KioskClient.TransitionResult send(Bump bump) throws IOException, InterruptedException {
        return switch (bump.kind()) {
            case Bump.CLEAR -> client.clear(bump.orderId());
            case Bump.PRIORITY -> client.postOrderAction("/orders/" + bump.orderId() + "/priority",
                    java.util.Map.of("priority", bump.to()));
            default -> client.transition(bump.orderId(), bump.from(), bump.to(), bump.stationId(),
                    bump.allergensConfirmed());
        };
    }

    private void waitForWork(Duration atMost) {
        synchronized (signal) {
            try {
                signal.wait(Math.max(1, atMost.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed.set(true);
            }
        }
    }

    private List<Path> pendingFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    private static long sequenceOf(Path file) {
        String name = file.getFileName().toString();
        try {
            return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        closed.set(true);
        if (sender != null) {
            sender.interrupt();
        }
    }
}
