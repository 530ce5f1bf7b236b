package org.preptable.gateway.kitchen.allergens;

import static org.preptable.gateway.auth.Role.ADMIN;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/**
 * {@code /allergens/**} in the kitchen-planning dialect (reference §4.4): kitchen staff read, the head chef writes.
 * The static paths are registered before {@code /allergens/:id}, which would otherwise take them for an id.
 */
public final class AllergenRoutes {

    private final AllergenService service;
    private final Gates gates;

    public AllergenRoutes(AllergenService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/allergens").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::list);
        api.get("/allergens/search/:query").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::search);
        api.post("/allergens/seed").handler(gates.kitchen(ADMIN)).handler(this::seed);
        api.get("/allergens/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::get);
        api.post("/allergens").handler(gates.kitchen(ADMIN)).handler(this::create);
        api.put("/allergens/:id").handler(gates.kitchen(ADMIN)).handler(this::update);
        api.delete("/allergens/:id").handler(gates.kitchen(ADMIN)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list().stream().map(Allergen::view).toList());
    }

    private void search(RoutingContext ctx) {
        Responses.ok(ctx, service.search(ctx.pathParam("query")).stream().map(Allergen::view).toList());
    }

    private void seed(RoutingContext ctx) {
        Responses.created(ctx, service.seed(AuditActor.of(ctx)).stream().map(Allergen::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.get(id(ctx)).view());
    }

    private void create(RoutingContext ctx) {
        AllergenInput body = Bodies.read(ctx, AllergenInput.class);
        Responses.created(ctx, service.create(body, AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        long id = id(ctx);
        AllergenInput body = Bodies.read(ctx, AllergenInput.class);
        Responses.ok(ctx, service.update(id, body, AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(id(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private static long id(RoutingContext ctx) {
        return Params.positiveId(ctx, "id");
    }
}
