package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;

/** A kiosk signed in with its token runs its own location's screen, and only that one. */
@ExtendWith(GatewayExtension.class)
class KioskScreenTest {

    @Test
    void aKioskStreamsReadsAndBumpsItsOwnLocationOnly(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen own = KdsFixtures.kitchen(api);
        Kitchen other = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        String cookie = KioskFixtures.cookie(KioskFixtures.signIn(api, KioskFixtures.rotate(admin, own.locationId())));
        ApiClient kiosk = api.withHeader("Cookie", cookie).withHeader("Origin", gateway.baseUrl());

        try (SseClient screen = SseClient.open(gateway.baseUrl(), "/locations/" + own.locationId() + "/events",
                Map.of("Cookie", cookie))) {
            assertThat(screen.status()).isEqualTo(200);
            String id = new WebhookSender(api).send(event("order.created", own.storeRef(), "S-100", Instant.now(),
                    line("FRY", "Fries", 1))).json().get("order_id").asText();
            assertThat(screen.next(5).name()).isEqualTo("order.created");

            assertThat(kiosk.get("/locations/" + own.locationId() + "/orders").json()).hasSize(1);
            var bumped = kiosk.post("/locations/" + own.locationId() + "/orders/" + id + "/transition",
                    Map.of("from", "queued", "to", "preparing"));
            assertThat(bumped.status()).as(bumped.body()).isEqualTo(200);
            assertThat(screen.next(5).name()).isEqualTo("order.updated");
            assertThat(gateway.sql().text("SELECT actor_email FROM audit_log WHERE action = 'transition'"
                    + " AND entity_id = ?", id)).startsWith("kiosk-");
        }
        try (SseClient elsewhere = SseClient.open(gateway.baseUrl(), "/locations/" + other.locationId() + "/events",
                Map.of("Cookie", cookie))) {
            assertThat(elsewhere.status()).isEqualTo(403);
        }
        assertThat(kiosk.get("/locations/" + other.locationId() + "/orders").json()).isEmpty();
    }
}
