package org.preptable.gateway.kitchen.inspirations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.SseClient.Event;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/** Without {@code PREPTABLE_AI_URL} and {@code PREPTABLE_AI_MODEL}: a 502 for the list, an error event on the stream. */
@ExtendWith(GatewayExtension.class)
class MenuInspirationNotConfiguredTest {

    private static final String MESSAGE = "External service unavailable: the AI service is not configured"
            + " (PREPTABLE_AI_URL and PREPTABLE_AI_MODEL)";

    @Test
    void theListIsA502AndTheStreamEndsWithAnErrorEvent(TestGateway gateway, ApiClient api) throws Exception {
        TestUser admin = api.admin();
        ApiClient chef = api.as(admin);
        long station = chef.post("/stations", Map.of("name", "Hot Kitchen", "description", "Main Courses"))
                .json().get("id").asLong();
        TestUser cook = api.newUser("LINE_COOK");
        assertThat(chef.patch("/users/" + cook.number() + "/station/" + station, null).status()).isEqualTo(200);

        assertThat(api.as(cook).get("/menu-inspirations/daily").assertError(502)).isEqualTo(MESSAGE);
        assertThat(chef.get("/menu-inspirations/daily?stationId=" + station).assertError(502)).isEqualTo(MESSAGE);

        try (SseClient stream = SseClient.open(gateway.baseUrl(), "/menu-inspirations/stream",
                Map.of("Authorization", "Bearer " + cook.token()))) {
            Event event = stream.next(10);
            while (event.name().equals("status")) {
                event = stream.next(10);
            }
            assertThat(event.name()).isEqualTo("error");
            assertThat(event.data()).isEqualTo(MESSAGE);
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.drain(100)).isEmpty();
        }
    }
}
