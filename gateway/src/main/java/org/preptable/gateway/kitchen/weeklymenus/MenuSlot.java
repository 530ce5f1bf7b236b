package org.preptable.gateway.kitchen.weeklymenus;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;

/** One place on a menu: a day, a station and a dish, or no dish yet (a placeholder). */
public record MenuSlot(long id, long menuId, DayOfWeek day, long stationId, String stationName, MenuDish dish) {

    Map<String, Object> view() {
        Map<String, Object> station = new LinkedHashMap<>();
        station.put("id", stationId);
        station.put("name", stationName);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("menuSlotId", id);
        view.put("dayOfWeek", day.name());
        view.put("station", station);
        view.put("menuDish", dish == null ? null : dish.view());
        return view;
    }

    /** The row as the audit log keeps it. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("menu_id", menuId);
        fields.put("day_of_week", day.name());
        fields.put("station_id", stationId);
        fields.put("dish_id", dish == null ? null : dish.id());
        return fields;
    }
}
