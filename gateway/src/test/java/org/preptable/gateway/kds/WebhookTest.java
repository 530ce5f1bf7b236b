package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;

@ExtendWith(GatewayExtension.class)
class WebhookTest {

    private static JsonNode activeOrders(ApiClient api, Kitchen kitchen) {
        return api.as(api.admin()).get("/locations/" + kitchen.locationId() + "/orders").json();
    }

    @Test
    void aCreatedOrderLandsOnTheScreensWithEachLineRouted(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        WebhookSender saavor = new WebhookSender(api);
        var created = event("order.created", kitchen.storeRef(), "S-884213", Instant.parse("2026-06-01T11:32:07Z"),
                line(KdsFixtures.burger(kitchen), "Classic burger", 2, "no onion", "side salad"),
                line("SPECIAL-1", "Chef's special", 1));

        var answer = saavor.send(created);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("applied");

        JsonNode order = activeOrders(api, kitchen).get(0);
        assertThat(order.get("id").asText()).isEqualTo(answer.json().get("order_id").asText());
        assertThat(order.get("saavor_order_id").asText()).isEqualTo("S-884213");
        assertThat(order.get("location_id").asText()).isEqualTo(kitchen.locationId().toString());
        assertThat(order.get("prep_state").asText()).isEqualTo("queued");
        assertThat(order.get("ready_overdue").asBoolean()).isFalse();
        assertThat(order.get("placed_at").asText()).isEqualTo("2026-06-01T11:32:07Z");
        JsonNode burger = order.get("lines").get(0);
        assertThat(burger.get("name").asText()).isEqualTo("Classic burger");
        assertThat(burger.get("quantity").asInt()).isEqualTo(2);
        assertThat(burger.get("modifiers").toString()).isEqualTo("[\"no onion\",\"side salad\"]");
        assertThat(burger.get("station_id").asLong()).isEqualTo(kitchen.grillStationId());
        assertThat(burger.get("allergens")).isEmpty();
        assertThat(order.get("lines").get(1).get("station_id").isNull()).as("unrouted codes go to expo").isTrue();

        JsonNode grillOnly = api.as(api.admin()).get("/locations/" + kitchen.locationId() + "/orders?station_id="
                + kitchen.grillStationId()).json();
        assertThat(grillOnly.get(0).get("lines")).hasSize(1);
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE entity = 'grill_orders'"
                + " AND action = 'order.created' AND entity_id = ?", order.get("id").asText())).isEqualTo(1);
    }

    @Test
    void aRepeatedEventIdChangesNothing(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        WebhookSender saavor = new WebhookSender(api);
        var created = event("order.created", kitchen.storeRef(), "S-1", Instant.now(), line("FRY", "Fries", 1));
        saavor.send(created);
        long events = gateway.sql().count("SELECT count(*) FROM location_events WHERE location_id = ?::uuid",
                kitchen.locationId().toString());

        var again = saavor.send(created);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("duplicate");
        assertThat(activeOrders(api, kitchen)).hasSize(1);
        assertThat(gateway.sql().count("SELECT count(*) FROM location_events WHERE location_id = ?::uuid",
                kitchen.locationId().toString())).isEqualTo(events);
        assertThat(gateway.sql().count("SELECT count(*) FROM saavor_payloads WHERE event_id = ?", created.eventId()))
                .as("both deliveries are kept").isEqualTo(2);
    }

    @Test
    void occurredAtDecidesWhenEventsArriveOutOfOrder(ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        WebhookSender saavor = new WebhookSender(api);
        Instant t0 = Instant.parse("2026-06-01T12:00:00Z");
        saavor.send(event("order.updated", kitchen.storeRef(), "S-2", t0.plusSeconds(30), line("FRY", "Fries", 2),
                line("DRK-COLA", "Cola", 1)));
        var lateCreate = saavor.send(event("order.created", kitchen.storeRef(), "S-2", t0, line("FRY", "Fries", 1)));
        assertThat(lateCreate.json().get("status").asText()).isEqualTo("stale");
        assertThat(activeOrders(api, kitchen).get(0).get("lines")).hasSize(2);

        saavor.send(event("order.voided", kitchen.storeRef(), "S-3", t0.plusSeconds(60)));
        assertThat(saavor.send(event("order.created", kitchen.storeRef(), "S-3", t0, line("FRY", "Fries", 1)))
                .json().get("status").asText()).isEqualTo("stale");
        assertThat(activeOrders(api, kitchen).findValuesAsText("saavor_order_id")).containsExactly("S-2");

        saavor.send(event("order.fulfilled", kitchen.storeRef(), "S-2", t0.plusSeconds(90)));
        assertThat(activeOrders(api, kitchen)).isEmpty();
    }

    @Test
    void badDeliveriesGetTheirStatusAndAreKept(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        WebhookSender saavor = new WebhookSender(api);
        String body = org.preptable.model.Json.write(event("order.created", kitchen.storeRef(), "S-9", Instant.now(),
                line("FRY", "Fries", 1)));

        assertThat(saavor.sendRaw(body, "sha256=" + "0".repeat(64)).assertError(401)).contains("signature");
        assertThat(saavor.sendRaw(body, "").assertError(401)).contains("signature");
        assertThat(api.post("/saavor/webhook", body).assertError(401)).contains("signature");
        assertThat(saavor.sendRaw("{\"event_id\": ", null).assertError(400)).startsWith("Malformed webhook body");
        assertThat(saavor.sendRaw("{\"event_id\":\"e1\",\"type\":\"order.created\"}", null).assertError(400))
                .contains("required");
        assertThat(saavor.send(event("order.created", kitchen.storeRef(), "S-9", Instant.now(), line("FRY", "", 1)))
                .assertError(400)).contains("name");
        var unknownType = saavor.send(event("order.teleported", kitchen.storeRef(), "S-9", Instant.now()));
        assertThat(unknownType.status()).isEqualTo(202);
        assertThat(saavor.send(event("order.created", "nowhere", "S-9", Instant.now(), line("FRY", "Fries", 1)))
                .assertError(404)).contains("Unknown store_ref 'nowhere'");
        assertThat(saavor.sendRaw("{\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}", null).status()).isEqualTo(413);
        // PostgreSQL cannot store NUL: a 4xx (Saavor does not retry it for ever), and the delivery is still kept.
        String nul = body.replace("\"Ana\"", "\"A\\u0000na\"");
        assertThat(nul).contains("\\u0000");
        assertThat(saavor.sendRaw(nul, null).assertError(400)).contains("NUL");

        assertThat(activeOrders(api, kitchen)).isEmpty();
        assertThat(gateway.sql().count("SELECT count(*) FROM grill_orders WHERE location_id = ?::uuid",
                kitchen.locationId().toString())).isZero();
        assertThat(gateway.sql().count("SELECT count(*) FROM saavor_payloads WHERE NOT verified")).isEqualTo(3);
        assertThat(gateway.sql().count("SELECT count(*) FROM saavor_payloads WHERE outcome = 'invalid'")).isEqualTo(4);
        assertThat(gateway.sql().count("SELECT count(*) FROM saavor_payloads WHERE outcome = 'unknown_type'")).isEqualTo(1);
        assertThat(gateway.sql().count("SELECT count(*) FROM saavor_payloads WHERE outcome = 'unknown_store'")).isEqualTo(1);
    }

    @Test
    void adminsReadThePayloadLog(ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        new WebhookSender(api).send(event("order.created", kitchen.storeRef(), "S-7", Instant.now(),
                line("FRY", "Fries", 1)));
        ApiClient admin = api.as(api.admin());

        JsonNode page = admin.get("/saavor/payloads?limit=1").json();
        JsonNode latest = page.get("payloads").get(0);
        assertThat(latest.get("outcome").asText()).isEqualTo("applied");
        assertThat(latest.get("verified").asBoolean()).isTrue();
        JsonNode full = admin.get("/saavor/payloads/" + latest.get("id").asText()).json();
        assertThat(full.get("body").asText()).contains("\"S-7\"");
        assertThat(admin.get("/saavor/payloads/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.as(api.newUser("manager")).get("/saavor/payloads").assertError(403))
                .isEqualTo("Insufficient role. Required: [admin]");
    }
}
