package org.preptable.gateway.ops.inventory;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.audit.AuditActor;

/** SQL for stock levels ({@code store_items}) and the ledger ({@code stock_movements}). */
public final class InventoryRepository {

    /**
     * One row per item level in a store, with the par level of the store's location (null when not watched). The
     * rows go to {@link LevelViews} as they are, which writes them into the JSON body without a record or map per row.
     */
    private static final String LEVELS = """
            SELECT si.store_id, s.name AS store_name, s.location_id, l.name AS location_name, si.item_id, i.sku,
                   i.name AS item_name, i.unit, i.category, si.quantity, p.par_level, p.reorder_threshold,
                   si.updated_at
            FROM store_items si
            JOIN stores s ON s.id = si.store_id
            JOIN locations l ON l.id = s.location_id
            JOIN items i ON i.id = si.item_id
            LEFT JOIN item_par_levels p ON p.item_id = si.item_id AND p.location_id = s.location_id
            """;

    private static final String MOVEMENT_COLUMNS = "m.id, m.seq, m.store_id, m.item_id, i.name AS item_name, m.delta,"
            + " m.quantity_after, m.reason, m.waste_reason, m.note, m.actor_email, m.created_at";

    public Future<List<Row>> sendStoreLevels(SqlClient client, UUID storeId) {
        return client.preparedQuery(LEVELS + " WHERE si.store_id = $1 ORDER BY lower(i.name), i.sku")
                .execute(Tuple.of(storeId)).map(InventoryRepository::rows);
    }

    public List<Row> itemLevels(SqlClient client, UUID itemId) {
        return levels(client, LEVELS + " WHERE si.item_id = $1 ORDER BY lower(l.name), lower(s.name)", Tuple.of(itemId));
    }

    /** An item's rows follow each other (the SKU is unique), so {@link LevelViews} can total them per item. */
    public List<Row> locationLevels(SqlClient client, UUID locationId) {
        return levels(client, LEVELS + " WHERE s.location_id = $1 ORDER BY lower(i.name), i.sku, lower(s.name)",
                Tuple.of(locationId));
    }

    /** Locks the store item's level row (creating it at zero) and returns the level. */
    public BigDecimal lockLevel(SqlClient tx, UUID storeId, UUID itemId) {
        return sendLockLevel(tx, storeId, itemId).await();
    }

    /** {@link #lockLevel} without waiting: both statements go out at once, the second answers. */
    public Future<BigDecimal> sendLockLevel(SqlClient tx, UUID storeId, UUID itemId) {
        Future<?> created = tx.preparedQuery(
                        "INSERT INTO store_items (store_id, item_id, quantity) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(storeId, itemId));
        Future<BigDecimal> locked = tx.preparedQuery(
                        "SELECT quantity FROM store_items WHERE store_id = $1 AND item_id = $2 FOR UPDATE")
                .execute(Tuple.of(storeId, itemId)).map(rows -> rows.iterator().next().getBigDecimal("quantity"));
        // when the insert fails (no such store or item), its error is the one that explains
        return Future.join(created, locked).transform(done -> created.failed()
                ? Future.failedFuture(created.cause()) : locked);
    }

    public Future<?> sendWriteLevel(SqlClient tx, UUID storeId, UUID itemId, BigDecimal quantity) {
        return tx.preparedQuery(
                        "UPDATE store_items SET quantity = $3, updated_at = now() WHERE store_id = $1 AND item_id = $2")
                .execute(Tuple.of(storeId, itemId, quantity));
    }

    /** Inserts a ledger row with the id the caller chose, so other statements can name it before it answers. */
    public Future<Movement> sendInsertMovement(SqlClient tx, UUID id, UUID storeId, UUID itemId, BigDecimal delta,
                                               BigDecimal after, String reason, String wasteReason, String note,
                                               AuditActor actor) {
        return tx.preparedQuery("""
                        WITH m AS (
                          INSERT INTO stock_movements (id, store_id, item_id, delta, quantity_after, reason,
                                                       waste_reason, note, actor_id, actor_email)
                          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *)
                        SELECT\s""" + MOVEMENT_COLUMNS + " FROM m JOIN items i ON i.id = m.item_id")
                .execute(Tuple.from(new Object[] {id, storeId, itemId, delta, after, reason, wasteReason, note,
                        actor.userId(), actor.email()}))
                .map(rows -> movement(rows.iterator().next()));
    }

    /** A page of a store's ledger, newest first; {@code beforeSeq} continues from a previous page. */
    public List<Movement> movements(SqlClient client, UUID storeId, Long beforeSeq, UUID itemId, String reason,
                                    int limit) {
        var rows = client.preparedQuery("SELECT " + MOVEMENT_COLUMNS + " FROM stock_movements m"
                        + " JOIN items i ON i.id = m.item_id WHERE m.store_id = $1"
                        + " AND ($2::bigint IS NULL OR m.seq < $2) AND ($3::uuid IS NULL OR m.item_id = $3)"
                        + " AND ($4::text IS NULL OR m.reason = $4) ORDER BY m.seq DESC LIMIT $5")
                .execute(Tuple.of(storeId, beforeSeq, itemId, reason, limit)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(InventoryRepository::movement).toList();
    }

    private static List<Row> levels(SqlClient client, String sql, Tuple arguments) {
        return rows(client.preparedQuery(sql).execute(arguments).await());
    }

    private static List<Row> rows(RowSet<Row> rows) {
        List<Row> list = new ArrayList<>(rows.size());
        rows.forEach(list::add);
        return list;
    }

    private static Movement movement(Row row) {
        return new Movement(row.getUUID("id"), row.getLong("seq"), row.getUUID("store_id"), row.getUUID("item_id"),
                row.getString("item_name"), row.getBigDecimal("delta"), row.getBigDecimal("quantity_after"),
                row.getString("reason"), row.getString("waste_reason"), row.getString("note"),
                row.getString("actor_email"), row.getOffsetDateTime("created_at").toInstant());
    }
}
