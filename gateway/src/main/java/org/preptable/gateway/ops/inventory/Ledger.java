package org.preptable.gateway.ops.inventory;

import io.vertx.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.http.ApiError;

/**
 * The only way a stock level changes: lock the level row, compute the new level, write it and its ledger row and
 * its audit row in the caller's transaction. Because the row lock serializes writers of one store item, the level
 * always equals the sum of its ledger, however many cooks adjust at once.
 */
public final class Ledger {

    /** What a write asks for: a change by {@code delta}, or a new level ({@code setTo}); exactly one is given. */
    public record Change(BigDecimal delta, BigDecimal setTo, String reason, String wasteReason, String note) {

        public static Change by(BigDecimal delta, String reason, String wasteReason, String note) {
            return new Change(delta, null, reason, wasteReason, note);
        }

        public static Change to(BigDecimal quantity, String reason, String note) {
            return new Change(null, quantity, reason, null, note);
        }
    }

    private final InventoryRepository inventory;

    public Ledger(InventoryRepository inventory) {
        this.inventory = inventory;
    }

    public Movement apply(SqlConnection tx, AuditActor actor, UUID storeId, UUID itemId, Change change) {
        BigDecimal before = inventory.lockLevel(tx, storeId, itemId);
        BigDecimal after = change.setTo() != null ? change.setTo() : before.add(change.delta());
        if (after.signum() < 0 && !"count_correction".equals(change.reason())) {
            throw ApiError.conflict("This would leave " + after.toPlainString() + " in stock; stock only goes below"
                    + " zero through a count correction (PUT /stores/{id}/items/{itemId} with reason count_correction)");
        }
        inventory.writeLevel(tx, storeId, itemId, after);
        Movement movement = inventory.insertMovement(tx, storeId, itemId, after.subtract(before), after,
                change.reason(), change.wasteReason(), change.note(), actor);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("store_id", storeId.toString());
        row.put("item_id", itemId.toString());
        row.put("quantity_before", Quantities.shown(before));
        row.put("quantity_after", Quantities.shown(after));
        row.put("delta", Quantities.shown(movement.delta()));
        row.put("reason", change.reason());
        row.put("waste_reason", change.wasteReason());
        row.put("note", change.note());
        AuditLog.record(tx, actor, AuditEvent.create("stock_movements", movement.id(), row));
        return movement;
    }
}
