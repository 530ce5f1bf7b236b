package org.preptable.gateway.ops.menus;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code placements}, read with the names of their menu, daypart and meal or item. */
public final class PlacementRepository {

    private static final String SELECT = """
            SELECT p.id, p.location_id, p.menu_id, m.name AS menu_name, p.daypart_id, d.name AS daypart_name,
                   p.meal_id, p.item_id, coalesce(ml.name, i.name) AS target_name, p.weekdays, p.dates,
                   p.price_cents, p.available, p.position, p.created_at, p.updated_at
            FROM placements p
            JOIN menus m ON m.id = p.menu_id
            JOIN dayparts d ON d.id = p.daypart_id
            LEFT JOIN meals ml ON ml.id = p.meal_id
            LEFT JOIN items i ON i.id = p.item_id""";

    /** A location's placements, optionally of one daypart and/or menu, by daypart start, position and name. */
    public List<Placement> list(SqlClient client, UUID locationId, UUID daypartId, UUID menuId) {
        return all(client.preparedQuery(SELECT + " WHERE p.location_id = $1"
                        + " AND ($2::uuid IS NULL OR p.daypart_id = $2) AND ($3::uuid IS NULL OR p.menu_id = $3)"
                        + " ORDER BY d.start_time, p.position, lower(coalesce(ml.name, i.name)), p.id")
                .execute(Tuple.of(locationId, daypartId, menuId)).await());
    }

    public Optional<Placement> find(SqlClient client, UUID id) {
        RowSet<Row> rows = client.preparedQuery(SELECT + " WHERE p.id = $1").execute(Tuple.of(id)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    public UUID insert(SqlClient client, UUID locationId, PlacementInput.Valid input) {
        return client.preparedQuery("INSERT INTO placements (location_id, menu_id, daypart_id, meal_id, item_id,"
                        + " weekdays, dates, price_cents, available, position)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id")
                .execute(values(locationId, input)).await().iterator().next().getUUID("id");
    }

    public void update(SqlClient client, UUID id, PlacementInput.Valid input) {
        client.preparedQuery("UPDATE placements SET menu_id = $2, daypart_id = $3, meal_id = $4, item_id = $5,"
                        + " weekdays = $6, dates = $7, price_cents = $8, available = $9, position = $10,"
                        + " updated_at = now() WHERE id = $1")
                .execute(values(id, input)).await();
    }

    public void delete(SqlClient client, UUID id) {
        client.preparedQuery("DELETE FROM placements WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /** The name of a meal, if there is one with this id. */
    public Optional<String> mealName(SqlClient client, UUID id) {
        return name(client, "SELECT name FROM meals WHERE id = $1", id);
    }

    /** The name of an item, if there is one with this id. */
    public Optional<String> itemName(SqlClient client, UUID id) {
        return name(client, "SELECT name FROM items WHERE id = $1", id);
    }

    /** One line of the current menu, before its allergens are added. */
    record Live(UUID placementId, UUID mealId, UUID itemId, String name, String description, Long priceCents,
                boolean available) {
    }

    /**
     * The placements of a daypart served on a day: its ISO weekday is among the placement's weekdays, or its date
     * among the dates. Ordered by position, then name.
     */
    public List<Live> live(SqlClient client, UUID locationId, UUID daypartId, LocalDate serviceDay) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT p.id, p.meal_id, p.item_id, coalesce(ml.name, i.name) AS name,
                               ml.description, p.price_cents, p.available
                        FROM placements p
                        LEFT JOIN meals ml ON ml.id = p.meal_id
                        LEFT JOIN items i ON i.id = p.item_id
                        WHERE p.location_id = $1 AND p.daypart_id = $2
                          AND ($3::smallint = ANY (p.weekdays) OR $4::date = ANY (p.dates))
                        ORDER BY p.position, lower(coalesce(ml.name, i.name)), p.id""")
                .execute(Tuple.of(locationId, daypartId, (short) serviceDay.getDayOfWeek().getValue(), serviceDay))
                .await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> new Live(row.getUUID("id"),
                row.getUUID("meal_id"), row.getUUID("item_id"), row.getString("name"), row.getString("description"),
                row.getLong("price_cents"), row.getBoolean("available"))).toList();
    }

    /** The allergens of these meals, in the shape of the order lines' allergens, by display number. */
    public Map<UUID, List<Map<String, Object>>> allergens(SqlClient client, List<UUID> mealIds) {
        Map<UUID, List<Map<String, Object>>> byMeal = new LinkedHashMap<>();
        if (mealIds.isEmpty()) {
            return byMeal;
        }
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT ma.meal_id, a.id, a.display_number, a.name_da, a.name_en
                        FROM meal_allergens ma JOIN allergens a ON a.id = ma.allergen_id
                        WHERE ma.meal_id = ANY ($1::uuid[])
                        ORDER BY a.display_number, a.id""")
                .execute(Tuple.of(mealIds.toArray(UUID[]::new))).await();
        for (Row row : rows) {
            Map<String, Object> allergen = new LinkedHashMap<>();
            allergen.put("id", row.getLong("id"));
            allergen.put("display_number", row.getInteger("display_number"));
            allergen.put("name_da", row.getString("name_da"));
            allergen.put("name_en", row.getString("name_en"));
            byMeal.computeIfAbsent(row.getUUID("meal_id"), meal -> new java.util.ArrayList<>()).add(allergen);
        }
        return byMeal;
    }

    private static Optional<String> name(SqlClient client, String sql, UUID id) {
        RowSet<Row> rows = client.preparedQuery(sql).execute(Tuple.of(id)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("name"));
    }

    private static Tuple values(UUID first, PlacementInput.Valid input) {
        return Tuple.from(new Object[] {first, input.menuId(), input.daypartId(), input.mealId(), input.itemId(),
                input.weekdays().stream().map(Integer::shortValue).toArray(Short[]::new),
                input.dates().toArray(LocalDate[]::new), input.priceCents(), input.available(), input.position()});
    }

    private static List<Placement> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(PlacementRepository::map).toList();
    }

    private static Placement map(Row row) {
        Short[] weekdays = row.getArrayOfShorts("weekdays");
        LocalDate[] dates = row.getArrayOfLocalDates("dates");
        return new Placement(row.getUUID("id"), row.getUUID("location_id"), row.getUUID("menu_id"),
                row.getString("menu_name"), row.getUUID("daypart_id"), row.getString("daypart_name"),
                row.getUUID("meal_id"), row.getUUID("item_id"), row.getString("target_name"),
                Arrays.stream(weekdays).map(Short::intValue).toList(), Arrays.asList(dates),
                row.getLong("price_cents"), row.getBoolean("available"), row.getInteger("position"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
