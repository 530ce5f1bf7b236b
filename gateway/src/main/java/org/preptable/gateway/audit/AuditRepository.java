package org.preptable.gateway.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.preptable.model.Json;
import org.preptable.model.WireTime;

/** Reads the audit log newest first, with the admin page's filters and an id cursor for paging. */
public final class AuditRepository {

    /** Filters; null fields do not filter. {@code beforeId} pages: entries older than that id. */
    public record Query(Long beforeId, Instant beforeTime, Instant since, String actorEmail, String action,
                        String entity, String entityId, int limit) {
    }

    public List<Map<String, Object>> list(SqlClient client, Query query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        condition(conditions, arguments, "id < $", query.beforeId());
        condition(conditions, arguments, "at < $", utc(query.beforeTime()));
        condition(conditions, arguments, "at >= $", utc(query.since()));
        condition(conditions, arguments, "lower(actor_email) = lower($)", query.actorEmail());
        condition(conditions, arguments, "action = $", query.action());
        condition(conditions, arguments, "entity = $", query.entity());
        condition(conditions, arguments, "entity_id = $", query.entityId());
        arguments.add(query.limit());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String sql = "SELECT id, at, actor_id, actor_email, action, entity, entity_id, before::text AS before,"
                + " after::text AS after, ip, user_agent, route FROM audit_log" + where
                + " ORDER BY id DESC LIMIT $" + arguments.size();
        var rows = client.preparedQuery(sql).execute(Tuple.from(arguments)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(AuditRepository::view).toList();
    }

    /** Adds {@code sql} with its {@code $} numbered, only when there is a value to filter by. */
    private static void condition(List<String> conditions, List<Object> arguments, String sql, Object value) {
        if (value != null) {
            arguments.add(value);
            conditions.add(sql.replace("$", "$" + arguments.size()));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Object> view(Row row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", row.getLong("id"));
        view.put("at", WireTime.rfc3339(row.getOffsetDateTime("at").toInstant()));
        view.put("actor_id", row.getUUID("actor_id") == null ? null : row.getUUID("actor_id").toString());
        view.put("actor_email", row.getString("actor_email"));
        view.put("action", row.getString("action"));
        view.put("entity", row.getString("entity"));
        view.put("entity_id", row.getString("entity_id"));
        view.put("before", parse(row.getString("before")));
        view.put("after", parse(row.getString("after")));
        view.put("ip", row.getString("ip"));
        view.put("user_agent", row.getString("user_agent"));
        view.put("route", row.getString("route"));
        return view;
    }

    private static Object parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds invalid JSON", e);
        }
    }
}
