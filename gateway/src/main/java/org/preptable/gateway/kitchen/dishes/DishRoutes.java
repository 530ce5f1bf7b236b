package org.preptable.gateway.kitchen.dishes;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.MANAGER;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.JsonStream;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kitchen.dishes.DishInput.DishChanges;
import org.preptable.gateway.kitchen.dishes.DishInput.NewDish;

/**
 * {@code /dishes/**}, the dish bank of seed 001. The static paths ({@code search}, {@code available},
 * {@code grouped}) are registered before {@code /dishes/:id}, which would otherwise take them for an id.
 */
public final class DishRoutes {

    private final DishService service;
    private final Gates gates;

    public DishRoutes(DishService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/dishes").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::list);
        api.get("/dishes/search").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::search);
        api.get("/dishes/available").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::available);
        api.get("/dishes/grouped").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::grouped);
        api.get("/dishes/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::get);
        api.post("/dishes").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::create);
        api.put("/dishes/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::update);
        api.delete("/dishes/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::delete);
        api.patch("/dishes/:id/activate").handler(gates.kitchen(ADMIN, MANAGER)).handler(ctx -> setActive(ctx, true));
        api.patch("/dishes/:id/deactivate").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(ctx -> setActive(ctx, false));
    }

    private void list(RoutingContext ctx) {
        Long stationId = Params.queryPositiveLong(ctx, "stationId").orElse(null);
        Boolean active = Params.queryBoolean(ctx, "active").orElse(null);
        List<Row> dishes = service.list(stationId, active);
        JsonStream.ok(ctx, json -> DishViews.list(json, dishes));
    }

    private void search(RoutingContext ctx) {
        Responses.ok(ctx, views(service.search(ctx.request().getParam("query"))));
    }

    private void available(RoutingContext ctx) {
        DishService.Available available = service.available(WeekQuery.required(ctx));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("week", available.week().week());
        view.put("year", available.week().year());
        view.put("thisWeekDishes", options(available.thisWeek()));
        view.put("fromDishBank", options(available.fromBank()));
        Responses.ok(ctx, view);
    }

    private void grouped(RoutingContext ctx) {
        Responses.ok(ctx, options(service.grouped()));
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.detail(id(ctx)).view());
    }

    private void create(RoutingContext ctx) {
        NewDish body = Bodies.read(ctx, NewDish.class);
        CurrentUser caller = CurrentUser.of(ctx).orElseThrow();
        Responses.created(ctx, service.create(caller.id(), body, AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        long id = id(ctx);
        DishChanges body = Bodies.read(ctx, DishChanges.class);
        Responses.ok(ctx, service.update(id, body, AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(id(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void setActive(RoutingContext ctx, boolean active) {
        Responses.ok(ctx, service.setActive(id(ctx), active, AuditActor.of(ctx)).view());
    }

    private static long id(RoutingContext ctx) {
        return Params.positiveId(ctx, "id");
    }

    private static List<Map<String, Object>> views(List<Dish> dishes) {
        return dishes.stream().map(Dish::view).toList();
    }

    private static Map<String, List<Map<String, Object>>> options(Map<String, List<Dish>> groups) {
        Map<String, List<Map<String, Object>>> view = new LinkedHashMap<>();
        groups.forEach((station, dishes) -> view.put(station, dishes.stream().map(Dish::option).toList()));
        return view;
    }
}
