package org.preptable.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;

@ExtendWith(GatewayExtension.class)
class ErrorEnvelopeTest {

    @Test
    void healthAnswersOkWithoutAuthentication(ApiClient api) {
        for (String path : new String[] {"/healthz", "/api/v1/healthz"}) {
            var health = api.get(path);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("ok");
        }
        assertThat(api.get("/readyz").body()).isEqualTo("ready");
    }

    @Test
    void unknownRouteIsA404Envelope(ApiClient api) {
        var response = api.get("/no-such-thing/42");
        assertThat(response.assertError(404)).isEqualTo("No resource at GET /api/v1/no-such-thing/42");
        assertThat(response.json().get("path").asText()).isEqualTo("/api/v1/no-such-thing/42");
        assertThat(response.json().size()).isEqualTo(5);
        assertThat(api.get("/outside/the/api").assertError(404)).contains("/outside/the/api");
    }

    @Test
    void wrongMethodIsA405Envelope(ApiClient api) {
        assertThat(api.delete("/auth/login").assertError(405)).isEqualTo("Method DELETE is not allowed on /api/v1/auth/login");
    }

    @Test
    void bodiesOverTheLimitAre413(ApiClient api) {
        String huge = "{\"email\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        assertThat(api.post("/auth/login", huge).assertError(413)).contains("1048576 bytes");
    }

    @Test
    void plainTextIsServedToClientsThatPreferIt(ApiClient api) {
        var plain = api.withHeader("Accept", "text/plain").get("/users/me");
        assertThat(plain.status()).isEqualTo(401);
        assertThat(plain.header("Content-Type")).startsWith("text/plain");
        assertThat(plain.body()).isEqualTo("Missing or malformed Authorization header\n");

        var preferred = api.withHeader("Accept", "application/json;q=0.5, text/plain").get("/users/me");
        assertThat(preferred.header("Content-Type")).startsWith("text/plain");
        var json = api.withHeader("Accept", "application/json, text/plain;q=0.9").get("/users/me");
        assertThat(json.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void everyResponseCarriesARequestId(ApiClient api) {
        var first = api.get("/healthz").header("X-Request-Id");
        var second = api.get("/healthz").header("X-Request-Id");
        assertThat(first).hasSize(8).isNotEqualTo(second);
        assertThat(api.post("/auth/login", Map.of()).header("X-Request-Id")).hasSize(8);
    }
}
