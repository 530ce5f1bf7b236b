package org.preptable.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import org.preptable.model.Json;

/** A response as received, with helpers for JSON bodies and the error envelope. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("body is not JSON (status " + status + "): " + body, e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /**
     * Asserts the status and that the body is the five-field error envelope with matching status and path;
     * returns the message for further checks.
     */
    public String assertError(int expectedStatus) {
        assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
        JsonNode envelope = json();
        assertThat(envelope.get("statusCode").asInt()).isEqualTo(expectedStatus);
        assertThat(envelope.get("message").asText()).isNotBlank();
        assertThat(envelope.get("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(envelope.get("path").asText()).startsWith("/");
        assertThat(envelope.get("referenceId").asText()).hasSize(8).isEqualTo(header("X-Request-Id"));
        return envelope.get("message").asText();
    }

    /**
     * A 200 whose body is, byte for byte, what {@link Json#write} makes of {@code oldView}, with a matching
     * {@code Content-Length}: for a body now written another way that must not change on the wire.
     */
    public void assertSameBytesAs(Object oldView) {
        assertThat(status).as(body).isEqualTo(200);
        String old = Json.write(oldView);
        byte[] oldBytes = old.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(old);
        assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(oldBytes);
        assertThat(header("Content-Length")).isEqualTo(String.valueOf(oldBytes.length));
    }
}
