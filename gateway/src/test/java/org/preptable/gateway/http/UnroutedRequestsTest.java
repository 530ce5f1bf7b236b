package org.preptable.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.RawHttp;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.model.Json;

/**
 * Requests refused before the router: each gets the error envelope (not Netty's empty 414/431 or the router's
 * plain "Bad Request"), with no sign-in needed to be told so.
 */
@ExtendWith(GatewayExtension.class)
class UnroutedRequestsTest {

    @Test
    void aBadPercentEscapeInThePathOrQueryIsA400Envelope(TestGateway gateway) throws Exception {
        for (String target : new String[] {"/api/v1/items/%zz", "/api/v1/items?search=%zz", "/api/v1/items/%",
                "/api/v1/items?search=a%00b", "/api/v1/stations/name/a%00b", "/healthz%zz"}) {
            RawHttp.Answer answer = RawHttp.send(gateway.gateway().port(), "GET", target, Map.of(), null);
            assertThat(answer.status()).as(target).isEqualTo(400);
            JsonNode envelope = Json.MAPPER.readTree(answer.body());
            assertThat(envelope.get("statusCode").asInt()).isEqualTo(400);
            assertThat(envelope.get("message").asText()).containsAnyOf("percent-escape", "NUL");
            assertThat(envelope.get("referenceId").asText()).isEqualTo(answer.header("X-Request-Id"));
        }
    }

    @Test
    void aTooLongRequestLineIs414AndTooLargeHeadersAre431WithTheEnvelope(TestGateway gateway) throws Exception {
        RawHttp.Answer longLine = RawHttp.send(gateway.gateway().port(), "GET", "/api/v1/items/" + "x".repeat(10_000),
                Map.of(), null);
        assertThat(longLine.status()).isEqualTo(414);
        assertThat(Json.MAPPER.readTree(longLine.body()).get("statusCode").asInt()).isEqualTo(414);
        assertThat(longLine.header("Connection")).isEqualTo("close");

        RawHttp.Answer bigHeader = RawHttp.send(gateway.gateway().port(), "GET", "/api/v1/items",
                Map.of("X-Padding", "y".repeat(10_000)), null);
        assertThat(bigHeader.status()).isEqualTo(431);
        assertThat(Json.MAPPER.readTree(bigHeader.body()).get("message").asText()).contains("headers are too large");
        assertThat(bigHeader.header("Connection")).isEqualTo("close");
    }

    @Test
    void aJsonRouteRefusesABodyLabelledAsSomethingElse(ApiClient api) {
        String token = api.admin().token();
        var plain = api.as(token).withHeader("Content-Type", "text/plain")
                .post("/locations", "{\"name\": \"Waco\", \"timezone\": \"America/Chicago\"}");
        assertThat(plain.assertError(415)).isEqualTo("Unsupported content type 'text/plain'; send the body as JSON"
                + " with the header Content-Type: application/json (curl: -H 'Content-Type: application/json')");
        var form = api.as(token).withHeader("Content-Type", "application/x-www-form-urlencoded")
                .post("/locations", "name=Waco");
        assertThat(form.assertError(415)).contains("application/x-www-form-urlencoded");
        assertThat(api.as(token).get("/locations").json().findValuesAsText("name")).doesNotContain("Waco");
    }

    @Test
    void aNulCharacterInAFieldIsA400NamingTheField(ApiClient api) {
        assertThat(api.post("/auth/login", "{\"email\": \"a\\u0000@b.dk\", \"password\": \"x\"}").assertError(400))
                .isEqualTo("Field 'email' must not contain a NUL character");
        assertThat(api.post("/auth/register", "{\"firstName\": \"A\\u0000\", \"lastName\": \"B\", "
                + "\"email\": \"nul@b.dk\", \"password\": \"Kitchen-Pass-1\"}").assertError(400))
                .isEqualTo("Field 'firstName' must not contain a NUL character");
    }
}
