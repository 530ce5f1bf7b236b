package org.preptable.gateway.bootstrap;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.weeklymenus.MenuInput;
import org.preptable.gateway.kitchen.weeklymenus.MenuRepository;
import org.preptable.gateway.kitchen.weeklymenus.MenuService;
import org.preptable.gateway.kitchen.weeklymenus.SlotInput;
import org.preptable.gateway.kitchen.weeklymenus.WeeklyMenu;

/**
 * The demo kitchen's weekly menus: this week's published, next week's a draft, Monday to Friday at Hot Kitchen,
 * Cold Kitchen and Pastry, made of the dish bank's active, translated dishes (the demo never calls a translation
 * service). Built through the menu service, so the audit log tells how. A bank without such dishes gets no menus.
 */
final class DemoMenus {

    private static final AuditActor ACTOR = AuditActor.system("demo data");
    private static final List<String> STATIONS = List.of("Hot Kitchen", "Cold Kitchen", "Pastry");
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** A dish that may go on a demo menu, at its station. */
    private record Dish(long id, long stationId) {
    }

    private DemoMenus() {
    }

    static void load(Db db, KitchenCalendar calendar) {
        Map<String, List<Dish>> byStation = dishes(db);
        if (byStation.isEmpty()) {
            return;
        }
        MenuService menus = new MenuService(db, new MenuRepository(), calendar);
        KitchenCalendar.Week thisWeek = calendar.currentWeek();
        WeeklyMenu published = menu(menus, thisWeek, byStation, 0);
        menus.publish(published.id(), headChef(db), ACTOR);
        // Next week's draft rotates the dishes, so the two weeks differ wherever a station has more than one.
        menu(menus, thisWeek.next(), byStation, 2);
    }

    private static WeeklyMenu menu(MenuService menus, KitchenCalendar.Week week, Map<String, List<Dish>> byStation,
                                   int offset) {
        WeeklyMenu menu = menus.create(new MenuInput(week.week(), week.year()), ACTOR);
        for (int day = 0; day < WEEKDAYS.size(); day++) {
            for (List<Dish> dishes : byStation.values()) {
                Dish dish = dishes.get((day + offset) % dishes.size());
                menu = menus.addSlot(menu.id(), new SlotInput(WEEKDAYS.get(day).name(), dish.stationId(), dish.id()),
                        ACTOR);
            }
        }
        return menu;
    }

    /** The active dishes with both English texts, per demo station (in the order above), oldest first. */
    private static Map<String, List<Dish>> dishes(Db db) {
        RowSet<Row> rows = db.pool().preparedQuery("""
                        SELECT d.id, d.station_id, s.name AS station_name
                        FROM dishes d JOIN stations s ON s.id = d.station_id
                        WHERE d.active AND s.name = ANY($1)
                          AND coalesce(btrim(d.name_en), '') <> '' AND coalesce(btrim(d.description_en), '') <> ''
                        ORDER BY d.id""")
                .execute(Tuple.tuple().addArrayOfString(STATIONS.toArray(String[]::new))).await();
        Map<String, List<Dish>> byStation = new LinkedHashMap<>();
        STATIONS.forEach(station -> byStation.put(station, new ArrayList<>()));
        for (Row row : rows) {
            byStation.get(row.getString("station_name"))
                    .add(new Dish(row.getLong("id"), row.getLong("station_id")));
        }
        byStation.values().removeIf(List::isEmpty);
        return byStation;
    }

    /** The first head chef (the first admin): who published this week's menu. */
    private static UUID headChef(Db db) {
        RowSet<Row> rows = db.pool().preparedQuery("SELECT id FROM users WHERE role = 'admin' AND status = 'active'"
                + " ORDER BY number LIMIT 1").execute().await();
        return rows.rowCount() == 0 ? null : rows.iterator().next().getUUID("id");
    }
}
