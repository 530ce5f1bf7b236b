package org.preptable.gateway.ops.health;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/**
 * {@code GET /menu-health?location_id=}: the managers of the location and admins. Checks in order: the role (403),
 * {@code location_id} (400), the caller's scope (403), the location (404).
 */
public final class MenuHealthRoutes {

    private final MenuHealthService service;
    private final Gates gates;

    public MenuHealthRoutes(MenuHealthService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/menu-health").handler(gates.ops(OpsRoles.MANAGERS))
                .handler(gates.locationScope(MenuHealthRoutes::locationId))
                .handler(this::check);
    }

    private static UUID locationId(RoutingContext ctx) {
        return Params.queryUuid(ctx, "location_id")
                .orElseThrow(() -> ApiError.badRequest("location_id is required: the location to check"));
    }

    private void check(RoutingContext ctx) {
        Responses.ok(ctx, service.check(locationId(ctx)));
    }
}
