package org.preptable.gateway.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.kitchen.translation.FakeDeepL;

/**
 * The kitchen-planning flow from end to end, as a brigade uses it: a line cook suggests a dish for next week,
 * the sous chef approves it into the dish bank, the head chef puts it on next week's menu, has the menu
 * translated (a real local HTTP server plays DeepL) and publishes it, and a guest reads the published menu.
 */
class KitchenPlanningFlowTest {

    @Test
    void aSuggestionBecomesADishOnAPublishedMenuThatGuestsRead() throws Exception {
        try (FakeDeepL deepl = new FakeDeepL();
             KitchenFixture kitchen = new KitchenFixture(Instant.parse("2026-06-02T08:00:00Z"), // Tuesday, week 23
                     Map.of("PREPTABLE_TRANSLATE_URL", deepl.url(), "PREPTABLE_TRANSLATE_KEY", "flow-key"))) {
            deepl.translates("Koldskål med kammerjunkere", "Cold buttermilk soup with biscuits");
            deepl.translates("Kærnemælk, citron og vanilje med sprøde kammerjunkere",
                    "Buttermilk, lemon and vanilla with crisp biscuits");

            var suggested = kitchen.lineCook.post("/dish-suggestions", Map.of("nameDA", "Koldskål med kammerjunkere",
                    "descriptionDA", "Kærnemælk, citron og vanilje med sprøde kammerjunkere",
                    "stationId", kitchen.station("Pastry"), "allergenIds", List.of(1, 3, 7),
                    "targetWeek", 24, "targetYear", 2026));
            assertThat(suggested.status()).as(suggested.body()).isEqualTo(201);
            long suggestion = suggested.json().get("id").asLong();

            var approved = kitchen.sousChef.patch("/dish-suggestions/" + suggestion + "/approve", null);
            assertThat(approved.json().get("dishStatus").asText()).isEqualTo("APPROVED");
            long dish = approved.json().get("dishId").asLong();
            JsonNode available = kitchen.headChef.get("/dishes/available?week=24&year=2026").json();
            assertThat(available.get("thisWeekDishes").get("Pastry").findValuesAsText("dishName"))
                    .containsExactly("Koldskål med kammerjunkere");

            var menu = kitchen.headChef.post("/weekly-menus", Map.of("week", 24, "year", 2026));
            long menuId = menu.json().get("menuId").asLong();
            assertThat(kitchen.headChef.post("/weekly-menus/" + menuId + "/slots", Map.of("dayOfWeek", "FRIDAY",
                    "stationId", kitchen.station("Pastry"), "dishId", dish)).status()).isEqualTo(201);
            assertThat(kitchen.headChef.post("/weekly-menus/" + menuId + "/publish", null).assertError(409))
                    .contains("untranslated dishes: Koldskål med kammerjunkere");
            assertThat(kitchen.headChef.post("/weekly-menus/" + menuId + "/translate", null).status()).isEqualTo(200);
            var published = kitchen.headChef.post("/weekly-menus/" + menuId + "/publish", null);
            assertThat(published.json().get("menuStatus").asText()).isEqualTo("PUBLISHED");

            kitchen.at(Instant.parse("2026-06-08T06:00:00Z")); // Monday of week 24
            JsonNode current = kitchen.api.get("/weekly-menus/current").json();
            JsonNode friday = current.get("menuSlots").get(0);
            assertThat(friday.get("dayOfWeek").asText()).isEqualTo("FRIDAY");
            assertThat(friday.get("menuDish").get("nameEN").asText()).isEqualTo("Cold buttermilk soup with biscuits");
            assertThat(friday.get("menuDish").get("allergens").findValuesAsText("displayNumber"))
                    .containsExactly("1", "3", "7");
            assertThat(kitchen.lineCook.get("/dishes/" + dish).json().get("menuCount").asInt()).isEqualTo(1);
            assertThat(kitchen.gateway.sql().count("SELECT count(*) FROM notifications WHERE user_id = ?"
                    + " AND type IN ('SUGGESTION_APPROVED', 'MENU_PUBLISHED')", kitchen.claire.id()))
                    .as("the cook hears of the approval and of the menu").isEqualTo(2);
        }
    }
}
