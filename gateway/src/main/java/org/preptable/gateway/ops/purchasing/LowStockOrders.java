package org.preptable.gateway.ops.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.ops.inventory.Quantities;
import org.preptable.gateway.ops.purchasing.PurchaseOrderInput.Draft;
import org.preptable.gateway.ops.purchasing.PurchaseOrderInput.DraftLine;
import org.preptable.gateway.ops.reports.ReportRepository;
import org.preptable.gateway.ops.reports.ReportRepository.LowStock;
import org.preptable.gateway.ops.vendors.VendorItem;
import org.preptable.gateway.ops.vendors.VendorRepository;

/**
 * {@code POST /purchase-orders/from-low-stock}: the manager's morning routine (operations docs §9) in one call.
 * Every item of the location's low-stock report gets a line on a draft to its preferred vendor, for what restores
 * par rounded up to whole packs; one draft per vendor. Items with no preferred vendor are answered, not dropped.
 */
public final class LowStockOrders {

    /** The numeric(14,3) columns hold less than this. */
    private static final BigDecimal QUANTITY_LIMIT = new BigDecimal("100000000000");

    /** A low-stock item no draft could take: it has no preferred vendor. */
    public record Unordered(UUID itemId, String itemName, String itemSku, BigDecimal deficit) {

        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("item_id", itemId.toString());
            view.put("item_name", itemName);
            view.put("item_sku", itemSku);
            view.put("deficit", Quantities.shown(deficit));
            return view;
        }
    }

    public record Result(List<PurchaseOrder> purchaseOrders, List<Unordered> withoutPreferredVendor) {

        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("purchase_orders", purchaseOrders.stream().map(PurchaseOrder::view).toList());
            view.put("without_preferred_vendor", withoutPreferredVendor.stream().map(Unordered::view).toList());
            return view;
        }
    }

    private final Db db;
    private final PurchaseOrderService orders;
    private final VendorRepository vendors;
    private final ReportRepository reports = new ReportRepository();

    public LowStockOrders(Db db, PurchaseOrderService orders, VendorRepository vendors) {
        this.db = db;
        this.orders = orders;
        this.vendors = vendors;
    }

    public Result draft(CurrentUser caller, String rawLocationId, String rawStoreId, AuditActor actor) {
        UUID locationId = PurchaseOrderInput.required(rawLocationId, "location_id");
        UUID storeId = PurchaseOrderInput.optionalUuid(rawStoreId, "store_id");
        LocationScope.requireWrite(caller, locationId);
        return db.tx(tx -> {
            orders.requireLocation(tx, locationId);
            if (storeId != null) {
                orders.storeAt(tx, storeId, locationId);
            }
            // The report's own query and order (largest deficit first), so the drafts match what managers read.
            List<LowStock> low = reports.lowStock(tx, locationId).stream()
                    .filter(row -> deficit(row).signum() > 0).toList();
            Map<UUID, VendorItem> preferred = vendors.preferredFor(tx, low.stream().map(LowStock::itemId).toList());
            Map<UUID, List<DraftLine>> byVendor = new LinkedHashMap<>();
            Map<UUID, String> vendorNames = new LinkedHashMap<>();
            List<Unordered> unordered = new ArrayList<>();
            for (LowStock row : low) {
                VendorItem price = preferred.get(row.itemId());
                if (price == null) {
                    unordered.add(new Unordered(row.itemId(), row.name(), row.sku(), deficit(row)));
                    continue;
                }
                BigDecimal quantity = wholePacks(deficit(row), price.packSize());
                if (quantity.compareTo(QUANTITY_LIMIT) >= 0) {
                    throw ApiError.conflict("Cannot draft an order for " + row.name() + ": restoring par in packs of "
                            + price.packSize().toPlainString() + " needs more than an order line holds");
                }
                byVendor.computeIfAbsent(price.vendorId(), key -> new ArrayList<>())
                        .add(new DraftLine(row.itemId(), quantity));
                vendorNames.put(price.vendorId(), price.vendorName());
            }
            List<PurchaseOrder> drafted = new ArrayList<>();
            vendorNames.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                    .forEach(vendor -> drafted.add(orders.insert(tx, new Draft(locationId, vendor.getKey(), storeId,
                            "Drafted from the low-stock report", null, byVendor.get(vendor.getKey())), actor)));
            unordered.sort(Comparator.comparing(Unordered::itemName, String.CASE_INSENSITIVE_ORDER));
            return new Result(drafted, unordered);
        });
    }

    /** What restores par: par minus the location's stock. */
    private static BigDecimal deficit(LowStock row) {
        return row.parLevel().subtract(row.currentStock()).max(BigDecimal.ZERO);
    }

    /** The quantity rounded UP to a whole number of packs: 38 lb in 25 lb packs is 2 packs, 50 lb. */
    static BigDecimal wholePacks(BigDecimal quantity, BigDecimal packSize) {
        BigDecimal packs = quantity.divide(packSize, 0, RoundingMode.CEILING);
        return packs.multiply(packSize).setScale(3, RoundingMode.UNNECESSARY);
    }
}
