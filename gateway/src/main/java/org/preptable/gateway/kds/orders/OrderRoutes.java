package org.preptable.gateway.kds.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/** Seed 002's kitchen display routes: the active orders of a location and the screen's bumps. */
public final class OrderRoutes {

    /** Everyone who runs a kitchen screen: the location's kiosk and staff and up. */
    public static final Role[] SCREEN_ROLES = {Role.ADMIN, Role.MANAGER, Role.STAFF, Role.KIOSK};

    record Transition(@JsonProperty("from") String from, @JsonProperty("to") String to,
                      @JsonProperty("station_id") Long stationId,
                      @JsonProperty("allergens_confirmed") Boolean allergensConfirmed) {
    }

    private final OrderService service;
    private final Gates gates;

    public OrderRoutes(OrderService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/locations/:locationId/orders").handler(gates.ops(SCREEN_ROLES)).handler(this::list);
        api.post("/locations/:locationId/orders/:orderId/transition").handler(gates.ops(SCREEN_ROLES))
                .handler(this::transition);
    }

    private void list(RoutingContext ctx) {
        PrepState state = Params.query(ctx, "state").map(raw -> PrepState.parse(raw).filter(PrepState::active)
                .orElseThrow(() -> ApiError.badRequest("state must be queued, preparing or ready, got: " + raw)))
                .orElse(null);
        OrderService.Snapshot snapshot = service.active(caller(ctx), Params.uuid(ctx, "locationId"),
                Params.queryPositiveLong(ctx, "station_id").orElse(null), state);
        ctx.response().putHeader("Last-Event-ID", Long.toString(snapshot.lastEventId()));
        // more than the list holds: the screen shows the first ones and can say how many are not shown
        ctx.response().putHeader("X-Total-Count", Long.toString(snapshot.total()));
        Responses.ok(ctx, snapshot.orders());
    }

    private void transition(RoutingContext ctx) {
        Transition body = Bodies.read(ctx, Transition.class);
        UUID locationId = Params.uuid(ctx, "locationId");
        Responses.ok(ctx, service.transition(caller(ctx), locationId, Params.uuid(ctx, "orderId"),
                new OrderService.Bump(body.from(), body.to(), body.stationId(),
                        Boolean.TRUE.equals(body.allergensConfirmed())), AuditActor.of(ctx)));
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
