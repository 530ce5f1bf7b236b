package org.preptable.gateway.kitchen.stations;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.MANAGER;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.users.User;
import org.preptable.gateway.users.UserService;

/**
 * {@code /stations/**} in the kitchen-planning dialect (reference §4.3), plus each station's POS item codes. The
 * static paths are registered before {@code /stations/:id}, which would otherwise take them for an id.
 */
public final class StationRoutes {

    record ItemCodes(List<String> itemCodes) {
    }

    private final StationService service;
    private final UserService users;
    private final Gates gates;

    public StationRoutes(StationService service, UserService users, Gates gates) {
        this.service = service;
        this.users = users;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/stations").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::list);
        api.get("/stations/stats").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::stats);
        api.get("/stations/name/:name").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::findByName);
        api.get("/stations/:id/users").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::people);
        api.get("/stations/:id/item-codes").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::itemCodes);
        api.put("/stations/:id/item-codes").handler(gates.kitchen(ADMIN)).handler(this::replaceItemCodes);
        api.get("/stations/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::get);
        api.post("/stations").handler(gates.kitchen(ADMIN)).handler(this::create);
        api.put("/stations/:id").handler(gates.kitchen(ADMIN)).handler(this::update);
        api.delete("/stations/:id").handler(gates.kitchen(ADMIN)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list().stream().map(Station::view).toList());
    }

    private void stats(RoutingContext ctx) {
        Responses.ok(ctx, service.stats().stream().map(StationStats::view).toList());
    }

    private void findByName(RoutingContext ctx) {
        Responses.ok(ctx, service.findByName(ctx.pathParam("name")).view());
    }

    private void people(RoutingContext ctx) {
        Responses.ok(ctx, users.listAtStation(id(ctx)).stream().map(User::kitchenView).toList());
    }

    private void itemCodes(RoutingContext ctx) {
        long id = id(ctx);
        Responses.ok(ctx, itemCodesView(id, service.itemCodes(id)));
    }

    private void replaceItemCodes(RoutingContext ctx) {
        long id = id(ctx);
        ItemCodes body = Bodies.read(ctx, ItemCodes.class);
        Responses.ok(ctx, itemCodesView(id, service.replaceItemCodes(id, body.itemCodes(), AuditActor.of(ctx))));
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.get(id(ctx)).view());
    }

    private void create(RoutingContext ctx) {
        StationInput body = Bodies.read(ctx, StationInput.class);
        Responses.created(ctx, service.create(body, AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        long id = id(ctx);
        StationInput body = Bodies.read(ctx, StationInput.class);
        Responses.ok(ctx, service.update(id, body, AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(id(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private static long id(RoutingContext ctx) {
        return Params.positiveId(ctx, "id");
    }

    private static Map<String, Object> itemCodesView(long stationId, List<String> codes) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stationId", stationId);
        view.put("itemCodes", codes);
        return view;
    }
}
