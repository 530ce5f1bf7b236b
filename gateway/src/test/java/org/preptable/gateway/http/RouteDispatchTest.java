package org.preptable.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;

/**
 * The gateway's real routes, now kept per first path segment ({@link RouteSegments}): routes of several feature
 * classes under one segment (/locations: ops, the kitchen display, menus), a route mounted last (the webhook), and
 * the 404 and 405 envelopes around them, as a client sees them. A 401 means the route was found (its gate
 * answered), a 404 or 405 that the router decided.
 */
@ExtendWith(GatewayExtension.class)
class RouteDispatchTest {

    private static final String LOCATION = "/locations/" + UUID.randomUUID();

    @Test
    void routesOfSeveralFeaturesUnderOneSegmentAreAllFound(ApiClient api) {
        for (String path : new String[] {LOCATION, LOCATION + "/inventory", LOCATION + "/events",
                LOCATION + "/orders", LOCATION + "/menu/current", LOCATION + "/placements", LOCATION + "/speed",
                LOCATION + "/screens", "/items/low", "/items/" + UUID.randomUUID() + "/inventory",
                "/stores/" + UUID.randomUUID() + "/inventory", "/saavor/payloads"}) {
            api.get(path).assertError(401);
        }
        api.post("/locations/kiosk_token/rotate_all", Map.of()).assertError(401);
        assertThat(api.get("/openapi.json").status()).isEqualTo(200);
    }

    @Test
    void aWrongMethodIsStillA405InEverySegmentIncludingTheLastMounted(ApiClient api) {
        assertThat(api.send("PUT", LOCATION + "/orders", Map.of()).assertError(405))
                .isEqualTo("Method PUT is not allowed on /api/v1" + LOCATION + "/orders");
        assertThat(api.get("/saavor/webhook").assertError(405))
                .isEqualTo("Method GET is not allowed on /api/v1/saavor/webhook");
        assertThat(api.get("/locations/kiosk_token/rotate_all").assertError(405)).startsWith("Method GET");
        assertThat(api.delete("/openapi.json").assertError(405)).startsWith("Method DELETE");
    }

    @Test
    void pathsNoRouteServesAreStillA404(ApiClient api) {
        for (String path : new String[] {LOCATION + "/no-such-thing", "/ITEMS", "/itemsx", "/no-such-thing/42",
                "/saavor/webhook/extra"}) {
            assertThat(api.get(path).assertError(404)).as(path).isEqualTo("No resource at GET /api/v1" + path);
        }
        // a root route's 405 (GET /api/v1/healthz) does not leak into the API: as before, a 404
        assertThat(api.post("/api/v1/healthz", Map.of()).assertError(404)).startsWith("No resource at POST");
    }
}
