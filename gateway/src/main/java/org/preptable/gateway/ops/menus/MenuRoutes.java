package org.preptable.gateway.ops.menus;

import static org.preptable.gateway.auth.Role.ADMIN;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/** Seed 002's {@code /menus}: tenant-global, read by every campus role, written by admins only. */
public final class MenuRoutes {

    private final MenuService service;
    private final Gates gates;

    public MenuRoutes(MenuService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/menus").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.post("/menus").handler(gates.ops(ADMIN)).handler(this::create);
        api.get("/menus/:menuId").handler(gates.ops(OpsRoles.READERS)).handler(this::get);
        api.put("/menus/:menuId").handler(gates.ops(ADMIN)).handler(this::update);
        api.delete("/menus/:menuId").handler(gates.ops(ADMIN)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list().stream().map(Menu::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.get(Params.uuid(ctx, "menuId")).view());
    }

    private void create(RoutingContext ctx) {
        Responses.created(ctx, service.create(Bodies.read(ctx, MenuInput.class), AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        Responses.ok(ctx, service.update(Params.uuid(ctx, "menuId"), Bodies.read(ctx, MenuInput.class),
                AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(Params.uuid(ctx, "menuId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }
}
