package org.preptable.gateway.bootstrap;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.ops.inventory.InventoryRepository;
import org.preptable.gateway.ops.inventory.Ledger;
import org.preptable.gateway.ops.items.Item;
import org.preptable.gateway.ops.items.ItemInput;
import org.preptable.gateway.ops.items.ItemRepository;
import org.preptable.gateway.ops.items.ParLevelRepository;
import org.preptable.gateway.ops.stores.Store;
import org.preptable.gateway.ops.stores.StoreRepository;

/**
 * The demo kitchen's stock: stores at both locations, a small catalog (what the demo meals are made of), par levels at Harlingen and opening stock
 * received through the ledger, with a few items low so the low-stock report has something to say.
 */
final class DemoInventory {

    private static final AuditActor ACTOR = AuditActor.system("demo data");

    private record DemoItem(String sku, String name, String unit, String category, String par, String threshold,
                            String onHand) {
    }

    private static final List<DemoItem> ITEMS = List.of(
            new DemoItem("PRO-BEEF-PTY-80", "Beef patties, 4 oz", "ea", "protein", "240", "100", "180"),
            new DemoItem("PRO-CHK-THGH-50", "Chicken thigh, boneless", "lb", "protein", "60", "30", "12"),
            new DemoItem("PRO-RIB-EYE-12", "Rib-eye steak, 12 oz", "ea", "protein", "40", "15", "22"),
            new DemoItem("BRD-BUN-BRI-48", "Brioche buns", "ea", "bakery", "240", "96", "60"),
            new DemoItem("DAI-CHD-SLC-1", "Cheddar, sliced", "lb", "dairy", "20", "8", "9.5"),
            new DemoItem("PRD-ONI-YEL-50", "Yellow onions", "lb", "produce", "50", "20", "35"),
            new DemoItem("PRD-LET-ROM-24", "Romaine hearts", "ea", "produce", "48", "18", "10"),
            new DemoItem("PRD-POT-RUS-50", "Russet potatoes", "lb", "produce", "100", "40", "72.5"),
            new DemoItem("DRY-FLR-AP-25", "Flour, all-purpose", "lb", "dry goods", "50", "20", "41"),
            new DemoItem("DRY-CHO-DRK-5", "Dark chocolate 70%", "lb", "dry goods", "10", "4", "3"),
            new DemoItem("BEV-COLA-CAN-24", "Cola, cans", "ea", "beverage", "192", "72", "144"),
            new DemoItem("FRZ-FRY-SHO-30", "Shoestring fries, frozen", "lb", "frozen", "120", "45", "30"),
            new DemoItem("DAI-EGG-LRG-180", "Eggs, large", "ea", "dairy", "180", "60", "150"),
            new DemoItem("DAI-CRM-HVY-1", "Heavy cream", "qt", "dairy", "12", "4", "8"),
            new DemoItem("DAI-CRC-BLK-3", "Cream cheese", "lb", "dairy", "9", "3", "6"),
            new DemoItem("DAI-PAR-GRT-5", "Parmesan, grated", "lb", "dairy", "5", "2", "3.5"),
            new DemoItem("DAI-FET-BLK-4", "Feta", "lb", "dairy", "6", "2", "4"),
            new DemoItem("DRY-TOM-CAN-6", "Tomatoes, canned", "lb", "dry goods", "40", "15", "30"),
            // far above par and on no menu: what the menu-health check's use-it-up finding is about
            new DemoItem("DRY-RCE-JAS-25", "Jasmine rice", "lb", "dry goods", "20", "8", "55"),
            new DemoItem("BEV-WTR-BTL-24", "Bottled water", "ea", "beverage", "96", "36", "80"));

    private DemoInventory() {
    }

    /** What later demo data builds on: the items by SKU and Harlingen's stores by name. */
    record Loaded(Map<String, UUID> itemsBySku, Map<String, UUID> harlingenStores) {
    }

    static Loaded load(Db db, UUID harlingen, UUID waco) {
        StoreRepository stores = new StoreRepository();
        ItemRepository items = new ItemRepository();
        ParLevelRepository parLevels = new ParLevelRepository();
        Ledger ledger = new Ledger(new InventoryRepository());
        Map<String, UUID> itemsBySku = new LinkedHashMap<>();
        Map<String, UUID> harlingenStores = new LinkedHashMap<>();
        db.tx(tx -> {
            Store cooler = store(tx, stores, harlingen, "Walk-in cooler");
            Store dry = store(tx, stores, harlingen, "Dry store");
            Store freezer = store(tx, stores, harlingen, "Freezer");
            store(tx, stores, waco, "Walk-in cooler");
            for (Store store : List.of(cooler, dry, freezer)) {
                harlingenStores.put(store.name(), store.id());
            }
            for (DemoItem demo : ITEMS) {
                Item item = items.insert(tx, new ItemInput(demo.sku(), demo.name(), demo.unit(), demo.category()));
                AuditLog.record(tx, ACTOR, AuditEvent.create("items", item.id(), item.fields()));
                itemsBySku.put(item.sku(), item.id());
                parLevels.upsert(tx, item.id(), harlingen, new BigDecimal(demo.par()), new BigDecimal(demo.threshold()));
                Store home = switch (demo.category()) {
                    case "dry goods", "beverage", "bakery" -> dry;
                    case "frozen" -> freezer;
                    default -> cooler;
                };
                ledger.apply(tx, ACTOR, home.id(), item.id(),
                        Ledger.Change.to(new BigDecimal(demo.onHand()), "receive", "opening stock"));
            }
            return null;
        });
        return new Loaded(itemsBySku, harlingenStores);
    }

    private static Store store(io.vertx.sqlclient.SqlConnection tx, StoreRepository stores, UUID location,
                               String name) {
        Store store = stores.insert(tx, location, name);
        Map<String, Object> row = new LinkedHashMap<>(store.fields());
        AuditLog.record(tx, ACTOR, AuditEvent.create("stores", store.id(), row));
        return store;
    }
}
