package org.preptable.gateway.audit;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Responses;

/**
 * {@code GET /admin/audit-log} (admin): newest first, {@code ?limit=} (1-500, default 50) and {@code ?before=}
 * (an entry id from {@code next_before}, or an RFC 3339 time), filtered by {@code actor}, {@code action},
 * {@code entity}, {@code entity_id} and {@code since}.
 */
public final class AuditRoutes {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final Db db;
    private final Gates gates;
    private final AuditRepository repository = new AuditRepository();

    public AuditRoutes(Db db, Gates gates) {
        this.db = db;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/admin/audit-log").handler(gates.ops(Role.ADMIN)).handler(this::list);
    }

    private void list(RoutingContext ctx) {
        int limit = limit(param(ctx, "limit"));
        String before = param(ctx, "before");
        Long beforeId = null;
        Instant beforeTime = null;
        if (before != null) {
            if (before.matches("\\d{1,18}")) {
                beforeId = Long.parseLong(before);
            } else {
                beforeTime = time(before, "before");
            }
        }
        String since = param(ctx, "since");
        var query = new AuditRepository.Query(beforeId, beforeTime, since == null ? null : time(since, "since"),
                param(ctx, "actor"), param(ctx, "action"), param(ctx, "entity"), param(ctx, "entity_id"), limit);
        List<Map<String, Object>> entries = repository.list(db.pool(), query);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("entries", entries);
        page.put("next_before", entries.size() == limit ? entries.get(entries.size() - 1).get("id") : null);
        Responses.ok(ctx, page);
    }

    private static String param(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw ApiError.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", got: " + raw);
    }

    private static Instant time(String raw, String name) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be an entry id or an RFC 3339 time such as"
                    + " 2026-06-01T12:00:00Z, got: " + raw);
        }
    }
}
