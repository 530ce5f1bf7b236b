package org.preptable.gateway.kitchen.notifications;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.live.Journal;
import org.preptable.model.Json;
import org.preptable.model.WireTime;

/**
 * A stored notification as every channel shows it (the list, the WebSocket message, the SSE {@code data:}), in the
 * kitchen-planning dialect. Field names follow the reference's WebSocket messages where it has them
 * ({@code notificationType}, {@code category}, {@code count}, {@code timestamp}); {@code id} (also the SSE event id),
 * {@code message}, {@code entityId} and {@code read} are ours. The JSON is encoded once per row.
 */
public record Notification(long id, UUID userId, Map<String, Object> view, String json) implements Journal.Entry {

    static final String COLUMNS = "id, user_id, type, category, message, entity_id, count, read_at, created_at";

    static Notification of(Row row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", row.getLong("id"));
        view.put("notificationType", row.getString("type"));
        view.put("category", row.getString("category"));
        view.put("message", row.getString("message"));
        view.put("entityId", row.getLong("entity_id"));
        view.put("count", row.getInteger("count"));
        view.put("read", row.getValue("read_at") != null);
        view.put("timestamp", WireTime.kitchen(row.getOffsetDateTime("created_at").toInstant(), ZoneId.systemDefault()));
        return new Notification(row.getLong("id"), row.getUUID("user_id"), view, Json.write(view));
    }

    @Override
    public long seq() {
        return id;
    }

    /** One SSE block; a user has a few tabs, so it is built per send rather than kept. */
    @Override
    public Buffer sseFrame() {
        return Buffer.buffer("id: " + id + "\nevent: notification\ndata: " + json + "\n\n");
    }
}
