package org.preptable.gateway.kitchen.weeklymenus;

import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;

/** The body of {@code POST /weekly-menus}: the ISO week the menu is for. */
public record MenuInput(Integer week, Integer year) {

    /** Both required (the reference answered a missing one with a 500), then the calendar's range rules. */
    KitchenCalendar.Week validated() {
        if (week == null) {
            throw ApiError.badRequest("Week is required");
        }
        if (year == null) {
            throw ApiError.badRequest("Year is required");
        }
        return KitchenCalendar.week(week, year);
    }
}
