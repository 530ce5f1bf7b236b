package org.preptable.gateway.ops.vendors;

import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;

/** The vendor catalogue: names unique ignoring case, no deletion while an item prefers the vendor or a PO names it. */
public final class VendorService {

    public static final String ENTITY = "vendors";

    private final Db db;
    private final VendorRepository vendors;

    public VendorService(Db db, VendorRepository vendors) {
        this.db = db;
        this.vendors = vendors;
    }

    public List<Vendor> list() {
        return vendors.list(db.pool());
    }

    public Vendor get(UUID id) {
        return find(db.pool(), id);
    }

    public Vendor find(SqlClient client, UUID id) {
        return vendors.find(client, id)
                .orElseThrow(() -> ApiError.notFound("Vendor with ID " + id + " was not found."));
    }

    public Vendor create(VendorInput raw, AuditActor actor) {
        VendorInput input = raw.validated();
        return db.tx(tx -> {
            requireFreeName(tx, input.name(), null);
            Vendor created = vendors.insert(tx, input);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            return created;
        });
    }

    public Vendor update(UUID id, VendorInput raw, AuditActor actor) {
        VendorInput input = raw.validated();
        return db.tx(tx -> {
            Vendor before = find(tx, id);
            requireFreeName(tx, input.name(), id);
            Vendor after = vendors.update(tx, id, input);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /**
     * Refused while the vendor is some item's preferred vendor (the item's cost would lose its source) or while a
     * purchase order names it (orders are the purchasing history); its alternate prices go with it.
     */
    public void delete(UUID id, AuditActor actor) {
        db.tx(tx -> {
            Vendor before = locked(tx, id, true);
            List<String> uses = new ArrayList<>();
            List<String> preferred = vendors.preferredItemNames(tx, id);
            if (!preferred.isEmpty()) {
                uses.add("it is the preferred vendor for " + some(preferred));
            }
            List<String> orders = vendors.purchaseOrderNumbers(tx, id);
            if (!orders.isEmpty()) {
                uses.add((orders.size() == 1 ? "purchase order " : "purchase orders ") + some(orders)
                        + (orders.size() == 1 ? " is" : " are") + " placed with it");
            }
            if (!uses.isEmpty()) {
                throw ApiError.conflict("Cannot delete vendor '" + before.name() + "': " + String.join("; ", uses));
            }
            vendors.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    /** "Onions, Flour" — at most ten names, then how many more. */
    static String some(List<String> names) {
        if (names.size() <= 10) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
    }

    /** The vendor, locked (see {@link VendorRepository#findLocked}); 404 when there is none. */
    Vendor locked(SqlClient tx, UUID id, boolean exclusive) {
        return vendors.findLocked(tx, id, exclusive)
                .orElseThrow(() -> ApiError.notFound("Vendor with ID " + id + " was not found."));
    }

    private void requireFreeName(SqlClient tx, String name, UUID except) {
        vendors.findByName(tx, name).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw ApiError.conflict("A vendor named '" + other.name() + "' already exists");
        });
    }
}
