package org.preptable.gateway.ops.meals;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.ops.meals.MealInput.Component;
import org.preptable.gateway.ops.meals.MealInput.Valid;

/** SQL for {@code meals}, {@code meal_components}, {@code meal_allergens} and the routing of a meal's item code. */
public final class MealRepository {

    /** A meal {@code m} with its station (through its item code), allergens and components in one row. */
    private static final String SELECT = """
            SELECT m.id, m.name, m.description, m.category, m.item_code, m.unit_cost_cents, m.cost_complete,
                   m.created_at, m.updated_at, s.id AS station_id, s.name AS station_name,
                   coalesce((SELECT json_agg(json_build_object('id', a.id, 'display_number', a.display_number,
                                 'name_da', a.name_da, 'name_en', a.name_en) ORDER BY a.display_number)
                             FROM meal_allergens ma JOIN allergens a ON a.id = ma.allergen_id
                             WHERE ma.meal_id = m.id), '[]'::json) AS allergens,
                   coalesce((SELECT json_agg(json_build_object(
                                 'kind', CASE WHEN c.item_id IS NULL THEN 'meal' ELSE 'item' END,
                                 'id', coalesce(c.item_id, c.component_meal_id),
                                 'name', coalesce(i.name, sub.name),
                                 'quantity', c.quantity::text,
                                 'unit', CASE WHEN c.item_id IS NULL THEN 'portion' ELSE i.unit END,
                                 'unit_cost_cents', CASE WHEN c.item_id IS NULL THEN sub.unit_cost_cents
                                                         ELSE i.unit_cost_cents END) ORDER BY c.position)
                             FROM meal_components c
                             LEFT JOIN items i ON i.id = c.item_id
                             LEFT JOIN meals sub ON sub.id = c.component_meal_id
                             WHERE c.meal_id = m.id), '[]'::json) AS components
            FROM meals m
            LEFT JOIN station_item_codes sc ON sc.item_code = m.item_code
            LEFT JOIN stations s ON s.id = sc.station_id
            """;

    public List<Meal> list(SqlClient client, String search, String category) {
        return all(client.preparedQuery(SELECT
                        + " WHERE ($1::text IS NULL OR m.name ILIKE '%' || $1 || '%' OR m.item_code ILIKE '%' || $1 || '%')"
                        + " AND ($2::text IS NULL OR lower(m.category) = lower($2)) ORDER BY lower(m.name)")
                .execute(Tuple.of(search, category)).await());
    }

    public Optional<Meal> find(SqlClient client, UUID id) {
        RowSet<Row> rows = client.preparedQuery(SELECT + " WHERE m.id = $1").execute(Tuple.of(id)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    /** Locks the meal row so two writers of one meal (or of its bill) take turns; false when it does not exist. */
    public boolean lock(SqlClient tx, UUID id) {
        return tx.preparedQuery("SELECT 1 FROM meals WHERE id = $1 FOR UPDATE").execute(Tuple.of(id)).await()
                .rowCount() > 0;
    }

    public Optional<String> nameTaken(SqlClient client, String name, UUID except) {
        return first(client.preparedQuery("SELECT name FROM meals WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2")
                .execute(Tuple.of(name, except)).await(), "name");
    }

    public Optional<String> codeTaken(SqlClient client, String code, UUID except) {
        return first(client.preparedQuery("SELECT name FROM meals WHERE item_code = $1 AND id IS DISTINCT FROM $2")
                .execute(Tuple.of(code, except)).await(), "name");
    }

    public UUID insert(SqlClient tx, Valid input) {
        return tx.preparedQuery("INSERT INTO meals (name, description, category, item_code) VALUES ($1, $2, $3, $4)"
                        + " RETURNING id")
                .execute(Tuple.of(input.name(), input.description(), input.category(), input.itemCode())).await()
                .iterator().next().getUUID("id");
    }

    public void update(SqlClient tx, UUID id, Valid input) {
        tx.preparedQuery("UPDATE meals SET name = $2, description = $3, category = $4, item_code = $5,"
                        + " updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, input.name(), input.description(), input.category(), input.itemCode())).await();
    }

    public void delete(SqlClient tx, UUID id) {
        tx.preparedQuery("DELETE FROM meals WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /** Replaces the bill of materials and the allergens. */
    public void replaceParts(SqlClient tx, UUID id, List<Component> components, List<Long> allergenIds) {
        tx.preparedQuery("DELETE FROM meal_components WHERE meal_id = $1").execute(Tuple.of(id)).await();
        tx.preparedQuery("DELETE FROM meal_allergens WHERE meal_id = $1").execute(Tuple.of(id)).await();
        if (!components.isEmpty()) {
            List<Tuple> rows = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                Component c = components.get(i);
                rows.add(Tuple.of(id, i + 1, c.itemId(), c.mealId(), c.quantity()));
            }
            tx.preparedQuery("INSERT INTO meal_components (meal_id, position, item_id, component_meal_id, quantity)"
                    + " VALUES ($1, $2, $3, $4, $5)").executeBatch(rows).await();
        }
        if (!allergenIds.isEmpty()) {
            tx.preparedQuery("INSERT INTO meal_allergens (meal_id, allergen_id) SELECT $1, unnest($2::bigint[])")
                    .execute(Tuple.of(id, (Object) allergenIds.toArray(Long[]::new))).await();
        }
    }

    /** The first of {@code ids} that is not an item (or, with {@code meals}, not a meal). */
    public Optional<UUID> firstMissing(SqlClient client, List<UUID> ids, boolean meals) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String table = meals ? "meals" : "items";
        RowSet<Row> rows = client.preparedQuery("SELECT t.id FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " x WHERE x.id = t.id) ORDER BY t.n LIMIT 1")
                .execute(Tuple.of((Object) ids.toArray(UUID[]::new))).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("id"));
    }

    public Optional<Long> firstMissingAllergen(SqlClient client, List<Long> ids) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        RowSet<Row> rows = client.preparedQuery("SELECT t.id FROM unnest($1::bigint[]) WITH ORDINALITY AS t(id, n)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM allergens a WHERE a.id = t.id) ORDER BY t.n LIMIT 1")
                .execute(Tuple.of((Object) ids.toArray(Long[]::new))).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("id"));
    }

