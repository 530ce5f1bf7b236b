package org.preptable.gateway.ops.menus;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code dayparts}. */
public final class DaypartRepository {

    private static final String COLUMNS = "id, location_id, name, start_time, end_time, created_at, updated_at";

    /** A location's dayparts by start time. */
    public List<Daypart> list(SqlClient client, UUID locationId) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM dayparts WHERE location_id = $1"
                + " ORDER BY start_time, lower(name)").execute(Tuple.of(locationId)).await());
    }

    public Optional<Daypart> find(SqlClient client, UUID id) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM dayparts WHERE id = $1").execute(Tuple.of(id))
                .await());
    }

    public Daypart insert(SqlClient client, UUID locationId, DaypartInput.Valid input) {
        return one(client.preparedQuery("INSERT INTO dayparts (location_id, name, start_time, end_time)"
                        + " VALUES ($1, $2, $3, $4) RETURNING " + COLUMNS)
                .execute(Tuple.of(locationId, input.name(), input.start(), input.end())).await()).orElseThrow();
    }

    public Daypart update(SqlClient client, UUID id, DaypartInput.Valid input) {
        return one(client.preparedQuery("UPDATE dayparts SET name = $2, start_time = $3, end_time = $4,"
                        + " updated_at = now() WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id, input.name(), input.start(), input.end())).await()).orElseThrow();
    }

    public void delete(SqlClient client, UUID id) {
        client.preparedQuery("DELETE FROM dayparts WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /** How many placements use the daypart, and the names of their menus, for the 409 that refuses its deletion. */
    public Use use(SqlClient client, UUID id) {
        Row row = client.preparedQuery("SELECT count(*) AS placements,"
                        + " coalesce(string_agg(DISTINCT m.name, ', '), '') AS menus"
                        + " FROM placements p JOIN menus m ON m.id = p.menu_id WHERE p.daypart_id = $1")
                .execute(Tuple.of(id)).await().iterator().next();
        return new Use(row.getLong("placements"), row.getString("menus"));
    }

    record Use(long placements, String menus) {
    }

    private static Optional<Daypart> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Daypart> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(DaypartRepository::map).toList();
    }

    private static Daypart map(Row row) {
        return new Daypart(row.getUUID("id"), row.getUUID("location_id"), row.getString("name"),
                row.getLocalTime("start_time"), row.getLocalTime("end_time"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
