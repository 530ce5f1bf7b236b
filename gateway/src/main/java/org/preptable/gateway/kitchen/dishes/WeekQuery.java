package org.preptable.gateway.kitchen.dishes;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;

/** The {@code week} and {@code year} query parameters, checked as the reference checks them (1..53, 2020..2100). */
public final class WeekQuery {

    private WeekQuery() {
    }

    /** Both required. */
    public static Week required(RoutingContext ctx) {
        int week = number(ctx, "week").orElseThrow(() -> missing("week"));
        int year = number(ctx, "year").orElseThrow(() -> missing("year"));
        return KitchenCalendar.week(week, year);
    }

    /** Both or neither. */
    public static Optional<Week> optional(RoutingContext ctx) {
        Optional<Integer> week = number(ctx, "week");
        Optional<Integer> year = number(ctx, "year");
        if (week.isPresent() != year.isPresent()) {
            throw ApiError.badRequest("Week and year must both be provided together");
        }
        return week.map(w -> KitchenCalendar.week(w, year.get()));
    }

    private static Optional<Integer> number(RoutingContext ctx, String name) {
        return Params.query(ctx, name).map(raw -> {
            if (raw.matches("[+-]?\\d{1,9}")) {
                return Integer.parseInt(raw);
            }
            throw ApiError.badRequest("Query parameter '" + name + "' must be a whole number, got: " + raw);
        });
    }

    private static ApiError missing(String name) {
        return ApiError.badRequest("Query parameter '" + name + "' is required");
    }
}
