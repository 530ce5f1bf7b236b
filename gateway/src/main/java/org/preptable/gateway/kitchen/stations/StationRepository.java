package org.preptable.gateway.kitchen.stations;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** SQL for {@code stations} and {@code station_item_codes}. Callers pass a pool for reads, a transaction for writes. */
public final class StationRepository {

    private static final String COLUMNS = "id, name, description, created_at, updated_at";

    /** A code that belongs to a station other than the one being changed. */
    public record TakenCode(String itemCode, long stationId, String stationName) {
    }

    public List<Station> list(SqlClient client) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM stations ORDER BY lower(name), id")
                .execute().await());
    }

    public Optional<Station> find(SqlClient client, long id) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM stations WHERE id = $1")
                .execute(Tuple.of(id)).await());
    }

    /** Locks the row, so people cannot be assigned to it and its codes cannot change until the transaction ends. */
    public Optional<Station> lock(SqlClient transaction, long id) {
        return one(transaction.preparedQuery("SELECT " + COLUMNS + " FROM stations WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(id)).await());
    }

    /** The station whose whole name matches, else the first (by name) whose name contains {@code query}; any case. */
    public Optional<Station> findByName(SqlClient client, String query) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM stations"
                        + " WHERE strpos(lower(name), lower($1)) > 0"
                        + " ORDER BY lower(name) = lower($1) DESC, lower(name), id LIMIT 1")
                .execute(Tuple.of(query)).await());
    }

    /** Whether another station (not {@code except}, which may be null) has this whole name in any case. */
    public boolean nameTaken(SqlClient client, String name, Long except) {
        return client.preparedQuery("SELECT 1 FROM stations WHERE lower(name) = lower($1)"
                        + " AND ($2::bigint IS NULL OR id <> $2)")
                .execute(Tuple.of(name, except)).await().rowCount() > 0;
    }

    public Station insert(SqlClient client, StationInput input) {
        return one(client.preparedQuery("INSERT INTO stations (name, description) VALUES ($1, $2)"
                        + " RETURNING " + COLUMNS)
                .execute(Tuple.of(input.name(), input.description())).await()).orElseThrow();
    }

    public Station update(SqlClient client, long id, StationInput input) {
        return one(client.preparedQuery("UPDATE stations SET name = $2, description = $3, updated_at = now()"
                        + " WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id, input.name(), input.description())).await()).orElseThrow();
    }

    /** Deletes the station and, by cascade, its item codes. */
    public void delete(SqlClient client, long id) {
        client.preparedQuery("DELETE FROM stations WHERE id = $1").execute(Tuple.of(id)).await();
    }

    public long userCount(SqlClient client, long id) {
        return client.preparedQuery("SELECT count(*) AS n FROM users WHERE station_id = $1")
                .execute(Tuple.of(id)).await().iterator().next().getLong("n");
    }

    /** What else points at the station: dishes, dish suggestions and weekly-menu slots, counted. */
    public Map<String, Long> references(SqlClient client, long id) {
        Row row = client.preparedQuery("""
                        SELECT (SELECT count(*) FROM dishes WHERE station_id = $1) AS dishes,
                               (SELECT count(*) FROM dish_suggestions WHERE station_id = $1) AS suggestions,
                               (SELECT count(*) FROM weekly_menu_slots WHERE station_id = $1) AS slots""")
                .execute(Tuple.of(id)).await().iterator().next();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        counts.put("dish(es)", row.getLong("dishes"));
        counts.put("dish suggestion(s)", row.getLong("suggestions"));
        counts.put("weekly-menu slot(s)", row.getLong("slots"));
        return counts;
    }

    public List<StationStats> stats(SqlClient client) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT s.id, s.name, s.description, count(u.id) AS user_count
                        FROM stations s LEFT JOIN users u ON u.station_id = s.id
                        GROUP BY s.id ORDER BY lower(s.name), s.id""")
                .execute().await();
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> new StationStats(row.getLong("id"), row.getString("name"), row.getString("description"),
                        row.getLong("user_count")))
                .toList();
    }

    /** Sorted byte-wise, as the service sorts a new list, whatever the database's collation. */
    public List<String> itemCodes(SqlClient client, long stationId) {
        RowSet<Row> rows = client.preparedQuery("SELECT item_code FROM station_item_codes WHERE station_id = $1"
                        + " ORDER BY item_code COLLATE \"C\"")
                .execute(Tuple.of(stationId)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getString("item_code")).toList();
    }

    /** The first of {@code codes} (alphabetically) that another station already prepares. */
    public Optional<TakenCode> takenElsewhere(SqlClient client, long stationId, List<String> codes) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT c.item_code, s.id, s.name
                        FROM station_item_codes c JOIN stations s ON s.id = c.station_id
                        WHERE c.item_code = ANY($1) AND c.station_id <> $2
                        ORDER BY c.item_code LIMIT 1""")
                .execute(Tuple.tuple().addArrayOfString(codes.toArray(String[]::new)).addLong(stationId)).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new TakenCode(row.getString("item_code"), row.getLong("id"), row.getString("name")));
    }

    public void replaceItemCodes(SqlClient transaction, long stationId, List<String> codes) {
        transaction.preparedQuery("DELETE FROM station_item_codes WHERE station_id = $1")
                .execute(Tuple.of(stationId)).await();
        transaction.preparedQuery("""
                        INSERT INTO station_item_codes (item_code, station_id)
                        SELECT code, $2 FROM unnest($1::text[]) AS codes(code)""")
                .execute(Tuple.tuple().addArrayOfString(codes.toArray(String[]::new)).addLong(stationId)).await();
    }

    private static Optional<Station> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Station> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(StationRepository::map).toList();
    }

    private static Station map(Row row) {
        OffsetDateTime updatedAt = row.getOffsetDateTime("updated_at");
        return new Station(row.getLong("id"), row.getString("name"), row.getString("description"),
                row.getOffsetDateTime("created_at").toInstant(), updatedAt == null ? null : updatedAt.toInstant());
    }
}
