package org.preptable.gateway.kds.handoff;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import org.preptable.gateway.kds.orders.OrderRepository;
import org.preptable.gateway.kds.orders.Transitions;
import org.preptable.model.Json;

/**
 * {@code POST /saavor/orders/prepared}: a ready order is handed off (expo's "clear"), and in the same transaction one
 * message to Saavor is queued, a {@code cleared} transition is stored and every screen of the location gets
 * {@code order.updated} with {@code handed_off_at} set. A repeat answers 200 and changes nothing.
 */
public final class HandOffService {

    /** What a hand-off did: {@code handed_off} now, or {@code already_handed_off} earlier. */
    public record Result(String status, UUID orderId) {
    }

    private final Db db;
    private final Outbox outbox;
    private final OrderRepository orders;
    private final Transitions transitions;
    private final EventLog events;

    public HandOffService(Db db, Outbox outbox, OrderRepository orders, Transitions transitions, EventLog events) {
        this.db = db;
        this.outbox = outbox;
        this.orders = orders;
        this.transitions = transitions;
        this.events = events;
    }

    public Result prepared(CurrentUser caller, UUID orderId, AuditActor actor) {
        return db.tx(tx -> {
            Row row = lockOrder(tx, orderId);
            LocationScope.requireWrite(caller, row.getUUID("location_id"));
            if (row.getOffsetDateTime("handed_off_at") != null) {
                return new Result("already_handed_off", orderId);
            }
            if (!"ready".equals(row.getString("prep_state"))) {
                throw new ApiError(409, "Only a ready order can be handed off; this one is "
                        + row.getString("prep_state"), Map.of("order", orders.load(tx, orderId).orElseThrow()));
            }
            tx.preparedQuery("UPDATE grill_orders SET handed_off_at = clock_timestamp() WHERE id = $1")
                    .execute(Tuple.of(orderId)).await();
            // a recalled order cleared again queues nothing more: Saavor was told once (one outbox row per order)
            outbox.enqueue(tx, orderId, message(row.getString("store_ref"), row.getString("saavor_order_id"),
                    row.getString("number")));
            UUID locationId = row.getUUID("location_id");
            transitions.record(tx, new Transitions.Made(locationId, orderId, null, row.getString("prep_state"),
                    "cleared", caller.id(), caller.sessionId(), false));
            events.append(tx, locationId, "order.updated", orders.load(tx, orderId).orElseThrow());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("saavor_order_id", row.getString("saavor_order_id"));
            String screen = transitions.screenName(tx, caller.sessionId());
            if (screen != null) {
                details.put("screen", screen); // where expo cleared it, as a bump's audit row says
            }
            AuditLog.record(tx, actor, AuditEvent.of("handed_off", "grill_orders", orderId, details));
            return new Result("handed_off", orderId);
        });
    }

    /** The admin's synthetic hand-off ({@code POST /saavor/test/outbound}): a message for no real order. */
    public UUID testMessage(String storeRef, AuditActor actor) {
        return db.tx(tx -> {
            UUID id = outbox.enqueueUnbound(tx, message(storeRef, "TEST-" + UUID.randomUUID().toString().substring(0, 8),
                    "0"));
            AuditLog.record(tx, actor, AuditEvent.of("test_outbound", "saavor_outbox", id, Map.of("store_ref",
                    String.valueOf(storeRef))));
            return id;
        });
    }

    private Row lockOrder(SqlClient tx, UUID orderId) {
        var rows = tx.preparedQuery("SELECT o.location_id, o.prep_state, o.handed_off_at, o.saavor_order_id, o.number,"
                        + " l.saavor_store_ref AS store_ref FROM grill_orders o JOIN locations l ON l.id = o.location_id"
                        + " WHERE o.id = $1 FOR UPDATE OF o")
                .execute(Tuple.of(orderId)).await();
        if (rows.rowCount() == 0) {
            throw ApiError.notFound("Order with ID " + orderId + " was not found.");
        }
        return rows.iterator().next();
    }

    /** Mirrors Saavor's own event shape, so Saavor can read it with the parser it uses for ours. */
    private static String message(String storeRef, String saavorOrderId, String number) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", saavorOrderId);
        order.put("number", number);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event_id", "ptb_" + UUID.randomUUID());
        body.put("type", "order.prepared");
        body.put("occurred_at", Instant.now().toString());
        body.put("store_ref", storeRef);
        body.put("order", order);
        return Json.write(body);
    }
}
