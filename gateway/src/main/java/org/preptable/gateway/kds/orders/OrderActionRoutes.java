package org.preptable.gateway.kds.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/**
 * Expo's actions beside the bumps (issue 17): the cleared list and recall, and the rush flag. The same roles as the
 * bumps: everyone who runs a kitchen screen.
 */
public final class OrderActionRoutes {

    record PriorityInput(@JsonProperty("priority") String priority) {
    }

    private final RecallService recalls;
    private final PriorityService priorities;
    private final Gates gates;

    public OrderActionRoutes(RecallService recalls, PriorityService priorities, Gates gates) {
        this.recalls = recalls;
        this.priorities = priorities;
        this.gates = gates;
    }

    /** Mount before any {@code /locations/:locationId/orders/:orderId} GET, which would take {@code cleared}. */
    public void mount(Router api) {
        api.get("/locations/:locationId/orders/cleared").handler(gates.ops(OrderRoutes.SCREEN_ROLES))
                .handler(this::cleared);
        api.post("/locations/:locationId/orders/:orderId/recall").handler(gates.ops(OrderRoutes.SCREEN_ROLES))
                .handler(this::recall);
        api.post("/locations/:locationId/orders/:orderId/priority").handler(gates.ops(OrderRoutes.SCREEN_ROLES))
                .handler(this::priority);
    }

    private void cleared(RoutingContext ctx) {
        int limit = Params.queryInt(ctx, "limit", 1, RecallService.MAX_CLEARED).orElse(RecallService.MAX_CLEARED);
        Responses.ok(ctx, recalls.cleared(caller(ctx), Params.uuid(ctx, "locationId"), limit));
    }

    private void recall(RoutingContext ctx) {
        Responses.ok(ctx, recalls.recall(caller(ctx), Params.uuid(ctx, "locationId"), Params.uuid(ctx, "orderId"),
                AuditActor.of(ctx)));
    }

    private void priority(RoutingContext ctx) {
        UUID locationId = Params.uuid(ctx, "locationId");
        UUID orderId = Params.uuid(ctx, "orderId");
        String priority = PriorityService.parse(Bodies.read(ctx, PriorityInput.class).priority());
        Responses.ok(ctx, priorities.set(caller(ctx), locationId, orderId, priority, AuditActor.of(ctx)));
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
