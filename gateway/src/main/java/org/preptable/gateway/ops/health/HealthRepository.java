package org.preptable.gateway.ops.health;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The menu-health reads: a location's schedule, the meal catalogue, cost history, stock and bills of materials. */
final class HealthRepository {

    record Daypart(UUID id, String name, LocalTime start, LocalTime end) {
    }

    record Placement(UUID id, UUID daypartId, UUID mealId, UUID itemId, Set<Integer> weekdays, Set<LocalDate> dates,
                     boolean available) {

        /** Scheduled on a day: its ISO weekday is listed, or the date itself is. */
        boolean scheduledOn(LocalDate day) {
            return weekdays.contains(day.getDayOfWeek().getValue()) || dates.contains(day);
        }
    }

    record Meal(UUID id, String name, String category, long unitCostCents) {
    }

    /** A row of a meal's cost history; {@code newest} marks the latest change (up to now) of that meal. */
    record CostEntry(UUID mealId, long unitCostCents, String cause, Instant recordedAt, boolean newest) {
    }

    record StockedItem(UUID id, String name, String sku, String unit, BigDecimal parLevel, BigDecimal stock) {
    }

    record NamedRef(UUID id, String name) {
    }

    /** An item somewhere in a meal's bill of materials, with its preferred vendor's offer (vendor null if none). */
    record ItemSource(UUID mealId, UUID itemId, String itemName, String unit, String vendorName, Long priceCents,
                      BigDecimal packSize) {
    }

    /** The location's dayparts in service order. */
    List<Daypart> dayparts(SqlClient client, UUID locationId) {
        return all(client.preparedQuery("""
                        SELECT id, name, start_time, end_time FROM dayparts WHERE location_id = $1
                        ORDER BY start_time, lower(name), id""")
                .execute(Tuple.of(locationId)).await(), row -> new Daypart(row.getUUID("id"), row.getString("name"),
                row.getLocalTime("start_time"), row.getLocalTime("end_time")));
    }

    /** The location's placements whose daypart is one of the location's own. */
    List<Placement> placements(SqlClient client, UUID locationId) {
        return all(client.preparedQuery("""
                        SELECT p.id, p.daypart_id, p.meal_id, p.item_id, p.weekdays, p.dates, p.available
                        FROM placements p JOIN dayparts d ON d.id = p.daypart_id AND d.location_id = p.location_id
                        WHERE p.location_id = $1
                        ORDER BY p.id""")
                .execute(Tuple.of(locationId)).await(), row -> new Placement(row.getUUID("id"),
                row.getUUID("daypart_id"), row.getUUID("meal_id"), row.getUUID("item_id"),
                Arrays.stream(row.getArrayOfShorts("weekdays")).map(Short::intValue).collect(Collectors.toSet()),
                Set.of(row.getArrayOfLocalDates("dates")), row.getBoolean("available")));
    }

    /** The whole (tenant-global) meal catalogue, by name. */
    List<Meal> meals(SqlClient client) {
        return all(client.query("SELECT id, name, category, unit_cost_cents FROM meals ORDER BY lower(name), id")
                .execute().await(), row -> new Meal(row.getUUID("id"), row.getString("name"),
                row.getString("category"), row.getLong("unit_cost_cents")));
    }

    /**
     * For each meal: its newest history row recorded up to {@code now}, and every other row recorded in
     * {@code [since, now]}; newest first per meal.
     */
    List<CostEntry> costHistory(SqlClient client, Collection<UUID> mealIds, Instant since, Instant now) {
        return all(client.preparedQuery("""
                        SELECT meal_id, unit_cost_cents, cause, recorded_at, rn FROM (
                            SELECT h.*, row_number() OVER (PARTITION BY meal_id ORDER BY recorded_at DESC, id DESC) AS rn
                            FROM meal_cost_history h WHERE meal_id = ANY($1) AND recorded_at <= $3) ranked
                        WHERE rn = 1 OR recorded_at >= $2
                        ORDER BY meal_id, rn""")
                .execute(Tuple.tuple().addArrayOfUUID(mealIds.toArray(UUID[]::new))
                        .addOffsetDateTime(since.atOffset(ZoneOffset.UTC)).addOffsetDateTime(now.atOffset(ZoneOffset.UTC)))
                .await(), row -> new CostEntry(row.getUUID("meal_id"), row.getLong("unit_cost_cents"),
                row.getString("cause"), row.getOffsetDateTime("recorded_at").toInstant(), row.getLong("rn") == 1));
    }

