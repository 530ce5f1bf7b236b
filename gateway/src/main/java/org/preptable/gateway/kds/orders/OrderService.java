package org.preptable.gateway.kds.orders;

import java.util.List;
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
import org.preptable.gateway.ops.locations.LocationService;
import org.preptable.model.kds.KitchenOrder;

/** What kitchen screens read (active orders with the event id to resume from) and the bumps they make. */
public final class OrderService {

    /** Active orders and the last event they include, read from one snapshot. */
    public record Snapshot(List<KitchenOrder> orders, long lastEventId) {
    }

    private final Db db;
    private final OrderRepository orders;
    private final EventLog events;
    private final LocationService locations;

    public OrderService(Db db, OrderRepository orders, EventLog events, LocationService locations) {
        this.db = db;
        this.orders = orders;
        this.events = events;
        this.locations = locations;
    }

    /**
     * Orders still on the screens, oldest first. With a station, only orders with a line for it, showing only
     * those lines. Outside the caller's scope the list is empty (seed 002).
     */
    public Snapshot active(CurrentUser caller, UUID locationId, Long stationId, PrepState state) {
        locations.get(locationId);
        return db.snapshot(tx -> {
            long last = events.latest(tx, locationId);
            if (!LocationScope.canRead(caller, locationId)) {
                return new Snapshot(List.of(), last);
            }
            List<KitchenOrder> list = orders.active(tx, locationId).stream()
                    .filter(order -> state == null || order.prepState().equals(state.wire()))
                    .map(order -> stationId == null ? order : forStation(order, stationId))
                    .filter(order -> !order.lines().isEmpty() || stationId == null)
                    .toList();
            return new Snapshot(list, last);
        });
    }

    /**
     * Moves an order one step (or queued → ready). {@code from}, when given, must still be the current state: a
     * screen showing an old state gets a 409 carrying the current order, so it can redraw at once.
     */
    public KitchenOrder transition(CurrentUser caller, UUID locationId, UUID orderId, String fromName, String toName,
                                   AuditActor actor) {
        PrepState to = known(toName, "to");
        PrepState from = fromName == null ? null : known(fromName, "from");
        LocationScope.requireWrite(caller, locationId);
        return db.tx(tx -> {
            var head = orders.lock(tx, locationId, orderId)
                    .orElseThrow(() -> ApiError.notFound("Order with ID " + orderId + " was not found."));
            if (from != null && from != head.state()) {
                throw conflict("The order is " + head.state().wire() + ", not " + from.wire(), tx, orderId);
            }
            if (!head.state().screenMayMoveTo(to)) {
                throw conflict("An order cannot go from " + head.state().wire() + " to " + to.wire()
                        + (to == PrepState.FULFILLED || to == PrepState.VOIDED ? " on a kitchen screen; Saavor does that"
                        : ""), tx, orderId);
            }
            orders.setState(tx, orderId, to);
            KitchenOrder updated = orders.load(tx, orderId).orElseThrow();
            events.append(tx, locationId, "order.updated", updated);
            AuditLog.record(tx, actor, AuditEvent.change("transition", "grill_orders", orderId,
                    Map.of("prep_state", head.state().wire()), Map.of("prep_state", to.wire())));
            return updated;
        });
    }

    private ApiError conflict(String message, io.vertx.sqlclient.SqlClient tx, UUID orderId) {
        return new ApiError(409, message, Map.of("order", orders.load(tx, orderId).orElseThrow()));
    }

    private static PrepState known(String name, String field) {
        if (name == null) {
            throw ApiError.badRequest("Field '" + field + "' is required");
        }
        return PrepState.parse(name).orElseThrow(() -> ApiError.badRequest("Unknown state '" + name
                + "' in '" + field + "'; states are queued, preparing, ready, fulfilled, voided"));
    }

    private static KitchenOrder forStation(KitchenOrder order, long stationId) {
        return new KitchenOrder(order.id(), order.saavorOrderId(), order.locationId(), order.number(), order.channel(),
                order.customerName(), order.placedAt(), order.prepState(), order.stateChangedAt(),
                order.readyOverdue(), order.lines().stream()
                        .filter(line -> line.stationId() != null && line.stationId() == stationId).toList(),
                order.updatedAt());
    }
}
