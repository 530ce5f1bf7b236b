package org.preptable.gateway.ops.menus;

import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * Placements (a meal or item of a menu at a daypart of a location) and the current menu they make. Every write
 * sends {@code menu.updated}; a change of nothing but {@code available} sends {@code availability.updated} first
 * (docs/menus.md: why both).
 */
public final class PlacementService {

    public static final String ENTITY = "placements";

    private final Db db;
    private final PlacementRepository placements;
    private final MenuRepository menus;
    private final DaypartRepository dayparts;
    private final LocationRepository locations;
    private final CurrentMenus current;
    private final MenuEvents events;

    PlacementService(Db db, PlacementRepository placements, MenuRepository menus, DaypartRepository dayparts,
                     LocationRepository locations, CurrentMenus current, MenuEvents events) {
        this.db = db;
        this.placements = placements;
        this.menus = menus;
        this.dayparts = dayparts;
        this.locations = locations;
        this.current = current;
        this.events = events;
    }

    /** The location's placements; empty outside the caller's scope, 404 for no such location. */
    public List<Placement> list(CurrentUser caller, UUID locationId, UUID daypartId, UUID menuId) {
        location(db.pool(), locationId);
        return LocationScope.canRead(caller, locationId)
                ? placements.list(db.pool(), locationId, daypartId, menuId) : List.of();
    }

    /**
     * The location's menu at {@code at} (default now, by the gateway's clock). Outside the caller's scope the
     * location is not found, as a single store is: the answer is an object, with no empty list to give.
     */
    public Map<String, Object> current(CurrentUser caller, UUID locationId, Instant at) {
        Instant when = at != null ? at : current.now();
        return db.snapshot(tx -> {
            Location location = location(tx, locationId);
            if (!LocationScope.canRead(caller, locationId)) {
                throw notFoundLocation(locationId);
            }
            return current.resolve(tx, location, when);
        });
    }

    /**
     * The location's menu now, for anyone (the guest menu board): what the location's signage shows its guests,
     * with no caller and no {@code at} (previews stay with its people). An unknown location is a 404.
     */
    public Map<String, Object> publicCurrent(UUID locationId) {
        Instant when = current.now();
        return db.snapshot(tx -> current.resolve(tx, location(tx, locationId), when));
    }

    /** The route's scope gate has checked the caller may write at the location. */
    public Placement create(UUID locationId, PlacementInput raw, AuditActor actor) {
        PlacementInput.Valid input = raw.validated();
        return db.tx(tx -> {
            Location location = events.lock(tx, locationId);
            requireReferences(tx, locationId, input);
            Placement created = find(tx, placements.insert(tx, locationId, input));
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            events.menuChanged(tx, location);
            return created;
        });
    }

    public Placement update(CurrentUser caller, UUID id, PlacementInput raw, AuditActor actor) {
        PlacementInput.Valid input = raw.validated();
        return db.tx(tx -> {
            Placement found = writable(tx, caller, id);
            Location location = events.lock(tx, found.locationId());
            Placement before = find(tx, id); // as it is now that the lock is held
            requireReferences(tx, before.locationId(), input);
            placements.update(tx, id, input);
            Placement after = find(tx, id);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            if (before.onlyAvailabilityChangedTo(after)) {
                events.availabilityChanged(tx, after);
            }
            events.menuChanged(tx, location);
            return after;
        });
    }

    public void delete(CurrentUser caller, UUID id, AuditActor actor) {
        db.tx(tx -> {
            Placement found = writable(tx, caller, id);
            Location location = events.lock(tx, found.locationId());
            Placement before = find(tx, id);
            placements.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            events.menuChanged(tx, location);
            return null;
        });
    }

    /** A placement the caller may write: 404 if there is none, 403 if its location is outside the caller's scope. */
    private Placement writable(SqlClient tx, CurrentUser caller, UUID id) {
        Placement placement = find(tx, id);
        LocationScope.requireWrite(caller, placement.locationId());
        return placement;
    }

    private Placement find(SqlClient client, UUID id) {
        return placements.find(client, id)
                .orElseThrow(() -> ApiError.notFound("Placement with ID " + id + " was not found."));
    }

    /** The menu, daypart and meal or item exist (404), and the daypart is one of this location's (400). */
    private void requireReferences(SqlClient tx, UUID locationId, PlacementInput.Valid input) {
        if (menus.find(tx, input.menuId()).isEmpty()) {
            throw MenuService.notFound(input.menuId());
        }
        Daypart daypart = dayparts.find(tx, input.daypartId())
                .orElseThrow(() -> ApiError.notFound("Daypart with ID " + input.daypartId() + " was not found."));
        if (!daypart.locationId().equals(locationId)) {
            throw ApiError.badRequest("Daypart " + daypart.id() + " belongs to another location;"
                    + " a placement uses a daypart of its own location");
        }
        if (input.mealId() != null && placements.mealName(tx, input.mealId()).isEmpty()) {
            throw ApiError.notFound("Meal with ID " + input.mealId() + " was not found.");
        }
        if (input.itemId() != null && placements.itemName(tx, input.itemId()).isEmpty()) {
            throw ApiError.notFound("Item with ID " + input.itemId() + " was not found.");
        }
    }

    private Location location(SqlClient client, UUID locationId) {
        return locations.find(client, locationId).orElseThrow(() -> notFoundLocation(locationId));
    }

    private static ApiError notFoundLocation(UUID locationId) {
        return ApiError.notFound("Location with ID " + locationId + " was not found.");
    }
}
