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
 * The demo kitchen's stock: stores at both locations, a small catalog, par levels at Harlingen and opening stock
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
            new DemoItem("FRZ-FRY-SHO-30", "Shoestring fries, frozen", "lb", "frozen", "120", "45", "30"));

    private DemoInventory() {
    }

    static void load(Db db, UUID harlingen, UUID waco) {
        StoreRepository stores = new StoreRepository();
        ItemRepository items = new ItemRepository();
        ParLevelRepository parLevels = new ParLevelRepository();
        Ledger ledger = new Ledger(new InventoryRepository());
        db.tx(tx -> {
            Store cooler = store(tx, stores, harlingen, "Walk-in cooler");
            Store dry = store(tx, stores, harlingen, "Dry store");
            Store freezer = store(tx, stores, harlingen, "Freezer");
            store(tx, stores, waco, "Walk-in cooler");
            for (DemoItem demo : ITEMS) {
                Item item = items.insert(tx, new ItemInput(demo.sku(), demo.name(), demo.unit(), demo.category()));
                AuditLog.record(tx, ACTOR, AuditEvent.create("items", item.id(), item.fields()));
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
    }

    private static Store store(io.vertx.sqlclient.SqlConnection tx, StoreRepository stores, UUID location,
                               String name) {
        Store store = stores.insert(tx, location, name);
        Map<String, Object> row = new LinkedHashMap<>(store.fields());
        AuditLog.record(tx, ACTOR, AuditEvent.create("stores", store.id(), row));
        return store;
    }
}
