package org.preptable.gateway.kds.speed;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kds.speed.SpeedRepository.Figures;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.gateway.ops.locations.LocationService;
import org.preptable.gateway.ops.menus.Daypart;
import org.preptable.gateway.ops.menus.DaypartRepository;

/**
 * Speed of service (docs/speed-of-service.md): how long a location's orders waited at each station, per daypart,
 * from the stored prep transitions. Read-only; "today" is the location's local date by the gateway's clock.
 */
public final class SpeedService {

    private final Db db;
    private final SpeedRepository speed;
    private final DaypartRepository dayparts;
    private final LocationService locations;
    private final Clock clock;

    public SpeedService(Db db, SpeedRepository speed, DaypartRepository dayparts, LocationService locations,
                        Clock clock) {
        this.db = db;
        this.speed = speed;
        this.dayparts = dayparts;
        this.locations = locations;
        this.clock = clock;
    }

    /**
     * The report for {@code ?from=&to=&station_id=}. An unknown location (or station) is a 404; a caller outside the
     * location's scope gets the window with no stations, as every read of the kitchen display does (seed 002).
     */
    public Map<String, Object> report(CurrentUser caller, UUID locationId, String from, String to, Long stationId) {
        Location location = locations.get(locationId);
        ZoneId zone = zone(location);
        SpeedWindow window = SpeedWindow.of(from, to, LocalDate.ofInstant(clock.instant(), zone), zone);
        if (!LocationScope.canRead(caller, locationId)) {
            return SpeedReport.empty(locationId, window);
        }
        return db.snapshot(tx -> {
            // planned for these very dates every time: a cached generic plan fit for a day would crawl through a year
            tx.query("SET LOCAL plan_cache_mode = force_custom_plan").execute().await();
            String stationName = stationId == null ? null : speed.stationName(tx, stationId).orElseThrow(() ->
                    ApiError.notFound("Station with ID " + stationId + " was not found."));
            // the dayparts and the figures from one snapshot, so every daypart id in the figures has its name
            List<Daypart> parts = dayparts.list(tx, locationId);
            List<Figures> figures = speed.figures(tx, locationId, window.start(), window.end(),
                    window.postgresZone(), stationId);
            return SpeedReport.view(locationId, window, parts, figures, stationId, stationName);
        });
    }

    /** Locations are written with a valid zone; one that no longer parses (a retired zone id) is read as UTC. */
    private static ZoneId zone(Location location) {
        try {
            return ZoneId.of(location.timezone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.UTC;
        }
    }
}
