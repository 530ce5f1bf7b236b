package org.preptable.gateway.kitchen.weeklymenus;

import java.time.DayOfWeek;
import org.preptable.gateway.http.ApiError;

/** The body of {@code POST /weekly-menus/{id}/slots}; no {@code dishId} makes a placeholder slot. */
public record SlotInput(String dayOfWeek, Long stationId, Long dishId) {

    /** A checked slot: the day parsed, the ids positive. */
    record Valid(DayOfWeek day, long stationId, Long dishId) {
    }

    Valid validated() {
        if (dayOfWeek == null || dayOfWeek.isBlank()) {
            throw ApiError.badRequest("Day of week cannot be null.");
        }
        DayOfWeek day = day(dayOfWeek);
        if (stationId == null || stationId <= 0) {
            throw ApiError.badRequest("Invalid station ID: must be provided and greater than 0");
        }
        return new Valid(day, stationId, SlotChange.dish(dishId));
    }

    /** The names the reference takes: MONDAY..SUNDAY, exactly (its Jackson enum was case-sensitive too). */
    private static DayOfWeek day(String raw) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(raw)) {
                return day;
            }
        }
        throw ApiError.badRequest("Invalid day of week: " + raw + "; use MONDAY, TUESDAY, ... SUNDAY");
    }
}
