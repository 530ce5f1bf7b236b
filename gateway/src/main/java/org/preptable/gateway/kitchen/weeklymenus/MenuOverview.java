package org.preptable.gateway.kitchen.weeklymenus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.preptable.model.WireTime;

/** A line of the menu list: the reference's WeeklyMenuOverviewDTO. */
public record MenuOverview(long id, int week, int year, WeeklyMenu.MenuStatus status, long slotCount,
                           Instant publishedAt) {

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("weekNumber", week);
        view.put("year", year);
        view.put("menuStatus", status.name());
        view.put("slotCount", slotCount);
        view.put("publishedAt", publishedAt == null ? null : WireTime.kitchen(publishedAt, ZoneId.systemDefault()));
        return view;
    }
}
