package org.preptable.gateway.ops.reports;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** The two report queries: low stock at a location, and usage per item and reason in a store. */
public final class ReportRepository {

    public record LowStock(UUID itemId, String name, String sku, String unit, BigDecimal currentStock,
                           BigDecimal parLevel) {
    }

    public record Usage(UUID itemId, String name, String unit, Long unitCostCents, String reason, BigDecimal used) {
    }

    /** Items watched at the location whose stock over all its stores is at or below the reorder threshold. */
    public List<LowStock> lowStock(SqlClient client, UUID locationId) {
        var rows = client.preparedQuery("""
                        SELECT i.id, i.name, i.sku, i.unit, p.par_level,
                               coalesce(sum(si.quantity), 0) AS current_stock
                        FROM item_par_levels p
                        JOIN items i ON i.id = p.item_id
                        LEFT JOIN stores s ON s.location_id = p.location_id
                        LEFT JOIN store_items si ON si.store_id = s.id AND si.item_id = p.item_id
                        WHERE p.location_id = $1
                        GROUP BY i.id, p.par_level, p.reorder_threshold
                        HAVING coalesce(sum(si.quantity), 0) <= p.reorder_threshold
                        ORDER BY p.par_level - coalesce(sum(si.quantity), 0) DESC, lower(i.name), i.sku""")
                .execute(Tuple.of(locationId)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> new LowStock(row.getUUID("id"),
                row.getString("name"), row.getString("sku"), row.getString("unit"), row.getBigDecimal("current_stock"),
                row.getBigDecimal("par_level"))).toList();
    }

    /** Sums of movement sizes per item and reason in {@code [from, to]}, for the chosen reasons. */
    public List<Usage> usage(SqlClient client, UUID storeId, Instant from, Instant to, List<String> reasons) {
        var rows = client.preparedQuery("""
                        SELECT i.id, i.name, i.unit, i.unit_cost_cents, m.reason, sum(abs(m.delta)) AS used
                        FROM stock_movements m JOIN items i ON i.id = m.item_id
                        WHERE m.store_id = $1 AND m.created_at >= $2 AND m.created_at <= $3 AND m.reason = ANY($4)
                        GROUP BY i.id, m.reason
                        ORDER BY lower(i.name), i.id""")
                .execute(Tuple.tuple().addUUID(storeId).addOffsetDateTime(from.atOffset(ZoneOffset.UTC))
                        .addOffsetDateTime(to.atOffset(ZoneOffset.UTC)).addArrayOfString(reasons.toArray(String[]::new)))
                .await();
        return StreamSupport.stream(rows.spliterator(), false).map(ReportRepository::usage).toList();
    }

    private static Usage usage(Row row) {
        return new Usage(row.getUUID("id"), row.getString("name"), row.getString("unit"),
                row.getLong("unit_cost_cents"), row.getString("reason"), row.getBigDecimal("used"));
    }
}
