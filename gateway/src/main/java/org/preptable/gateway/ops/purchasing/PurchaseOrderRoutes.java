package org.preptable.gateway.ops.purchasing;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * Seed 002's {@code /purchase-orders}: everyone working a campus reads its orders; managers of the campus (and
 * admins) write them. The scope of a write is the body's {@code location_id} for a new order and the order's own
 * location after that.
 */
public final class PurchaseOrderRoutes {

    record StatusChange(@JsonProperty("status") String status, @JsonProperty("store_id") String storeId) {
    }

    record LowStockRequest(@JsonProperty("location_id") String locationId, @JsonProperty("store_id") String storeId) {
    }

    private final PurchaseOrderService orders;
    private final LowStockOrders lowStock;
    private final Gates gates;

    public PurchaseOrderRoutes(PurchaseOrderService orders, LowStockOrders lowStock, Gates gates) {
        this.orders = orders;
        this.lowStock = lowStock;
        this.gates = gates;
    }

    /** {@code /purchase-orders/from-low-stock} is mounted before {@code /purchase-orders/:poId}. */
    public void mount(Router api) {
        api.get("/purchase-orders").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.post("/purchase-orders").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::create);
        api.post("/purchase-orders/from-low-stock").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::fromLowStock);
        api.get("/purchase-orders/:poId").handler(gates.ops(OpsRoles.READERS)).handler(this::get);
        api.put("/purchase-orders/:poId").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::update);
        api.delete("/purchase-orders/:poId").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::delete);
        api.post("/purchase-orders/:poId/status").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::setStatus);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, orders.list(caller(ctx), Params.queryUuid(ctx, "location_id").orElse(null),
                        Params.query(ctx, "status").orElse(null), Params.queryUuid(ctx, "vendor_id").orElse(null))
                .stream().map(PurchaseOrder::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, orders.readable(caller(ctx), Params.uuid(ctx, "poId")).view());
    }

    private void create(RoutingContext ctx) {
        Responses.created(ctx, orders.create(caller(ctx), Bodies.read(ctx, PurchaseOrderInput.class),
                AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        var id = Params.uuid(ctx, "poId");
        Responses.ok(ctx, orders.update(caller(ctx), id, Bodies.read(ctx, PurchaseOrderInput.class),
                AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        orders.delete(caller(ctx), Params.uuid(ctx, "poId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void setStatus(RoutingContext ctx) {
        var id = Params.uuid(ctx, "poId");
        StatusChange body = Bodies.read(ctx, StatusChange.class);
        Responses.ok(ctx, orders.setStatus(caller(ctx), id, body.status(), body.storeId(), AuditActor.of(ctx)).view());
    }

    /** 201 when at least one draft was made; 200 when there was nothing to order from a preferred vendor. */
    private void fromLowStock(RoutingContext ctx) {
        LowStockRequest body = Bodies.read(ctx, LowStockRequest.class);
        LowStockOrders.Result result = lowStock.draft(caller(ctx), body.locationId(), body.storeId(),
                AuditActor.of(ctx));
        Responses.json(ctx, result.purchaseOrders().isEmpty() ? 200 : 201, result.view());
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
