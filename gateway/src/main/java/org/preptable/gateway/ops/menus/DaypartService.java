package org.preptable.gateway.ops.menus;

import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.gateway.ops.locations.LocationRepository;

/**
 * A location's dayparts. Two dayparts of one location may not share a minute (409 naming the other), so the
 * current-menu resolver finds at most one live daypart; writes take the location's menu lock first, so two
 * concurrent writes cannot both pass the overlap check. Every write sends {@code menu.updated}: moving or removing
 * a daypart can change what is live.
 */
public final class DaypartService {

    public static final String ENTITY = "dayparts";

    private final Db db;
    private final DaypartRepository dayparts;
    private final LocationRepository locations;
    private final MenuEvents events;

    DaypartService(Db db, DaypartRepository dayparts, LocationRepository locations, MenuEvents events) {
        this.db = db;
        this.dayparts = dayparts;
        this.locations = locations;
        this.events = events;
    }

    /** The location's dayparts by start time; empty outside the caller's scope, 404 for no such location. */
    public List<Daypart> list(CurrentUser caller, UUID locationId) {
        if (locations.find(db.pool(), locationId).isEmpty()) {
            throw ApiError.notFound("Location with ID " + locationId + " was not found.");
        }
        return LocationScope.canRead(caller, locationId) ? dayparts.list(db.pool(), locationId) : List.of();
    }

    /** The route's scope gate has checked the caller may write at the location. */
    public Daypart create(UUID locationId, DaypartInput raw, AuditActor actor) {
        DaypartInput.Valid input = raw.validated();
        return db.tx(tx -> {
            Location location = events.lock(tx, locationId);
            requireFits(tx, locationId, input, null);
            Daypart created = dayparts.insert(tx, locationId, input);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            events.menuChanged(tx, location);
            return created;
        });
    }

    public Daypart update(CurrentUser caller, UUID id, DaypartInput raw, AuditActor actor) {
        DaypartInput.Valid input = raw.validated();
        return db.tx(tx -> {
            Daypart before = writable(tx, caller, id);
            Location location = events.lock(tx, before.locationId());
            before = find(tx, id); // as it is now that the lock is held
            requireFits(tx, before.locationId(), input, id);
            Daypart after = dayparts.update(tx, id, input);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            events.menuChanged(tx, location);
            return after;
        });
    }

    public void delete(CurrentUser caller, UUID id, AuditActor actor) {
        db.tx(tx -> {
            Daypart found = writable(tx, caller, id);
            Location location = events.lock(tx, found.locationId());
            Daypart before = find(tx, id);
            DaypartRepository.Use use = dayparts.use(tx, id);
            if (use.placements() > 0) {
                throw ApiError.conflict("Cannot delete daypart " + before.describe() + ": " + use.placements()
                        + " placement(s) of the menu(s) " + use.menus() + " use it; delete or move them first");
            }
            dayparts.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            events.menuChanged(tx, location);
            return null;
        });
    }

    /** A daypart the caller may write: 404 if there is none, 403 if its location is outside the caller's scope. */
    private Daypart writable(SqlClient tx, CurrentUser caller, UUID id) {
        Daypart daypart = find(tx, id);
        LocationScope.requireWrite(caller, daypart.locationId());
        return daypart;
    }

    private Daypart find(SqlClient client, UUID id) {
        return dayparts.find(client, id)
                .orElseThrow(() -> ApiError.notFound("Daypart with ID " + id + " was not found."));
    }

    /** Names are unique per location in any case, and windows may not overlap; {@code except} is the one changed. */
    private void requireFits(SqlClient tx, UUID locationId, DaypartInput.Valid input, UUID except) {
        DayWindow window = new DayWindow(input.start(), input.end());
        for (Daypart other : dayparts.list(tx, locationId)) {
            if (other.id().equals(except)) {
                continue;
            }
            if (other.name().equalsIgnoreCase(input.name())) {
                throw ApiError.conflict("This location already has a daypart named '" + other.name() + "'");
            }
            if (other.window().overlaps(window)) {
                throw ApiError.conflict("Daypart '" + input.name() + "' (" + window + ") overlaps daypart "
                        + other.describe() + " at this location");
            }
        }
    }
}
