package org.preptable.gateway.kds.events;

import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kds.events.EventLog.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes each location's committed events to the screens subscribed on this gateway. One path serves replay and
 * live delivery: a subscriber remembers the last sequence it got, and a "catch-up" of its location sends every
 * stored event above that, in order. Catch-ups run when PostgreSQL notifies a commit (from any gateway on the
 * database), when a screen subscribes, and every few seconds as a safety net for notifications lost while the
 * LISTEN connection was reconnecting. So nothing is missed and nothing is sent twice.
 */
public final class EventHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    private static final int BATCH = 500;
    private static final Duration SAFETY_POLL = Duration.ofSeconds(5);
    /** How long events are kept for screens to resume from; older resume points get a reset. */
    public static final Duration RETENTION = Duration.ofDays(7);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    /** A screen's end of a stream. {@code send} answers false when the screen is too far behind to keep. */
    public interface Sink {
        boolean send(Event event);

        void heartbeat();

        void reset();

        void close();
    }

    private final Vertx vertx;
    private final Db db;
    private final EventLog log;
    private final Duration heartbeat;
    private final Map<UUID, Feed> feeds = new ConcurrentHashMap<>();
    private Context context;
    private PgSubscriber subscriber;
    private long pollTimer;
    private long heartbeatTimer;
    private long purgeTimer;

    public EventHub(Vertx vertx, Db db, EventLog log, Duration heartbeat) {
        this.vertx = vertx;
        this.db = db;
        this.log = log;
        this.heartbeat = heartbeat;
    }

    /** Opens the LISTEN connection (re-opened with backoff if it drops) and starts the timers. */
    public void start(PgConnectOptions connect) {
        // catch-ups await database results, so they run on a virtual-thread context of their own
        vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> start() {
                EventHub.this.context = context;
                return Future.succeededFuture();
            }
        }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).await();
        subscriber = PgSubscriber.subscriber(vertx, connect)
                .reconnectPolicy(attempt -> Math.min(5_000L, 100L * (1L << Math.min(attempt, 6))));
        subscriber.channel(EventLog.CHANNEL)
                .handler(payload -> catchUp(locationOf(payload)))
                .subscribeHandler(listening -> feeds.keySet().forEach(this::catchUp));
        subscriber.connect().await();
        pollTimer = vertx.setPeriodic(SAFETY_POLL.toMillis(), tick -> feeds.keySet().forEach(this::catchUp));
        heartbeatTimer = vertx.setPeriodic(heartbeat.toMillis(), tick -> feeds.values()
                .forEach(feed -> feed.subscribers.forEach(Subscriber::heartbeat)));
        purgeTimer = vertx.setPeriodic(PURGE_EVERY.toMillis(), tick -> context.runOnContext(v -> purge()));
    }

    /** Drops events past the retention; any gateway may do it, the statement is idempotent. */
    public void purge() {
        try {
            db.tx(tx -> {
                log.purgeOlderThan(tx, RETENTION);
                return null;
            });
        } catch (Exception e) {
            LOG.warn("Purging old location events failed; retrying in an hour: {}", e.toString());
        }
    }

    /**
     * Subscribes a screen that has seen everything up to {@code lastSeen} (null: start from now). A resume point
     * that was purged, or that this database never issued, gets a reset first.
     */
    public Runnable subscribe(UUID locationId, Long lastSeen, Sink sink) {
        long latest = log.latest(db.pool(), locationId);
        long from = lastSeen == null ? latest : lastSeen;
        if (lastSeen != null && (lastSeen > latest || log.purgedAfter(db.pool(), locationId, lastSeen))) {
            sink.reset();
            from = latest;
        }
        Subscriber subscriber = new Subscriber(sink, from);
        Feed feed = feeds.computeIfAbsent(locationId, id -> new Feed());
        feed.subscribers.add(subscriber);
        catchUp(locationId);
        return () -> {
            feed.subscribers.remove(subscriber);
            feeds.computeIfPresent(locationId, (id, f) -> f.subscribers.isEmpty() ? null : f);
        };
    }

    /** How many screens are connected to this gateway, per location; for tests and diagnostics. */
    public int subscribers(UUID locationId) {
        Feed feed = feeds.get(locationId);
        return feed == null ? 0 : feed.subscribers.size();
    }

    private static UUID locationOf(String payload) {
        return UUID.fromString(payload.substring(0, payload.indexOf(':')));
    }

    private void catchUp(UUID locationId) {
        Feed feed = feeds.get(locationId);
        if (feed == null || context == null) {
            return;
        }
        feed.again.set(true);
        if (feed.running.compareAndSet(false, true)) {
            context.runOnContext(v -> drain(locationId, feed));
        }
    }

    /** Runs until no catch-up was asked for meanwhile; only one drain per location runs at a time. */
    private void drain(UUID locationId, Feed feed) {
        try {
            while (feed.again.getAndSet(false)) {
                sendPending(locationId, feed);
            }
        } catch (Exception e) {
            LOG.warn("Event delivery for location {} failed; the next notification or poll retries: {}",
                    locationId, e.toString());
        } finally {
            feed.running.set(false);
            if (feed.again.get() && feed.running.compareAndSet(false, true)) {
                context.runOnContext(v -> drain(locationId, feed));
            }
        }
    }

    private void sendPending(UUID locationId, Feed feed) {
        while (true) {
            List<Subscriber> subscribers = List.copyOf(feed.subscribers);
            if (subscribers.isEmpty()) {
                return;
            }
            long from = subscribers.stream().mapToLong(s -> s.lastSeq).min().orElseThrow();
            List<Event> events = log.after(db.pool(), locationId, from, BATCH);
            for (Event event : events) {
                for (Subscriber subscriber : subscribers) {
                    subscriber.offer(event);
                }
            }
            if (events.size() < BATCH) {
                return;
            }
        }
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

    private static final class Feed {
        final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicBoolean again = new AtomicBoolean();
    }

    private static final class Subscriber {
        final Sink sink;
        volatile long lastSeq;

        Subscriber(Sink sink, long lastSeq) {
            this.sink = sink;
            this.lastSeq = lastSeq;
        }

        void offer(Event event) {
            if (event.seq() <= lastSeq) {
                return;
            }
            lastSeq = event.seq();
            if (!sink.send(event)) {
                sink.close();
            }
        }

        void heartbeat() {
            sink.heartbeat();
        }
    }
}
