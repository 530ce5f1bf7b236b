package org.preptable.gateway.ops.vendors;

import static org.preptable.gateway.auth.Role.ADMIN;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/**
 * Seed 002's {@code /vendors}: the catalogue and the price lists are admin-written; managers choose an item's
 * preferred vendor (operations docs §9: "managers choose the preferred vendor"), which is global, one per item.
 */
public final class VendorRoutes {

    record PriceInput(@JsonProperty("price_cents") Long priceCents, @JsonProperty("pack_size") BigDecimal packSize,
                      @JsonProperty("vendor_sku") String vendorSku) {
    }

    private final VendorService vendors;
    private final PriceListService prices;
    private final Gates gates;

    public VendorRoutes(VendorService vendors, PriceListService prices, Gates gates) {
        this.vendors = vendors;
        this.prices = prices;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/vendors").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.post("/vendors").handler(gates.ops(ADMIN)).handler(this::create);
        api.get("/vendors/:vendorId").handler(gates.ops(OpsRoles.READERS)).handler(this::get);
        api.put("/vendors/:vendorId").handler(gates.ops(ADMIN)).handler(this::update);
        api.delete("/vendors/:vendorId").handler(gates.ops(ADMIN)).handler(this::delete);
        api.get("/vendors/:vendorId/items").handler(gates.ops(OpsRoles.READERS)).handler(this::priceList);
        api.put("/vendors/:vendorId/items/:itemId").handler(gates.ops(ADMIN)).handler(this::setPrice);
        api.delete("/vendors/:vendorId/items/:itemId").handler(gates.ops(ADMIN)).handler(this::removeItem);
        api.post("/vendors/:vendorId/items/:itemId/preferred").handler(gates.ops(OpsRoles.MANAGERS))
                .handler(this::prefer);
        api.get("/items/:itemId/vendors").handler(gates.ops(OpsRoles.READERS)).handler(this::sellers);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, vendors.list().stream().map(Vendor::view).toList());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, vendors.get(Params.uuid(ctx, "vendorId")).view());
    }

    private void create(RoutingContext ctx) {
        Responses.created(ctx, vendors.create(Bodies.read(ctx, VendorInput.class), AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        Responses.ok(ctx, vendors.update(Params.uuid(ctx, "vendorId"), Bodies.read(ctx, VendorInput.class),
                AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        vendors.delete(Params.uuid(ctx, "vendorId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void priceList(RoutingContext ctx) {
        Responses.ok(ctx, prices.priceList(Params.uuid(ctx, "vendorId")).stream().map(VendorItem::view).toList());
    }

    private void sellers(RoutingContext ctx) {
        Responses.ok(ctx, prices.sellers(Params.uuid(ctx, "itemId")).stream().map(VendorItem::view).toList());
    }

    private void setPrice(RoutingContext ctx) {
        var vendorId = Params.uuid(ctx, "vendorId");
        var itemId = Params.uuid(ctx, "itemId");
        PriceInput body = Bodies.read(ctx, PriceInput.class);
        Responses.ok(ctx, prices.setPrice(vendorId, itemId, body.priceCents(), body.packSize(), body.vendorSku(),
                AuditActor.of(ctx)).view());
    }

    private void removeItem(RoutingContext ctx) {
        prices.removeItem(Params.uuid(ctx, "vendorId"), Params.uuid(ctx, "itemId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void prefer(RoutingContext ctx) {
        Responses.ok(ctx, prices.prefer(Params.uuid(ctx, "vendorId"), Params.uuid(ctx, "itemId"), AuditActor.of(ctx))
                .view());
    }
}
