package org.preptable.gateway.ops.menus;

import io.vertx.ext.web.Router;
import java.time.Clock;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.gateway.ops.locations.LocationRepository;

/** Menus, dayparts, placements and the current menu, wired once (docs/menus.md). */
public record MenuFeature(MenuService menus, DaypartService dayparts, PlacementService placements) {

    /** {@code clock}: the gateway's "now", for the current menu (tests set it). */
    public static MenuFeature create(Db db, LocationRepository locations, Clock clock) {
        MenuRepository menuRepository = new MenuRepository();
        DaypartRepository daypartRepository = new DaypartRepository();
        PlacementRepository placementRepository = new PlacementRepository();
        CurrentMenus current = new CurrentMenus(daypartRepository, placementRepository, clock);
        MenuEvents events = new MenuEvents(new EventLog(), current, locations);
        return new MenuFeature(new MenuService(db, menuRepository),
                new DaypartService(db, daypartRepository, locations, events),
                new PlacementService(db, placementRepository, menuRepository, daypartRepository, locations, current,
                        events));
    }

    public void mount(Router api, Gates gates) {
        new MenuRoutes(menus, gates).mount(api);
        new DaypartRoutes(dayparts, gates).mount(api);
        new PlacementRoutes(placements, gates).mount(api);
    }
}
