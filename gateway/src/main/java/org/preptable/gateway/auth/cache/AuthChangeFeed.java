package org.preptable.gateway.auth.cache;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.db.EventLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this gateway's {@link PrincipalCache} true to PostgreSQL. The database's triggers (V20) announce every change
 * to users, their locations and sessions on {@value #CHANNEL} as {@code <version>:<user id>}; this gateway evicts the
 * user and then records the version as applied in {@code gateway_nodes}, where {@link AuthPropagation} waits for it.
 *
 * <p>Why the cache can trust what it has not heard about: PostgreSQL delivers notifications to a listener in commit
 * order, so when this gateway hears back a ping it sent, every change committed before the ping has been applied. The
 * cache answers only within {@link #FRESH_FOR} of the newest ping heard; a writer whose change this gateway has not
 * acknowledged waits {@link AuthPropagation#MAX_WAIT} (longer than that) before giving up on it, and by then this
 * gateway has stopped answering from memory. A lost LISTEN connection forgets everything, since notifications sent
 * while it was down are gone.
 */
public final class AuthChangeFeed implements AutoCloseable {

    public static final String CHANNEL = "preptable_auth";
    static final Duration PING_EVERY = Duration.ofMillis(250);
    static final Duration FRESH_FOR = Duration.ofMillis(1500);
    static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(2);
    /** The cache stops answering this long before the lease PostgreSQL holds for it runs out. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(AuthChangeFeed.class);

    private final Vertx vertx;
    private final Db db;
    private final PrincipalCache cache;
    private final UUID node = UUID.randomUUID();
    private final String pingPrefix = "ping:" + node + ":";
    private final AtomicLong applied = new AtomicLong();
    private final AtomicBoolean acking = new AtomicBoolean();
    private PgSubscriber subscriber;
    private long pingTimer;
    private long renewTimer;

    public AuthChangeFeed(Vertx vertx, Db db, PrincipalCache cache) {
        this.vertx = vertx;
        this.db = db;
        this.cache = cache;
    }

    /** Registers this gateway, opens the LISTEN connection (re-opened with backoff) and starts pinging. */
    public void start(PgConnectOptions connect) {
        long sent = System.nanoTime();
        long version = db.pool().preparedQuery("""
                        WITH gone AS (DELETE FROM gateway_nodes WHERE lease_until < now() - interval '1 hour')
                        INSERT INTO gateway_nodes (id, lease_until, auth_version)
                        SELECT $1, now() + make_interval(secs => $2), version FROM auth_epoch
                        RETURNING auth_version""")
                .execute(Tuple.of(node, (double) LEASE.toSeconds())).await().iterator().next().getLong(0);
        applied.set(version);
        cache.leased(sent, LEASE.minus(LEASE_MARGIN).toNanos());
        EventLoop loop = EventLoop.start(vertx);
        subscriber = PgSubscriber.subscriber(vertx, connect)
                .reconnectPolicy(attempt -> Math.min(5_000L, 100L * (1L << Math.min(attempt, 6))));
        subscriber.channel(CHANNEL)
                .handler(this::heard)
                .subscribeHandler(listening -> cache.evictAll());
        loop.await(subscriber::connect);
        pingTimer = vertx.setPeriodic(1, PING_EVERY.toMillis(), tick -> ping());
        renewTimer = vertx.setPeriodic(RENEW_EVERY.toMillis(), tick -> renew());
    }

    private void heard(String payload) {
        if (payload.startsWith("ping:")) {
            if (payload.startsWith(pingPrefix)) {
                cache.heard(Long.parseLong(payload.substring(pingPrefix.length())), FRESH_FOR.toNanos());
            }
            return;
        }
        int colon = payload.indexOf(':');
        try {
            long version = Long.parseLong(payload.substring(0, colon));
            String user = payload.substring(colon + 1);
            if (user.isEmpty()) {
                cache.evictAll();
            } else {
                cache.evictUser(UUID.fromString(user));
            }
            acknowledge(version);
        } catch (RuntimeException malformed) {
            LOG.warn("Unreadable auth change notification '{}'; forgetting every cached caller", payload);
            cache.evictAll();
        }
    }

    /** Records the newest applied version; one UPDATE in flight at a time, the latest value wins. */
    private void acknowledge(long version) {
        applied.accumulateAndGet(version, Math::max);
        if (acking.compareAndSet(false, true)) {
            long sending = applied.get();
            db.pool().preparedQuery("UPDATE gateway_nodes SET auth_version = greatest(auth_version, $2) WHERE id = $1")
                    .execute(Tuple.of(node, sending))
                    .onComplete(done -> {
                        if (done.failed()) {
                            LOG.warn("Could not record auth change {} as applied: {}", sending, done.cause().toString());
                        }
                        acking.set(false);
                        if (applied.get() > sending) {
                            acknowledge(applied.get());
                        }
                    });
        }
    }

    private void ping() {
        db.pool().preparedQuery("SELECT pg_notify($1, $2)")
                .execute(Tuple.of(CHANNEL, pingPrefix + System.nanoTime()))
                .onFailure(e -> LOG.debug("Auth feed ping failed: {}", e.toString()));
    }

    private void renew() {
        long sent = System.nanoTime();
        db.pool().preparedQuery("""
                        INSERT INTO gateway_nodes (id, lease_until, auth_version)
                        VALUES ($1, now() + make_interval(secs => $2), $3)
                        ON CONFLICT (id) DO UPDATE SET lease_until = excluded.lease_until""")
                .execute(Tuple.of(node, (double) LEASE.toSeconds(), applied.get()))
                .onSuccess(ok -> cache.leased(sent, LEASE.minus(LEASE_MARGIN).toNanos()))
                .onFailure(e -> LOG.debug("Gateway lease renewal failed: {}", e.toString()));
    }

    @Override
    public void close() {
        vertx.cancelTimer(pingTimer);
        vertx.cancelTimer(renewTimer);
        try {
            db.pool().preparedQuery("DELETE FROM gateway_nodes WHERE id = $1").execute(Tuple.of(node)).await();
        } catch (RuntimeException e) {
            LOG.debug("Could not deregister gateway node {}: {}", node, e.toString());
        }
        if (subscriber != null) {
            subscriber.close().await();
        }
    }
}
