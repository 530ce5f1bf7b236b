package org.preptable.gateway.ops.locations;

import static org.preptable.gateway.auth.Role.ADMIN;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/** Seed 002's {@code /locations}: every operations role reads the campus list; only admins write it. */
public final class LocationRoutes {

    private final LocationService service;
    private final Gates gates;

    public LocationRoutes(LocationService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/locations").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.post("/locations").handler(gates.ops(ADMIN)).handler(this::create);
        api.get("/locations/:locationId").handler(gates.ops(OpsRoles.READERS)).handler(this::get);
        api.put("/locations/:locationId").handler(gates.ops(ADMIN)).handler(this::update);
        api.delete("/locations/:locationId").handler(gates.ops(ADMIN)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list().stream().map(Location::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.get(Params.uuid(ctx, "locationId")).view());
    }

    private void create(RoutingContext ctx) {
        Responses.created(ctx, service.create(Bodies.read(ctx, LocationInput.class), AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        Responses.ok(ctx, service.update(Params.uuid(ctx, "locationId"), Bodies.read(ctx, LocationInput.class),
                AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(Params.uuid(ctx, "locationId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }
}
