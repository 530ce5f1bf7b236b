package org.preptable.gateway.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.util.function.BooleanSupplier;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.time.Duration;
import java.util.function.Function;

/**
 * The reactive connection pool, used from virtual-thread handlers: callers {@code await} results and write plain
 * sequential code. {@link #tx} is the one way writes run, so a write and its audit row commit or roll back together.
 */
public final class Db implements AutoCloseable {

    private final Pool pool;
    private volatile BooleanSupplier lost = () -> false;

    private Db(Pool pool) {
        this.pool = pool;
    }

    /** Who tells whether the database server itself is gone (the embedded one's supervisor). */
    public void watchedBy(BooleanSupplier databaseLost) {
        this.lost = databaseLost;
    }

    /** True while the server is known to be down and being brought back. */
    public boolean lost() {
        return lost.getAsBoolean();
    }

    public static Db connect(Vertx vertx, DatabaseTarget target, int poolSize) {
        PgConnectOptions connect = connectOptions(target);
        PoolOptions options = new PoolOptions()
                .setMaxSize(poolSize)
                .setConnectionTimeout((int) Duration.ofSeconds(10).toSeconds())
                .setIdleTimeout((int) Duration.ofMinutes(5).toSeconds());
        return new Db(PgBuilder.pool().with(options).connectingTo(connect).using(vertx).build());
    }

    /** How to reach the database; also used by the LISTEN connection of the event hub. */
    public static PgConnectOptions connectOptions(DatabaseTarget target) {
        return new PgConnectOptions()
                .setHost(target.host())
                .setPort(target.port())
                .setDatabase(target.database())
                .setUser(target.user())
                .setPassword(target.password())
                .setCachePreparedStatements(true)
                .setReconnectAttempts(2)
                .setReconnectInterval(500);
    }

    /**
     * Runs {@code work} in a read-only REPEATABLE READ transaction: every statement sees one snapshot, e.g. the
     * orders and the last event id a screen resumes from.
     */
    public <T> T snapshot(SqlWork<T> work) {
        return tx(connection -> {
            connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute().await();
            return work.run(connection);
        });
    }

    /** For reads and single statements outside a transaction. */
    public Pool pool() {
        return pool;
    }

    /** Runs {@code work} in one transaction: commits if it returns, rolls back if it throws. */
    public <T> T tx(SqlWork<T> work) {
        SqlConnection connection = pool.getConnection().await();
        try {
            // BEGIN is pipelined ahead of the work's first statement instead of costing a round trip of its own
            Future<Transaction> begun = connection.begin();
            T result;
            try {
                result = work.run(connection);
            } catch (Throwable e) { // also checked causes that await() rethrows unchanged
                rollbackQuietly(begun, e);
                throw e;
            }
            begun.await().commit().await();
            return result;
        } finally {
            connection.close();
        }
    }

    /**
     * {@link #tx} for future-composed work, to call on an {@link EventLoop}: commits when {@code work}'s future
     * succeeds, rolls back when it fails (or {@code work} throws), and returns the connection either way.
     */
    public <T> Future<T> inTransaction(Function<SqlConnection, Future<T>> work) {
        return pool.getConnection().compose(connection -> {
            Future<Transaction> begun = connection.begin();
            Future<T> done;
            try {
                done = work.apply(connection);
            } catch (RuntimeException e) {
                done = Future.failedFuture(e);
            }
            return done.transform(outcome -> outcome.succeeded()
                            ? begun.compose(Transaction::commit).map(outcome.result())
                            : begun.compose(Transaction::rollback)
                                    .transform(ignored -> Future.<T>failedFuture(outcome.cause())))
                    .andThen(ignored -> connection.close());
        });
    }

    private static void rollbackQuietly(Future<Transaction> begun, Throwable cause) {
        try {
            begun.await().rollback().await();
        } catch (Exception rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Whether the database answers within a second; for the readiness check. */
    public Future<Void> ping() {
        return pool.query("SELECT 1").execute().mapEmpty();
    }

    @Override
    public void close() {
        pool.close().await();
    }

    /** A unit of database work that runs inside {@link #tx}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(SqlConnection connection);
    }
}
