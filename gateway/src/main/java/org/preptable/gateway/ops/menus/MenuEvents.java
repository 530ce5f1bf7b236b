package org.preptable.gateway.ops.menus;

import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.gateway.ops.locations.LocationRepository;

/**
 * What a menu change tells the location's screens, in the writer's transaction (DESIGN.md §3):
 * {@code menu.updated} with the location's current menu (the same JSON as {@code GET .../menu/current}), and for an
 * availability flip first {@code availability.updated} with the placement. Every daypart and placement write of a
 * location first takes the location's menu lock, so writes of one location run one after another and each event's
 * menu includes every earlier write: the last event a screen gets is the menu as it is.
 */
public final class MenuEvents {

    /** The event a location's screens get with its menu after any daypart or placement write. */
    public static final String MENU_UPDATED = "menu.updated";
    static final String AVAILABILITY_UPDATED = "availability.updated";

    private final EventLog log;
    private final CurrentMenus current;
    private final LocationRepository locations;

    MenuEvents(EventLog log, CurrentMenus current, LocationRepository locations) {
        this.log = log;
        this.current = current;
        this.locations = locations;
    }

    /**
     * Takes the location's menu lock (held to commit; a key of its own, apart from the event log's) and returns the
     * location, 404 if there is none. Call it before reading what the write checks (overlaps, the rows it changes).
     */
    Location lock(SqlClient tx, UUID locationId) {
        tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended('menus:' || $1::uuid::text, 0))")
                .execute(Tuple.of(locationId)).await();
        return locations.find(tx, locationId)
                .orElseThrow(() -> ApiError.notFound("Location with ID " + locationId + " was not found."));
    }

    /** Appends {@code menu.updated} with the location's menu as this transaction leaves it. */
    void menuChanged(SqlClient tx, Location location) {
        log.append(tx, location.id(), MENU_UPDATED, current.resolve(tx, location, current.now()));
    }

    /** Appends {@code availability.updated} with the placement's view (which carries its {@code location_id}). */
    void availabilityChanged(SqlClient tx, Placement placement) {
        Map<String, Object> view = placement.view();
        log.append(tx, placement.locationId(), AVAILABILITY_UPDATED, view);
    }
}