    /**
     * A path of meals from one of {@code components} down to {@code mealId}, if the meal is inside one of them:
     * adding them would make the meal contain itself. The path starts at the component and ends at the meal.
     */
    public Optional<List<String>> pathDownTo(SqlClient client, UUID mealId, List<UUID> components) {
        RowSet<Row> rows = client.preparedQuery("""
                        WITH RECURSIVE down(meal_id, path) AS (
                            SELECT c, ARRAY[c] FROM unnest($2::uuid[]) AS c
                            UNION ALL
                            SELECT mc.component_meal_id, down.path || mc.component_meal_id
                            FROM meal_components mc JOIN down ON mc.meal_id = down.meal_id
                            WHERE mc.component_meal_id IS NOT NULL AND NOT mc.component_meal_id = ANY(down.path)
                              AND cardinality(down.path) < 64
                        )
                        SELECT (SELECT array_agg(m.name ORDER BY p.n) FROM unnest(path) WITH ORDINALITY AS p(id, n)
                                JOIN meals m ON m.id = p.id) AS names
                        FROM down WHERE meal_id = $1 ORDER BY cardinality(path) LIMIT 1""")
                .execute(Tuple.of(mealId, (Object) components.toArray(UUID[]::new))).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(List.of(rows.iterator().next().getArrayOfStrings("names")));
    }

    /** Where else the meal is used: names of the meals containing it, and the menus placing it (with location). */
    public List<String> usedBy(SqlClient client, UUID mealId) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT 'meal ''' || m.name || '''' AS what FROM meal_components c JOIN meals m ON m.id = c.meal_id
                        WHERE c.component_meal_id = $1
                        UNION ALL
                        SELECT DISTINCT 'menu ''' || mn.name || ''' at ' || l.name FROM placements p
                        JOIN menus mn ON mn.id = p.menu_id JOIN locations l ON l.id = p.location_id
                        WHERE p.meal_id = $1
                        ORDER BY 1 LIMIT 6""")
                .execute(Tuple.of(mealId)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getString("what")).toList();
    }

    /** The station id's name, if it is a station. */
    public Optional<String> stationName(SqlClient client, long stationId) {
        return first(client.preparedQuery("SELECT name FROM stations WHERE id = $1").execute(Tuple.of(stationId))
                .await(), "name");
    }

    /** The station a code routes to now, if any. */
    public Optional<Long> routedStation(SqlClient client, String code) {
        RowSet<Row> rows = client.preparedQuery("SELECT station_id FROM station_item_codes WHERE item_code = $1")
                .execute(Tuple.of(code)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("station_id"));
    }

    public void route(SqlClient tx, String code, long stationId) {
        tx.preparedQuery("INSERT INTO station_item_codes (item_code, station_id) VALUES ($1, $2)"
                + " ON CONFLICT (item_code) DO UPDATE SET station_id = excluded.station_id")
                .execute(Tuple.of(code, stationId)).await();
    }

    public void unroute(SqlClient tx, String code) {
        tx.preparedQuery("DELETE FROM station_item_codes WHERE item_code = $1").execute(Tuple.of(code)).await();
    }

    private static Optional<String> first(RowSet<Row> rows, String column) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(column));
    }

    private static List<Meal> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(MealRepository::map).toList();
    }

    private static Meal map(Row row) {
        List<Meal.Allergen> allergens = new ArrayList<>();
        for (Object o : row.getJsonArray("allergens")) {
            JsonObject a = (JsonObject) o;
            allergens.add(new Meal.Allergen(a.getLong("id"), a.getInteger("display_number"), a.getString("name_da"),
                    a.getString("name_en")));
        }
        List<Meal.Component> components = new ArrayList<>();
        for (Object o : row.getJsonArray("components")) {
            JsonObject c = (JsonObject) o;
            components.add(new Meal.Component(c.getString("kind"), UUID.fromString(c.getString("id")),
                    c.getString("name"), new BigDecimal(c.getString("quantity")), c.getString("unit"),
                    c.getLong("unit_cost_cents")));
        }
        Long stationId = row.getLong("station_id");
        return new Meal(row.getUUID("id"), row.getString("name"), row.getString("description"),
                row.getString("category"), row.getString("item_code"), stationId, row.getString("station_name"),
                row.getLong("unit_cost_cents"), row.getBoolean("cost_complete"), allergens, components,
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
