package org.preptable.gateway.ops.items;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for the {@code items} catalog. */
public final class ItemRepository {

    private static final String COLUMNS = "id, sku, name, unit, category, unit_cost_cents, created_at, updated_at";

    public List<Item> list(SqlClient client, String search, String category) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM items"
                        + " WHERE ($1::text IS NULL OR name ILIKE '%' || $1 || '%' OR sku ILIKE '%' || $1 || '%')"
                        + " AND ($2::text IS NULL OR lower(category) = lower($2)) ORDER BY lower(name), sku")
                .execute(Tuple.of(search, category)).await());
    }

    public Optional<Item> find(SqlClient client, UUID id) {
        return sendFind(client, id).await();
    }

    /** {@link #find} without waiting, to pipeline with the statements that follow it. */
    public Future<Optional<Item>> sendFind(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM items WHERE id = $1").execute(Tuple.of(id))
                .map(ItemRepository::one);
    }

    public Item insert(SqlClient client, ItemInput input) {
        return one(client.preparedQuery("INSERT INTO items (sku, name, unit, category) VALUES ($1, $2, $3, $4)"
                        + " RETURNING " + COLUMNS)
                .execute(Tuple.of(input.sku(), input.name(), input.unit(), input.category())).await()).orElseThrow();
    }

    public Item update(SqlClient client, UUID id, ItemInput input) {
        return one(client.preparedQuery("UPDATE items SET sku = $2, name = $3, unit = $4, category = $5,"
                        + " updated_at = now() WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id, input.sku(), input.name(), input.unit(), input.category())).await()).orElseThrow();
    }

    public void delete(SqlClient client, UUID id) {
        client.preparedQuery("DELETE FROM items WHERE id = $1").execute(Tuple.of(id)).await();
    }

    public Optional<Item> findBySku(SqlClient client, String sku) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM items WHERE upper(sku) = upper($1)")
                .execute(Tuple.of(sku)).await());
    }

    public boolean hasLedger(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT 1 FROM stock_movements WHERE item_id = $1 LIMIT 1")
                .execute(Tuple.of(id)).await().rowCount() > 0;
    }

    /**
     * What still refers to the item, in words for a 409: meals whose bill of materials holds it, menus placing it,
     * purchase orders with a line of it, vendors pricing it (at most a few of each).
     */
    public List<String> usedBy(SqlClient client, UUID id) {
        RowSet<Row> rows = client.preparedQuery("""
                        (SELECT 'meal ''' || m.name || '''' AS what FROM meal_components c JOIN meals m ON m.id = c.meal_id
                         WHERE c.item_id = $1 ORDER BY m.name LIMIT 3)
                        UNION ALL
                        (SELECT DISTINCT 'menu ''' || mn.name || ''' at ' || l.name FROM placements p
                         JOIN menus mn ON mn.id = p.menu_id JOIN locations l ON l.id = p.location_id
                         WHERE p.item_id = $1 LIMIT 3)
                        UNION ALL
                        (SELECT 'purchase order ' || o.number || ' (' || o.status || ')' FROM purchase_order_lines pl
                         JOIN purchase_orders o ON o.id = pl.po_id WHERE pl.item_id = $1 ORDER BY o.number LIMIT 3)
                        UNION ALL
                        (SELECT 'vendor ''' || v.name || '''' FROM vendor_items vi JOIN vendors v ON v.id = vi.vendor_id
                         WHERE vi.item_id = $1 ORDER BY v.name LIMIT 3)""")
                .execute(Tuple.of(id)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getString("what")).toList();
    }

    private static Optional<Item> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Item> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(ItemRepository::map).toList();
    }

    static Item map(Row row) {
        return new Item(row.getUUID("id"), row.getString("sku"), row.getString("name"), row.getString("unit"),
                row.getString("category"), row.getLong("unit_cost_cents"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
