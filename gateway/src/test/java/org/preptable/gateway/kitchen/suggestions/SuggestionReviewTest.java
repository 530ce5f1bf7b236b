package org.preptable.gateway.kitchen.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.suggestions.SuggestionRoutesTest.CONTAINS_ONLY;
import static org.preptable.gateway.kitchen.suggestions.SuggestionRoutesTest.create;
import static org.preptable.gateway.kitchen.suggestions.SuggestionRoutesTest.suggestion;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.TestUser;

/**
 * Reviewing suggestions: approval puts the dish in the bank in the same transaction (suggestion → dish → the
 * week's available dishes), rejection needs feedback, both record the reviewer and store a notification for the
 * cook, and a decided suggestion cannot be decided again.
 */
class SuggestionReviewTest {

    private static KitchenFixture kitchen;

    @BeforeAll
    static void start() {
        kitchen = new KitchenFixture(Instant.parse("2026-06-02T08:00:00Z")); // Tuesday of week 23
    }

    @AfterAll
    static void stop() {
        kitchen.close();
    }

    private static String notifications(TestUser user) {
        return kitchen.gateway.sql().text("SELECT string_agg(type || ' ' || category || ' ' || entity_id || ' '"
                + " || message, '|' ORDER BY id) FROM notifications WHERE user_id = ?", user.id());
    }

