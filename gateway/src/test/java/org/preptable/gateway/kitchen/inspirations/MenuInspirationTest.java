package org.preptable.gateway.kitchen.inspirations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.kitchen.inspirations.FakeAi.Mode;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.SseClient.Event;
import org.preptable.model.Json;

/**
 * Menu inspirations against a real local HTTP server playing an OpenAI-compatible API ({@link FakeAi}): what is
 * asked (path, key, model, the station and its recent dishes), the daily list, the stream (statuses, each dish as
 * soon as it is whole, done) and each way the model can fail — an error status, garbage, no answer within the
 * time-out, an answer cut short — as a 502 or an {@code error} event.
 */
class MenuInspirationTest {

    private static final String KEY = "test-ai-key";
    private static final String EXPECTED_STEPS = "[Analyserer køkkenstationens udstyr..., Henter seneste menuretter"
            + " fra stationen..., Forbereder data og bæredygtighedsregler..., Starter generering af menuforslag...]";

    private static FakeAi ai;
    private static KitchenFixture k;
    private static long hot;

    @BeforeAll
    static void start() {
        ai = new FakeAi();
        k = new KitchenFixture(Instant.parse("2026-06-03T10:00:00Z"), Map.of("PREPTABLE_AI_URL", ai.url() + "/",
                "PREPTABLE_AI_KEY", KEY, "PREPTABLE_AI_MODEL", "test-model", "PREPTABLE_AI_TIMEOUT_MS", "1500"));
        hot = k.station("Hot Kitchen");
        assertThat(k.headChef.patch("/users/" + k.claire.number() + "/station/" + hot, null).status())
                .isEqualTo(200);
        long served = k.dish("Stegt Flæsk", "Med persillesovs og kartofler", "Hot Kitchen", List.of())
                .get("id").asLong();
        long planned = k.dish("Hakkebøf", "Med bløde løg og brun sovs", "Hot Kitchen", List.of()).get("id").asLong();
        k.menu(23, 2026, "PUBLISHED", served); // this week, published: the model is told not to repeat it
        k.menu(24, 2026, "DRAFT", planned); // next week, a draft: not served, not mentioned
    }

    @AfterAll
    static void stop() {
        k.close();
        ai.close();
    }

    @BeforeEach
    void answering() {
        ai.reset();
    }

    @Test
    void theDailyListIsTheModelsTenDishesForTheCallersStation() {
        var answer = k.lineCook.get("/menu-inspirations/daily");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json()).hasSize(10);
        assertThat(names(answer.json())).containsExactlyElementsOf(FakeAi.NAMES);
        assertThat(answer.json().get(0).toString()).isEqualTo("{\"nameDA\":\"Bagt Græskar med Linser\","
                + "\"descriptionDA\":\"En god ret nummer 1 med årstidens grøntsager.\"}");

