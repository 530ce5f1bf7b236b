package org.preptable.gateway.ops.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import static org.assertj.core.api.Assertions.assertThat;

import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.Sql;

/**
 * Meals (through the API), and menus, dayparts, placements, cost history and vendors (with SQL, while those routes
 * are built elsewhere in issue 16) for the menu-health tests; locations, items, par and stock go through the API
 * ({@code OpsFixtures}). Cost history is written with SQL on purpose: the check reads it against the test's fixed
 * clock, so its rows need times the API (which stamps the database's clock) cannot give.
 */
final class HealthFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Sql sql;
    private final ApiClient admin;
    private final UUID menu;

    HealthFixtures(Sql sql, ApiClient api) {
        this.sql = sql;
        this.admin = api.as(api.admin());
        this.menu = UUID.fromString(sql.text("INSERT INTO menus (name) VALUES (?) RETURNING id",
                "Health menu " + COUNTER.incrementAndGet()));
    }

    /** A unique name, as meal names and categories are unique across the install's catalogue. */
    static String unique(String name) {
        return name + " " + COUNTER.incrementAndGet();
    }

    /** {@code POST /meals} with these components ({@link #item}, {@link #meal(UUID, double)}). */
    @SafeVarargs
    final UUID meal(String name, String category, Map<String, Object>... components) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("category", category);
        body.put("components", List.of(components));
        ApiResponse created = admin.post("/meals", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    static Map<String, Object> item(UUID item, double quantity) {
        return Map.of("item_id", item.toString(), "quantity", quantity);
    }

    static Map<String, Object> meal(UUID meal, double quantity) {
        return Map.of("meal_id", meal.toString(), "quantity", quantity);
    }

    /**
     * A meal whose current plate cost is {@code unitCostCents} and whose cost history is only what the test writes
     * with {@link #cost}. The cost is set directly because vendor prices (what would move it) are another route's.
     */
    @SafeVarargs
    final UUID pricedMeal(String name, long unitCostCents, Map<String, Object>... components) {
        UUID meal = meal(name, null, components);
        sql.execute("UPDATE meals SET unit_cost_cents = ? WHERE id = ?", unitCostCents, meal);
        sql.execute("DELETE FROM meal_cost_history WHERE meal_id = ?", meal);
        return meal;
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
