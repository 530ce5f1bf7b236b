package org.preptable.gateway.bootstrap;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.ops.OpsModule;
import org.preptable.gateway.ops.purchasing.PurchaseOrder;
import org.preptable.gateway.ops.purchasing.PurchaseOrderInput;
import org.preptable.gateway.ops.purchasing.PurchaseOrderInput.LineInput;

/**
 * The demo kitchen's suppliers: a broadline distributor, a local produce farm and a bakery, their price lists (the
 * farm's onions cheaper than the distributor's, as in the vendor docs) and a preferred vendor for every stocked item;
 * then Harlingen's orders: drafts made from the low-stock report (the distributor's submitted) and a produce
 * delivery received into the walk-in cooler. All through the purchasing services, audited as {@code system}.
 */
final class DemoPurchasing {

    private static final AuditActor ACTOR = AuditActor.system("demo data");
    private static final CurrentUser LOADER = DemoData.LOADER;

    private record Price(String vendor, String sku, String packSize, long priceCents, boolean preferred) {
    }

    private static final String SYSCO = "Sysco Houston";
    private static final String FARM = "Rio Grande Produce";
    private static final String BAKERY = "Hill Country Bakery";

    private static final List<Price> PRICES = List.of(
            new Price(SYSCO, "PRO-BEEF-PTY-80", "80", 8960, true),
            new Price(SYSCO, "PRO-CHK-THGH-50", "50", 19450, true),
            new Price(SYSCO, "PRO-RIB-EYE-12", "12", 12600, true),
            new Price(BAKERY, "BRD-BUN-BRI-48", "48", 2400, true),
            new Price(SYSCO, "BRD-BUN-BRI-48", "48", 2880, false),
            new Price(SYSCO, "DAI-CHD-SLC-1", "5", 2250, true),
            new Price(FARM, "PRD-ONI-YEL-50", "50", 1100, true),
            new Price(SYSCO, "PRD-ONI-YEL-50", "50", 1400, false),
            new Price(FARM, "PRD-LET-ROM-24", "24", 2880, true),
            new Price(FARM, "PRD-POT-RUS-50", "50", 2400, true),
            new Price(SYSCO, "DRY-FLR-AP-25", "25", 1125, true),
            new Price(SYSCO, "DRY-CHO-DRK-5", "5", 6250, true),
            new Price(SYSCO, "BEV-COLA-CAN-24", "24", 1080, true),
            new Price(SYSCO, "FRZ-FRY-SHO-30", "30", 4200, true),
            new Price(SYSCO, "DAI-EGG-LRG-180", "180", 4500, true),
            new Price(SYSCO, "DAI-CRM-HVY-1", "12", 5400, true),
            new Price(SYSCO, "DAI-CRC-BLK-3", "3", 1350, true),
            new Price(SYSCO, "DAI-PAR-GRT-5", "5", 5500, true),
            new Price(SYSCO, "DAI-FET-BLK-4", "4", 2800, true),
            new Price(SYSCO, "DRY-TOM-CAN-6", "6", 780, true),
            new Price(SYSCO, "DRY-RCE-JAS-25", "25", 2875, true),
            new Price(SYSCO, "BEV-WTR-BTL-24", "24", 720, true));

    private DemoPurchasing() {
    }

    /** Vendors, price lists and preferred vendors (which set the items' unit costs); returns the vendors by name. */
    static Map<String, UUID> vendors(OpsModule ops, Map<String, UUID> itemsBySku) {
        Map<String, UUID> vendors = new LinkedHashMap<>();
        vendors.put(SYSCO, ops.vendors().create(new org.preptable.gateway.ops.vendors.VendorInput(SYSCO,
                "Dana Ortiz", "orders.houston@sysco.example", "+1 713 555 0142", "Delivers Tue and Fri"), ACTOR).id());
        vendors.put(FARM, ops.vendors().create(new org.preptable.gateway.ops.vendors.VendorInput(FARM,
                "Luis Garza", "luis@riograndeproduce.example", "+1 956 555 0117", "Local farm, order by 2 pm"),
                ACTOR).id());
        vendors.put(BAKERY, ops.vendors().create(new org.preptable.gateway.ops.vendors.VendorInput(BAKERY,
                "Amy Klein", "bakery@hillcountry.example", "+1 512 555 0188", null), ACTOR).id());
        for (Price price : PRICES) {
            UUID vendor = vendors.get(price.vendor());
            UUID item = itemsBySku.get(price.sku());
            ops.prices().setPrice(vendor, item, price.priceCents(), new BigDecimal(price.packSize()), null, ACTOR);
            if (price.preferred()) {
                ops.prices().prefer(vendor, item, ACTOR);
            }
        }
        return vendors;
    }

    /**
     * Harlingen's orders: the low-stock drafts (one per preferred vendor), the distributor's submitted; and a produce
     * delivery submitted and received into the walk-in cooler, which writes its stock through the ledger.
     */
    static void orders(OpsModule ops, UUID harlingen, Map<String, UUID> vendors, Map<String, UUID> itemsBySku,
                       Map<String, UUID> harlingenStores) {
        UUID cooler = harlingenStores.get("Walk-in cooler");
        PurchaseOrder produce = ops.purchaseOrders().create(LOADER, new PurchaseOrderInput(harlingen.toString(),
                vendors.get(FARM).toString(), cooler.toString(), "Weekly produce", null, List.of(
                        new LineInput(itemsBySku.get("PRD-ONI-YEL-50").toString(), new BigDecimal("50")),
                        new LineInput(itemsBySku.get("PRD-POT-RUS-50").toString(), new BigDecimal("50")))), ACTOR);
        ops.purchaseOrders().setStatus(LOADER, produce.id(), "submitted", null, ACTOR);
        ops.purchaseOrders().setStatus(LOADER, produce.id(), "received", null, ACTOR);
        var drafts = ops.lowStockOrders().draft(LOADER, harlingen.toString(), cooler.toString(), ACTOR);
        for (PurchaseOrder draft : drafts.purchaseOrders()) {
            if (draft.vendorId().equals(vendors.get(SYSCO))) {
                ops.purchaseOrders().setStatus(LOADER, draft.id(), "submitted", null, ACTOR);
            }
        }
    }

    /**
     * The price rise the menu-health check's cost-outlier finding is about: the distributor's rib-eye goes from
     * 1 050 to 1 300 cents a steak, which moves the Rib-eye steak meal about 23 % above its own history.
     */
    static void ribEyePriceRise(OpsModule ops, Map<String, UUID> vendors, Map<String, UUID> itemsBySku) {
        ops.prices().setPrice(vendors.get(SYSCO), itemsBySku.get("PRO-RIB-EYE-12"), 15600L, new BigDecimal("12"),
                null, ACTOR);
    }
}
