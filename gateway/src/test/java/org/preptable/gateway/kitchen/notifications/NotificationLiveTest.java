package org.preptable.gateway.kitchen.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.approve;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.brief;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.browserSocket;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.json;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.reject;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.socket;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.stream;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.auth.JwtTokens;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WsClient;

/**
 * The live channels with real clients (the JDK's WebSocket, an SSE reader) against a real gateway: who hears what
 * and in which order, 1008 for bad tokens, several tabs, and replay after a gap.
 */
class NotificationLiveTest {

    private static final Instant NOW = Instant.parse("2026-06-02T08:00:00Z"); // Tuesday of week 23
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 2);
    private static KitchenFixture kitchen;

    @BeforeAll
    static void start() {
        kitchen = new KitchenFixture(NOW, Map.of("PREPTABLE_SSE_HEARTBEAT_MS", "200"));
    }

    @AfterAll
    static void stop() {
        kitchen.close();
    }

    private static long hot() {
        return kitchen.station("Hot Kitchen");
    }

    private static int pending() {
        return kitchen.headChef.get("/notifications/snapshot").json().get("pendingDishSuggestions").asInt();
    }

    /**
     * How long a test waits for a message: what is asserted here is who hears what, in which order, not how fast
     * (speed is scripts/bench/notifications's); the bound stays above the hub's 5 s safety poll, which
     * delivers a notification whose NOTIFY came late (one CI run of three timed out at exactly 5 s).
     */
    private static final int WAIT = 8;

    private static List<String> briefs(WsClient socket, int count) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long lastId = 0;
        for (int i = 0; i < count; i++) {
            JsonNode message = json(socket.next(WAIT));
            assertThat(message.get("id").asLong()).as("ids rise").isGreaterThan(lastId);
            lastId = message.get("id").asLong();
            seen.add(brief(message));
        }
        return seen;
    }

    @Test
    void twoCooksAndTheHeadChefEachHearTheirOwnInOrder() throws Exception {
        int before = pending();
        try (WsClient gordon = socket(kitchen.api, kitchen.gordon);
             WsClient claire = browserSocket(kitchen.api, kitchen.claire);
             WsClient rene = socket(kitchen.api, kitchen.rene)) {
            long stegt = suggest(kitchen.lineCook, hot(), "Stegt flæsk", TODAY);
            long boller = suggest(kitchen.otherCook, hot(), "Boller i karry", TODAY);
            approve(kitchen.headChef, stegt);
            reject(kitchen.headChef, boller, "Too heavy for June");

            assertThat(briefs(gordon, 4)).containsExactly("NEW_DISH_SUGGESTION " + stegt,
                    "NEW_DISH_SUGGESTION " + boller, "PENDING_COUNT_UPDATED count=" + (before + 1),
                    "PENDING_COUNT_UPDATED count=" + before);
            JsonNode approved = json(claire.next(WAIT));
            assertThat(brief(approved)).isEqualTo("SUGGESTION_APPROVED " + stegt);
            assertThat(approved.get("category").asText()).isEqualTo("DISH_SUGGESTION");
            assertThat(approved.get("read").asBoolean()).isFalse();
            assertThat(approved.get("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            JsonNode rejected = json(rene.next(WAIT));
            assertThat(brief(rejected)).isEqualTo("SUGGESTION_REJECTED " + boller);
            assertThat(rejected.get("message").asText()).contains("Boller i karry").endsWith(": Too heavy for June");

            assertThat(claire.drain(300)).as("a cook hears nothing of the other cook's or the kitchen's").isEmpty();
            assertThat(rene.drain(0)).isEmpty();
            assertThat(gordon.drain(0)).isEmpty();
        }
    }

    @Test
    void aMissingBadOrExpiredTokenClosesTheSocketWith1008() throws Exception {
        try (WsClient none = WsClient.open(kitchen.api.baseUrl(), NotificationFixture.WS, Map.of())) {
            assertThat(none.closeFrame(5)).isEqualTo(new WsClient.Close(1008, "Missing or malformed Authorization header"));
        }
        try (WsClient garbage = WsClient.open(kitchen.api.baseUrl(), NotificationFixture.WS + "?token=not.a.jwt",
                Map.of())) {
            assertThat(garbage.closeFrame(5).code()).isEqualTo(1008);
        }
        Vertx vertx = Vertx.vertx();
        try {
            long past = NOW.getEpochSecond() - 3600;
            String expired = new JwtTokens(vertx, TestGateway.JWT_SECRET).sign(new JsonObject()
                    .put("sub", kitchen.claire.email()).put("iss", JwtTokens.ISSUER)
                    .put("userId", kitchen.claire.number()).put("uid", kitchen.claire.id().toString())
                    .put("email", kitchen.claire.email()).put("role", "LINE_COOK")
                    .put("iat", past - 1800).put("exp", past));
            try (WsClient old = WsClient.open(kitchen.api.baseUrl(), NotificationFixture.WS,
                    Map.of("Authorization", "Bearer " + expired))) {
                assertThat(old.closeFrame(5)).isEqualTo(new WsClient.Close(1008, "Token has expired"));
            }
        } finally {
            vertx.close().await();
        }
        assertThat(kitchen.gateway.gateway().notifications().hub().subscribers(kitchen.claire.id()))
                .as("refused sockets never subscribe").isZero();
    }

    @Test
    void everyTabOfOneUserGetsEachNotificationOnce() throws Exception {
        long id = suggest(kitchen.lineCook, hot(), "Koldskål", TODAY);
        try (WsClient first = socket(kitchen.api, kitchen.claire);
             WsClient second = browserSocket(kitchen.api, kitchen.claire);
             SseClient third = stream(kitchen.api, kitchen.claire, null)) {
            assertThat(third.status()).isEqualTo(200);
            assertThat(kitchen.gateway.gateway().notifications().hub().subscribers(kitchen.claire.id())).isEqualTo(3);
            approve(kitchen.headChef, id);

            assertThat(brief(json(first.next(WAIT)))).isEqualTo("SUGGESTION_APPROVED " + id);
            assertThat(brief(json(second.next(WAIT)))).isEqualTo("SUGGESTION_APPROVED " + id);
            SseClient.Event event = third.next(WAIT);
            assertThat(event.name()).isEqualTo("notification");
            assertThat(brief(json(event))).isEqualTo("SUGGESTION_APPROVED " + id);
            assertThat(event.id()).isEqualTo(json(event).get("id").asText());
            assertThat(first.drain(300)).isEmpty();
            assertThat(second.drain(0)).isEmpty();
            assertThat(third.drain(0)).isEmpty();
            assertThat(third.heartbeats()).as("the stream's heartbeat").isPositive();
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (kitchen.gateway.gateway().notifications().hub().subscribers(kitchen.claire.id()) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(kitchen.gateway.gateway().notifications().hub().subscribers(kitchen.claire.id()))
                .as("closed tabs are unsubscribed").isZero();
    }

    @Test
    void aTabThatWasAwayResumesFromTheLastIdItSaw() throws Exception {
        long first = suggest(kitchen.otherCook, hot(), "Rødgrød", TODAY);
        long second = suggest(kitchen.otherCook, hot(), "Æblekage", TODAY);
        long third = suggest(kitchen.otherCook, hot(), "Citronfromage", TODAY);
        long seen;
        try (WsClient rene = socket(kitchen.api, kitchen.rene)) {
            approve(kitchen.headChef, first);
            seen = json(rene.next(WAIT)).get("id").asLong();
        }
        approve(kitchen.headChef, second); // while away
        reject(kitchen.sousChef, third, "Not this week");

        try (SseClient resumed = stream(kitchen.api, kitchen.rene, seen)) {
            assertThat(brief(json(resumed.next(WAIT)))).isEqualTo("SUGGESTION_APPROVED " + second);
            assertThat(brief(json(resumed.next(WAIT)))).isEqualTo("SUGGESTION_REJECTED " + third);
            assertThat(resumed.drain(300)).isEmpty();
        }
        try (WsClient resumed = WsClient.open(kitchen.api.baseUrl(),
                NotificationFixture.WS + "?lastEventId=" + seen, Map.of("Authorization", "Bearer " + kitchen.rene.token()))) {
            assertThat(briefs(resumed, 2)).containsExactly("SUGGESTION_APPROVED " + second,
                    "SUGGESTION_REJECTED " + third);
        }
        try (SseClient foreign = stream(kitchen.api, kitchen.rene, Long.MAX_VALUE / 2)) {
            assertThat(foreign.next(WAIT).name()).as("an id never issued to this user").isEqualTo("reset");
        }
    }
}
