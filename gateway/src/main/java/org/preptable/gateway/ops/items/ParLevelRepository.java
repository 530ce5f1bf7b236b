package org.preptable.gateway.ops.items;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code item_par_levels}: one row per item and location that watches it. */
public final class ParLevelRepository {

    public record ParLevel(UUID itemId, UUID locationId, String locationName, BigDecimal parLevel,
                           BigDecimal reorderThreshold) {
    }

    public List<ParLevel> forItem(SqlClient client, UUID itemId) {
        var rows = client.preparedQuery("""
                        SELECT p.item_id, p.location_id, l.name AS location_name, p.par_level, p.reorder_threshold
                        FROM item_par_levels p JOIN locations l ON l.id = p.location_id
                        WHERE p.item_id = $1 ORDER BY lower(l.name)""")
                .execute(Tuple.of(itemId)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(ParLevelRepository::map).toList();
    }

    /** Sets the row and returns what it was before (null when the location did not watch the item). */
    public ParLevel upsert(SqlClient tx, UUID itemId, UUID locationId, BigDecimal par, BigDecimal threshold) {
        tx.preparedQuery("""
                        INSERT INTO item_par_levels (item_id, location_id, par_level, reorder_threshold)
                        VALUES ($1, $2, $3, $4)
                        ON CONFLICT (item_id, location_id) DO UPDATE
                        SET par_level = excluded.par_level, reorder_threshold = excluded.reorder_threshold,
                            updated_at = now()""")
                .execute(Tuple.of(itemId, locationId, par, threshold)).await();
        return forItem(tx, itemId).stream().filter(p -> p.locationId().equals(locationId)).findFirst().orElseThrow();
    }

    private static ParLevel map(Row row) {
        return new ParLevel(row.getUUID("item_id"), row.getUUID("location_id"), row.getString("location_name"),
                row.getBigDecimal("par_level"), row.getBigDecimal("reorder_threshold"));
    }
}
