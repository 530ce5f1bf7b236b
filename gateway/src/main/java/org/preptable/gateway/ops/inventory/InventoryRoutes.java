package org.preptable.gateway.ops.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.JsonStream;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/** Seed 002's stock routes: levels per store, item and location; set quantity, adjust, waste; the raw ledger. */
public final class InventoryRoutes {

    record SetQuantity(@JsonProperty("quantity") BigDecimal quantity, @JsonProperty("reason") String reason,
                       @JsonProperty("note") String note) {
    }

    record Adjust(@JsonProperty("delta") BigDecimal delta, @JsonProperty("note") String note) {
    }

    record Waste(@JsonProperty("store_id") String storeId, @JsonProperty("quantity") BigDecimal quantity,
                 @JsonProperty("waste_reason") String wasteReason, @JsonProperty("note") String note) {
    }

    private final InventoryService service;
    private final Gates gates;

    public InventoryRoutes(InventoryService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/stores/:storeId/inventory").handler(gates.ops(OpsRoles.READERS)).handler(this::storeInventory);
        api.put("/stores/:storeId/items/:itemId").handler(gates.ops(OpsRoles.READERS)).handler(this::setQuantity);
        api.get("/stores/:storeId/movements").handler(gates.ops(OpsRoles.READERS)).handler(this::movements);
        api.get("/items/:itemId/inventory").handler(gates.ops(OpsRoles.READERS)).handler(this::itemInventory);
        api.post("/items/:itemId/stores/:storeId/adjust").handler(gates.ops(OpsRoles.READERS)).handler(this::adjust);
        api.post("/items/:itemId/waste").handler(gates.ops(OpsRoles.READERS)).handler(this::waste);
        api.get("/locations/:locationId/inventory").handler(gates.ops(OpsRoles.READERS))
                .handler(this::locationInventory);
    }

    private void storeInventory(RoutingContext ctx) {
        UUID storeId = Params.uuid(ctx, "storeId");
        List<Row> levels = service.storeLevels(caller(ctx), storeId);
        JsonStream.ok(ctx, json -> LevelViews.store(json, storeId, levels));
    }

    private void itemInventory(RoutingContext ctx) {
        UUID itemId = Params.uuid(ctx, "itemId");
        List<Row> levels = service.itemLevels(caller(ctx), itemId);
        JsonStream.ok(ctx, json -> LevelViews.item(json, itemId, levels));
    }

    /** Per item: the campus total, its par level there, and how it is spread over the stores. */
    private void locationInventory(RoutingContext ctx) {
        UUID locationId = Params.uuid(ctx, "locationId");
        List<Row> levels = service.locationLevels(caller(ctx), locationId);
        JsonStream.ok(ctx, json -> LevelViews.location(json, locationId, levels));
    }

    private void setQuantity(RoutingContext ctx) {
        SetQuantity body = Bodies.read(ctx, SetQuantity.class);
        Movement movement = service.setQuantity(caller(ctx), Params.uuid(ctx, "storeId"), Params.uuid(ctx, "itemId"),
                body.quantity(), body.reason(), body.note(), AuditActor.of(ctx));
        Responses.ok(ctx, movement.view());
    }

    private void adjust(RoutingContext ctx) {
        Adjust body = Bodies.read(ctx, Adjust.class);
        Movement movement = service.adjust(caller(ctx), Params.uuid(ctx, "storeId"), Params.uuid(ctx, "itemId"),
                body.delta(), body.note(), AuditActor.of(ctx));
        Responses.created(ctx, movement.view());
    }

    private void waste(RoutingContext ctx) {
        Waste body = Bodies.read(ctx, Waste.class);
        UUID storeId = Params.parseUuid(body.storeId())
                .orElseThrow(() -> ApiError.badRequest("store_id must be a store UUID, got: " + body.storeId()));
        Movement movement = service.waste(caller(ctx), storeId, Params.uuid(ctx, "itemId"), body.quantity(),
                body.wasteReason(), body.note(), AuditActor.of(ctx));
        Responses.created(ctx, movement.view());
    }

    private void movements(RoutingContext ctx) {
        int limit = Params.queryInt(ctx, "limit", 1, 500).orElse(100);
        List<Movement> page = service.movements(caller(ctx), Params.uuid(ctx, "storeId"),
                Params.queryPositiveLong(ctx, "before").orElse(null), Params.queryUuid(ctx, "item_id").orElse(null),
                Params.query(ctx, "reason").orElse(null), limit);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("movements", page.stream().map(Movement::view).toList());
        view.put("next_before", page.size() == limit ? page.get(page.size() - 1).seq() : null);
        Responses.ok(ctx, view);
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
