package org.preptable.gateway.kds.speed;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kds.orders.OrderRoutes;

/** {@code GET /locations/{locationId}/speed}: speed of service per station and daypart (read by every screen role). */
public final class SpeedRoutes {

    private final SpeedService service;
    private final Gates gates;

    public SpeedRoutes(SpeedService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/locations/:locationId/speed").handler(gates.ops(OrderRoutes.SCREEN_ROLES)).handler(this::report);
    }

    private void report(RoutingContext ctx) {
        Responses.ok(ctx, service.report(CurrentUser.of(ctx).orElseThrow(), Params.uuid(ctx, "locationId"),
                Params.query(ctx, "from").orElse(null), Params.query(ctx, "to").orElse(null),
                Params.queryPositiveLong(ctx, "station_id").orElse(null)));
    }
}
