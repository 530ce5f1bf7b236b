package org.preptable.gateway.kitchen.shopping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.requests.RequestFixture.TODAY;
import static org.preptable.gateway.kitchen.requests.RequestFixture.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.kitchen.requests.RequestFixture;
import org.preptable.gateway.testing.ApiResponse;

/**
 * The optional AI normalizer against a real local HTTP server playing an OpenAI-compatible chat API: its names are
 * used (and merge what the rules alone would not), an unusable name it proposes is dropped, and every failure — an
 * error status, garbage, the wrong shape, a dropped connection, no answer within the time-out — falls back to the
 * deterministic rules silently: the list is still made, with {@code normalized: false}.
 */
class AiNormalizerTest {

    private static FakeChatApi chat;
    private static RequestFixture fixture;
    private static KitchenFixture kitchen;
    private static int day = 1;

    @BeforeAll
    static void start() {
        chat = new FakeChatApi();
        fixture = new RequestFixture(Map.of("PREPTABLE_AI_URL", chat.url() + "/",
                "PREPTABLE_AI_KEY", "test-chat-key", "PREPTABLE_AI_MODEL", "test-model",
                "PREPTABLE_SHOPPING_AI_TIMEOUT_MS", "1000"));
        kitchen = fixture.kitchen;
    }

    @AfterAll
    static void stop() {
        fixture.close();
        chat.close();
    }

    @BeforeEach
    void reset() {
        chat.mode = FakeChatApi.Mode.ANSWER;
        chat.received.clear();
        chat.dictionary.clear();
    }

    /** Approves Onions 2 KG (Claire) and løg 500 G (Rene) for a new date and generates its list. */
    private static JsonNode generate() {
        LocalDate date = TODAY.plusDays(day++);
        fixture.approved(kitchen.lineCook, body("Onions", 2, "KG", date, null));
        fixture.approved(kitchen.otherCook, body("løg", 500, "G", date, null));
        ApiResponse generated = kitchen.headChef.post("/shopping-lists",
                Map.of("deliveryDate", date.toString(), "targetLanguage", "da"));
        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        return generated.json();
    }

    private static List<String> items(JsonNode list) {
        List<String> items = new ArrayList<>();
        list.get("items").forEach(item -> items.add(item.get("ingredientName").asText() + " "
                + item.get("quantity").asDouble() + " " + item.get("unit").asText()));
        return items;
    }

    @Test
    void theAiNamesAreUsedAndMergeCrossLanguageSynonyms() {
        chat.dictionary.put("Onions", "Løg");
        chat.dictionary.put("løg", "Løg");

        JsonNode list = generate();

        assertThat(list.get("normalized").asBoolean()).isTrue();
        assertThat(items(list)).containsExactly("Løg 2.5 KG");
        assertThat(list.get("items").get(0).get("notes").asText())
                .as("the notes keep what each cook asked for").isEqualTo("Claire (Onions: 2.0 KG) | Rene (løg: 500.0 G)");
        assertThat(chat.received).hasSize(1);
        FakeChatApi.Received request = chat.received.getFirst();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer test-chat-key");
        assertThat(request.body().get("model").asText()).isEqualTo("test-model");
        assertThat(request.body().path("messages").path(0).path("content").asText()).contains("translate into Danish");
        assertThat(request.names()).containsExactly("Onions", "løg");
    }

    @Test
    void aNameThatBreaksTheKitchensRulesIsDroppedAndThatIngredientKeepsItsOwn() {
        chat.dictionary.put("Onions", "Løg <script>");
        chat.dictionary.put("løg", "Løg");

        JsonNode list = generate();

        assertThat(list.get("normalized").asBoolean()).isTrue();
        assertThat(items(list)).containsExactly("Løg 500.0 G", "Onion 2.0 KG");
    }

    @Test
    void everyFailureFallsBackToTheRulesSilently() {
        for (FakeChatApi.Mode mode : List.of(FakeChatApi.Mode.ERROR_STATUS, FakeChatApi.Mode.GARBAGE,
                FakeChatApi.Mode.NOT_AN_OBJECT, FakeChatApi.Mode.DROP, FakeChatApi.Mode.SILENT)) {
            chat.mode = mode;
            long started = System.nanoTime();

            JsonNode list = generate();

            assertThat(list.get("normalized").asBoolean()).as(mode.name()).isFalse();
            assertThat(items(list)).as(mode.name()).containsExactly("Løg 500.0 G", "Onion 2.0 KG");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(mode + ": bounded by the time-out, not hung")
                    .isLessThan(Duration.ofSeconds(15));
        }
        assertThat(chat.received).hasSize(5);
    }
}
