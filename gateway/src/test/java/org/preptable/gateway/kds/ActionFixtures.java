package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;

/** Orders in the states expo's actions start from, kiosk sessions with a screen, and a location's event stream. */
public final class ActionFixtures {

    private ActionFixtures() {
    }

    /** A new queued order at the kitchen (one burger for its grill); its PrepTable id. */
    public static String order(ApiClient api, Kitchen kitchen, String saavorId) {
        ApiResponse sent = new WebhookSender(api).send(event("order.created", kitchen.storeRef(), saavorId,
                Instant.now(), line(KdsFixtures.burger(kitchen), "Classic burger", 1)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().get("order_id").asText();
    }

    /** A new order moved to ready by expo. */
    public static String readyOrder(ApiClient api, Kitchen kitchen, String saavorId) {
        String id = order(api, kitchen, saavorId);
        ApiResponse moved = api.as(api.admin()).post(orderPath(kitchen, id, "transition"), Map.of("to", "ready"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return id;
    }

    /** A ready order handed off ("cleared") by {@code caller}. */
    public static String clearedOrder(ApiClient api, ApiClient caller, Kitchen kitchen, String saavorId) {
        String id = readyOrder(api, kitchen, saavorId);
        clear(caller, id);
        return id;
    }

    public static void clear(ApiClient caller, String orderId) {
        ApiResponse cleared = caller.post("/saavor/orders/prepared", Map.of("order_id", orderId));
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("status").asText()).isEqualTo("handed_off");
    }

    /** Saavor's {@code order.fulfilled} (or another type without lines) for the order. */
    public static void saavor(ApiClient api, Kitchen kitchen, String type, String saavorId) {
        ApiResponse sent = new WebhookSender(api).send(event(type, kitchen.storeRef(), saavorId, Instant.now()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    public static String orderPath(Kitchen kitchen, String orderId, String action) {
        return "/locations/" + kitchen.locationId() + "/orders/" + orderId + "/" + action;
    }

    /**
     * A kiosk session of the location signed in as {@code screen} (or none when null), holding its cookie and the
     * Origin the gateway wants on cookie writes.
     */
    public static ApiClient kiosk(TestGateway gateway, ApiClient api, UUID locationId, String screen) {
        ApiResponse rotated = api.as(api.admin()).post("/locations/" + locationId + "/kiosk_token/rotate", null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", rotated.json().get("token").asText());
        if (screen != null) {
            body.put("screen", screen);
        }
        ApiResponse signedIn = api.post("/signage/auth", body);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        String setCookie = signedIn.header("Set-Cookie");
        return api.withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                .withHeader("Origin", gateway.baseUrl());
    }

    /** The location's event stream from its newest event on, as the admin. */
    public static SseClient stream(TestGateway gateway, ApiClient api, UUID locationId) {
        long last = gateway.sql().count("SELECT coalesce(max(seq), 0) FROM location_events WHERE location_id = ?::uuid",
                locationId.toString());
        return SseClient.open(gateway.baseUrl(), "/locations/" + locationId + "/events",
                Map.of("Authorization", "Bearer " + api.admin().token(), "Last-Event-ID", Long.toString(last)));
    }
}
