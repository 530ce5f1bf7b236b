package org.preptable.gateway.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.db.EventLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the committed entries of a {@link Journal} to the clients subscribed on this gateway, per feed (a
 * location's screens, a user's tabs). One path serves replay and live delivery: a subscriber remembers the last
 * sequence it got, and a "catch-up" of its feed sends every stored entry above that, in order. Catch-ups run when
 * PostgreSQL notifies a commit (from any gateway on the database), when a client subscribes, and every few seconds
 * as a safety net for notifications lost while the LISTEN connection was reconnecting. So nothing is missed and
 * nothing is sent twice. Catch-ups are future chains on one event loop: a notification reaches the clients after
 * one query, with no thread hand-over in between.
 */
public final class EventHub<E extends Journal.Entry> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    private static final int BATCH = 500;
    private static final Duration SAFETY_POLL = Duration.ofSeconds(5);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    /**
     * A screen's end of a stream. A screen whose connection has too much waiting is {@code full}: it is sent
     * nothing more (the others go on) until it has room again and calls {@link #wake}, and then resumes from the
     * last event it took. One that stays full past the stall limit is closed.
     */
    public interface Sink<E> {
        /**
         * Takes the entry, or answers false (and takes nothing more) when it has no room. A sink may hold what it
         * took until {@link #flush}, which the hub calls after every batch it read.
         */
        boolean send(E entry);

        /** Writes what {@link #send} took since the last flush, together: events that arrived together. */
        default void flush() {
        }

        boolean full();

        void heartbeat();

        void reset();

        void close();
    }

    private final Vertx vertx;
    private final EventLoop loop;
    private final Db db;
    private final Journal<E> log;
    private final Duration heartbeat;
    private final Duration stallLimit;
    private final Map<UUID, Feed<E>> feeds = new ConcurrentHashMap<>();
    private volatile boolean started;
    private PgSubscriber subscriber;
    private long pollTimer;
    private long heartbeatTimer;
    private long purgeTimer;

    public EventHub(Vertx vertx, EventLoop loop, Db db, Journal<E> log, Duration heartbeat, Duration stallLimit) {
        this.vertx = vertx;
        this.loop = loop;
        this.db = db;
        this.log = log;
        this.heartbeat = heartbeat;
        this.stallLimit = stallLimit;
    }

    /** Opens the LISTEN connection (re-opened with backoff if it drops) and starts the timers. */
    public void start(PgConnectOptions connect) {
        started = true;
        subscriber = PgSubscriber.subscriber(vertx, connect)
                .reconnectPolicy(attempt -> Math.min(5_000L, 100L * (1L << Math.min(attempt, 6))));
        subscriber.channel(log.channel())
                .handler(payload -> catchUp(log.feedOf(payload)))
                .subscribeHandler(listening -> feeds.keySet().forEach(this::catchUp));
        // connected from the hub's event loop, so notifications arrive on the thread that delivers them
        loop.await(subscriber::connect);
        pollTimer = vertx.setPeriodic(SAFETY_POLL.toMillis(), tick -> feeds.keySet().forEach(this::catchUp));
        heartbeatTimer = vertx.setPeriodic(heartbeat.toMillis(), tick -> feeds.values()
                .forEach(feed -> feed.subscribers.forEach(Subscriber::heartbeat)));
        purgeTimer = vertx.setPeriodic(PURGE_EVERY.toMillis(), tick -> purge());
    }

    /** Drops entries past the journal's retention; any gateway may do it, the statement is idempotent. */
    public Future<?> purge() {
        return loop.submit(() -> db.inTransaction(log::purge))
                .onFailure(e -> LOG.warn("Purging old {} entries failed; retrying in an hour: {}", log.channel(),
                        e.toString()));
    }

    /**
     * Subscribes a client of a feed that has seen everything up to {@code lastSeen} (null: start from now). A resume
     * point that was purged, or that this database never issued for the feed, gets a reset first.
     */
    public Runnable subscribe(UUID locationId, Long lastSeen, Sink<E> sink) {
        long latest = log.latest(db.pool(), locationId);
        long from = lastSeen == null ? latest : lastSeen;
        if (lastSeen != null && (lastSeen > latest || log.purgedAfter(db.pool(), locationId, lastSeen))) {
            sink.reset();
            from = latest;
        }
        Subscriber<E> subscriber = new Subscriber<>(sink, from);
        Feed<E> feed = feeds.computeIfAbsent(locationId, id -> new Feed<>());
        feed.subscribers.add(subscriber);
        catchUp(locationId);
        return () -> {
            feed.subscribers.remove(subscriber);
            feeds.computeIfPresent(locationId, (id, f) -> f.subscribers.isEmpty() ? null : f);
        };
    }

    /** The feed's newest sequence number now: where a client that subscribes later starts from "now". */
    public long latest(UUID feed) {
        return log.latest(db.pool(), feed);
    }

    /** How many clients of a feed are connected to this gateway; for tests and diagnostics. */
    public int subscribers(UUID locationId) {
        Feed<E> feed = feeds.get(locationId);
        return feed == null ? 0 : feed.subscribers.size();
    }

    /** Asks for a catch-up of the location: a screen that was full has room again. */
    public void wake(UUID locationId) {
        catchUp(locationId);
    }

    private void catchUp(UUID locationId) {
        Feed<E> feed = feeds.get(locationId);
        if (feed == null || !started) {
            return;
        }
        feed.again.set(true);
        if (feed.running.compareAndSet(false, true)) {
            loop.run(() -> drain(locationId, feed));
        }
    }

    /** Runs until no catch-up was asked for meanwhile; only one drain per location runs at a time. */
    private void drain(UUID locationId, Feed<E> feed) {
        if (!feed.again.getAndSet(false)) {
            feed.running.set(false);
            // a catch-up asked for between the check and the release must not wait for the next notification
            if (feed.again.get() && feed.running.compareAndSet(false, true)) {
                drain(locationId, feed);
            }
            return;
        }
        sendPending(locationId, feed).onComplete(sent -> {
            if (sent.failed()) {
                LOG.warn("Delivery of {} to feed {} failed; the next notification or poll retries: {}",
                        log.channel(), locationId, sent.cause().toString());
            }
            drain(locationId, feed);
        });
    }

    /**
     * Sends every stored event above the slowest position among the screens with room, a batch at a time. A
     * screen that refuses an event takes nothing more in this pass, so it never skips one.
     */
    private Future<Void> sendPending(UUID locationId, Feed<E> feed) {
        long now = System.nanoTime();
        List<Subscriber<E>> open = new ArrayList<>();
        for (Subscriber<E> subscriber : feed.subscribers) {
            if (subscriber.hasRoom(now, stallLimit)) {
                open.add(subscriber);
            }
        }
        return sendPending(locationId, open);
    }

    private Future<Void> sendPending(UUID locationId, List<Subscriber<E>> open) {
        if (open.isEmpty()) {
            return Future.succeededFuture();
        }
        long from = open.stream().mapToLong(s -> s.lastSeq).min().orElseThrow();
        return log.after(db.pool(), locationId, from, BATCH).compose(events -> {
            List<Subscriber<E>> stillOpen = new ArrayList<>(open);
            for (E event : events) {
                stillOpen.removeIf(subscriber -> !subscriber.offer(event));
            }
            // one write per screen for the whole batch, also for a screen that filled up part-way through it
            open.forEach(subscriber -> subscriber.sink.flush());
            return events.size() < BATCH ? Future.succeededFuture() : sendPending(locationId, stillOpen);
        });
    }

    @Override
    public void close() {
        vertx.cancelTimer(pollTimer);
        vertx.cancelTimer(heartbeatTimer);
        vertx.cancelTimer(purgeTimer);
        feeds.values().forEach(feed -> feed.subscribers.forEach(s -> s.sink.close()));
        if (subscriber != null) {
            subscriber.close().await();
        }
    }

    private static final class Feed<E extends Journal.Entry> {
        final Set<Subscriber<E>> subscribers = ConcurrentHashMap.newKeySet();
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicBoolean again = new AtomicBoolean();
    }

    private static final class Subscriber<E extends Journal.Entry> {
        final Sink<E> sink;
        volatile long lastSeq;
        private long fullSince;
        private boolean seenFull;

        Subscriber(Sink<E> sink, long lastSeq) {
            this.sink = sink;
            this.lastSeq = lastSeq;
        }

        /** Whether to send to it in this pass; closes it when it has been full past the stall limit. */
        boolean hasRoom(long now, Duration stallLimit) {
            if (!sink.full()) {
                seenFull = false;
                return true;
            }
            if (!seenFull) {
                seenFull = true;
                fullSince = now;
            } else if (now - fullSince > stallLimit.toNanos()) {
                sink.close();
            }
            return false;
        }

        /** Answers false when the screen took no more, so the pass leaves it at its last event. */
        boolean offer(E event) {
            if (event.seq() <= lastSeq) {
                return true;
            }
            if (!sink.send(event)) {
                return false;
            }
            lastSeq = event.seq();
            return true;
        }

        void heartbeat() {
            sink.heartbeat();
        }
    }
}
