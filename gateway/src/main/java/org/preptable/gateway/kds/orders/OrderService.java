package org.preptable.gateway.kds.orders;

import io.vertx.sqlclient.SqlClient;
import java.util.LinkedHashMap;
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
import org.preptable.model.kds.KitchenOrder.StationState;

/**
 * What kitchen screens read (active orders with the event id to resume from) and the bumps they make: a station's
 * bump moves that station's part of the order, and the order's state follows from its stations; expo's bump moves the
 * whole order. Every bump is stored with who made it, where, and whether allergens were confirmed.
 */
public final class OrderService {

    /**
     * Active orders and the last event they include, read from one snapshot; {@code total} is how many there are
     * in all, more than {@code orders} holds when the list was cut at the snapshot's maximum.
     */
    public record Snapshot(List<KitchenOrder> orders, long lastEventId, long total) {
    }

    /** A screen's bump: {@code stationId} null moves the whole order (expo). */
    public record Bump(String from, String to, Long stationId, boolean allergensConfirmed) {
    }

    static final String CONFIRMATION_REQUIRED = "allergen_confirmation_required";

    private final Db db;
    private final OrderRepository orders;
    private final OrderStations stations;
    private final Transitions transitions;
    private final EventLog events;
    private final LocationService locations;
    private final int snapshotMax;

    public OrderService(Db db, OrderRepository orders, OrderStations stations, Transitions transitions,
                        EventLog events, LocationService locations, int snapshotMax) {
        this.snapshotMax = snapshotMax;
        this.db = db;
        this.orders = orders;
        this.stations = stations;
        this.transitions = transitions;
        this.events = events;
        this.locations = locations;
    }

    /**
     * Orders still on the screens, rush first, then oldest first, at most the configured maximum (the first ones in
     * that order: what the kitchen must cook next). With a station, only orders with a line for it, showing only
     * those lines and, as their state, that station's own. Outside the caller's scope the list is empty (seed 002).
     */
    public Snapshot active(CurrentUser caller, UUID locationId, Long stationId, PrepState state) {
        locations.get(locationId);
        return db.snapshot(tx -> {
            long last = events.latest(tx, locationId);
            if (!LocationScope.canRead(caller, locationId)) {
                return new Snapshot(List.of(), last, 0);
            }
            var filter = new OrderRepository.Filter(locationId, stationId, state);
            List<KitchenOrder> list = orders.sendActive(tx, filter, snapshotMax).await().stream()
                    .map(order -> stationId == null ? order : forStation(order, stationId))
                    .toList();
            // counted only when the page is full: the usual kitchen pays for one query, not two
            long total = list.size() < snapshotMax ? list.size() : orders.sendActiveCount(tx, filter).await();
            return new Snapshot(list, last, total);
        });
    }

