package org.preptable.gateway.ops.stores;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code stores}. */
public final class StoreRepository {

    private static final String COLUMNS = "id, location_id, name, created_at, updated_at";

    /** All stores, or one location's; the caller filters by scope. */
    public List<Store> list(SqlClient client, UUID locationId) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM stores WHERE ($1::uuid IS NULL OR location_id = $1)"
                + " ORDER BY location_id, lower(name)").execute(Tuple.of(locationId)).await());
    }

    public Optional<Store> find(SqlClient client, UUID id) {
        return sendFind(client, id).await();
    }

    /** {@link #find} without waiting, to pipeline with the statements that follow it. */
    public Future<Optional<Store>> sendFind(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM stores WHERE id = $1").execute(Tuple.of(id))
                .map(StoreRepository::one);
    }

    public Store insert(SqlClient client, UUID locationId, String name) {
        return one(client.preparedQuery("INSERT INTO stores (location_id, name) VALUES ($1, $2) RETURNING " + COLUMNS)
                .execute(Tuple.of(locationId, name)).await()).orElseThrow();
    }

    public Store rename(SqlClient client, UUID id, String name) {
        return one(client.preparedQuery("UPDATE stores SET name = $2, updated_at = now() WHERE id = $1 RETURNING "
                + COLUMNS).execute(Tuple.of(id, name)).await()).orElseThrow();
    }

    public void delete(SqlClient client, UUID id) {
        client.preparedQuery("DELETE FROM stores WHERE id = $1").execute(Tuple.of(id)).await();
    }

    public boolean nameTaken(SqlClient client, UUID locationId, String name, UUID except) {
        return client.preparedQuery("SELECT 1 FROM stores WHERE location_id = $1 AND lower(name) = lower($2)"
                + " AND id IS DISTINCT FROM $3").execute(Tuple.of(locationId, name, except)).await().rowCount() > 0;
    }

    /** Whether the store has stock or history, which deleting it would lose. */
    public boolean hasLedger(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT 1 FROM stock_movements WHERE store_id = $1 LIMIT 1")
                .execute(Tuple.of(id)).await().rowCount() > 0;
    }

    private static Optional<Store> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Store> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(StoreRepository::map).toList();
    }

    private static Store map(Row row) {
        return new Store(row.getUUID("id"), row.getUUID("location_id"), row.getString("name"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
