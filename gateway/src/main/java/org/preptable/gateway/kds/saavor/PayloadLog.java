package org.preptable.gateway.kds.saavor;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.model.WireTime;

/** Every webhook delivery as received ({@code saavor_payloads}) and the event ids already applied. */
public final class PayloadLog {

    /** What is known about a delivery before it is applied. */
    public record Received(boolean verified, String eventId, String type, String storeRef, byte[] body) {
    }

    public UUID record(SqlClient client, Received received, String outcome, int status, String error) {
        return record(client, UUID.randomUUID(), received, outcome, status, error);
    }

    public UUID record(SqlClient client, UUID id, Received received, String outcome, int status, String error) {
        return send(client, id, received, outcome, status, error).await();
    }

    /** {@link #record} without waiting, to pipeline with the other statements of the webhook's transaction. */
    public Future<UUID> send(SqlClient client, UUID id, Received received, String outcome, int status, String error) {
        return client.preparedQuery("INSERT INTO saavor_payloads (id, verified, event_id, type, store_ref, outcome,"
                        + " status, error, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
                .execute(Tuple.from(new Object[] {id, received.verified(), received.eventId(), received.type(),
                        received.storeRef(), outcome, status, error,
                        new String(received.body(), StandardCharsets.UTF_8).replace("\u0000", "")}))
                .map(rows -> rows.iterator().next().getUUID("id"));
    }

    /** Claims an event id for this payload; false when an earlier delivery of the same event was applied. */
    public Future<Boolean> sendClaim(SqlClient tx, String eventId, UUID payloadId) {
        return tx.preparedQuery("INSERT INTO saavor_events (event_id, payload_id) VALUES ($1, $2)"
                + " ON CONFLICT (event_id) DO NOTHING").execute(Tuple.of(eventId, payloadId))
                .map(rows -> rows.rowCount() == 1);
    }

    public List<Map<String, Object>> recent(SqlClient client, Instant before, int limit) {
        var rows = client.preparedQuery("SELECT id, received_at, verified, event_id, type, store_ref, outcome, status,"
                        + " error FROM saavor_payloads WHERE ($1::timestamptz IS NULL OR received_at < $1)"
                        + " ORDER BY received_at DESC LIMIT $2")
                .execute(Tuple.of(before == null ? null : before.atOffset(ZoneOffset.UTC), limit)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(PayloadLog::summary).toList();
    }

    public Optional<Map<String, Object>> find(SqlClient client, UUID id) {
        var rows = client.preparedQuery("SELECT id, received_at, verified, event_id, type, store_ref, outcome, status,"
                + " error, body FROM saavor_payloads WHERE id = $1").execute(Tuple.of(id)).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        Map<String, Object> view = summary(row);
        view.put("body", row.getString("body"));
        return Optional.of(view);
    }

    private static Map<String, Object> summary(Row row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", row.getUUID("id").toString());
        view.put("received_at", WireTime.rfc3339(row.getOffsetDateTime("received_at").toInstant()));
        view.put("verified", row.getBoolean("verified"));
        view.put("event_id", row.getString("event_id"));
        view.put("type", row.getString("type"));
        view.put("store_ref", row.getString("store_ref"));
        view.put("outcome", row.getString("outcome"));
        view.put("status", row.getInteger("status"));
        view.put("error", row.getString("error"));
        return view;
    }
}
