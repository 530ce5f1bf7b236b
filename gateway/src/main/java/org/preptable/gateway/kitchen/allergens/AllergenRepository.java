package org.preptable.gateway.kitchen.allergens;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** SQL for {@code allergens}. Callers pass a pool for reads or a transaction for writes. */
public final class AllergenRepository {

    private static final String COLUMNS = "id, name_da, name_en, description_da, description_en, display_number";

    public List<Allergen> list(SqlClient client) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM allergens ORDER BY display_number")
                .execute().await());
    }

    /** Allergens whose Danish or English name contains {@code query}, any case; no LIKE wildcards. */
    public List<Allergen> search(SqlClient client, String query) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM allergens"
                        + " WHERE strpos(lower(name_da), lower($1)) > 0 OR strpos(lower(name_en), lower($1)) > 0"
                        + " ORDER BY display_number")
                .execute(Tuple.of(query)).await());
    }

    public Optional<Allergen> find(SqlClient client, long id) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM allergens WHERE id = $1")
                .execute(Tuple.of(id)).await());
    }

    /** The row, locked until the transaction ends, so a concurrent delete waits instead of vanishing it. */
    public Optional<Allergen> lock(SqlClient transaction, long id) {
        return one(transaction.preparedQuery("SELECT " + COLUMNS + " FROM allergens WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(id)).await());
    }

    /**
     * Blocks other writers until the transaction ends, so two concurrent seeds cannot both find the table empty.
     * Readers are not blocked.
     */
    public void lockAgainstWrites(SqlClient transaction) {
        transaction.query("LOCK TABLE allergens IN SHARE ROW EXCLUSIVE MODE").execute().await();
    }

    public boolean any(SqlClient client) {
        return client.preparedQuery("SELECT 1 FROM allergens LIMIT 1").execute().await().rowCount() > 0;
    }

    /** Whether an allergen other than {@code except} (may be null) has this Danish name in any case. */
    public boolean danishNameTaken(SqlClient client, String name, Long except) {
        return exists(client, "lower(name_da) = lower($1)", name, except);
    }

    public boolean englishNameTaken(SqlClient client, String name, Long except) {
        return exists(client, "lower(name_en) = lower($1)", name, except);
    }

    public boolean displayNumberTaken(SqlClient client, int displayNumber, Long except) {
        return exists(client, "display_number = $1", displayNumber, except);
    }

    public Allergen insert(SqlClient client, AllergenInput input) {
        return one(client.preparedQuery("INSERT INTO allergens"
                        + " (name_da, name_en, description_da, description_en, display_number)"
                        + " VALUES ($1, $2, $3, $4, $5) RETURNING " + COLUMNS)
                .execute(Tuple.of(input.nameDA(), input.nameEN(), input.descriptionDA(), input.descriptionEN(),
                        input.displayNumber())).await()).orElseThrow();
    }

    public Allergen update(SqlClient client, long id, AllergenInput input) {
        return one(client.preparedQuery("UPDATE allergens SET name_da = $2, name_en = $3, description_da = $4,"
                        + " description_en = $5, display_number = $6, updated_at = now()"
                        + " WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id, input.nameDA(), input.nameEN(), input.descriptionDA(), input.descriptionEN(),
                        input.displayNumber())).await()).orElseThrow();
    }

    /** What else carries the allergen: dishes and dish suggestions, counted. */
    public Map<String, Long> references(SqlClient client, long id) {
        Row row = client.preparedQuery("""
                        SELECT (SELECT count(*) FROM dish_allergens WHERE allergen_id = $1) AS dishes,
                               (SELECT count(*) FROM dish_suggestion_allergens WHERE allergen_id = $1) AS suggestions""")
                .execute(Tuple.of(id)).await().iterator().next();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        counts.put("dish(es)", row.getLong("dishes"));
        counts.put("dish suggestion(s)", row.getLong("suggestions"));
        return counts;
    }

    public void delete(SqlClient client, long id) {
        client.preparedQuery("DELETE FROM allergens WHERE id = $1").execute(Tuple.of(id)).await();
    }

    private static boolean exists(SqlClient client, String condition, Object value, Long except) {
        return client.preparedQuery("SELECT 1 FROM allergens WHERE " + condition
                        + " AND ($2::bigint IS NULL OR id <> $2)")
                .execute(Tuple.of(value, except)).await().rowCount() > 0;
    }

    private static Optional<Allergen> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Allergen> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(AllergenRepository::map).toList();
    }

    private static Allergen map(Row row) {
        return new Allergen(row.getLong("id"), row.getString("name_da"), row.getString("name_en"),
                row.getString("description_da"), row.getString("description_en"), row.getInteger("display_number"));
    }
}