    @Test
    void approvalPutsTheDishInTheBankForTheTargetWeekAndTellsTheCook() {
        var body = suggestion(kitchen, "Pariserbøf", "Hot Kitchen", 24);
        body.put("descriptionDA", "Pariserbøf med kapers, peberrod, rødbeder og æggeblomme");
        body.put("allergenIds", List.of(3, 1));
        long id = create(kitchen.lineCook, body);
        long mark = AuditTrail.mark(kitchen.gateway);

        var approved = kitchen.headChef.patch("/dish-suggestions/" + id + "/approve", null);

        assertThat(approved.status()).isEqualTo(200);
        JsonNode s = approved.json();
        assertThat(s.get("dishStatus").asText()).isEqualTo("APPROVED");
        assertThat(s.get("reviewedBy").get("id").asLong()).isEqualTo(kitchen.gordon.number());
        assertThat(s.get("reviewedBy").get("firstName").asText()).isEqualTo("Gordon");
        assertThat(s.get("reviewedBy").get("lastName").asText()).isEqualTo("Ramsay");
        assertThat(s.get("reviewedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(s.get("feedback").isNull()).isTrue();
        assertThat(s.get("allergens").findValuesAsText("nameEN")).containsExactly("Gluten", "Eggs");
        long dishId = s.get("dishId").asLong();
        assertThat(AuditTrail.since(kitchen.gateway, mark))
                .containsExactly("create dishes " + dishId, "update dish_suggestions " + id);
        assertThat(notifications(kitchen.claire)).isEqualTo("SUGGESTION_APPROVED DISH_SUGGESTION " + id
                + " Your suggestion 'Pariserbøf' for week 24 of 2026 was approved and is now in the dish bank");

        JsonNode dish = kitchen.lineCook.get("/dishes/" + dishId).json();
        assertThat(dish.get("nameDA").asText()).isEqualTo("Pariserbøf");
        assertThat(dish.get("descriptionDA").asText()).isEqualTo("Pariserbøf med kapers, peberrod, rødbeder og æggeblomme");
        assertThat(dish.get("nameEN").isNull()).isTrue();
        assertThat(dish.get("hasTranslations").asBoolean()).isFalse();
        assertThat(dish.get("station").get("name").asText()).isEqualTo("Hot Kitchen");
        assertThat(dish.get("allergens").findValuesAsText("id")).containsExactly("1", "3");
        assertThat(dish.get("createdBy").get("id").asLong()).as("the cook, not the reviewer")
                .isEqualTo(kitchen.claire.number());
        assertThat(dish.get("originWeek").asInt()).isEqualTo(24);
        assertThat(dish.get("originYear").asInt()).isEqualTo(2026);
        assertThat(dish.get("active").asBoolean()).isTrue();
        assertThat(dish.get("menuCount").asInt()).isZero();
        JsonNode available = kitchen.sousChef.get("/dishes/available?week=24&year=2026").json();
        assertThat(available.get("thisWeekDishes").get("Hot Kitchen").findValuesAsText("dishName"))
                .containsExactly("Pariserbøf");

        assertThat(kitchen.sousChef.patch("/dish-suggestions/" + id + "/approve", null).assertError(409))
                .isEqualTo("Only pending suggestions allowed here (this one is APPROVED)");
        assertThat(kitchen.headChef.patch("/dish-suggestions/" + id + "/reject", Map.of("feedback", "For sent"))
                .assertError(409)).isEqualTo("Only pending suggestions allowed here (this one is APPROVED)");
        assertThat(kitchen.gateway.sql().count("SELECT count(*) FROM dishes WHERE name_da = 'Pariserbøf'"))
                .as("one dish, however often it is approved").isEqualTo(1);

        // Deleting the dish later leaves the suggestion's history, without the link.
        assertThat(kitchen.headChef.delete("/dishes/" + dishId).status()).isEqualTo(204);
        assertThat(kitchen.lineCook.get("/dish-suggestions/" + id).json().get("dishId").isNull()).isTrue();
    }

    @Test
    void onlyHeadAndSousChefsDecide() {
        long id = create(kitchen.otherCook, suggestion(kitchen, "Hummersuppe", "Cold Kitchen", 24));
        assertThat(kitchen.lineCook.patch("/dish-suggestions/" + id + "/approve", null).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(kitchen.otherCook.patch("/dish-suggestions/" + id + "/reject", Map.of("feedback", "Egen ret"))
                .assertError(403)).isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(kitchen.api.patch("/dish-suggestions/" + id + "/approve", null).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        assertThat(kitchen.headChef.patch("/dish-suggestions/9999/approve", null).assertError(404))
                .isEqualTo("Dish suggestion with ID 9999 was not found.");
        assertThat(kitchen.headChef.patch("/dish-suggestions/x/approve", null).assertError(400))
                .startsWith("Invalid ID");
        var approved = kitchen.sousChef.patch("/dish-suggestions/" + id + "/approve", null);
        assertThat(approved.json().get("reviewedBy").get("id").asLong()).isEqualTo(kitchen.sous.number());
    }

    @Test
    void rejectionNeedsFeedbackAndTellsTheCookWhy() {
        long id = create(kitchen.otherCook, suggestion(kitchen, "Trøffelrisotto", "Hot Kitchen", 24));
        String path = "/dish-suggestions/" + id + "/reject";
        long mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.headChef.patch(path, null).assertError(400)).isEqualTo("Request body is required");
        assertThat(kitchen.headChef.patch(path, Map.of()).assertError(400)).isEqualTo("Feedback is required");
        assertThat(kitchen.headChef.patch(path, Map.of("feedback", "   ")).assertError(400))
                .isEqualTo("Feedback is required");
        assertThat(kitchen.headChef.patch(path, Map.of("feedback", " Nej ")).assertError(400))
                .isEqualTo("Feedback must be at least 5 characters");
        assertThat(kitchen.headChef.patch(path, Map.of("feedback", "F".repeat(256))).assertError(400))
                .isEqualTo("Feedback must be at most 255 characters");
        assertThat(kitchen.headChef.patch(path, Map.of("feedback", "Alt for dyrt!")).assertError(400))
                .isEqualTo("Feedback" + CONTAINS_ONLY);
        assertThat(kitchen.headChef.patch(path, Map.of("feedback", "For dyrt", "reason", "pris")).assertError(400))
                .isEqualTo("Unknown field 'reason'");
        assertThat(kitchen.headChef.patch("/dish-suggestions/9999/reject", Map.of("feedback", "For dyrt"))
                .assertError(404)).isEqualTo("Dish suggestion with ID 9999 was not found.");
        assertThat(AuditTrail.since(kitchen.gateway, mark)).isEmpty();

        assertThat(kitchen.headChef.patch(path, Map.of("feedback", "F".repeat(255))).status())
                .as("255 characters pass").isEqualTo(200);
        long second = create(kitchen.otherCook, suggestion(kitchen, "Hummersuppe med Cognac", "Cold Kitchen", 24));
        mark = AuditTrail.mark(kitchen.gateway);
        var rejected = kitchen.sousChef.patch("/dish-suggestions/" + second + "/reject",
                Map.of("feedback", "  For dyr til en hverdagsmenu, prøv med rejer i stedet  "));
        assertThat(rejected.status()).isEqualTo(200);
        JsonNode s = rejected.json();
        assertThat(s.get("dishStatus").asText()).isEqualTo("REJECTED");
        assertThat(s.get("feedback").asText()).isEqualTo("For dyr til en hverdagsmenu, prøv med rejer i stedet");
        assertThat(s.get("reviewedBy").get("id").asLong()).isEqualTo(kitchen.sous.number());
        assertThat(s.get("reviewedAt").isNull()).isFalse();
        assertThat(s.get("dishId").isNull()).isTrue();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update dish_suggestions " + second);
        assertThat(notifications(kitchen.rene)).endsWith("SUGGESTION_REJECTED DISH_SUGGESTION " + second
                + " Your suggestion 'Hummersuppe med Cognac' for week 24 of 2026 was rejected:"
                + " For dyr til en hverdagsmenu, prøv med rejer i stedet");
        assertThat(kitchen.gateway.sql().count("SELECT count(*) FROM dishes WHERE name_da LIKE 'Hummersuppe%'"))
                .isZero();
        assertThat(kitchen.headChef.patch("/dish-suggestions/" + second + "/approve", null).assertError(409))
                .isEqualTo("Only pending suggestions allowed here (this one is REJECTED)");
    }
}