    /** Items with a positive par at the location, with their stock summed over the location's stores. */
    List<StockedItem> stockedItems(SqlClient client, UUID locationId) {
        return all(client.preparedQuery("""
                        SELECT i.id, i.name, i.sku, i.unit, p.par_level, coalesce(sum(si.quantity), 0) AS stock
                        FROM item_par_levels p
                        JOIN items i ON i.id = p.item_id
                        LEFT JOIN stores s ON s.location_id = p.location_id
                        LEFT JOIN store_items si ON si.store_id = s.id AND si.item_id = p.item_id
                        WHERE p.location_id = $1 AND p.par_level > 0
                        GROUP BY i.id, p.par_level
                        ORDER BY lower(i.name), i.id""")
                .execute(Tuple.of(locationId)).await(), row -> new StockedItem(row.getUUID("id"),
                row.getString("name"), row.getString("sku"), row.getString("unit"), row.getBigDecimal("par_level"),
                row.getBigDecimal("stock")));
    }

    /** Every item in the bills of materials of these meals, at any depth (through meals inside meals). */
    Set<UUID> itemsUsedBy(SqlClient client, Collection<UUID> mealIds) {
        if (mealIds.isEmpty()) {
            return Set.of();
        }
        // UNION (not UNION ALL) keeps each meal once, so even a cycle the meals API should have refused ends
        return all(client.preparedQuery("""
                        WITH RECURSIVE below(meal_id) AS (
                            SELECT unnest($1::uuid[])
                            UNION
                            SELECT c.component_meal_id FROM meal_components c JOIN below b ON c.meal_id = b.meal_id
                            WHERE c.component_meal_id IS NOT NULL
                        )
                        SELECT DISTINCT c.item_id FROM meal_components c JOIN below b ON c.meal_id = b.meal_id
                        WHERE c.item_id IS NOT NULL""")
                .execute(Tuple.tuple().addArrayOfUUID(mealIds.toArray(UUID[]::new))).await(),
                row -> row.getUUID("item_id")).stream().collect(Collectors.toSet());
    }

    /** For each item: the meals that use it at any depth, by name. */
    Map<UUID, List<NamedRef>> mealsUsing(SqlClient client, Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        var rows = client.preparedQuery("""
                        WITH RECURSIVE above(item_id, meal_id) AS (
                            SELECT item_id, meal_id FROM meal_components WHERE item_id = ANY($1)
                            UNION
                            SELECT a.item_id, c.meal_id FROM meal_components c JOIN above a
                                ON c.component_meal_id = a.meal_id
                        )
                        SELECT a.item_id, m.id, m.name FROM above a JOIN meals m ON m.id = a.meal_id
                        ORDER BY a.item_id, lower(m.name), m.id""")
                .execute(Tuple.tuple().addArrayOfUUID(itemIds.toArray(UUID[]::new))).await();
        Map<UUID, List<NamedRef>> byItem = new LinkedHashMap<>();
        for (Row row : rows) {
            byItem.computeIfAbsent(row.getUUID("item_id"), key -> new java.util.ArrayList<>())
                    .add(new NamedRef(row.getUUID("id"), row.getString("name")));
        }
        return byItem;
    }

    /** The items of each meal's bill of materials at any depth, with their preferred vendor, by item name. */
    List<ItemSource> itemSources(SqlClient client, Collection<UUID> mealIds) {
        if (mealIds.isEmpty()) {
            return List.of();
        }
        return all(client.preparedQuery("""
                        WITH RECURSIVE below(root, meal_id) AS (
                            SELECT id, id FROM meals WHERE id = ANY($1)
                            UNION
                            SELECT b.root, c.component_meal_id FROM meal_components c JOIN below b
                                ON c.meal_id = b.meal_id
                            WHERE c.component_meal_id IS NOT NULL
                        )
                        SELECT DISTINCT b.root, i.id, i.name, i.unit, v.name AS vendor_name, vi.price_cents,
                               vi.pack_size
                        FROM below b
                        JOIN meal_components c ON c.meal_id = b.meal_id AND c.item_id IS NOT NULL
                        JOIN items i ON i.id = c.item_id
                        LEFT JOIN vendor_items vi ON vi.item_id = i.id AND vi.preferred
                        LEFT JOIN vendors v ON v.id = vi.vendor_id
                        ORDER BY b.root, i.name, i.id""")
                .execute(Tuple.tuple().addArrayOfUUID(mealIds.toArray(UUID[]::new))).await(),
                row -> new ItemSource(row.getUUID("root"), row.getUUID("id"), row.getString("name"),
                        row.getString("unit"), row.getString("vendor_name"), row.getLong("price_cents"),
                        row.getBigDecimal("pack_size")));
    }

    private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
        return StreamSupport.stream(rows.spliterator(), false).map(mapper).toList();
    }
}
