package org.preptable.gateway.ops.menus;

import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;

/** A daily window of service at a location, in the location's local time (see {@link DayWindow}). */
public record Daypart(UUID id, UUID locationId, String name, LocalTime startTime, LocalTime endTime,
                      Instant createdAt, Instant updatedAt) {

    DayWindow window() {
        return new DayWindow(startTime, endTime);
    }

    /** What a write may change; also what the audit log keeps. */
    public Map<String, Object> fields() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("location_id", locationId.toString());
        view.put("name", name);
        view.put("start_time", DayWindow.HH_MM.format(startTime));
        view.put("end_time", DayWindow.HH_MM.format(endTime));
        return view;
    }

    public Map<String, Object> view() {
        Map<String, Object> view = fields();
        view.put("crosses_midnight", window().crossesMidnight());
        return Views.withTimestamps(view, createdAt, updatedAt);
    }

    /** The part the current menu shows: {@code {"id", "name", "start_time", "end_time"}} (DESIGN.md §3). */
    Map<String, Object> brief() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("name", name);
        view.put("start_time", DayWindow.HH_MM.format(startTime));
        view.put("end_time", DayWindow.HH_MM.format(endTime));
        return view;
    }

    /** "'Lunch' (11:00–14:00)", for messages. */
    String describe() {
        return "'" + name + "' (" + window() + ")";
    }
}
