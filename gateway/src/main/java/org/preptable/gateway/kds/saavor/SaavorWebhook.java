package org.preptable.gateway.kds.saavor;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.db.EventLoop;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kds.orders.OrderProjector;
import org.preptable.gateway.kds.orders.OrderRepository;
import org.preptable.gateway.kds.orders.OrderRepository.Head;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.gateway.ops.locations.LocationRepository;
import org.preptable.model.Json;
import org.preptable.model.saavor.SaavorEvent;
import org.preptable.model.saavor.SaavorSignature;

/**
 * {@code POST /saavor/webhook}: the signature is the only authentication. Every delivery is kept in the payload
 * log whatever happens to it; a verified, well-formed event is applied once (a repeated {@code event_id} answers
 * 200 and changes nothing), in one transaction with its order, its screen events and its audit row.
 */
public final class SaavorWebhook {

    static final Set<String> TYPES = Set.of("order.created", "order.updated", "order.voided", "order.fulfilled");

    private final Db db;
    private final String secret;
    private final PayloadLog payloads;
    private final LocationRepository locations;
    private final OrderProjector projector;
    private final OrderRepository orders;
    private final EventLoop loop;

    public SaavorWebhook(Db db, EventLoop loop, String secret, PayloadLog payloads, LocationRepository locations,
                         OrderProjector projector, OrderRepository orders) {
        this.db = db;
        this.loop = loop;
        this.secret = secret;
        this.payloads = payloads;
        this.locations = locations;
        this.projector = projector;
        this.orders = orders;
    }

    /** The status and body the webhook answers. */
    public record Answer(int status, Map<String, Object> body) {
    }

    public void handle(RoutingContext ctx) {
        byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        Answer answer = process(body, ctx.request().getHeader(SaavorSignature.HEADER));
        Responses.json(ctx, answer.status(), answer.body());
    }

    /** Signs {@code body} with the configured secret and processes it: the admin's synthetic inbound event. */
    public Answer processSigned(byte[] body) {
        return process(body, SaavorSignature.sign(secret, body));
    }

    public Answer process(byte[] body, String signature) {
        if (!SaavorSignature.verify(secret, body, signature)) {
            payloads.record(db.pool(), new PayloadLog.Received(false, null, null, null, body), "bad_signature", 401,
                    null);
            throw ApiError.unauthorized("Missing or invalid " + SaavorSignature.HEADER + " signature");
        }
        SaavorEvent event = parse(body);
        var received = new PayloadLog.Received(true, event.eventId(), event.type(), event.storeRef(), body);
        if (!TYPES.contains(event.type())) {
            payloads.record(db.pool(), received, "unknown_type", 202, null);
            return new Answer(202, Map.of("status", "ignored", "reason", "unknown event type " + event.type()));
        }
        UUID payloadId = UUID.randomUUID();
        try {
            return loop.await(() -> apply(event, received, payloadId));
        } catch (UnknownStore e) {
            payloads.record(db.pool(), received, "unknown_store", 404, e.getMessage());
            throw ApiError.notFound(e.getMessage());
        } catch (Exception e) {
            // the transaction rolled back with the payload in it: keep the delivery on its own
            payloads.record(db.pool(), received, "error", 500, e.toString());
            throw e;
        }
    }

    /**
     * A signed delivery of {@code body} taken through the same steps as {@link #process} (signature, parsing, the
     * transaction with its order, screen events and payload row) and then rolled back: the start-up warm-up's
     * stand-in for a real order (ApiWarmUp), so the first orders of a fresh gateway do not pay for class loading
     * and the interpreter. Nothing is kept and no screen hears of it (pg_notify is delivered only at commit); the
     * location's event sequence skips the numbers drawn, as after any failed delivery. {@code body} must be a
     * well-formed event: a malformed one would be recorded in the payload log like any other.
     */
    public Answer rehearse(byte[] body) {
        String signature = SaavorSignature.sign(secret, body);
        if (!SaavorSignature.verify(secret, body, signature)) {
            throw new IllegalStateException("the webhook's own signature does not verify");
        }
        SaavorEvent event = parse(body);
        var received = new PayloadLog.Received(true, event.eventId(), event.type(), event.storeRef(), body);
        try {
            loop.await(() -> apply(event, received, UUID.randomUUID(), true));
            throw new IllegalStateException("a rehearsed delivery committed");
        } catch (Rehearsed done) {
            return done.answer;
        } catch (UnknownStore e) {
            return new Answer(404, Map.of("status", "unknown_store"));
        }
    }

    private Future<Answer> apply(SaavorEvent event, PayloadLog.Received received, UUID payloadId) {
        return apply(event, received, payloadId, false);
    }

    /**
     * The transaction, composed on the event loop. The store lookup, the event-id claim and the order's lock go
     * out together in one round trip; the projector's writes and the payload row follow in a second. A rehearsal
     * fails it after everything is written, so all of it rolls back.
     */
    private Future<Answer> apply(SaavorEvent event, PayloadLog.Received received, UUID payloadId, boolean rehearsal) {
        return db.inTransaction(tx -> applyIn(tx, event, received, payloadId).compose(answer -> rehearsal
                ? Future.failedFuture(new Rehearsed(answer)) : Future.succeededFuture(answer)));
    }

