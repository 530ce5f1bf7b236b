package org.preptable.gateway.kds.orders;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.gateway.kds.orders.OrderRepository.Head;
import org.preptable.gateway.kds.orders.OrderRepository.NewLine;
import org.preptable.model.kds.KitchenOrder;
import org.preptable.model.saavor.SaavorEvent;

/**
 * Projects Saavor's order events onto {@code grill_orders}. Saavor owns the order; PrepTable only advances the prep
 * state. Events may arrive late or out of order: the newest {@code occurred_at} applied wins, an older one changes
 * nothing, and a void or fulfilment that overtakes its order's creation still records the order, so the late
 * creation cannot bring it back onto the screens.
 */
public final class OrderProjector {

    /** What applying one event did. */
    public record Outcome(String result, UUID orderId) {
        public static final String APPLIED = "applied";
        public static final String STALE = "stale";
    }

    private static final AuditActor SAAVOR = new AuditActor(null, "saavor", null, null, "POST /api/v1/saavor/webhook");

    private final OrderRepository orders;
    private final OrderStations stations;
    private final Transitions transitions;
    private final EventLog events;

    public OrderProjector(OrderRepository orders, OrderStations stations, Transitions transitions, EventLog events) {
        this.orders = orders;
        this.stations = stations;
        this.transitions = transitions;
        this.events = events;
    }

    /** An outcome known as soon as the event is judged, and the future of the statements that carry it out. */
    public record Applied(Outcome outcome, Future<?> written) {
    }

    /**
     * Applies one event without blocking, so it composes on an event loop. Statements are pipelined on the
     * transaction's connection: the writes are sent at once, the read of the resulting order follows them, and
     * the event and audit rows follow that read. The outcome is known before any of it completes, so the caller
     * can pipeline its own last write with them.
     */
    public Applied apply(SqlConnection tx, UUID locationId, SaavorEvent event, Optional<Head> existing) {
        SaavorEvent.Order order = event.order();
        Optional<PrepState> terminal = switch (event.type()) {
            case "order.voided" -> Optional.of(PrepState.VOIDED);
            case "order.fulfilled" -> Optional.of(PrepState.FULFILLED);
            default -> Optional.empty();
        };
        if (existing.isEmpty()) {
            PrepState state = terminal.orElse(PrepState.QUEUED);
            UUID id = UUID.randomUUID();
            Future<?> inserted = orders.sendInsert(tx, id, locationId, order.id(), state, order.number(),
                    order.channel(), order.customerName(), order.placedAt(), event.occurredAt(), priority(order));
            Future<?> lines = Future.all(sendLines(tx, id, order, false), stations.sendSync(tx, id));
            Future<?> written = afterWrites(tx, id, inserted, lines).compose(created ->
                    Future.all(state.active() ? events.send(tx, locationId, "order.created", created)
                            : Future.succeededFuture(), audit(tx, event, id, created)));
            return new Applied(new Outcome(Outcome.APPLIED, id), written);
        }
        Head head = existing.get();
        // Saavor's fulfilment or void of an order the gateway expired is still the truth about how it ended: it is
        // stored and audited, but the screens dropped the order at expiry, so they get no event (no VOID ticket
        // for an order gone for hours). Any other event about it is stale: nothing brings it back to the screens.
        boolean endsExpired = head.state() == PrepState.EXPIRED && terminal.isPresent();
        if (event.occurredAt().isBefore(head.saavorOccurredAt()) || !head.state().active() && !endsExpired) {
            return new Applied(new Outcome(Outcome.STALE, head.id()), Future.succeededFuture());
        }
        Future<KitchenOrder> changed;
        String name;
        if (terminal.isPresent()) {
            name = "order.removed";
            Future<?> stored = transitions.send(tx, new Transitions.Made(locationId, head.id(), null,
                    head.state().wire(), terminal.get().wire(), null, null, false));
            changed = afterWrites(tx, head.id(), orders.sendState(tx, head.id(), terminal.get(), event.occurredAt()),
                    stored);
        } else {
            name = "order.updated";
            Future<?> details = orders.sendDetails(tx, head.id(), order.number(), order.channel(),
                    order.customerName(), order.placedAt(), event.occurredAt(), priority(order));
            Future<?> lines = order.lines() == null ? Future.succeededFuture() : Future.all(
                    sendLines(tx, head.id(), order, true), stations.sendSync(tx, head.id()),
                    stations.sendDerive(tx, head.id()));
            changed = afterWrites(tx, head.id(), details, lines);
        }
        Future<?> written = changed.compose(current -> Future.all(endsExpired ? Future.succeededFuture()
                : events.send(tx, locationId, name, current), audit(tx, event, head.id(), current)));
        return new Applied(new Outcome(Outcome.APPLIED, head.id()), written);
    }

    /** Reads the order back after writes sent ahead of the read; a failed write surfaces as itself. */
    private Future<KitchenOrder> afterWrites(SqlConnection tx, UUID id, Future<?> first, Future<?> second) {
        Future<Optional<KitchenOrder>> loaded = orders.sendLoad(tx, id);
        return Future.all(first, second, loaded).map(all -> loaded.result().orElseThrow());
    }

    /** Lines are replaced when the event carries them; an event without lines keeps the ones there. */
    private Future<?> sendLines(SqlConnection tx, UUID id, SaavorEvent.Order order, boolean update) {
        if (order.lines() == null) {
            return Future.succeededFuture();
        }
        return orders.sendLines(tx, id, order.lines().stream().map(line -> new NewLine(line.lineId(),
                line.itemCode(), line.name(), line.quantity(),
                line.modifiers() == null ? List.of() : line.modifiers(), line.notes())).toList(), update);
    }

    /**
     * Saavor's priority flag: {@code rush} (any case) is a rush, anything else normal. An unknown value is not a
     * reason to refuse the order, which would lose it.
     */
    private static String priority(SaavorEvent.Order order) {
        return order.priority() != null && order.priority().trim().equalsIgnoreCase("rush") ? "rush" : "normal";
    }

    private static Future<?> audit(SqlConnection tx, SaavorEvent event, UUID orderId, KitchenOrder order) {
        return AuditLog.send(tx, SAAVOR, AuditEvent.of(event.type(), "grill_orders", orderId, Map.of(
                "event_id", event.eventId(), "saavor_order_id", order.saavorOrderId(), "prep_state", order.prepState(),
                "lines", order.lines().size())));
    }
}
