package org.preptable.gateway.ops.inventory;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.ops.items.ItemService;
import org.preptable.gateway.ops.locations.LocationService;
import org.preptable.gateway.ops.stores.Store;
import org.preptable.gateway.ops.stores.StoreService;

/**
 * Stock counts, adjustments and waste (staff write them tenant-wide in v1, managers at their locations), and the
 * views of levels per store, item and location.
 */
public final class InventoryService {

    private static final java.util.Set<String> SET_REASONS = java.util.Set.of("receive", "adjust", "count_correction");

    private final Db db;
    private final InventoryRepository inventory;
    private final Ledger ledger;
    private final StoreService stores;
    private final ItemService items;
    private final LocationService locations;

    public InventoryService(Db db, InventoryRepository inventory, StoreService stores, ItemService items,
                            LocationService locations) {
        this.db = db;
        this.inventory = inventory;
        this.ledger = new Ledger(inventory);
        this.stores = stores;
        this.items = items;
        this.locations = locations;
    }

    /** {@code PUT /stores/{id}/items/{itemId}}: the level as counted or received. */
    public Movement setQuantity(CurrentUser caller, UUID storeId, UUID itemId, BigDecimal rawQuantity, String reason,
                                String note, AuditActor actor) {
        BigDecimal quantity = Quantities.of(rawQuantity, "quantity");
        if (reason == null || !SET_REASONS.contains(reason)) {
            throw ApiError.badRequest("reason must be one of receive, adjust, count_correction; got: " + reason);
        }
        if (quantity.signum() < 0 && !"count_correction".equals(reason)) {
            throw ApiError.badRequest("quantity must not be negative (only a count_correction may record negative"
                    + " stock), got: " + quantity.toPlainString());
        }
        return write(caller, storeId, itemId, Ledger.Change.to(quantity, reason, note(note)), actor);
    }

    /** {@code POST /items/{id}/stores/{storeId}/adjust}: a signed change. */
    public Movement adjust(CurrentUser caller, UUID storeId, UUID itemId, BigDecimal rawDelta, String note,
                           AuditActor actor) {
        BigDecimal delta = Quantities.of(rawDelta, "delta");
        if (delta.signum() == 0) {
            throw ApiError.badRequest("delta must not be zero");
        }
        return write(caller, storeId, itemId, Ledger.Change.by(delta, "adjust", null, note(note)), actor);
    }

    /** {@code POST /items/{id}/waste}: stock thrown away, with one of the five waste reasons. */
    public Movement waste(CurrentUser caller, UUID storeId, UUID itemId, BigDecimal rawQuantity, String wasteReason,
                          String note, AuditActor actor) {
        BigDecimal quantity = Quantities.of(rawQuantity, "quantity");
        if (quantity.signum() <= 0) {
            throw ApiError.badRequest("quantity must be greater than 0, got: " + quantity.toPlainString());
        }
        if (wasteReason == null || !Movement.WASTE_REASONS.contains(wasteReason)) {
            throw ApiError.badRequest("waste_reason must be one of spoiled, over_prep, contamination, expired, other;"
                    + " got: " + wasteReason);
        }
        return write(caller, storeId, itemId, Ledger.Change.by(quantity.negate(), "waste", wasteReason, note(note)),
                actor);
    }

    /**
     * The store and item checks and the level's row lock go out together and are judged in that order, so a missing
     * store is still a 404 (the lock's insert fails on it too, and the transaction is rolled back either way).
     */
    private Movement write(CurrentUser caller, UUID storeId, UUID itemId, Ledger.Change change, AuditActor actor) {
        return db.tx(tx -> {
            var store = stores.sendFind(tx, storeId);
            var item = items.sendFind(tx, itemId);
            var before = inventory.sendLockLevel(tx, storeId, itemId);
            Future.join(store, item, before).otherwiseEmpty().await();
            stores.writable(store.await(), caller, storeId);
            items.found(item.await(), itemId);
            return ledger.applyLocked(tx, actor, storeId, itemId, before.await(), change);
        });
    }

    /**
     * The store's check and its levels are read at once, and the levels shown only if the check passes. The rows are
     * written into the body by {@link LevelViews} as they are.
     */
    public List<Row> storeLevels(CurrentUser caller, UUID storeId) {
        StoreRead read = db.pool().withConnection(connection -> {
            StoreRead sent = new StoreRead(stores.sendFind(connection, storeId),
                    inventory.sendStoreLevels(connection, storeId));
            return Future.join(sent.store(), sent.levels()).transform(done -> Future.succeededFuture(sent));
        }).await();
        stores.readable(read.store().await(), caller, storeId);
        return read.levels().await();
    }

    /** The two statements of a store's read, pipelined on one connection. */
    private record StoreRead(Future<Optional<Store>> store, Future<List<Row>> levels) {
    }

    /** The item's level in the stores of the caller's locations (rows for {@link LevelViews}). */
    public List<Row> itemLevels(CurrentUser caller, UUID itemId) {
        items.get(itemId);
        return inventory.itemLevels(db.pool(), itemId).stream()
                .filter(level -> LocationScope.canRead(caller, level.getUUID("location_id"))).toList();
    }

    /** A campus's stock; empty for a caller outside its scope (seed 002: reads outside scope are empty lists). */
    public List<Row> locationLevels(CurrentUser caller, UUID locationId) {
        locations.get(locationId);
        return LocationScope.canRead(caller, locationId) ? inventory.locationLevels(db.pool(), locationId) : List.of();
    }

    public List<Movement> movements(CurrentUser caller, UUID storeId, Long beforeSeq, UUID itemId, String reason,
                                    int limit) {
        Store store = stores.readable(caller, storeId);
        if (reason != null && !Movement.REASONS.contains(reason)) {
            throw ApiError.badRequest("reason must be one of receive, adjust, waste, count_correction; got: " + reason);
        }
        return inventory.movements(db.pool(), store.id(), beforeSeq, itemId, reason, limit);
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 500) {
            throw ApiError.badRequest("note must be at most 500 characters");
        }
        return note.trim();
    }
}
