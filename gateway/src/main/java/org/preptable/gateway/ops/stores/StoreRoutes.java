package org.preptable.gateway.ops.stores;

import static org.preptable.gateway.auth.Role.ADMIN;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/** Seed 002's {@code /stores}: create is admin-only; rename and delete are for managers of the store's campus. */
public final class StoreRoutes {

    record NewStore(@JsonProperty("location_id") String locationId, @JsonProperty("name") String name) {
    }

    record StoreChange(@JsonProperty("name") String name) {
    }

    private final StoreService service;
    private final Gates gates;

    public StoreRoutes(StoreService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/stores").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.post("/stores").handler(gates.ops(ADMIN)).handler(this::create);
        api.get("/stores/:storeId").handler(gates.ops(OpsRoles.READERS)).handler(this::get);
        api.put("/stores/:storeId").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::rename);
        api.delete("/stores/:storeId").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list(caller(ctx), Params.queryUuid(ctx, "location_id")).stream()
                .map(Store::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.readable(caller(ctx), Params.uuid(ctx, "storeId")).view());
    }

    private void create(RoutingContext ctx) {
        NewStore body = Bodies.read(ctx, NewStore.class);
        var locationId = Params.parseUuid(body.locationId())
                .orElseThrow(() -> ApiError.badRequest("location_id must be a location UUID, got: " + body.locationId()));
        Responses.created(ctx, service.create(locationId, body.name(), AuditActor.of(ctx)).view());
    }

    private void rename(RoutingContext ctx) {
        StoreChange body = Bodies.read(ctx, StoreChange.class);
        Responses.ok(ctx, service.rename(caller(ctx), Params.uuid(ctx, "storeId"), body.name(), AuditActor.of(ctx))
                .view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(caller(ctx), Params.uuid(ctx, "storeId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
