package org.preptable.gateway.kitchen.notifications;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.CUSTOMER;
import static org.preptable.gateway.auth.Role.MANAGER;
import static org.preptable.gateway.auth.Role.STAFF;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.live.EventHub;
import org.preptable.gateway.live.SseStreams;

/**
 * {@code /notifications/**}: the stored inbox, read marks, the chefs' pending counts and the SSE twin of the
 * WebSocket. A WebSocket upgrade of {@code GET /notifications} never reaches the router
 * ({@link NotificationSocket}); a plain GET is the inbox.
 */
final class NotificationRoutes {

    private final NotificationService service;
    private final EventHub<Notification> hub;
    private final Gates gates;

    NotificationRoutes(NotificationService service, EventHub<Notification> hub, Gates gates) {
        this.service = service;
        this.hub = hub;
        this.gates = gates;
    }

    void mount(Router api) {
        api.get("/notifications").handler(gates.kitchen(ADMIN, MANAGER, STAFF, CUSTOMER)).handler(this::list);
        api.get("/notifications/snapshot").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::snapshot);
        api.get("/notifications/stream").handler(gates.queryToken())
                .handler(gates.kitchen(ADMIN, MANAGER, STAFF, CUSTOMER)).handler(this::stream);
        api.patch("/notifications/read-all").handler(gates.kitchen(ADMIN, MANAGER, STAFF, CUSTOMER))
                .handler(this::markAllRead);
        api.patch("/notifications/:id/read").handler(gates.kitchen(ADMIN, MANAGER, STAFF, CUSTOMER))
                .handler(this::markRead);
    }

    private void list(RoutingContext ctx) {
        boolean unreadOnly = Params.queryBoolean(ctx, "unread").orElse(false);
        Long before = Params.queryPositiveLong(ctx, "before").orElse(null);
        int limit = Params.queryInt(ctx, "limit", 1, 200).orElse(50);
        Responses.ok(ctx, service.list(caller(ctx), unreadOnly, before, limit).stream().map(Notification::view)
                .toList());
    }

    private void snapshot(RoutingContext ctx) {
        Responses.ok(ctx, service.snapshot());
    }

    private void stream(RoutingContext ctx) {
        SseStreams.open(ctx, hub, caller(ctx).id(), SseStreams.lastEventId(ctx, "lastEventId"));
    }

    private void markRead(RoutingContext ctx) {
        Responses.ok(ctx, service.markRead(caller(ctx), Params.positiveId(ctx, "id"), AuditActor.of(ctx)).view());
    }

    private void markAllRead(RoutingContext ctx) {
        Responses.ok(ctx, Map.of("updated", service.markAllRead(caller(ctx), AuditActor.of(ctx))));
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