    private Future<Answer> applyIn(SqlConnection tx, SaavorEvent event, PayloadLog.Received received,
                                   UUID payloadId) {
        Future<Optional<Location>> located = locations.sendFindByStoreRef(tx, event.storeRef());
        Future<Boolean> claimed = payloads.sendClaim(tx, event.eventId(), payloadId);
        Future<Optional<Head>> existing = orders.sendLockBySaavorId(tx, event.storeRef(), event.order().id());
        return Future.all(located, claimed, existing).compose(first -> {
            if (located.result().isEmpty()) {
                return Future.failedFuture(new UnknownStore(event.storeRef()));
            }
            if (!claimed.result()) {
                return payloads.send(tx, payloadId, received, "duplicate", 200, null)
                        .map(new Answer(200, Map.of("status", "duplicate")));
            }
            OrderProjector.Applied applied = projector.apply(tx, located.result().get().id(), event,
                    existing.result());
            Future<UUID> kept = payloads.send(tx, payloadId, received, applied.outcome().result(), 200, null);
            Map<String, Object> answered = new LinkedHashMap<>();
            answered.put("status", applied.outcome().result());
            answered.put("order_id", applied.outcome().orderId().toString());
            return Future.all(applied.written(), kept).map(new Answer(200, answered));
        });
    }

    /** Rolls a rehearsal's transaction back, carrying the answer the delivery would have had. */
    private static final class Rehearsed extends RuntimeException {
        private final Answer answer;

        Rehearsed(Answer answer) {
            super("rehearsal", null, false, false);
            this.answer = answer;
        }
    }

    /** Rolls the webhook's transaction back when no location has the event's store reference. */
    private static final class UnknownStore extends RuntimeException {
        UnknownStore(String storeRef) {
            super("Unknown store_ref '" + storeRef + "'; set it as a location's saavor_store_ref", null, false, false);
        }
    }

    /** A verified body that is not a usable event is kept as "invalid" and answered 400 naming the problem. */
    private SaavorEvent parse(byte[] body) {
        String problem;
        SaavorEvent event = null;
        try {
            com.fasterxml.jackson.databind.JsonNode tree = Json.MAPPER.readTree(body);
            if (tree != null && mayHoldNul(body) && hasNul(tree)) {
                // PostgreSQL cannot store NUL: refused whole (a 4xx, so Saavor does not retry it for ever)
                problem = "a text field contains a NUL character";
            } else if (tree != null && tree.isObject() && notText(tree, "event_id", "type", "store_ref")) {
                problem = "event_id, type and store_ref must be strings";
            } else {
                event = tree == null || tree.isMissingNode() ? null : Json.MAPPER.treeToValue(tree, SaavorEvent.class);
                problem = event == null ? "body is empty" : missing(event);
            }
        } catch (JsonProcessingException e) {
            problem = "body is not a Saavor event: " + e.getOriginalMessage();
        } catch (java.io.IOException e) {
            problem = "body cannot be read";
        }
        if (problem != null) {
            var received = event == null ? new PayloadLog.Received(true, null, null, null, body)
                    : new PayloadLog.Received(true, event.eventId(), event.type(), event.storeRef(), body);
            payloads.record(db.pool(), received, "invalid", 400, problem);
            throw ApiError.badRequest("Malformed webhook body: " + problem);
        }
        return event;
    }

    /** A present field that is not a string: the lenient reader would turn {@code 12345} into {@code "12345"}. */
    private static boolean notText(com.fasterxml.jackson.databind.JsonNode tree, String... fields) {
        for (String field : fields) {
            com.fasterxml.jackson.databind.JsonNode value = tree.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return true;
            }
        }
        return false;
    }

    /**
     * JSON can only carry a NUL as the escape {@code \u0000} (a raw one is refused by the parser), so a body
     * without that text needs no walk through its tree: almost every order is answered without one.
     */
    static boolean mayHoldNul(byte[] body) {
        for (int i = 0; i + 5 < body.length; i++) {
            if (body[i] == '\\' && body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0'
                    && body[i + 4] == '0' && body[i + 5] == '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') >= 0;
        }
        for (var entry : node.properties()) {
            if (entry.getKey().indexOf('\0') >= 0 || hasNul(entry.getValue())) {
                return true;
            }
        }
        for (var element : node) {
            if (node.isArray() && hasNul(element)) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_ID = 200;

    private static String missing(SaavorEvent event) {
        if (blank(event.eventId()) || blank(event.type()) || event.occurredAt() == null || blank(event.storeRef())) {
            return "event_id, type, occurred_at and store_ref are required";
        }
        // Ids are keys of unique indexes, which cannot hold values of kilobytes.
        if (event.eventId().length() > MAX_ID || event.storeRef().length() > MAX_ID || event.type().length() > MAX_ID) {
            return "event_id, type and store_ref are at most " + MAX_ID + " characters";
        }
        if (!TYPES.contains(event.type())) {
            return null;
        }
        if (event.order() == null || blank(event.order().id())) {
            return "order with its id is required";
        }
        if (event.order().id().length() > MAX_ID) {
            return "order.id is at most " + MAX_ID + " characters";
        }
        if (event.order().lines() != null) {
            for (SaavorEvent.Line line : event.order().lines()) {
                if (line == null || blank(line.name()) || line.quantity() == null || line.quantity() < 1) {
                    return "every line needs a name and a quantity of at least 1";
                }
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
