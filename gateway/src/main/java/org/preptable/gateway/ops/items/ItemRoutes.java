package org.preptable.gateway.ops.items;

import static org.preptable.gateway.auth.Role.ADMIN;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/**
 * Seed 002's {@code /items} catalog (admin writes) and the per-location par levels
 * ({@code GET /items/{id}/par}, {@code PUT /items/{id}/par/{locationId}} for managers of that location).
 */
public final class ItemRoutes {

    record ParLevelInput(@JsonProperty("par_level") BigDecimal parLevel,
                         @JsonProperty("reorder_threshold") BigDecimal reorderThreshold) {
    }

    private final ItemService service;
    private final Gates gates;

    public ItemRoutes(ItemService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    /** Mount after any static {@code /items/...} route (such as {@code /items/low}), which {@code :itemId} would take. */
    public void mount(Router api) {
        api.get("/items").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.post("/items").handler(gates.ops(ADMIN)).handler(this::create);
        api.get("/items/:itemId").handler(gates.ops(OpsRoles.READERS)).handler(this::get);
        api.put("/items/:itemId").handler(gates.ops(ADMIN)).handler(this::update);
        api.delete("/items/:itemId").handler(gates.ops(ADMIN)).handler(this::delete);
        api.get("/items/:itemId/par").handler(gates.ops(OpsRoles.READERS)).handler(this::parLevels);
        api.put("/items/:itemId/par/:locationId").handler(gates.ops(OpsRoles.MANAGERS))
                .handler(gates.locationScope(ctx -> Params.uuid(ctx, "locationId")))
                .handler(this::setParLevel);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list(Params.query(ctx, "search").orElse(null),
                Params.query(ctx, "category").orElse(null)).stream().map(Item::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.get(Params.uuid(ctx, "itemId")).view());
    }

    private void create(RoutingContext ctx) {
        Responses.created(ctx, service.create(Bodies.read(ctx, ItemInput.class), AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        Responses.ok(ctx, service.update(Params.uuid(ctx, "itemId"), Bodies.read(ctx, ItemInput.class),
                AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(Params.uuid(ctx, "itemId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void parLevels(RoutingContext ctx) {
        CurrentUser caller = CurrentUser.of(ctx).orElseThrow();
        Responses.ok(ctx, service.parLevels(caller, Params.uuid(ctx, "itemId")).stream().map(ItemService::view)
                .toList());
    }

    private void setParLevel(RoutingContext ctx) {
        ParLevelInput body = Bodies.read(ctx, ParLevelInput.class);
        Responses.ok(ctx, ItemService.view(service.setParLevel(Params.uuid(ctx, "itemId"),
                Params.uuid(ctx, "locationId"), body.parLevel(), body.reorderThreshold(), AuditActor.of(ctx))));
    }
}
