package org.preptable.gateway.ops.vendors;

import io.vertx.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.ops.inventory.Quantities;
import org.preptable.gateway.ops.items.Item;
import org.preptable.gateway.ops.items.ItemService;
import org.preptable.gateway.ops.meals.MealCosts;
import org.preptable.gateway.ops.meals.MealService;
import org.preptable.gateway.ops.vendors.VendorRepository.MealCost;

/**
 * What each vendor sells an item for, and which vendor is the item's preferred one. {@code items.unit_cost_cents}
 * is a cache of the preferred vendor's unit price (seed 002), so every change of the preference or of the preferred
 * price writes the item's cost and rolls it up into every meal above the item in the same transaction.
 */
public final class PriceListService {

    public static final String ENTITY = "vendor_items";
    /** The largest pack price taken: $10 000 000, far above any real pack, small enough that totals stay exact. */
    static final long MAX_PRICE_CENTS = 1_000_000_000L;

    /** The answer of a preference change: the item's new cost and the meals whose cost it changed. */
    public record PreferredChange(UUID itemId, UUID vendorId, long unitCostCents, UUID previousVendorId,
                                  List<MealCost> mealsRecomputed) {

        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("item_id", itemId.toString());
            view.put("vendor_id", vendorId.toString());
            view.put("unit_cost_cents", unitCostCents);
            view.put("previous_vendor_id", previousVendorId == null ? null : previousVendorId.toString());
            view.put("meals_recomputed", mealsRecomputed.stream().map(meal -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", meal.id().toString());
                row.put("name", meal.name());
                row.put("unit_cost_cents", meal.unitCostCents());
                return row;
            }).toList());
            return view;
        }
    }

    private final Db db;
    private final VendorRepository vendors;
    private final VendorService vendorService;
    private final ItemService items;

    public PriceListService(Db db, VendorRepository vendors, VendorService vendorService, ItemService items) {
        this.db = db;
        this.vendors = vendors;
        this.vendorService = vendorService;
        this.items = items;
    }

    public List<VendorItem> priceList(UUID vendorId) {
        vendorService.get(vendorId);
        return vendors.priceList(db.pool(), vendorId);
    }

    public List<VendorItem> sellers(UUID itemId) {
        items.get(itemId);
        return vendors.sellersOf(db.pool(), itemId);
    }

    /** {@code PUT /vendors/{id}/items/{itemId}}: adds the item to the price list or replaces its price. */
    public VendorItem setPrice(UUID vendorId, UUID itemId, Long priceCents, BigDecimal rawPackSize, String rawSku,
                               AuditActor actor) {
        if (priceCents == null) {
            throw ApiError.badRequest("price_cents is required");
        }
        if (priceCents < 0 || priceCents > MAX_PRICE_CENTS) {
            throw ApiError.badRequest("price_cents must be from 0 to " + MAX_PRICE_CENTS + ", got: " + priceCents);
        }
        BigDecimal packSize = Quantities.of(rawPackSize, "pack_size");
        if (packSize.signum() <= 0) {
            throw ApiError.badRequest("pack_size must be greater than 0, got: " + packSize.toPlainString());
        }
        String vendorSku = vendorSku(rawSku);
        return db.tx(tx -> {
            vendorService.locked(tx, vendorId, false);
            lockItem(tx, itemId);
            Optional<VendorItem> before = vendors.findItem(tx, vendorId, itemId);
            vendors.upsertItem(tx, vendorId, itemId, vendorSku, priceCents, packSize);
            VendorItem after = vendors.findItem(tx, vendorId, itemId).orElseThrow();
            AuditLog.record(tx, actor, before.isEmpty()
                    ? AuditEvent.create(ENTITY, key(after), after.fields())
                    : AuditEvent.update(ENTITY, key(after), before.get().fields(), after.fields()));
            if (after.preferred()) {
                Item item = items.find(tx, itemId);
                if (!Objects.equals(item.unitCostCents(), after.unitCostCents())) {
                    changeItemCost(tx, item, after.unitCostCents(), "preferred vendor price of " + item.name()
                            + " changed (" + after.vendorName() + ")", actor);
                }
            }
            return after;
        });
    }

    /** Takes the item off the vendor's price list; refused while the vendor is the item's preferred one. */
    public void removeItem(UUID vendorId, UUID itemId, AuditActor actor) {
        db.tx(tx -> {
            Vendor vendor = vendorService.locked(tx, vendorId, false);
            lockItem(tx, itemId);
            VendorItem row = sold(tx, vendor, items.find(tx, itemId));
            if (row.preferred()) {
                throw ApiError.conflict("Cannot remove " + row.itemName() + " from vendor '" + vendor.name()
                        + "': it is the item's preferred vendor; choose another preferred vendor first");
            }
            vendors.deleteItem(tx, vendorId, itemId);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, key(row), row.fields()));
            return null;
        });
    }

    /**
     * Makes the vendor the item's one preferred vendor: clears the old preferred row, sets this one, sets the
     * item's cost to this vendor's unit price and recomputes every meal above the item, all in one transaction. The
     * item row is locked first, so two concurrent calls run one after the other.
     */
    public PreferredChange prefer(UUID vendorId, UUID itemId, AuditActor actor) {
        return db.tx(tx -> {
            Vendor vendor = vendorService.locked(tx, vendorId, false);
            lockItem(tx, itemId);
            Item item = items.find(tx, itemId);
            VendorItem chosen = sold(tx, vendor, item);
            Optional<VendorItem> previous = vendors.preferredFor(tx, itemId);
            vendors.setPreferred(tx, vendorId, itemId);
            previous.filter(old -> !old.vendorId().equals(vendorId)).ifPresent(old -> {
                VendorItem cleared = vendors.findItem(tx, old.vendorId(), itemId).orElseThrow();
                AuditLog.record(tx, actor, AuditEvent.change("preferred", ENTITY, key(old), old.fields(),
                        cleared.fields()));
            });
            VendorItem after = vendors.findItem(tx, vendorId, itemId).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.change("preferred", ENTITY, key(after), chosen.fields(),
                    after.fields()));
            long cost = after.unitCostCents();
            List<MealCost> changed = List.of();
            if (!Objects.equals(item.unitCostCents(), cost)) {
                changed = changeItemCost(tx, item, cost, "preferred vendor of " + item.name() + " is now "
                        + vendor.name(), actor);
            }
            return new PreferredChange(itemId, vendorId, cost, previous.map(VendorItem::vendorId).orElse(null),
                    changed);
        });
    }

    /**
     * Writes the item's cost (audited) and rolls it up into every meal above it, each meal whose cost moved with a
     * {@code cost_recomputed} audit row as the meals feature writes them; returns those meals, nearest first.
     */
    private List<MealCost> changeItemCost(SqlConnection tx, Item before, long cost, String cause, AuditActor actor) {
        vendors.setItemCost(tx, before.id(), cost);
        Item after = items.find(tx, before.id());
        AuditLog.record(tx, actor, AuditEvent.update(ItemService.ENTITY, before.id(), before.fields(), after.fields()));
        List<MealCost> meals = vendors.mealCosts(tx, MealCosts.afterItemCostChange(tx, before.id(), cause));
        for (MealCost meal : meals) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit_cost_cents", meal.unitCostCents());
            row.put("cause", cause);
            AuditLog.record(tx, actor, AuditEvent.of("cost_recomputed", MealService.ENTITY, meal.id(), row));
        }
        return meals;
    }

    private void lockItem(SqlConnection tx, UUID itemId) {
        if (!vendors.lockItem(tx, itemId)) {
            throw ApiError.notFound("Item with ID " + itemId + " was not found.");
        }
    }

    private VendorItem sold(SqlConnection tx, Vendor vendor, Item item) {
        return vendors.findItem(tx, vendor.id(), item.id()).orElseThrow(() -> ApiError.notFound("Vendor '"
                + vendor.name() + "' does not sell " + item.name() + " (" + item.sku() + "); add it to the price"
                + " list with PUT /vendors/" + vendor.id() + "/items/" + item.id() + " first"));
    }

    private static String vendorSku(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String sku = raw.trim();
        if (sku.length() > 64) {
            throw ApiError.badRequest("vendor_sku must be at most 64 characters");
        }
        return sku;
    }

    /** The audit log's key of a price-list row: {@code vendorId/itemId}. */
    private static String key(VendorItem row) {
        return row.vendorId() + "/" + row.itemId();
    }
}
