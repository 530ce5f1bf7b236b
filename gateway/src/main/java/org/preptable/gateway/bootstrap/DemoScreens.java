package org.preptable.gateway.bootstrap;

import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kds.screens.ScreenRepository;
import org.preptable.gateway.kds.screens.ScreenService;
import org.preptable.gateway.kds.screens.ScreenService.Settings;
import org.preptable.gateway.ops.locations.LocationService;

/**
 * Harlingen's kitchen screens, configured centrally: one per station and an expo that sees them all. A kiosk whose
 * device file says {@code kiosk.screen=grill} shows the grill's tickets with the grill's timings; the steaks get
 * longer before they turn amber and red.
 */
final class DemoScreens {

    private DemoScreens() {
    }

    static void load(Db db, LocationService locations, UUID harlingen, Map<String, Long> stations) {
        ScreenService screens = new ScreenService(db, new ScreenRepository(), locations);
        AuditActor actor = AuditActor.system("demo data");
        screens.put(DemoData.LOADER, harlingen, "hot", new Settings(stations.get("Hot Kitchen"), 300, 600), actor);
        screens.put(DemoData.LOADER, harlingen, "grill", new Settings(stations.get("Grill"), 480, 900), actor);
        screens.put(DemoData.LOADER, harlingen, "cold", new Settings(stations.get("Cold Kitchen"), 240, 480), actor);
        screens.put(DemoData.LOADER, harlingen, "pastry", new Settings(stations.get("Pastry"), 240, 480), actor);
        screens.put(DemoData.LOADER, harlingen, "expo", new Settings(null, 420, 720), actor);
    }
}
