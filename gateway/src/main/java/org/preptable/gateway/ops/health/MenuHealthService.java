package org.preptable.gateway.ops.health;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.GatewayConfig.MenuHealthThresholds;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.gateway.ops.locations.LocationService;

/**
 * Runs the five menu-health checks for a location (docs/menu-health.md). Reads only, in one snapshot, so the checks
 * agree with each other; "today" is the location's local date by the gateway's clock, so the same data and clock
 * always give the same findings in the same order.
 */
public final class MenuHealthService {

    private static final List<HealthCheck> CHECKS = List.of(new DishRepetitionCheck(), new CategoryStaleCheck(),
            new DaypartEmptyCheck(), new CostOutlierCheck(), new UseItUpCheck());

    private final Db db;
    private final HealthRepository repository = new HealthRepository();
    private final LocationService locations;
    private final Clock clock;
    private final MenuHealthThresholds thresholds;

    public MenuHealthService(Db db, LocationService locations, Clock clock, MenuHealthThresholds thresholds) {
        this.db = db;
        this.locations = locations;
        this.clock = clock;
        this.thresholds = thresholds;
    }

    /** The answer of {@code GET /menu-health}; 404 when the location is unknown. The caller's scope is checked before. */
    public Map<String, Object> check(UUID locationId) {
        Location location = locations.get(locationId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone(location));
        List<Finding> findings = db.snapshot(tx -> {
            Schedule schedule = new Schedule(today, repository.dayparts(tx, locationId),
                    repository.placements(tx, locationId));
            HealthCheck.Context context = new HealthCheck.Context(tx, repository, locationId, now, schedule,
                    repository.meals(tx), thresholds);
            List<Finding> found = new ArrayList<>();
            for (HealthCheck check : CHECKS) {
                found.addAll(check.run(context));
            }
            return found;
        });
        Map<String, Object> windows = new LinkedHashMap<>();
        windows.put("short_days", Schedule.SHORT_DAYS);
        windows.put("long_days", Schedule.LONG_DAYS);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("location_id", locationId.toString());
        view.put("as_of", today.toString());
        view.put("windows", windows);
        view.put("findings", findings.stream().sorted(Finding.ORDER).map(Finding::view).toList());
        return view;
    }

    /** Locations are written with a valid zone; one that no longer parses (a retired zone id) is read as UTC. */
    private static ZoneId zone(Location location) {
        try {
            return ZoneId.of(location.timezone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
