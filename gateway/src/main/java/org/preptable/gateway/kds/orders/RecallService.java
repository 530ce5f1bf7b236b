package org.preptable.gateway.kds.orders;

import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.gateway.ops.locations.LocationService;
import org.preptable.model.WireTime;
import org.preptable.model.kds.KitchenOrder;

/**
 * Expo's recall (issue 17): the last cleared orders, and bringing one back onto every screen. A handed-off order
 * only loses its hand-off (it is still ready); a fulfilled one returns to {@code ready}, the state it had before
 * Saavor fulfilled it. Saavor is not told: a recall is the kitchen's own correction.
 */
public final class RecallService {

    /** The most the list shows: the kiosk's recall panel holds 20. */
    public static final int MAX_CLEARED = 20;

    private final Db db;
    private final OrderRepository orders;
    private final OrderActionRepository actions;
    private final OrderStations stations;
    private final Transitions transitions;
    private final EventLog events;
    private final LocationService locations;

    public RecallService(Db db, OrderRepository orders, OrderActionRepository actions, OrderStations stations,
                         Transitions transitions, EventLog events, LocationService locations) {
        this.db = db;
        this.orders = orders;
        this.actions = actions;
        this.stations = stations;
        this.transitions = transitions;
        this.events = events;
        this.locations = locations;
    }

    /**
     * The location's last {@code limit} cleared orders, newest first. Held to the write scope like recall itself
     * (issue 17's design): a location outside the caller's scope is a 403, not an empty list.
     */
    public List<KitchenOrder> cleared(CurrentUser caller, UUID locationId, int limit) {
        locations.get(locationId);
        LocationScope.requireWrite(caller, locationId);
        return db.snapshot(tx -> {
            // one round trip for the ids, then every order's read pipelined on the same snapshot
            List<Future<Optional<KitchenOrder>>> reads = actions.cleared(tx, locationId, limit).stream()
                    .map(id -> orders.sendLoad(tx, id)).toList();
            return reads.stream().map(read -> read.await()).flatMap(Optional::stream).toList();
        });
    }

    /**
     * Brings a cleared order back. Checks in order: the location (404), the caller's scope (403), the order at that
     * location (404), its state (409 naming it, with the order).
     */
    public KitchenOrder recall(CurrentUser caller, UUID locationId, UUID orderId, AuditActor actor) {
        locations.get(locationId);
        LocationScope.requireWrite(caller, locationId);
        return db.tx(tx -> {
            OrderActionRepository.ActionHead head = actions.lock(tx, locationId, orderId)
                    .orElseThrow(() -> ApiError.notFound("Order with ID " + orderId + " was not found."));
            boolean fulfilled = "fulfilled".equals(head.prepState());
            // an expired order was taken off the screens by the gateway, even a handed-off one: it does not come back
            if (!fulfilled && (head.handedOffAt() == null || "voided".equals(head.prepState())
                    || "expired".equals(head.prepState()))) {
                throw new ApiError(409, "Only a cleared order (handed off or fulfilled) can be recalled; this one is "
                        + head.describe(), Map.of("order", orders.load(tx, orderId).orElseThrow()));
            }
            String from = fulfilled ? "fulfilled" : "cleared";
            if (fulfilled) {
                actions.unfulfil(tx, orderId);
                stations.raiseAll(tx, orderId, PrepState.READY);
            } else {
                actions.unclear(tx, orderId);
            }
            transitions.record(tx, new Transitions.Made(locationId, orderId, null, from, "recalled", caller.id(),
                    caller.sessionId(), false));
            KitchenOrder recalled = orders.load(tx, orderId).orElseThrow();
            // screens dropped a fulfilled order on order.removed, so it comes back as new; a cleared one they kept
            events.append(tx, locationId, fulfilled ? "order.created" : "order.updated", recalled);
            Map<String, Object> after = state(recalled.prepState(), null);
            String screen = transitions.screenName(tx, caller.sessionId());
            if (screen != null) {
                after.put("screen", screen);
            }
            AuditLog.record(tx, actor, AuditEvent.change("recall", "grill_orders", orderId,
                    state(head.prepState(), head.handedOffAt() == null ? null : WireTime.rfc3339(head.handedOffAt())),
                    after));
            return recalled;
        });
    }

    private static Map<String, Object> state(String prepState, String handedOffAt) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("prep_state", prepState);
        fields.put("handed_off_at", handedOffAt);
        return fields;
    }
}
