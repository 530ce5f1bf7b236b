package org.preptable.gateway.auth.cache;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import org.preptable.gateway.db.Db;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's half of the principal cache's promise: after committing a change to who may do what (a role, a
 * location assignment, a revoked session, a deleted user), the route calls {@link #awaitEveryGateway} before it
 * answers, so the caller's very next request, on any gateway, sees the change. Every gateway holding a lease has
 * applied the change within a few milliseconds; one that has not in {@link #MAX_WAIT} has, by the feed's rule, already
 * stopped answering from memory ({@link AuthChangeFeed}).
 */
public final class AuthPropagation {

    static final Duration MAX_WAIT = AuthChangeFeed.FRESH_FOR.plusMillis(500);
    private static final long POLL_MILLIS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(AuthPropagation.class);

    private final Db db;

    public AuthPropagation(Db db) {
        this.db = db;
    }

    /** Waits until every live gateway has applied every change committed so far (at most {@link #MAX_WAIT}). */
    public void awaitEveryGateway() {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        Row first = db.pool().query("""
                        SELECT e.version, (SELECT count(*) FROM gateway_nodes n
                                           WHERE n.lease_until > now() AND n.auth_version < e.version) AS behind
                        FROM auth_epoch e""")
                .execute().await().iterator().next();
        long version = first.getLong("version");
        long behind = first.getLong("behind");
        while (behind > 0) {
            if (System.nanoTime() - deadline > 0) {
                LOG.warn("{} gateway(s) did not confirm auth change {} within {} ms; they no longer answer from memory",
                        behind, version, MAX_WAIT.toMillis());
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            behind = db.pool().preparedQuery(
                            "SELECT count(*) FROM gateway_nodes WHERE lease_until > now() AND auth_version < $1")
                    .execute(Tuple.of(version)).await().iterator().next().getLong(0);
        }
    }
}
