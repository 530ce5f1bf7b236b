package org.preptable.gateway.ops.purchasing;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.ops.purchasing.PurchaseOrder.Line;

/** SQL for {@code purchase_orders} and their lines. */
public final class PurchaseOrderRepository {

    private static final String HEADER = """
            SELECT po.id, po.number, po.location_id, po.vendor_id, v.name AS vendor_name, po.store_id, po.status,
                   po.notes, po.expected_on, po.submitted_at, po.received_at, po.cancelled_at, po.created_at,
                   po.updated_at
            FROM purchase_orders po JOIN vendors v ON v.id = po.vendor_id
            """;

    /** The orders matching the filters (null: any), newest first, with their lines. */
    public List<PurchaseOrder> list(SqlClient client, UUID locationId, String status, UUID vendorId) {
        return withLines(client, headers(client.preparedQuery(HEADER
                        + " WHERE ($1::uuid IS NULL OR po.location_id = $1) AND ($2::text IS NULL OR po.status = $2)"
                        + " AND ($3::uuid IS NULL OR po.vendor_id = $3) ORDER BY po.created_at DESC, po.number DESC")
                .execute(Tuple.of(locationId, status, vendorId)).await()));
    }

    public Optional<PurchaseOrder> find(SqlClient client, UUID id) {
        return withLines(client, headers(client.preparedQuery(HEADER + " WHERE po.id = $1")
                .execute(Tuple.of(id)).await())).stream().findFirst();
    }

    /**
     * Locks the order's row until the transaction ends: every write of an order takes this lock first, so a second
     * receive waits for the first and then sees it received. False when there is no such order.
     */
    public boolean lock(SqlClient tx, UUID id) {
        return tx.preparedQuery("SELECT 1 FROM purchase_orders WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .await().rowCount() > 0;
    }

    public UUID insert(SqlClient tx, PurchaseOrderInput.Draft draft, UUID createdBy) {
        return tx.preparedQuery("INSERT INTO purchase_orders (location_id, vendor_id, store_id, notes, expected_on,"
                        + " created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
                .execute(Tuple.from(new Object[] {draft.locationId(), draft.vendorId(), draft.storeId(), draft.notes(),
                        draft.expectedOn(), createdBy})).await().iterator().next().getUUID("id");
    }

    public void update(SqlClient tx, UUID id, PurchaseOrderInput.Draft draft) {
        tx.preparedQuery("UPDATE purchase_orders SET location_id = $2, vendor_id = $3, store_id = $4, notes = $5,"
                        + " expected_on = $6, updated_at = now() WHERE id = $1")
                .execute(Tuple.from(new Object[] {id, draft.locationId(), draft.vendorId(), draft.storeId(),
                        draft.notes(), draft.expectedOn()})).await();
    }

    /** Replaces the lines with these, in this order. */
    public void replaceLines(SqlClient tx, UUID id, List<Line> lines) {
        tx.preparedQuery("DELETE FROM purchase_order_lines WHERE po_id = $1").execute(Tuple.of(id)).await();
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            rows.add(Tuple.of(id, i + 1, line.itemId(), line.quantity(), line.packSize(), line.packPriceCents()));
        }
        tx.preparedQuery("INSERT INTO purchase_order_lines (po_id, position, item_id, quantity, pack_size,"
                + " pack_price_cents) VALUES ($1, $2, $3, $4, $5, $6)").executeBatch(rows).await();
    }

    /** Moves the order to {@code status}, stamping the matching time; {@code storeId} is kept unless given. */
    public void setStatus(SqlClient tx, UUID id, String status, UUID storeId) {
        tx.preparedQuery("""
                        UPDATE purchase_orders SET status = $2, store_id = coalesce($3, store_id),
                            submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE submitted_at END,
                            received_at = CASE WHEN $2 = 'received' THEN now() ELSE received_at END,
                            cancelled_at = CASE WHEN $2 = 'cancelled' THEN now() ELSE cancelled_at END,
                            updated_at = now()
                        WHERE id = $1""")
                .execute(Tuple.of(id, status, storeId)).await();
    }

    public void delete(SqlClient tx, UUID id) {
        tx.preparedQuery("DELETE FROM purchase_orders WHERE id = $1").execute(Tuple.of(id)).await();
    }

    private static List<PurchaseOrder> withLines(SqlClient client, List<PurchaseOrder> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<UUID, List<Line>> lines = new HashMap<>();
        for (Row row : client.preparedQuery("""
                        SELECT l.po_id, l.item_id, i.name, i.sku, i.unit, l.quantity, l.pack_size, l.pack_price_cents
                        FROM purchase_order_lines l JOIN items i ON i.id = l.item_id
                        WHERE l.po_id = ANY($1) ORDER BY l.po_id, l.position""")
                .execute(Tuple.of(orders.stream().map(PurchaseOrder::id).toArray(UUID[]::new))).await()) {
            lines.computeIfAbsent(row.getUUID("po_id"), key -> new ArrayList<>()).add(new Line(row.getUUID("item_id"),
                    row.getString("name"), row.getString("sku"), row.getString("unit"), row.getBigDecimal("quantity"),
                    row.getBigDecimal("pack_size"), row.getLong("pack_price_cents")));
        }
        return orders.stream().map(po -> po.withLines(List.copyOf(lines.getOrDefault(po.id(), List.of())))).toList();
    }

    private static List<PurchaseOrder> headers(RowSet<Row> rows) {
        List<PurchaseOrder> orders = new ArrayList<>();
        for (Row row : rows) {
            orders.add(new PurchaseOrder(row.getUUID("id"), row.getLong("number"), row.getUUID("location_id"),
                    row.getUUID("vendor_id"), row.getString("vendor_name"), row.getUUID("store_id"),
                    row.getString("status"), row.getString("notes"), row.getLocalDate("expected_on"), List.of(),
                    instant(row.getOffsetDateTime("submitted_at")), instant(row.getOffsetDateTime("received_at")),
                    instant(row.getOffsetDateTime("cancelled_at")), instant(row.getOffsetDateTime("created_at")),
                    instant(row.getOffsetDateTime("updated_at"))));
        }
        return orders;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
