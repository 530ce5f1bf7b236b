package org.preptable.gateway.kitchen.dishes;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.dishes.Refs.DishAllergen;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.gateway.kitchen.dishes.Refs.StationRef;

/** SQL for {@code dishes} and {@code dish_allergens}. Callers pass a pool for reads, a transaction for writes. */
public final class DishRepository {

    /**
     * A dish {@code d} with its station's name, its creator and its allergens (by display number) in one row. The
     * allergens come as JSON text, so {@link DishViews} can copy them into a list's body without decoding them into
     * objects first.
     */
    private static final String SELECT = """
            SELECT d.id, d.name_da, d.name_en, d.description_da, d.description_en, d.station_id,
                   s.name AS station_name, d.created_by, u.number AS creator_number,
                   u.first_name AS creator_first_name, u.last_name AS creator_last_name, d.active, d.origin_week,
                   d.origin_year, d.created_at, d.updated_at,
                   coalesce((SELECT json_agg(json_build_object('id', a.id, 'nameDA', a.name_da, 'nameEN', a.name_en,
                                                               'displayNumber', a.display_number)
                                             ORDER BY a.display_number, a.id)
                             FROM dish_allergens da JOIN allergens a ON a.id = da.allergen_id
                             WHERE da.dish_id = d.id), '[]'::json)::text AS allergens
            FROM dishes d JOIN stations s ON s.id = d.station_id JOIN users u ON u.id = d.created_by
            """;
    private static final String BY_NAME = " ORDER BY lower(d.name_da), d.id";

    /** A weekly menu that places a dish. */
    public record MenuUse(int week, int year, String status) {
    }

    /**
     * Every dish, optionally only one station's and only active (or inactive) ones, by Danish name: the rows as they
     * are, for {@link DishViews} to write straight into the body.
     */
    public List<Row> list(SqlClient client, Long stationId, Boolean active) {
        RowSet<Row> rows = client.preparedQuery(SELECT + " WHERE ($1::bigint IS NULL OR d.station_id = $1)"
                        + " AND ($2::boolean IS NULL OR d.active = $2)" + BY_NAME)
                .execute(Tuple.of(stationId, active)).await();
        List<Row> list = new ArrayList<>(rows.size());
        rows.forEach(list::add);
        return list;
    }

    /** Active dishes whose Danish or English name contains {@code query}, any case; no LIKE wildcards. */
    public List<Dish> searchActive(SqlClient client, String query) {
        return all(client.preparedQuery(SELECT + " WHERE d.active AND (strpos(lower(d.name_da), lower($1)) > 0"
                        + " OR strpos(lower(coalesce(d.name_en, '')), lower($1)) > 0)" + BY_NAME)
                .execute(Tuple.of(query)).await());
    }

    /** Active dishes that originate in {@code week} or earlier, by station name and then Danish name. */
    public List<Dish> activeUpTo(SqlClient client, Week week) {
        return all(client.preparedQuery(SELECT + " WHERE d.active AND (d.origin_year < $2"
                        + " OR d.origin_year = $2 AND d.origin_week <= $1)"
                        + " ORDER BY lower(s.name), s.id, lower(d.name_da), d.id")
                .execute(Tuple.of(week.week(), week.year())).await());
    }

    public List<Dish> active(SqlClient client) {
        return all(client.preparedQuery(SELECT + " WHERE d.active ORDER BY lower(s.name), s.id, lower(d.name_da), d.id")
                .execute().await());
    }

    public Optional<Dish> find(SqlClient client, long id) {
        return one(client.preparedQuery(SELECT + " WHERE d.id = $1").execute(Tuple.of(id)).await());
    }

    /** Locks the dish row until the transaction ends, so a concurrent change or delete waits for this one. */
    public Optional<Dish> lock(SqlClient transaction, long id) {
        return one(transaction.preparedQuery(SELECT + " WHERE d.id = $1 FOR UPDATE OF d")
                .execute(Tuple.of(id)).await());
    }

    public boolean stationExists(SqlClient client, long stationId) {
        return client.preparedQuery("SELECT 1 FROM stations WHERE id = $1").execute(Tuple.of(stationId)).await()
                .rowCount() > 0;
    }

