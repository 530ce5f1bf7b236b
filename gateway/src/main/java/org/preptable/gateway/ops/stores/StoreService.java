package org.preptable.gateway.ops.stores;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.ops.locations.LocationRepository;

/**
 * Stores and their scope: reads outside the caller's locations are empty lists (or 404 for one store, so its
 * existence does not leak); writes outside them are 403.
 */
public final class StoreService {

    public static final String ENTITY = "stores";

    private final Db db;
    private final StoreRepository stores;
    private final LocationRepository locations;

    public StoreService(Db db, StoreRepository stores, LocationRepository locations) {
        this.db = db;
        this.stores = stores;
        this.locations = locations;
    }

    public List<Store> list(CurrentUser caller, Optional<UUID> locationId) {
        return stores.list(db.pool(), locationId.orElse(null)).stream()
                .filter(store -> LocationScope.canRead(caller, store.locationId())).toList();
    }

    /** A store the caller may read; 404 otherwise. */
    public Store readable(CurrentUser caller, UUID id) {
        return readable(db.pool(), caller, id);
    }

    public Store readable(SqlClient client, CurrentUser caller, UUID id) {
        return readable(stores.find(client, id), caller, id);
    }

    /** Judges a store read sent earlier ({@link #sendFind}): a 404 also for one outside the caller's scope. */
    public Store readable(Optional<Store> found, CurrentUser caller, UUID id) {
        return found.filter(store -> LocationScope.canRead(caller, store.locationId()))
                .orElseThrow(() -> ApiError.notFound("Store with ID " + id + " was not found."));
    }

    /**
     * A store the caller may write: 404 if there is none, 403 if it is at a location outside the caller's scope
     * (seed 002: writes outside the scope are refused, reads leave other locations out).
     */
    public Store writable(SqlClient client, CurrentUser caller, UUID id) {
        return writable(stores.find(client, id), caller, id);
    }

    /** Sends the store's read without waiting; {@link #writable(Optional, CurrentUser, UUID)} judges the answer. */
    public Future<Optional<Store>> sendFind(SqlClient client, UUID id) {
        return stores.sendFind(client, id);
    }

    public Store writable(Optional<Store> found, CurrentUser caller, UUID id) {
        Store store = found.orElseThrow(() -> ApiError.notFound("Store with ID " + id + " was not found."));
        LocationScope.requireWrite(caller, store.locationId());
        return store;
    }

    public Store create(UUID locationId, String rawName, AuditActor actor) {
        String name = name(rawName);
        return db.tx(tx -> {
            if (locations.find(tx, locationId).isEmpty()) {
                throw ApiError.notFound("Location with ID " + locationId + " was not found.");
            }
            requireUniqueName(tx, locationId, name, null);
            Store created = stores.insert(tx, locationId, name);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            return created;
        });
    }

    public Store rename(CurrentUser caller, UUID id, String rawName, AuditActor actor) {
        String name = name(rawName);
        return db.tx(tx -> {
            Store before = writable(tx, caller, id);
            requireUniqueName(tx, before.locationId(), name, id);
            Store after = stores.rename(tx, id, name);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    public void delete(CurrentUser caller, UUID id, AuditActor actor) {
        db.tx(tx -> {
            Store before = writable(tx, caller, id);
            if (stores.hasLedger(tx, id)) {
                throw ApiError.conflict("Cannot delete store '" + before.name()
                        + "': it has stock history; its movements are kept for the usage reports");
            }
            stores.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    private static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest("name is required");
        }
        String name = raw.trim();
        if (name.length() > 100) {
            throw ApiError.badRequest("name must be at most 100 characters");
        }
        return name;
    }

    private void requireUniqueName(SqlClient tx, UUID locationId, String name, UUID except) {
        if (stores.nameTaken(tx, locationId, name, except)) {
            throw ApiError.conflict("This location already has a store named '" + name + "'");
        }
    }
}
