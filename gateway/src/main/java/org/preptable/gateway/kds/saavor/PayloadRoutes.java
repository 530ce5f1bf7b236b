package org.preptable.gateway.kds.saavor;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/**
 * The webhook and its admin debug routes: {@code GET /saavor/payloads} (newest first, {@code ?limit=},
 * {@code ?before=<received_at>}) and {@code GET /saavor/payloads/{id}} with the raw body.
 */
public final class PayloadRoutes {

    private final Db db;
    private final PayloadLog payloads;
    private final SaavorWebhook webhook;
    private final Gates gates;

    public PayloadRoutes(Db db, PayloadLog payloads, SaavorWebhook webhook, Gates gates) {
        this.db = db;
        this.payloads = payloads;
        this.webhook = webhook;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.post("/saavor/webhook").handler(webhook::handle);
        api.get("/saavor/payloads").handler(gates.ops(Role.ADMIN)).handler(this::list);
        api.get("/saavor/payloads/:payloadId").handler(gates.ops(Role.ADMIN)).handler(this::get);
    }

    private void list(RoutingContext ctx) {
        int limit = Params.queryInt(ctx, "limit", 1, 500).orElse(50);
        List<Map<String, Object>> page = payloads.recent(db.pool(),
                Params.queryInstant(ctx, "before", false).orElse(null), limit);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("payloads", page);
        view.put("next_before", page.size() == limit ? page.get(page.size() - 1).get("received_at") : null);
        Responses.ok(ctx, view);
    }

    private void get(RoutingContext ctx) {
        var id = Params.uuid(ctx, "payloadId");
        Responses.ok(ctx, payloads.find(db.pool(), id)
                .orElseThrow(() -> ApiError.notFound("Payload with ID " + id + " was not found.")));
    }
}
