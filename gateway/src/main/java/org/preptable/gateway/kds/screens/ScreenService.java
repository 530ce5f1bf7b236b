package org.preptable.gateway.kds.screens;

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
import org.preptable.gateway.ops.locations.LocationService;

/**
 * A location's kitchen screens, configured centrally (issue 17): which station each shows and its warn/late
 * thresholds, so a kitchen changes a screen without touching the Pi. Reads outside the caller's scope are an empty
 * list; writes outside it are 403. Checks in order: the location (404), the scope (403), the input (400).
 */
public final class ScreenService {

    public static final String ENTITY = "kiosk_screens";
    private static final int MIN_SECONDS = 10;
    private static final int MAX_SECONDS = 86_400;

    /** The settings a PUT replaces; null fields fall back to the kiosk's device file. */
    public record Settings(Long stationId, Integer warnSeconds, Integer lateSeconds) {
    }

    /** A screen written by a PUT, and whether the PUT created it (201) or replaced it (200). */
    public record Put(Screen screen, boolean created) {
    }

    private final Db db;
    private final ScreenRepository screens;
    private final LocationService locations;

    public ScreenService(Db db, ScreenRepository screens, LocationService locations) {
        this.db = db;
        this.screens = screens;
        this.locations = locations;
    }

    /** The location's screens by name; empty outside the caller's scope. */
    public List<Screen> list(CurrentUser caller, UUID locationId) {
        locations.get(locationId);
        return LocationScope.canRead(caller, locationId) ? screens.list(db.pool(), locationId) : List.of();
    }

    /** Creates the screen or replaces every setting: a field left out is null afterwards, not kept. */
    public Put put(CurrentUser caller, UUID locationId, String rawName, Settings settings, AuditActor actor) {
        locations.get(locationId);
        LocationScope.requireWrite(caller, locationId);
        String name = Screen.name(rawName, "name");
        Integer warn = seconds(settings.warnSeconds(), "warn_seconds");
        Integer late = seconds(settings.lateSeconds(), "late_seconds");
        if (warn != null && late != null && warn >= late) {
            throw ApiError.badRequest("warn_seconds (" + warn + ") must be less than late_seconds (" + late
                    + "): a ticket turns amber before it turns red");
        }
        return db.tx(tx -> {
            Long station = settings.stationId();
            if (station != null && (station < 1 || !screens.stationExists(tx, station))) {
                throw ApiError.badRequest("station_id " + station + " is not a station; GET /stations lists them");
            }
            var before = screens.lock(tx, locationId, name);
            ScreenRepository.Written written = screens.put(tx, locationId, name, station, warn, late);
            Screen after = written.screen();
            AuditLog.record(tx, actor, written.created() ? AuditEvent.create(ENTITY, after.id(), after.fields())
                    : AuditEvent.update(ENTITY, after.id(), before.map(Screen::fields).orElse(Map.of()),
                            after.fields()));
            return new Put(after, written.created());
        });
    }

    /** Deletes the screen; sessions signed in as it and its past transitions keep no screen (V10's SET NULL). */
    public void delete(CurrentUser caller, UUID locationId, String rawName, AuditActor actor) {
        locations.get(locationId);
        LocationScope.requireWrite(caller, locationId);
        String name = Screen.name(rawName, "name");
        db.tx(tx -> {
            Screen screen = screens.lock(tx, locationId, name).orElseThrow(() -> ApiError.notFound(
                    "Screen '" + name + "' was not found at location " + locationId + "."));
            screens.delete(tx, screen.id());
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, screen.id(), screen.fields()));
            return null;
        });
    }

    private static Integer seconds(Integer value, String field) {
        if (value != null && (value < MIN_SECONDS || value > MAX_SECONDS)) {
            throw ApiError.badRequest(field + " must be from " + MIN_SECONDS + " to " + MAX_SECONDS + " seconds, got: "
                    + value);
        }
        return value;
    }
}
