package org.preptable.gateway.ops;

import io.vertx.ext.web.Router;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kds.speed.SpeedRepository;
import org.preptable.gateway.kds.speed.SpeedRoutes;
import org.preptable.gateway.kds.speed.SpeedService;
import org.preptable.gateway.ops.health.MenuHealthRoutes;
import org.preptable.gateway.ops.health.MenuHealthService;
import org.preptable.gateway.ops.inventory.InventoryRepository;
import org.preptable.gateway.ops.inventory.InventoryRoutes;
import org.preptable.gateway.ops.inventory.InventoryService;
import org.preptable.gateway.ops.inventory.Ledger;
import org.preptable.gateway.ops.items.ItemRepository;
import org.preptable.gateway.ops.items.ItemRoutes;
import org.preptable.gateway.ops.items.ItemService;
import org.preptable.gateway.ops.items.ParLevelRepository;
import org.preptable.gateway.ops.locations.LocationRepository;
import org.preptable.gateway.ops.locations.LocationRoutes;
import org.preptable.gateway.ops.locations.LocationService;
import org.preptable.gateway.ops.meals.MealRepository;
import org.preptable.gateway.ops.meals.MealRoutes;
import org.preptable.gateway.ops.meals.MealService;
import org.preptable.gateway.ops.menus.DaypartRepository;
import org.preptable.gateway.ops.menus.MenuFeature;
import org.preptable.gateway.ops.purchasing.LowStockOrders;
import org.preptable.gateway.ops.purchasing.PurchaseOrderRepository;
import org.preptable.gateway.ops.purchasing.PurchaseOrderRoutes;
import org.preptable.gateway.ops.purchasing.PurchaseOrderService;
import org.preptable.gateway.ops.reports.ReportRoutes;
import org.preptable.gateway.ops.stores.StoreRepository;
import org.preptable.gateway.ops.stores.StoreRoutes;
import org.preptable.gateway.ops.stores.StoreService;
import org.preptable.gateway.ops.vendors.PriceListService;
import org.preptable.gateway.ops.vendors.VendorRepository;
import org.preptable.gateway.ops.vendors.VendorRoutes;
import org.preptable.gateway.ops.vendors.VendorService;

/**
 * The operations features (locations, stores, items, inventory, reports, meals, menus, menu health, vendors,
 * purchase orders) and the kitchen display's speed of service (a report over locations, dayparts and stations),
 * wired once and mounted together.
 */
public record OpsModule(LocationService locations, StoreService stores, ItemService items,
                        InventoryService inventory, MealService meals, MenuFeature menus, MenuHealthService health,
                        VendorService vendors, PriceListService prices, PurchaseOrderService purchaseOrders,
                        LowStockOrders lowStockOrders, SpeedService speed) {

    public static OpsModule create(Db db, GatewayConfig config) {
        LocationRepository locationRepository = new LocationRepository();
        LocationService locations = new LocationService(db, locationRepository);
        StoreService stores = new StoreService(db, new StoreRepository(), locationRepository);
        ItemService items = new ItemService(db, new ItemRepository(), new ParLevelRepository(), locationRepository);
        InventoryService inventory = new InventoryService(db, new InventoryRepository(), stores, items, locations);
        MealService meals = new MealService(db, new MealRepository());
        MenuFeature menus = MenuFeature.create(db, locationRepository, config.clock());
        MenuHealthService health = new MenuHealthService(db, locations, config.clock(), config.menuHealth());
        VendorRepository vendorRepository = new VendorRepository();
        VendorService vendors = new VendorService(db, vendorRepository);
        PriceListService prices = new PriceListService(db, vendorRepository, vendors, items);
        PurchaseOrderService purchaseOrders = new PurchaseOrderService(db, new PurchaseOrderRepository(),
                vendorRepository, vendors, items, new StoreRepository(), locationRepository,
                new Ledger(new InventoryRepository()));
        LowStockOrders lowStockOrders = new LowStockOrders(db, purchaseOrders, vendorRepository);
        SpeedService speed = new SpeedService(db, new SpeedRepository(), new DaypartRepository(), locations,
                config.clock());
        return new OpsModule(locations, stores, items, inventory, meals, menus, health, vendors, prices,
                purchaseOrders, lowStockOrders, speed);
    }

    /** Static paths first: {@code /items/low} before {@code /items/:itemId}. */
    public void mount(Router api, Db db, Gates gates) {
        new ReportRoutes(db, stores, locations, gates).mount(api);
        new LocationRoutes(locations, gates).mount(api);
        new StoreRoutes(stores, gates).mount(api);
        new ItemRoutes(items, gates).mount(api);
        new InventoryRoutes(inventory, gates).mount(api);
        new MealRoutes(meals, gates).mount(api);
        menus.mount(api, gates);
        new MenuHealthRoutes(health, gates).mount(api);
        new VendorRoutes(vendors, prices, gates).mount(api);
        new PurchaseOrderRoutes(purchaseOrders, lowStockOrders, gates).mount(api);
        new SpeedRoutes(speed, gates).mount(api);
    }
}