        assertThat(ai.received()).hasSize(1);
        FakeAi.Received request = ai.received().getFirst();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer " + KEY);
        assertThat(request.body().get("model").asText()).isEqualTo("test-model");
        assertThat(request.body().get("stream").asBoolean()).isFalse();
        String prompt = request.body().get("messages").get(1).get("content").asText();
        assertThat(prompt).contains("Hot Kitchen", "Stegt Flæsk", "præcis 10").doesNotContain("Hakkebøf");
        assertThat(request.body().get("messages").get(0).get("role").asText()).isEqualTo("system");
    }

    @Test
    void theStationCanBeNamedAndMustExist() {
        assertThat(k.headChef.get("/menu-inspirations/daily").assertError(400))
                .startsWith("Station cannot be null.");
        assertThat(k.headChef.get("/menu-inspirations/stream").assertError(400))
                .startsWith("Station cannot be null.");
        assertThat(k.headChef.get("/menu-inspirations/daily?stationId=987654").assertError(404))
                .isEqualTo("Station with ID 987654 was not found.");
        assertThat(k.headChef.get("/menu-inspirations/daily?stationId=x").assertError(400)).contains("stationId");
        assertThat(ai.received()).isEmpty();

        long cold = k.station("Cold Kitchen");
        assertThat(k.sousChef.get("/menu-inspirations/daily?stationId=" + cold).json()).hasSize(10);
        assertThat(ai.received().getFirst().body().get("messages").get(1).get("content").asText())
                .contains("Cold Kitchen").doesNotContain("Stegt Flæsk");

        ApiClient customer = k.api.as(k.api.newUser("CUSTOMER"));
        assertThat(customer.get("/menu-inspirations/daily").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF, LINE_COOK]");
        assertThat(k.api.get("/menu-inspirations/stream").assertError(401)).isNotBlank();
        assertThat(k.api.withHeader("Authorization", "Bearer not-a-real-jwt-token").get("/menu-inspirations/daily")
                .assertError(401)).isNotBlank();
    }

    @Test
    void theStreamSendsTheStepsThenEveryDishThenDone() throws Exception {
        try (SseClient stream = open()) {
            assertThat(steps(stream)).isEqualTo(EXPECTED_STEPS);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Event dish = stream.next(10);
                assertThat(dish.name()).isEqualTo("dish");
                JsonNode data = Json.MAPPER.readTree(dish.data());
                assertThat(data.size()).isEqualTo(2);
                assertThat(data.get("descriptionDA").asText()).isEqualTo("En god ret nummer " + (i + 1)
                        + " med årstidens grøntsager.");
                names.add(data.get("nameDA").asText());
            }
            assertThat(names).containsExactlyElementsOf(FakeAi.NAMES);
            Event done = stream.next(10);
            assertThat(done.name()).isEqualTo("done");
            assertThat(done.data()).isEqualTo("complete");
            assertThat(stream.status()).isEqualTo(200);
        }
        assertThat(ai.received().getFirst().body().get("stream").asBoolean()).isTrue();
    }

    @Test
    void aDishIsSentAsSoonAsItIsWholeAndNeverHalf() throws Exception {
        ai.mode(Mode.GATED); // the model has written the first dish and half of the second, then thinks
        try (SseClient stream = open()) {
            steps(stream);
            Event first = stream.next(10);
            assertThat(first.name()).isEqualTo("dish");
            assertThat(first.data()).contains(FakeAi.NAMES.get(0));
            assertThat(stream.drain(300)).as("half a dish is not sent").isEmpty();

            ai.release();
            for (int i = 1; i < 10; i++) {
                assertThat(stream.next(10).data()).contains(FakeAi.NAMES.get(i));
            }
            assertThat(stream.next(10).name()).isEqualTo("done");
        }
    }

    @Test
    void unusableEntriesAreLeftOut() throws Exception {
        ai.mode(Mode.SOME_INVALID);
        assertThat(names(k.lineCook.get("/menu-inspirations/daily").json())).hasSize(8)
                .doesNotContain(FakeAi.NAMES.get(1), FakeAi.NAMES.get(3));
        try (SseClient stream = open()) {
            steps(stream);
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                events.add(stream.next(10).name());
            }
            assertThat(events).containsExactly("dish", "dish", "dish", "dish", "dish", "dish", "dish", "dish", "done");
        }
    }

    @Test
    void everyFailureOfTheModelIsA502OrAnErrorEvent() throws Exception {
        expectFailure(Mode.ERROR_500, "External service unavailable: the AI service answered HTTP 500", 0);
        expectFailure(Mode.BAD_JSON, "External service unavailable: the AI service", 1);
        expectFailure(Mode.SILENT, "External service unavailable: the AI service did not answer within 1500 ms", 0);
        expectFailure(Mode.TRUNCATED, "External service unavailable: the answer ended before its list of dishes"
                + " was complete", 2);
    }

    /** The daily route answers 502 with {@code message}; the stream sends {@code dishes} dishes, then the error. */
    private static void expectFailure(Mode mode, String message, int dishes) throws Exception {
        ai.mode(mode);
        assertThat(k.lineCook.get("/menu-inspirations/daily").assertError(502)).as(mode.name()).startsWith(message);
        ai.mode(mode);
        try (SseClient stream = open()) {
            steps(stream);
            for (int i = 0; i < dishes; i++) {
                assertThat(stream.next(10).name()).as(mode + " dish " + i).isEqualTo("dish");
            }
            Event error = stream.next(10);
            assertThat(error.name()).as(mode.name()).isEqualTo("error");
            assertThat(error.data()).startsWith(message);
            assertThat(stream.drain(100)).isEmpty();
        }
    }

    private static SseClient open() {
        return SseClient.open(k.gateway.baseUrl(), "/menu-inspirations/stream",
                Map.of("Authorization", "Bearer " + k.claire.token()));
    }

    /** The four status events, as one text. */
    private static String steps(SseClient stream) throws InterruptedException {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Event step = stream.next(10);
            assertThat(step.name()).isEqualTo("status");
            steps.add(step.data());
        }
        return steps.toString();
    }

    private static List<String> names(JsonNode dishes) {
        List<String> names = new ArrayList<>();
        dishes.forEach(dish -> names.add(dish.get("nameDA").asText()));
        return names;
    }
}
