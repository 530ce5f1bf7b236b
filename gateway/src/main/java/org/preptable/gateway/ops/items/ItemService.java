package org.preptable.gateway.ops.items;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.ops.inventory.Quantities;
import org.preptable.gateway.ops.items.ParLevelRepository.ParLevel;
import org.preptable.gateway.ops.locations.LocationRepository;

/** The catalog (SKUs unique across the install) and each location's par level and reorder threshold. */
public final class ItemService {

    public static final String ENTITY = "items";

    private final Db db;
    private final ItemRepository items;
    private final ParLevelRepository parLevels;
    private final LocationRepository locations;

    public ItemService(Db db, ItemRepository items, ParLevelRepository parLevels, LocationRepository locations) {
        this.db = db;
        this.items = items;
        this.parLevels = parLevels;
        this.locations = locations;
    }

    public List<Item> list(String search, String category) {
        return items.list(db.pool(), search, category);
    }

    public Item get(UUID id) {
        return find(db.pool(), id);
    }

    public Item find(SqlClient client, UUID id) {
        return found(items.find(client, id), id);
    }

    /** Sends the item's read without waiting; {@link #found} judges the answer. */
    public Future<Optional<Item>> sendFind(SqlClient client, UUID id) {
        return items.sendFind(client, id);
    }

    public Item found(Optional<Item> item, UUID id) {
        return item.orElseThrow(() -> ApiError.notFound("Item with ID " + id + " was not found."));
    }

    public Item create(ItemInput raw, AuditActor actor) {
        ItemInput input = raw.validated();
        return db.tx(tx -> {
            requireFreeSku(tx, input.sku(), null);
            Item created = items.insert(tx, input);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            return created;
        });
    }

    public Item update(UUID id, ItemInput raw, AuditActor actor) {
        ItemInput input = raw.validated();
        return db.tx(tx -> {
            Item before = find(tx, id);
            requireFreeSku(tx, input.sku(), id);
            Item after = items.update(tx, id, input);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    public void delete(UUID id, AuditActor actor) {
        db.tx(tx -> {
            Item before = find(tx, id);
            if (items.hasLedger(tx, id)) {
                throw ApiError.conflict("Cannot delete item '" + before.name()
                        + "': it has stock history; its movements are kept for the usage reports");
            }
            List<String> users = items.usedBy(tx, id);
            if (!users.isEmpty()) {
                throw ApiError.conflict("Cannot delete item '" + before.name() + "': it is used by "
                        + String.join(", ", users));
            }
            items.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    /** The item's par levels at the locations the caller may read. */
    public List<ParLevel> parLevels(CurrentUser caller, UUID itemId) {
        find(db.pool(), itemId);
        return parLevels.forItem(db.pool(), itemId).stream()
                .filter(par -> LocationScope.canRead(caller, par.locationId())).toList();
    }

    public ParLevel setParLevel(UUID itemId, UUID locationId, BigDecimal rawPar, BigDecimal rawThreshold,
                                AuditActor actor) {
        BigDecimal par = Quantities.of(rawPar, "par_level");
        BigDecimal threshold = Quantities.of(rawThreshold, "reorder_threshold");
        if (par.signum() < 0 || threshold.signum() < 0) {
            throw ApiError.badRequest("par_level and reorder_threshold must not be negative");
        }
        if (threshold.compareTo(par) > 0) {
            throw ApiError.badRequest("reorder_threshold (" + threshold.toPlainString()
                    + ") must not be above par_level (" + par.toPlainString() + ")");
        }
        return db.tx(tx -> {
            find(tx, itemId);
            if (locations.find(tx, locationId).isEmpty()) {
                throw ApiError.notFound("Location with ID " + locationId + " was not found.");
            }
            ParLevel before = parLevels.forItem(tx, itemId).stream()
                    .filter(p -> p.locationId().equals(locationId)).findFirst().orElse(null);
            ParLevel after = parLevels.upsert(tx, itemId, locationId, par, threshold);
            AuditLog.record(tx, actor, AuditEvent.change(before == null ? "create" : "update", "item_par_levels",
                    itemId + "/" + locationId, before == null ? Map.of() : fields(before), fields(after)));
            return after;
        });
    }

    public static Map<String, Object> view(ParLevel par) {
        Map<String, Object> view = fields(par);
        view.put("location_name", par.locationName());
        return view;
    }

    private static Map<String, Object> fields(ParLevel par) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("item_id", par.itemId().toString());
        view.put("location_id", par.locationId().toString());
        view.put("par_level", Quantities.shown(par.parLevel()));
        view.put("reorder_threshold", Quantities.shown(par.reorderThreshold()));
        return view;
    }

    private void requireFreeSku(SqlClient tx, String sku, UUID except) {
        items.findBySku(tx, sku).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw ApiError.conflict("An item with SKU '" + other.sku() + "' already exists");
        });
    }
}
