package org.preptable.gateway.ops.purchasing;

import io.vertx.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.ops.inventory.Ledger;
import org.preptable.gateway.ops.items.Item;
import org.preptable.gateway.ops.items.ItemService;
import org.preptable.gateway.ops.locations.LocationRepository;
import org.preptable.gateway.ops.purchasing.PurchaseOrder.Line;
import org.preptable.gateway.ops.purchasing.PurchaseOrderInput.Draft;
import org.preptable.gateway.ops.purchasing.PurchaseOrderInput.DraftLine;
import org.preptable.gateway.ops.stores.Store;
import org.preptable.gateway.ops.stores.StoreRepository;
import org.preptable.gateway.ops.vendors.Vendor;
import org.preptable.gateway.ops.vendors.VendorItem;
import org.preptable.gateway.ops.vendors.VendorRepository;
import org.preptable.gateway.ops.vendors.VendorService;

/**
 * Purchase orders and their workflow {@code draft → submitted → received}, with {@code cancelled} from draft or
 * submitted. Orders are campus-scoped: reads leave other locations out, writes there are 403. Every write locks the
 * order's row first, so receiving (which adds stock through the ledger) happens exactly once.
 */
public final class PurchaseOrderService {

    public static final String ENTITY = "purchase_orders";
    /** Which states each state may become. */
    private static final Map<String, Set<String>> NEXT = Map.of(
            "draft", Set.of("submitted", "cancelled"),
            "submitted", Set.of("received", "cancelled"),
            "received", Set.of(),
            "cancelled", Set.of());
    /** A line total above this ($10 000 000 000) is refused, so totals always fit a bigint of cents. */
    private static final BigDecimal MAX_LINE_TOTAL_CENTS = new BigDecimal("1000000000000");

    private final Db db;
    private final PurchaseOrderRepository orders;
    private final VendorRepository vendors;
    private final VendorService vendorService;
    private final ItemService items;
    private final StoreRepository stores;
    private final LocationRepository locations;
    private final Ledger ledger;

    public PurchaseOrderService(Db db, PurchaseOrderRepository orders, VendorRepository vendors,
                                VendorService vendorService, ItemService items, StoreRepository stores,
                                LocationRepository locations, Ledger ledger) {
        this.db = db;
        this.orders = orders;
        this.vendors = vendors;
        this.vendorService = vendorService;
        this.items = items;
        this.stores = stores;
        this.locations = locations;
        this.ledger = ledger;
    }

    public List<PurchaseOrder> list(CurrentUser caller, UUID locationId, String status, UUID vendorId) {
        if (status != null && !PurchaseOrder.STATUSES.contains(status)) {
            throw ApiError.badRequest("status must be one of draft, submitted, received, cancelled; got: " + status);
        }
        return orders.list(db.pool(), locationId, status, vendorId).stream()
                .filter(po -> LocationScope.canRead(caller, po.locationId())).toList();
    }

    /** An order the caller may read; 404 otherwise, so orders of other locations do not leak. */
    public PurchaseOrder readable(CurrentUser caller, UUID id) {
        return orders.find(db.pool(), id).filter(po -> LocationScope.canRead(caller, po.locationId()))
                .orElseThrow(() -> notFound(id));
    }

    public PurchaseOrder create(CurrentUser caller, PurchaseOrderInput raw, AuditActor actor) {
        Draft draft = raw.validated();
        LocationScope.requireWrite(caller, draft.locationId());
        return db.tx(tx -> insert(tx, draft, actor));
    }

    /** Writes a new draft in the caller's transaction: lines priced from the vendor's list, one audit row. */
    PurchaseOrder insert(SqlConnection tx, Draft draft, AuditActor actor) {
        List<Line> lines = checked(tx, draft);
        UUID id = orders.insert(tx, draft, actor.userId());
        orders.replaceLines(tx, id, lines);
        PurchaseOrder created = orders.find(tx, id).orElseThrow();
        AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
        return created;
    }

