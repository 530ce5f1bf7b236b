package org.preptable.gateway.kds.orders;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.model.kds.KitchenOrder;

/**
 * A screen's rush key (issue 17): marks an order on the screens {@code rush} or back to {@code normal}. Saavor's own
 * priority flag reaches the same column through the projector.
 */
public final class PriorityService {

    private final Db db;
    private final OrderRepository orders;
    private final OrderActionRepository actions;
    private final Transitions transitions;
    private final EventLog events;

    public PriorityService(Db db, OrderRepository orders, OrderActionRepository actions, Transitions transitions,
                           EventLog events) {
        this.db = db;
        this.orders = orders;
        this.actions = actions;
        this.transitions = transitions;
        this.events = events;
    }

    /** {@code rush} or {@code normal} (any case); anything else is a 400 naming the two. */
    public static String parse(String raw) {
        String priority = raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
        if (!KitchenOrder.RUSH.equals(priority) && !KitchenOrder.NORMAL.equals(priority)) {
            throw ApiError.badRequest("priority must be rush or normal, got: " + raw);
        }
        return priority;
    }

    /**
     * Sets the order's priority. Only an order still on the screens (queued, preparing or ready, not handed off) can
     * change: otherwise a 409 naming its state, with the order. Setting the priority it already has changes nothing:
     * no audit row and no event, the order is answered as it is.
     */
    public KitchenOrder set(CurrentUser caller, UUID locationId, UUID orderId, String priority, AuditActor actor) {
        LocationScope.requireWrite(caller, locationId);
        return db.tx(tx -> {
            OrderActionRepository.ActionHead head = actions.lock(tx, locationId, orderId)
                    .orElseThrow(() -> ApiError.notFound("Order with ID " + orderId + " was not found."));
            if (!head.onScreens()) {
                throw new ApiError(409, "Only an order on the kitchen screens can change its priority; this one is "
                        + head.describe(), Map.of("order", orders.load(tx, orderId).orElseThrow()));
            }
            if (priority.equals(head.priority())) {
                return orders.load(tx, orderId).orElseThrow();
            }
            actions.setPriority(tx, orderId, priority);
            KitchenOrder updated = orders.load(tx, orderId).orElseThrow();
            events.append(tx, locationId, "order.updated", updated);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("priority", priority);
            String screen = transitions.screenName(tx, caller.sessionId());
            if (screen != null) {
                after.put("screen", screen); // which screen's rush key, as a bump's audit row says
            }
            AuditLog.record(tx, actor, AuditEvent.change("priority", "grill_orders", orderId,
                    Map.of("priority", head.priority()), after));
            return updated;
        });
    }
}
