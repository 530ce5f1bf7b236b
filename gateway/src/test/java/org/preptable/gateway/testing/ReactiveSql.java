package org.preptable.gateway.testing;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import org.preptable.gateway.db.Db;

/**
 * The gateway's own database client, outside the gateway: for tests that rebuild an answer the way an older version of
 * the gateway did (the same driver decodes the rows into the same Java values), to compare it with today's answer.
 */
public final class ReactiveSql implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final Db db;

    public ReactiveSql(TestGateway gateway) {
        db = Db.connect(vertx, gateway.database(), 1);
    }

    public RowSet<Row> rows(String sql, Tuple arguments) {
        return db.pool().preparedQuery(sql).execute(arguments).toCompletionStage().toCompletableFuture().join();
    }

    @Override
    public void close() {
        db.pool().close().toCompletionStage().toCompletableFuture().join();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