    /** A full replacement of a draft; its lines are re-priced from the vendor's current price list. */
    public PurchaseOrder update(CurrentUser caller, UUID id, PurchaseOrderInput raw, AuditActor actor) {
        Draft draft = raw.validated();
        return db.tx(tx -> {
            PurchaseOrder before = writable(tx, caller, id);
            LocationScope.requireWrite(caller, draft.locationId());
            if (!before.status().equals("draft")) {
                throw ApiError.conflict("Purchase order " + before.number() + " is " + before.status()
                        + "; only a draft can be edited");
            }
            List<Line> lines = checked(tx, draft);
            orders.update(tx, id, draft);
            orders.replaceLines(tx, id, lines);
            PurchaseOrder after = orders.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    public void delete(CurrentUser caller, UUID id, AuditActor actor) {
        db.tx(tx -> {
            PurchaseOrder before = writable(tx, caller, id);
            if (!before.status().equals("draft") && !before.status().equals("cancelled")) {
                throw ApiError.conflict("Purchase order " + before.number() + " is " + before.status()
                        + "; only a draft or a cancelled order can be deleted");
            }
            orders.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    /**
     * Moves the order along its workflow. Receiving needs a store at the order's location (the body's, else the
     * order's) and writes one {@code receive} movement per line into it through the ledger, in this transaction.
     */
    public PurchaseOrder setStatus(CurrentUser caller, UUID id, String rawStatus, String rawStoreId, AuditActor actor) {
        if (rawStatus == null || rawStatus.isBlank()) {
            throw ApiError.badRequest("status is required: one of submitted, received, cancelled");
        }
        String status = rawStatus.trim();
        if (!PurchaseOrder.STATUSES.contains(status)) {
            throw ApiError.badRequest("status must be one of draft, submitted, received, cancelled; got: " + rawStatus);
        }
        UUID storeId = PurchaseOrderInput.optionalUuid(rawStoreId, "store_id");
        if (storeId != null && !status.equals("received")) {
            throw ApiError.badRequest("store_id is only taken with status received (the store the delivery goes"
                    + " into); set a draft's store with PUT /purchase-orders/" + id);
        }
        return db.tx(tx -> {
            PurchaseOrder before = writable(tx, caller, id);
            if (!NEXT.get(before.status()).contains(status)) {
                throw ApiError.conflict("Purchase order " + before.number() + " is " + before.status()
                        + "; it cannot become " + status);
            }
            UUID into = null;
            if (status.equals("received")) {
                into = receive(tx, before, storeId != null ? storeId : before.storeId(), actor);
            }
            orders.setStatus(tx, id, status, into);
            PurchaseOrder after = orders.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.change("status_change", ENTITY, id, before.fields(),
                    after.fields()));
            return after;
        });
    }

    /** Adds every line to the store's stock; returns the store. Lines go in item order, as every ledger writer's. */
    private UUID receive(SqlConnection tx, PurchaseOrder po, UUID storeId, AuditActor actor) {
        if (storeId == null) {
            throw ApiError.badRequest("Purchase order " + po.number() + " has no store: give store_id, the store at"
                    + " its location that the delivery goes into");
        }
        Store store = storeAt(tx, storeId, po.locationId());
        String note = "PO " + po.number() + " from " + po.vendorName();
        for (Line line : po.lines().stream().sorted(Comparator.comparing(Line::itemId)).toList()) {
            ledger.apply(tx, actor, store.id(), line.itemId(), Ledger.Change.by(line.quantity(), "receive", null, note));
        }
        return store.id();
    }

    /** The order, locked, if the caller may write at its location: 404 when there is none, 403 outside the scope. */
    private PurchaseOrder writable(SqlConnection tx, CurrentUser caller, UUID id) {
        if (!orders.lock(tx, id)) {
            throw notFound(id);
        }
        PurchaseOrder po = orders.find(tx, id).orElseThrow();
        LocationScope.requireWrite(caller, po.locationId());
        return po;
    }

    /** Checks what the draft refers to and prices its lines from the vendor's price list. */
    private List<Line> checked(SqlConnection tx, Draft draft) {
        requireLocation(tx, draft.locationId());
        Vendor vendor = vendorService.find(tx, draft.vendorId());
        if (draft.storeId() != null) {
            storeAt(tx, draft.storeId(), draft.locationId());
        }
        Map<UUID, VendorItem> prices = vendors.priceList(tx, vendor.id()).stream()
                .collect(Collectors.toMap(VendorItem::itemId, Function.identity()));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            DraftLine line = draft.lines().get(i);
            VendorItem price = prices.get(line.itemId());
            if (price == null) {
                Item item = items.find(tx, line.itemId());
                throw ApiError.badRequest("lines[" + i + "]: vendor '" + vendor.name() + "' does not sell "
                        + item.name() + " (" + item.sku() + "); add it to the vendor's price list first");
            }
            if (Line.totalCents(line.quantity(), price.packSize(), price.priceCents())
                    .compareTo(MAX_LINE_TOTAL_CENTS) > 0) {
                throw ApiError.badRequest("lines[" + i + "]: " + line.quantity().toPlainString() + " " + price.unit()
                        + " of " + price.itemName() + " would cost more than the largest order line taken");
            }
            lines.add(new Line(price.itemId(), price.itemName(), price.itemSku(), price.unit(), line.quantity(),
                    price.packSize(), price.priceCents()));
        }
        return lines;
    }

    void requireLocation(SqlConnection tx, UUID locationId) {
        if (locations.find(tx, locationId).isEmpty()) {
            throw ApiError.notFound("Location with ID " + locationId + " was not found.");
        }
    }

    Store storeAt(SqlConnection tx, UUID storeId, UUID locationId) {
        Store store = stores.find(tx, storeId)
                .orElseThrow(() -> ApiError.notFound("Store with ID " + storeId + " was not found."));
        if (!store.locationId().equals(locationId)) {
            throw ApiError.badRequest("Store '" + store.name() + "' is not at the order's location " + locationId);
        }
        return store;
    }

    private static ApiError notFound(UUID id) {
        return ApiError.notFound("Purchase order with ID " + id + " was not found.");
    }
}
