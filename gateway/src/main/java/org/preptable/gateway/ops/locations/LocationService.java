package org.preptable.gateway.ops.locations;

import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;

/** Campus rules: unique names and Saavor store references, no deletion while stores remain. */
public final class LocationService {

    public static final String ENTITY = "locations";

    private final Db db;
    private final LocationRepository locations;

    public LocationService(Db db, LocationRepository locations) {
        this.db = db;
        this.locations = locations;
    }

    public List<Location> list() {
        return locations.list(db.pool());
    }

    public Location get(UUID id) {
        return find(db.pool(), id);
    }

    public Location create(LocationInput raw, AuditActor actor) {
        LocationInput input = raw.validated();
        return db.tx(tx -> {
            requireUnique(tx, input, null);
            Location created = locations.insert(tx, input);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            return created;
        });
    }

    public Location update(UUID id, LocationInput raw, AuditActor actor) {
        LocationInput input = raw.validated();
        return db.tx(tx -> {
            Location before = find(tx, id);
            requireUnique(tx, input, id);
            Location after = locations.update(tx, id, input);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    public void delete(UUID id, AuditActor actor) {
        db.tx(tx -> {
            Location before = find(tx, id);
            long stores = locations.storeCount(tx, id);
            if (stores > 0) {
                throw ApiError.conflict("Cannot delete location '" + before.name() + "': it still has " + stores
                        + " store(s); delete or move them first");
            }
            locations.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    private Location find(SqlClient client, UUID id) {
        return locations.find(client, id)
                .orElseThrow(() -> ApiError.notFound("Location with ID " + id + " was not found."));
    }

    private void requireUnique(SqlClient tx, LocationInput input, UUID except) {
        if (locations.nameTaken(tx, input.name(), except)) {
            throw ApiError.conflict("A location named '" + input.name() + "' already exists");
        }
        if (input.saavorStoreRef() != null && locations.storeRefTaken(tx, input.saavorStoreRef(), except)) {
            throw ApiError.conflict("Saavor store reference '" + input.saavorStoreRef()
                    + "' already belongs to another location");
        }
    }
}
