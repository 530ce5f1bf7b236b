package org.preptable.gateway.kitchen.requests;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.MANAGER;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kitchen.Quantity;
import org.preptable.gateway.kitchen.requests.IngredientRequest.Status;
import org.preptable.gateway.kitchen.requests.IngredientRequest.Type;
import org.preptable.gateway.kitchen.requests.RequestInput.Approval;
import org.preptable.gateway.kitchen.requests.RequestInput.Rejection;
import org.preptable.gateway.kitchen.requests.RequestInput.RequestBody;
import org.preptable.gateway.kitchen.requests.RequestRepository.Filter;

/** {@code /ingredient-requests/**} (reference §4.8). */
public final class RequestRoutes {

    private final RequestService service;
    private final Gates gates;

    public RequestRoutes(RequestService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/ingredient-requests").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::list);
        api.post("/ingredient-requests").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::create);
        api.get("/ingredient-requests/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::get);
        api.put("/ingredient-requests/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::update);
        api.delete("/ingredient-requests/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::delete);
        api.patch("/ingredient-requests/:id/approve").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::approve);
        api.patch("/ingredient-requests/:id/reject").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::reject);
    }

    private void list(RoutingContext ctx) {
        // PENDING, APPROVED or REJECTED in any case; the reference's messages otherwise
        Status status = Params.queryEnum(ctx, "status", Status.class, "Invalid status value").orElse(null);
        Type type = Params.queryEnum(ctx, "requestType", Type.class, "Invalid request type").orElse(null);
        Filter filter = new Filter(status, Quantity.deliveryDateFilter(ctx).orElse(null), type,
                Params.queryPositiveLong(ctx, "stationId").orElse(null), null,
                Params.queryInt(ctx, "limit", 1, 1000).orElse(null));
        Responses.ok(ctx, service.list(caller(ctx), filter).stream().map(IngredientRequest::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.get(caller(ctx), id(ctx)).view());
    }

    private void create(RoutingContext ctx) {
        RequestBody body = Bodies.read(ctx, RequestBody.class);
        Responses.created(ctx, service.create(caller(ctx), body, AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        long id = id(ctx);
        RequestBody body = Bodies.read(ctx, RequestBody.class);
        Responses.ok(ctx, service.update(caller(ctx), id, body, AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(caller(ctx), id(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    /** The body is optional: none (or an empty one) approves the request as asked. */
    private void approve(RoutingContext ctx) {
        long id = id(ctx);
        Buffer raw = ctx.body().buffer();
        Approval body = raw == null || raw.toString().isBlank() ? null : Bodies.read(ctx, Approval.class);
        Responses.ok(ctx, service.approve(caller(ctx), id, body, AuditActor.of(ctx)).view());
    }

    private void reject(RoutingContext ctx) {
        long id = id(ctx);
        Rejection body = Bodies.read(ctx, Rejection.class);
        Responses.ok(ctx, service.reject(caller(ctx), id, body, AuditActor.of(ctx)).view());
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }

    private static long id(RoutingContext ctx) {
        return Params.positiveId(ctx, "id");
    }
}
