package org.preptable.gateway.ops.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.model.WireTime;

/** One ledger row: a signed change of one item's level in one store, and the level it left. */
public record Movement(UUID id, long seq, UUID storeId, UUID itemId, String itemName, BigDecimal delta,
                       BigDecimal quantityAfter, String reason, String wasteReason, String note, String actorEmail,
                       Instant createdAt) {

    public static final java.util.Set<String> REASONS = java.util.Set.of("receive", "adjust", "waste", "count_correction");
    public static final java.util.Set<String> WASTE_REASONS =
            java.util.Set.of("spoiled", "over_prep", "contamination", "expired", "other");

    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("store_id", storeId.toString());
        view.put("item_id", itemId.toString());
        view.put("item_name", itemName);
        view.put("delta", Quantities.shown(delta));
        view.put("quantity_after", Quantities.shown(quantityAfter));
        view.put("reason", reason);
        view.put("waste_reason", wasteReason);
        view.put("note", note);
        view.put("actor_email", actorEmail);
        view.put("created_at", WireTime.rfc3339(createdAt));
        return view;
    }
}