    /**
     * Moves a station's part of an order, or the whole order, one step (or queued → ready). {@code from}, when
     * given, must still be the current state: a screen showing an old state gets a 409 carrying the current order,
     * so it can redraw at once. A move to ready of lines with allergens needs the screen's confirmation.
     */
    public KitchenOrder transition(CurrentUser caller, UUID locationId, UUID orderId, Bump bump, AuditActor actor) {
        PrepState to = known(bump.to(), "to");
        PrepState from = bump.from() == null ? null : known(bump.from(), "from");
        if (bump.stationId() != null && bump.stationId() <= 0) {
            throw ApiError.badRequest("station_id must be a positive station id, got: " + bump.stationId());
        }
        LocationScope.requireWrite(caller, locationId);
        return db.tx(tx -> {
            var head = orders.lock(tx, locationId, orderId)
                    .orElseThrow(() -> ApiError.notFound("Order with ID " + orderId + " was not found."));
            PrepState current = head.state();
            if (bump.stationId() != null && current.active()) {
                current = stations.state(tx, orderId, bump.stationId()).orElseThrow(() -> conflict(
                        "This order has nothing for station " + bump.stationId(), tx, orderId));
            }
            if (from != null && from != current) {
                throw conflict("The order is " + current.wire() + ", not " + from.wire(), tx, orderId);
            }
            if (!current.screenMayMoveTo(to)) {
                throw conflict("An order cannot go from " + current.wire() + " to " + to.wire()
                        + (to == PrepState.FULFILLED || to == PrepState.VOIDED ? " on a kitchen screen; Saavor does that"
                        : to == PrepState.EXPIRED ? " on a kitchen screen; the gateway expires old orders itself"
                        : ""), tx, orderId);
            }
            List<String> allergens = to == PrepState.READY ? stations.allergenNames(tx, orderId, bump.stationId())
                    : List.of();
            if (!allergens.isEmpty() && !bump.allergensConfirmed()) {
                throw new ApiError(409, "Allergens on this order (" + String.join(", ", allergens)
                        + "): confirm them before it goes to ready", Map.of("reason", CONFIRMATION_REQUIRED,
                        "allergens", allergens, "order", orders.load(tx, orderId).orElseThrow()));
            }
            if (bump.stationId() != null) {
                stations.move(tx, orderId, bump.stationId(), to);
                stations.sendDerive(tx, orderId).await();
            } else {
                orders.setState(tx, orderId, to);
                stations.raiseAll(tx, orderId, to);
            }
            transitions.record(tx, new Transitions.Made(locationId, orderId, bump.stationId(), current.wire(),
                    to.wire(), caller.id(), caller.sessionId(), !allergens.isEmpty() && bump.allergensConfirmed()));
            KitchenOrder updated = orders.load(tx, orderId).orElseThrow();
            events.append(tx, locationId, "order.updated", updated);
            AuditLog.record(tx, actor, AuditEvent.change("transition", "grill_orders", orderId,
                    Map.of("prep_state", current.wire()), auditAfter(tx, caller, bump, to, allergens)));
            return bump.stationId() == null ? updated : forStation(updated, bump.stationId());
        });
    }

    /** The audit row says where the bump was made: the station and, for a kiosk, the screen. */
    private Map<String, Object> auditAfter(SqlClient tx, CurrentUser caller, Bump bump, PrepState to,
                                           List<String> allergens) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("prep_state", to.wire());
        after.put("station_id", bump.stationId());
        String screen = transitions.screenName(tx, caller.sessionId());
        if (screen != null) {
            after.put("screen", screen);
        }
        if (!allergens.isEmpty()) {
            after.put("allergens_confirmed", allergens);
        }
        return after;
    }

    private ApiError conflict(String message, SqlClient tx, UUID orderId) {
        return new ApiError(409, message, Map.of("order", orders.load(tx, orderId).orElseThrow()));
    }

    private static PrepState known(String name, String field) {
        if (name == null) {
            throw ApiError.badRequest("Field '" + field + "' is required");
        }
        return PrepState.parse(name).orElseThrow(() -> ApiError.badRequest("Unknown state '" + name
                + "' in '" + field + "'; states are queued, preparing, ready, fulfilled, voided, expired"));
    }

    /**
     * A station's view: its lines only and, while the order is on the screens, its own state. The snapshot and the
     * station's event stream ({@code kds.events.StationFrames}) both cut orders with this, so they agree.
     */
    public static KitchenOrder forStation(KitchenOrder order, long stationId) {
        var mine = order.lines().stream()
                .filter(line -> line.stationId() != null && line.stationId() == stationId).toList();
        StationState own = order.station(stationId).orElse(null);
        boolean active = PrepState.parse(order.prepState()).map(PrepState::active).orElse(false);
        if (own == null || !active) {
            return order.withLines(mine);
        }
        return new KitchenOrder(order.id(), order.saavorOrderId(), order.locationId(), order.number(),
                order.channel(), order.customerName(), order.placedAt(), own.prepState(), own.stateChangedAt(),
                order.readyOverdue(), mine, order.updatedAt(), order.priority(), order.handedOffAt(),
                order.stations(), order.changedAt(), order.removedLines());
    }
}