    /** The first of {@code ids} (in the order given) that is not an allergen, if any. */
    public Optional<Long> firstUnknownAllergen(SqlClient client, List<Long> ids) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT t.id FROM unnest($1::bigint[]) WITH ORDINALITY AS t(id, n)
                        WHERE NOT EXISTS (SELECT 1 FROM allergens a WHERE a.id = t.id) ORDER BY t.n LIMIT 1""")
                .execute(Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new))).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("id"));
    }

    /** Inserts a dish (active) and its allergens; returns its id. */
    public long insert(SqlClient transaction, String nameDa, String nameEn, String descriptionDa,
                       String descriptionEn, long stationId, UUID createdBy, Week origin, List<Long> allergenIds) {
        long id = transaction.preparedQuery("""
                        INSERT INTO dishes (name_da, name_en, description_da, description_en, station_id, created_by,
                                            origin_week, origin_year)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""")
                .execute(Tuple.from(new Object[] {nameDa, nameEn, descriptionDa, descriptionEn, stationId, createdBy,
                        origin.week(), origin.year()}))
                .await().iterator().next().getLong("id");
        addAllergens(transaction, id, allergenIds);
        return id;
    }

    /** Replaces texts and allergens ({@code PUT}: a full replacement). */
    public void update(SqlClient transaction, long id, String nameDa, String nameEn, String descriptionDa,
                       String descriptionEn, List<Long> allergenIds) {
        transaction.preparedQuery("UPDATE dishes SET name_da = $2, name_en = $3, description_da = $4,"
                        + " description_en = $5, updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, nameDa, nameEn, descriptionDa, descriptionEn)).await();
        transaction.preparedQuery("DELETE FROM dish_allergens WHERE dish_id = $1").execute(Tuple.of(id)).await();
        addAllergens(transaction, id, allergenIds);
    }

    public void setActive(SqlClient transaction, long id, boolean active) {
        transaction.preparedQuery("UPDATE dishes SET active = $2, updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, active)).await();
    }

    /** Deletes the dish and, by cascade, its allergen rows. */
    public void delete(SqlClient transaction, long id) {
        transaction.preparedQuery("DELETE FROM dishes WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /** The weekly menus (any status) with a slot holding the dish, oldest week first. */
    public List<MenuUse> menus(SqlClient client, long id) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT DISTINCT m.id, m.week_number, m.year, m.status FROM weekly_menus m
                        JOIN weekly_menu_slots s ON s.menu_id = m.id
                        WHERE s.dish_id = $1 ORDER BY m.year, m.week_number""")
                .execute(Tuple.of(id)).await();
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> new MenuUse(row.getInteger("week_number"), row.getInteger("year"), row.getString("status")))
                .toList();
    }

    /** The latest published week, up to and including {@code upTo}, whose menu served the dish. */
    public Optional<Week> lastServed(SqlClient client, long id, Week upTo) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT m.week_number, m.year FROM weekly_menus m JOIN weekly_menu_slots s ON s.menu_id = m.id
                        WHERE s.dish_id = $1 AND m.status = 'PUBLISHED'
                          AND (m.year < $3 OR m.year = $3 AND m.week_number <= $2)
                        ORDER BY m.year DESC, m.week_number DESC LIMIT 1""")
                .execute(Tuple.of(id, upTo.week(), upTo.year())).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new Week(row.getInteger("week_number"), row.getInteger("year")));
    }

    private static void addAllergens(SqlClient transaction, long id, List<Long> allergenIds) {
        if (allergenIds.isEmpty()) {
            return;
        }
        transaction.preparedQuery("INSERT INTO dish_allergens (dish_id, allergen_id)"
                        + " SELECT $1, a FROM unnest($2::bigint[]) AS ids(a) ON CONFLICT DO NOTHING")
                .execute(Tuple.tuple().addLong(id).addArrayOfLong(allergenIds.toArray(Long[]::new))).await();
    }

    private static Optional<Dish> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Dish> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(DishRepository::map).toList();
    }

    private static Dish map(Row row) {
        OffsetDateTime updatedAt = row.getOffsetDateTime("updated_at");
        return new Dish(row.getLong("id"), row.getString("name_da"), row.getString("name_en"),
                row.getString("description_da"), row.getString("description_en"),
                new StationRef(row.getLong("station_id"), row.getString("station_name")), row.getUUID("created_by"),
                new Person(row.getLong("creator_number"), row.getString("creator_first_name"),
                        row.getString("creator_last_name")),
                DishAllergen.fromJson(new JsonArray(row.getString("allergens"))), row.getBoolean("active"),
                row.getInteger("origin_week"), row.getInteger("origin_year"),
                row.getOffsetDateTime("created_at").toInstant(), updatedAt == null ? null : updatedAt.toInstant());
    }
}
