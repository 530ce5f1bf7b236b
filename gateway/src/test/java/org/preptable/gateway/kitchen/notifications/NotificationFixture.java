package org.preptable.gateway.kitchen.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestUser;
import org.preptable.gateway.testing.WsClient;
import org.preptable.model.Json;

/** Shared steps of the notification tests: suggestions that cause notifications, and clients that hear them. */
final class NotificationFixture {

    static final String WS = "/api/v1/notifications";

    private NotificationFixture() {
    }

    /** A suggestion for a week still open at {@code today} (two weeks on), by {@code cook}; answers its id. */
    static long suggest(ApiClient cook, long stationId, String name, LocalDate today) {
        LocalDate target = today.plusWeeks(2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameDA", name);
        body.put("descriptionDA", name + " med nye kartofler");
        body.put("stationId", stationId);
        body.put("allergenIds", List.of(4));
        body.put("targetWeek", target.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        body.put("targetYear", target.get(IsoFields.WEEK_BASED_YEAR));
        var created = cook.post("/dish-suggestions", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static void approve(ApiClient chef, long suggestion) {
        assertThat(chef.patch("/dish-suggestions/" + suggestion + "/approve", null).status()).isEqualTo(200);
    }

    static void reject(ApiClient chef, long suggestion, String feedback) {
        assertThat(chef.patch("/dish-suggestions/" + suggestion + "/reject", Map.of("feedback", feedback)).status())
                .isEqualTo(200);
    }

    /** A WebSocket with the token in the Authorization header. */
    static WsClient socket(ApiClient api, TestUser user) {
        return WsClient.open(api.baseUrl(), WS, Map.of("Authorization", "Bearer " + user.token()));
    }

    /** A WebSocket with the token as {@code ?token=}, as a browser opens one. */
    static WsClient browserSocket(ApiClient api, TestUser user) {
        return WsClient.open(api.baseUrl(), WS + "?token=" + user.token(), Map.of());
    }

    static SseClient stream(ApiClient api, TestUser user, Long lastEventId) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Authorization", "Bearer " + user.token()));
        if (lastEventId != null) {
            headers.put("Last-Event-ID", Long.toString(lastEventId));
        }
        return SseClient.open(api.baseUrl(), "/notifications/stream", headers);
    }

    static JsonNode json(WsClient.Message message) {
        return read(message.text());
    }

    static JsonNode json(SseClient.Event event) {
        return read(event.data());
    }

    private static JsonNode read(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** {@code TYPE entityId} or {@code TYPE count=n}: what a test compares. */
    static String brief(JsonNode notification) {
        return notification.get("notificationType").asText() + (notification.get("count").isNull()
                ? " " + notification.get("entityId").asText() : " count=" + notification.get("count").asInt());
    }
}
