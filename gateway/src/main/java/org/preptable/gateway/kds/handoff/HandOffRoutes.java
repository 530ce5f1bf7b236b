package org.preptable.gateway.kds.handoff;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kds.orders.OrderRoutes;
import org.preptable.gateway.kds.saavor.SaavorWebhook;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.gateway.ops.locations.LocationService;
import org.preptable.model.Json;
import org.preptable.model.saavor.SaavorEvent;

/**
 * The outbound side of the Saavor boundary: the hand-off of a ready order, and seed 002's admin test routes that
 * drive both directions without a real POS.
 */
public final class HandOffRoutes {

    record Prepared(@JsonProperty("order_id") String orderId) {
    }

    record TestAt(@JsonProperty("location_id") String locationId) {
    }

    private static final List<String[]> TEST_MENU = List.of(new String[] {"BRG-CLS", "Classic burger"},
            new String[] {"FRY", "Fries"}, new String[] {"SAL-CSR", "Caesar salad"},
            new String[] {"DRK-COLA", "Cola"});

    private final HandOffService handOffs;
    private final SaavorWebhook webhook;
    private final LocationService locations;
    private final Gates gates;

    public HandOffRoutes(HandOffService handOffs, SaavorWebhook webhook, LocationService locations, Gates gates) {
        this.handOffs = handOffs;
        this.webhook = webhook;
        this.locations = locations;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.post("/saavor/orders/prepared").handler(gates.ops(OrderRoutes.SCREEN_ROLES)).handler(this::prepared);
        api.post("/saavor/test/inbound").handler(gates.ops(Role.ADMIN)).handler(this::testInbound);
        api.post("/saavor/test/outbound").handler(gates.ops(Role.ADMIN)).handler(this::testOutbound);
    }

    private void prepared(RoutingContext ctx) {
        Prepared body = Bodies.read(ctx, Prepared.class);
        UUID orderId = Params.parseUuid(body.orderId())
                .orElseThrow(() -> ApiError.badRequest("order_id must be an order UUID, got: " + body.orderId()));
        HandOffService.Result result = handOffs.prepared(CurrentUser.of(ctx).orElseThrow(), orderId,
                AuditActor.of(ctx));
        Responses.ok(ctx, Map.of("status", result.status(), "order_id", result.orderId().toString()));
    }

    /** Synthesizes an {@code order.created} for the location, signs it, and runs it through the real handler. */
    private void testInbound(RoutingContext ctx) {
        Location location = location(ctx);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<SaavorEvent.Line> lines = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String[] item = TEST_MENU.get(random.nextInt(TEST_MENU.size()));
            lines.add(new SaavorEvent.Line(Integer.toString(i + 1), item[0], item[1], 1 + random.nextInt(2), List.of(),
                    null));
        }
        Instant now = Instant.now();
        SaavorEvent event = new SaavorEvent("evt_test_" + UUID.randomUUID(), "order.created", now,
                location.saavorStoreRef(), new SaavorEvent.Order("TEST-" + random.nextInt(100_000, 999_999),
                Integer.toString(random.nextInt(100, 1000)), "counter", "Test guest", now, lines));
        SaavorWebhook.Answer answer = webhook.processSigned(Json.write(event).getBytes(StandardCharsets.UTF_8));
        Responses.json(ctx, answer.status(), answer.body());
    }

    private void testOutbound(RoutingContext ctx) {
        Location location = location(ctx);
        UUID id = handOffs.testMessage(location.saavorStoreRef(), AuditActor.of(ctx));
        Responses.json(ctx, 202, Map.of("status", "queued", "outbox_id", id.toString()));
    }

    private Location location(RoutingContext ctx) {
        TestAt body = Bodies.read(ctx, TestAt.class);
        UUID id = Params.parseUuid(body.locationId())
                .orElseThrow(() -> ApiError.badRequest("location_id must be a location UUID, got: " + body.locationId()));
        Location location = locations.get(id);
        if (location.saavorStoreRef() == null) {
            throw ApiError.conflict("Location '" + location.name() + "' has no saavor_store_ref; set one first");
        }
        return location;
    }
}
