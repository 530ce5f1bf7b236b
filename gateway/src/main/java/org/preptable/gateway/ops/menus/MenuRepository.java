package org.preptable.gateway.ops.menus;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code menus}. */
public final class MenuRepository {

    private static final String COLUMNS = "id, name, description, created_at, updated_at";

    public List<Menu> list(SqlClient client) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM menus ORDER BY lower(name), id").execute().await());
    }

    public Optional<Menu> find(SqlClient client, UUID id) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM menus WHERE id = $1").execute(Tuple.of(id))
                .await());
    }

    /** For deletion: the row is locked, so a placement cannot start using it until the delete commits. */
    public Optional<Menu> lock(SqlClient client, UUID id) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM menus WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(id)).await());
    }

    public Optional<Menu> findByName(SqlClient client, String name) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM menus WHERE lower(name) = lower($1)")
                .execute(Tuple.of(name)).await());
    }

    public Menu insert(SqlClient client, MenuInput input) {
        return one(client.preparedQuery("INSERT INTO menus (name, description) VALUES ($1, $2) RETURNING " + COLUMNS)
                .execute(Tuple.of(input.name(), input.description())).await()).orElseThrow();
    }

    public Menu update(SqlClient client, UUID id, MenuInput input) {
        return one(client.preparedQuery("UPDATE menus SET name = $2, description = $3, updated_at = now()"
                        + " WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id, input.name(), input.description())).await()).orElseThrow();
    }

    public void delete(SqlClient client, UUID id) {
        client.preparedQuery("DELETE FROM menus WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /** The names of the locations whose placements use the menu, for the 409 that refuses its deletion. */
    public List<String> placedAt(SqlClient client, UUID id) {
        RowSet<Row> rows = client.preparedQuery("SELECT l.name FROM locations l WHERE EXISTS"
                        + " (SELECT 1 FROM placements p WHERE p.location_id = l.id AND p.menu_id = $1) ORDER BY lower(l.name)")
                .execute(Tuple.of(id)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getString("name")).toList();
    }

    private static Optional<Menu> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Menu> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(MenuRepository::map).toList();
    }

    private static Menu map(Row row) {
        return new Menu(row.getUUID("id"), row.getString("name"), row.getString("description"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
