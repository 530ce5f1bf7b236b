package org.preptable.gateway.ops.menus;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/**
 * A location's dayparts: read by its people and its kiosk, written by its managers (and admins). A daypart's own
 * routes take the location from the daypart, so a manager of another location gets 403.
 */
public final class DaypartRoutes {

    private final DaypartService service;
    private final Gates gates;

    public DaypartRoutes(DaypartService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/locations/:locationId/dayparts").handler(gates.ops(PlacementRoutes.SCREENS)).handler(this::list);
        api.post("/locations/:locationId/dayparts").handler(gates.ops(OpsRoles.MANAGERS))
                .handler(gates.locationScope(ctx -> Params.uuid(ctx, "locationId")))
                .handler(this::create);
        api.put("/dayparts/:daypartId").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::update);
        api.delete("/dayparts/:daypartId").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list(caller(ctx), Params.uuid(ctx, "locationId")).stream().map(Daypart::view)
                .toList());
    }

    private void create(RoutingContext ctx) {
        Responses.created(ctx, service.create(Params.uuid(ctx, "locationId"), Bodies.read(ctx, DaypartInput.class),
                AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        var id = Params.uuid(ctx, "daypartId");
        Responses.ok(ctx, service.update(caller(ctx), id, Bodies.read(ctx, DaypartInput.class), AuditActor.of(ctx))
                .view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(caller(ctx), Params.uuid(ctx, "daypartId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
