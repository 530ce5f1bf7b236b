package org.preptable.gateway.ops.meals;

import static org.preptable.gateway.auth.Role.ADMIN;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/** Seed 002's {@code /meals}: read by everyone who works a campus, written by admins (the cost feeds every campus). */
public final class MealRoutes {

    private final MealService service;
    private final Gates gates;

    public MealRoutes(MealService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/meals").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.post("/meals").handler(gates.ops(ADMIN)).handler(this::create);
        api.get("/meals/:mealId").handler(gates.ops(OpsRoles.READERS)).handler(this::get);
        api.put("/meals/:mealId").handler(gates.ops(ADMIN)).handler(this::update);
        api.delete("/meals/:mealId").handler(gates.ops(ADMIN)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list(Params.query(ctx, "search").orElse(null),
                Params.query(ctx, "category").orElse(null)).stream().map(Meal::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.get(Params.uuid(ctx, "mealId")).view());
    }

    private void create(RoutingContext ctx) {
        Responses.created(ctx, service.create(Bodies.read(ctx, MealInput.class), AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        Responses.ok(ctx, service.update(Params.uuid(ctx, "mealId"), Bodies.read(ctx, MealInput.class),
                AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(Params.uuid(ctx, "mealId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }
}
