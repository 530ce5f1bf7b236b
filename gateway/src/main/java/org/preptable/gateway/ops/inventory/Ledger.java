package org.preptable.gateway.ops.inventory;

import io.vertx.core.Future;
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
        return applyLocked(tx, actor, storeId, itemId, inventory.lockLevel(tx, storeId, itemId), change);
    }

    /**
     * The rest of {@link #apply} for a caller that already holds the row lock and read {@code before} (sent with its
     * own checks, {@link InventoryRepository#sendLockLevel}). The level, ledger and audit rows go out together.
     */
    public Movement applyLocked(SqlConnection tx, AuditActor actor, UUID storeId, UUID itemId, BigDecimal before,
                                Change change) {
        BigDecimal after = change.setTo() != null ? change.setTo() : before.add(change.delta());
        if (after.signum() < 0 && !"count_correction".equals(change.reason())) {
            throw ApiError.conflict("This would leave " + after.toPlainString() + " in stock; stock only goes below"
                    + " zero through a count correction (PUT /stores/{id}/items/{itemId} with reason count_correction)");
        }
        BigDecimal delta = after.subtract(before);
        Future<?> level = inventory.sendWriteLevel(tx, storeId, itemId, after);
        UUID id = UUID.randomUUID(); // chosen here so that the audit row can name it in the same round trip
        Future<Movement> movement = inventory.sendInsertMovement(tx, id, storeId, itemId, delta, after,
                change.reason(), change.wasteReason(), change.note(), actor);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("store_id", storeId.toString());
        row.put("item_id", itemId.toString());
        row.put("quantity_before", Quantities.shown(before));
        row.put("quantity_after", Quantities.shown(after));
        row.put("delta", Quantities.shown(delta));
        row.put("reason", change.reason());
        row.put("waste_reason", change.wasteReason());
        row.put("note", change.note());
        Future<?> audited = AuditLog.send(tx, actor, AuditEvent.create("stock_movements", id, row));
        Future.all(level, movement, audited).await();
        return movement.result();
    }
}
