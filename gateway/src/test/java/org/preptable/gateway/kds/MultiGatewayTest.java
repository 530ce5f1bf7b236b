package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.Json;

/** Several gateways on one PostgreSQL, as behind a load balancer, and a gateway restarting under its screens. */
class MultiGatewayTest {

    private static SseClient stream(TestGateway gateway, String token, Kitchen kitchen, Long lastEventId) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Authorization", "Bearer " + token));
        if (lastEventId != null) {
            headers.put("Last-Event-ID", Long.toString(lastEventId));
        }
        return SseClient.open(gateway.baseUrl(), "/locations/" + kitchen.locationId() + "/events", headers);
    }

    @Test
    void anOrderPostedToOneGatewayIsStreamedByBoth() throws Exception {
        try (TestGateway first = TestGateway.start();
             TestGateway second = TestGateway.startOn(first.database(), Map.of())) {
            Kitchen kitchen = KdsFixtures.kitchen(first.client());
            String token = first.client().admin().token();
            try (SseClient onFirst = stream(first, token, kitchen, null);
                 SseClient onSecond = stream(second, token, kitchen, null)) {
                assertThat(onFirst.status()).isEqualTo(200);
                assertThat(onSecond.status()).isEqualTo(200);

                new WebhookSender(first.client()).send(event("order.created", kitchen.storeRef(), "S-60",
                        Instant.now(), line("FRY", "Fries", 1)));

                SseClient.Event a = onFirst.next(5);
                SseClient.Event b = onSecond.next(5);
                assertThat(b.id()).isEqualTo(a.id());
                assertThat(b.data()).isEqualTo(a.data());
                assertThat(onSecond.drain(300)).isEmpty();
            }
        }
    }

    @Test
    void screensMissNothingWhenTheirGatewayRestarts() throws Exception {
        TestGateway gateway = TestGateway.start();
        var database = gateway.database();
        Kitchen kitchen = KdsFixtures.kitchen(gateway.client());
        String token = gateway.client().admin().token();
        long lastSeen;
        try (SseClient screen = stream(gateway, token, kitchen, null)) {
            assertThat(screen.status()).isEqualTo(200);
            new WebhookSender(gateway.client()).send(event("order.created", kitchen.storeRef(), "S-70", Instant.now(),
                    line("FRY", "Fries", 1)));
            lastSeen = Long.parseLong(screen.next(5).id());
            gateway.close();
        }
        try (TestGateway restarted = TestGateway.startOn(database, Map.of())) {
            WebhookSender saavor = new WebhookSender(restarted.client());
            saavor.send(event("order.created", kitchen.storeRef(), "S-71", Instant.now(), line("FRY", "Fries", 1)));
            saavor.send(event("order.created", kitchen.storeRef(), "S-72", Instant.now(), line("FRY", "Fries", 1)));
            try (SseClient screen = stream(restarted, token, kitchen, lastSeen)) {
                List<String> received = new ArrayList<>();
                received.add(Json.MAPPER.readTree(screen.next(5).data()).get("saavor_order_id").asText());
                received.add(Json.MAPPER.readTree(screen.next(5).data()).get("saavor_order_id").asText());
                assertThat(received).containsExactly("S-71", "S-72");
                assertThat(screen.drain(300)).isEmpty();
            }
        }
    }
}
