package org.preptable.gateway.ops.locations;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code locations}. */
public final class LocationRepository {

    private static final String COLUMNS =
            "id, name, timezone, saavor_store_ref, ready_hold_seconds, created_at, updated_at";

    public List<Location> list(SqlClient client) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM locations ORDER BY lower(name)").execute().await());
    }

    public Optional<Location> find(SqlClient client, UUID id) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM locations WHERE id = $1")
                .execute(Tuple.of(id)).await());
    }

    /** Sends the lookup without waiting, so the webhook can pipeline it with its first writes. */
    public Future<Optional<Location>> sendFindByStoreRef(SqlClient client, String saavorStoreRef) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM locations WHERE saavor_store_ref = $1")
                .execute(Tuple.of(saavorStoreRef)).map(LocationRepository::one);
    }

    public Location insert(SqlClient client, LocationInput input) {
        return one(client.preparedQuery("INSERT INTO locations (name, timezone, saavor_store_ref, ready_hold_seconds)"
                        + " VALUES ($1, $2, $3, $4) RETURNING " + COLUMNS)
                .execute(Tuple.of(input.name(), input.timezone(), input.saavorStoreRef(), input.readyHoldSeconds()))
                .await()).orElseThrow();
    }

    public Location update(SqlClient client, UUID id, LocationInput input) {
        return one(client.preparedQuery("UPDATE locations SET name = $2, timezone = $3, saavor_store_ref = $4,"
                        + " ready_hold_seconds = $5, updated_at = now() WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id, input.name(), input.timezone(), input.saavorStoreRef(), input.readyHoldSeconds()))
                .await()).orElseThrow();
    }

    public void delete(SqlClient client, UUID id) {
        client.preparedQuery("DELETE FROM locations WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /** What still belongs to the location, for a 409 that says why it cannot go. */
    public long storeCount(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT count(*) FROM stores WHERE location_id = $1").execute(Tuple.of(id)).await()
                .iterator().next().getLong(0);
    }

    public boolean nameTaken(SqlClient client, String name, UUID except) {
        return client.preparedQuery("SELECT 1 FROM locations WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2")
                .execute(Tuple.of(name, except)).await().rowCount() > 0;
    }

    public boolean storeRefTaken(SqlClient client, String ref, UUID except) {
        return client.preparedQuery("SELECT 1 FROM locations WHERE saavor_store_ref = $1 AND id IS DISTINCT FROM $2")
                .execute(Tuple.of(ref, except)).await().rowCount() > 0;
    }

    private static Optional<Location> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Location> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(LocationRepository::map).toList();
    }

    private static Location map(Row row) {
        return new Location(row.getUUID("id"), row.getString("name"), row.getString("timezone"),
                row.getString("saavor_store_ref"), row.getInteger("ready_hold_seconds"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
