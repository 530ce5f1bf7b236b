package org.preptable.gateway.ops.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.preptable.gateway.testing.Sql;

/**
 * Meals, menus, dayparts, placements, cost history and vendors for the menu-health tests, written with SQL while the
 * meals and menus routes are built elsewhere (issue 16); locations, items, par and stock go through the API
 * ({@code OpsFixtures}).
 */
final class HealthFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Sql sql;
    private final UUID menu;

    HealthFixtures(Sql sql) {
        this.sql = sql;
        this.menu = UUID.fromString(sql.text("INSERT INTO menus (name) VALUES (?) RETURNING id",
                "Health menu " + COUNTER.incrementAndGet()));
    }

    /** A unique name, as meal names and categories are unique across the install's catalogue. */
    static String unique(String name) {
        return name + " " + COUNTER.incrementAndGet();
    }

    UUID meal(String name, String category, long unitCostCents) {
        return UUID.fromString(sql.text("INSERT INTO meals (name, category, unit_cost_cents) VALUES (?, ?, ?)"
                + " RETURNING id", name, category, unitCostCents));
    }

    void itemComponent(UUID meal, int position, UUID item, double quantity) {
        sql.execute("INSERT INTO meal_components (meal_id, position, item_id, quantity) VALUES (?, ?, ?, ?)",
                meal, position, item, quantity);
    }

    void mealComponent(UUID meal, int position, UUID component, double quantity) {
        sql.execute("INSERT INTO meal_components (meal_id, position, component_meal_id, quantity) VALUES (?, ?, ?, ?)",
                meal, position, component, quantity);
    }

    void cost(UUID meal, long cents, String cause, Instant at) {
        sql.execute("INSERT INTO meal_cost_history (meal_id, unit_cost_cents, cause, recorded_at)"
                + " VALUES (?, ?, ?, ?::timestamptz)", meal, cents, cause, at.toString());
    }

    UUID daypart(UUID location, String name, String start, String end) {
        return UUID.fromString(sql.text("INSERT INTO dayparts (location_id, name, start_time, end_time)"
                + " VALUES (?, ?, ?::time, ?::time) RETURNING id", location, name, start, end));
    }

    /** A meal on these ISO weekdays (1 = Monday). */
    UUID mealOnWeekdays(UUID location, UUID daypart, UUID meal, int... weekdays) {
        return placement(location, daypart, meal, null, weekdays, new LocalDate[0], true);
    }

    /** A meal on these dates only. */
    UUID mealOnDates(UUID location, UUID daypart, UUID meal, LocalDate... dates) {
        return placement(location, daypart, meal, null, new int[0], dates, true);
    }

    UUID itemOnWeekdays(UUID location, UUID daypart, UUID item, int... weekdays) {
        return placement(location, daypart, null, item, weekdays, new LocalDate[0], true);
    }

    UUID placement(UUID location, UUID daypart, UUID meal, UUID item, int[] weekdays, LocalDate[] dates,
                   boolean available) {
        return UUID.fromString(sql.text("INSERT INTO placements (location_id, menu_id, daypart_id, meal_id, item_id,"
                        + " weekdays, dates, available) VALUES (?, ?, ?, ?, ?, ?::smallint[], ?::date[], ?) RETURNING id",
                location, menu, daypart, meal, item,
                "{" + Arrays.stream(weekdays).mapToObj(Integer::toString).collect(Collectors.joining(",")) + "}",
                "{" + Arrays.stream(dates).map(LocalDate::toString).collect(Collectors.joining(",")) + "}",
                available));
    }

    /** A vendor preferred for the item at this price per pack. */
    void preferredVendor(UUID item, String vendorName, long priceCents, double packSize) {
        UUID vendor = UUID.fromString(sql.text("INSERT INTO vendors (name) VALUES (?) RETURNING id", vendorName));
        sql.execute("INSERT INTO vendor_items (vendor_id, item_id, price_cents, pack_size, preferred)"
                + " VALUES (?, ?, ?, ?, true)", vendor, item, priceCents, packSize);
    }
}
