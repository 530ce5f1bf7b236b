package org.preptable.gateway.kds.handoff;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code saavor_outbox}: messages to Saavor that are delivered at least once, in the background. */
public final class Outbox {

    /** A message due for delivery. */
    public record Message(UUID id, UUID orderId, String body, int attempts) {
    }

    /** Enqueues a message; false when the order already has one (a repeated hand-off). */
    public boolean enqueue(SqlClient tx, UUID orderId, String body) {
        return tx.preparedQuery("INSERT INTO saavor_outbox (order_id, body) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(orderId, body)).await().rowCount() == 1;
    }

    public UUID enqueueUnbound(SqlClient tx, String body) {
        return tx.preparedQuery("INSERT INTO saavor_outbox (body) VALUES ($1) RETURNING id")
                .execute(Tuple.of(body)).await().iterator().next().getUUID("id");
    }

    /**
     * Claims due messages. SKIP LOCKED lets several gateways share one outbox: each message is held by exactly one
     * of them until its transaction ends.
     */
    public List<Message> claimDue(SqlClient tx, int limit) {
        var rows = tx.preparedQuery("SELECT id, order_id, body, attempts FROM saavor_outbox"
                        + " WHERE delivered_at IS NULL AND next_attempt_at <= clock_timestamp()"
                        + " ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(limit)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(Outbox::message).toList();
    }

    public void delivered(SqlClient tx, UUID id) {
        tx.preparedQuery("UPDATE saavor_outbox SET delivered_at = clock_timestamp(), attempts = attempts + 1,"
                + " last_error = NULL WHERE id = $1").execute(Tuple.of(id)).await();
    }

    public void failed(SqlClient tx, UUID id, String error, Duration retryIn) {
        tx.preparedQuery("UPDATE saavor_outbox SET attempts = attempts + 1, last_error = $2,"
                        + " next_attempt_at = clock_timestamp() + make_interval(secs => $3) WHERE id = $1")
                .execute(Tuple.of(id, error, retryIn.toMillis() / 1000.0)).await();
    }

    private static Message message(Row row) {
        return new Message(row.getUUID("id"), row.getUUID("order_id"), row.getString("body"), row.getInteger("attempts"));
    }
}
