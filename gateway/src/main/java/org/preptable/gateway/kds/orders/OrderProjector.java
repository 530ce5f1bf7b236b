package org.preptable.gateway.kds.orders;

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
    private final EventLog events;

    public OrderProjector(OrderRepository orders, EventLog events) {
        this.orders = orders;
        this.events = events;
    }

    public Outcome apply(SqlConnection tx, UUID locationId, SaavorEvent event) {
        SaavorEvent.Order order = event.order();
        Optional<PrepState> terminal = switch (event.type()) {
            case "order.voided" -> Optional.of(PrepState.VOIDED);
            case "order.fulfilled" -> Optional.of(PrepState.FULFILLED);
            default -> Optional.empty();
        };
        Optional<Head> existing = orders.lockBySaavorId(tx, locationId, order.id());
        if (existing.isEmpty()) {
            PrepState state = terminal.orElse(PrepState.QUEUED);
            UUID id = orders.insert(tx, locationId, order.id(), state, order.number(), order.channel(),
                    order.customerName(), order.placedAt(), event.occurredAt());
            writeLines(tx, id, order);
            KitchenOrder created = orders.load(tx, id).orElseThrow();
            if (state.active()) {
                events.append(tx, locationId, "order.created", created);
            }
            audit(tx, event, id, created);
            return new Outcome(Outcome.APPLIED, id);
        }
        Head head = existing.get();
        if (event.occurredAt().isBefore(head.saavorOccurredAt()) || !head.state().active()) {
            return new Outcome(Outcome.STALE, head.id());
        }
        if (terminal.isPresent()) {
            orders.setState(tx, head.id(), terminal.get());
            orders.markOccurred(tx, head.id(), event.occurredAt());
            KitchenOrder removed = orders.load(tx, head.id()).orElseThrow();
            events.append(tx, locationId, "order.removed", removed);
            audit(tx, event, head.id(), removed);
        } else {
            writeDetails(tx, head.id(), event);
            KitchenOrder updated = orders.load(tx, head.id()).orElseThrow();
            events.append(tx, locationId, "order.updated", updated);
            audit(tx, event, head.id(), updated);
        }
        return new Outcome(Outcome.APPLIED, head.id());
    }

    private void writeDetails(SqlConnection tx, UUID id, SaavorEvent event) {
        SaavorEvent.Order order = event.order();
        orders.updateDetails(tx, id, order.number(), order.channel(), order.customerName(), order.placedAt(),
                event.occurredAt());
        writeLines(tx, id, order);
    }

    private void writeLines(SqlConnection tx, UUID id, SaavorEvent.Order order) {
        if (order.lines() != null) {
            orders.replaceLines(tx, id, order.lines().stream().map(line -> new NewLine(line.lineId(),
                    line.itemCode(), line.name(), line.quantity(),
                    line.modifiers() == null ? List.of() : line.modifiers(), line.notes())).toList());
        }
    }

    private static void audit(SqlConnection tx, SaavorEvent event, UUID orderId, KitchenOrder order) {
        AuditLog.record(tx, SAAVOR, AuditEvent.of(event.type(), "grill_orders", orderId, Map.of(
                "event_id", event.eventId(), "saavor_order_id", order.saavorOrderId(), "prep_state", order.prepState(),
                "lines", order.lines().size())));
    }
}
