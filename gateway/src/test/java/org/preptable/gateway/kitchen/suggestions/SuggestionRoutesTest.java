package org.preptable.gateway.kitchen.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;

/**
 * Dish suggestions (reference §4.6): the shape, every validation rule and message, who sees and changes what, and
 * the filters. The clock is fixed on Wednesday of ISO week 23 of 2026, the last day to suggest for week 24.
 */
class SuggestionRoutesTest {

    static final String CONTAINS_ONLY =
            " can only contain letters, numbers, and common symbols like '&', '-', or '.'.";
    private static final Instant WEDNESDAY = Instant.parse("2026-06-03T10:00:00Z");

    private static KitchenFixture kitchen;

    @BeforeAll
    static void start() {
        kitchen = new KitchenFixture(WEDNESDAY);
    }

    @AfterAll
    static void stop() {
        kitchen.close();
    }

    static Map<String, Object> suggestion(KitchenFixture kitchen, String name, String station, int week) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameDA", name);
        body.put("descriptionDA", "Stegt torsk med persillesovs og nye kartofler");
        body.put("stationId", kitchen.station(station));
        body.put("allergenIds", List.of(4, 7));
        body.put("targetWeek", week);
        body.put("targetYear", 2026);
        return body;
    }

    static long create(ApiClient cook, Map<String, Object> body) {
        var created = cook.post("/dish-suggestions", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(field, value);
        return changed;
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void aLineCookSuggestsADishForNextWeekFieldByField() {
        long mark = AuditTrail.mark(kitchen.gateway);
        var created = kitchen.lineCook.post("/dish-suggestions", with(suggestion(kitchen, "  Stegt Torsk ",
                "Cold Kitchen", 24), "allergenIds", List.of(7, 4, 7)));

        assertThat(created.status()).isEqualTo(201);
        JsonNode s = created.json();
        long id = s.get("id").asLong();
        List<String> fields = new ArrayList<>();
        s.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "nameDA", "descriptionDA", "dishStatus", "feedback", "station",
                "createdBy", "reviewedBy", "reviewedAt", "allergens", "targetWeek", "targetYear", "deadline",
                "isPastDeadline", "dishId", "createdAt", "updatedAt");
        assertThat(s.get("nameDA").asText()).isEqualTo("Stegt Torsk");
        assertThat(s.get("descriptionDA").asText()).isEqualTo("Stegt torsk med persillesovs og nye kartofler");
        assertThat(s.get("dishStatus").asText()).isEqualTo("PENDING");
        assertThat(s.get("feedback").isNull()).isTrue();
        assertThat(s.get("station").get("id").asLong()).as("any station, not only the cook's")
                .isEqualTo(kitchen.station("Cold Kitchen"));
        assertThat(s.get("station").get("name").asText()).isEqualTo("Cold Kitchen");
        assertThat(s.get("createdBy").get("id").asLong()).isEqualTo(kitchen.claire.number());
        assertThat(s.get("createdBy").get("firstName").asText()).isEqualTo("Test");
        assertThat(s.get("createdBy").get("lastName").asText()).isEqualTo("Cook");
        assertThat(s.get("reviewedBy").isNull()).isTrue();
        assertThat(s.get("reviewedAt").isNull()).isTrue();
        assertThat(s.get("allergens")).hasSize(2);
        JsonNode fish = s.get("allergens").get(0);
        assertThat(fish.get("id").asLong()).isEqualTo(4);
        assertThat(fish.get("nameDA").asText()).isEqualTo("Fisk");
        assertThat(fish.get("nameEN").asText()).isEqualTo("Fish");
        assertThat(fish.get("descriptionDA").asText()).isEqualTo("Fisk og produkter heraf");
        assertThat(fish.get("descriptionEN").asText()).isEqualTo("Fish and products thereof");
        assertThat(fish.get("displayNumber").asInt()).isEqualTo(4);
        assertThat(s.get("allergens").get(1).get("nameEN").asText()).isEqualTo("Milk");
        assertThat(s.get("targetWeek").asInt()).isEqualTo(24);
        assertThat(s.get("targetYear").asInt()).isEqualTo(2026);
        assertThat(s.get("deadline").isTextual()).as("a date string, not an array").isTrue();
        assertThat(s.get("deadline").asText()).isEqualTo("2026-06-04");
        assertThat(s.get("isPastDeadline").asBoolean()).isFalse();
        assertThat(s.get("dishId").isNull()).isTrue();
        assertThat(s.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(s.get("updatedAt").isNull()).isTrue();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("create dish_suggestions " + id);

        assertThat(kitchen.lineCook.get("/dish-suggestions/" + id).json()).isEqualTo(s);
    }

    @Test
    void createChecksEveryFieldAndAMissingWeekIsA400NotA500() {
        Map<String, Object> valid = suggestion(kitchen, "Stegt Torsk", "Hot Kitchen", 24);
        ApiClient cook = kitchen.lineCook;
        ApiClient customer = kitchen.api.as(kitchen.api.newUser("CUSTOMER"));
        long mark = AuditTrail.mark(kitchen.gateway);
        assertThat(cook.post("/dish-suggestions", with(valid, "stationId", null)).assertError(400))
                .isEqualTo("Invalid ID: must be provided and greater than 0");
        assertThat(cook.post("/dish-suggestions", with(valid, "nameDA", "")).assertError(400))
                .isEqualTo("Name cannot be blank");
        assertThat(cook.post("/dish-suggestions", with(valid, "nameDA", "T")).assertError(400))
                .isEqualTo("Name must be at least 2 characters");
        assertThat(cook.post("/dish-suggestions", with(valid, "nameDA", "Torsk?")).assertError(400))
                .isEqualTo("Name" + CONTAINS_ONLY);
        assertThat(cook.post("/dish-suggestions", with(valid, "descriptionDA", "D".repeat(201))).assertError(400))
                .isEqualTo("Description must be at most 200 characters");
        Map<String, Object> noWeek = new HashMap<>(valid);
        noWeek.remove("targetWeek");
        assertThat(cook.post("/dish-suggestions", noWeek).assertError(400)).isEqualTo("Target week is required");
        assertThat(cook.post("/dish-suggestions", with(valid, "targetYear", null)).assertError(400))
                .isEqualTo("Target year is required");
        assertThat(cook.post("/dish-suggestions", with(valid, "targetWeek", 54)).assertError(400))
                .isEqualTo("Target week must be between 1 and 53, got: 54");
        assertThat(cook.post("/dish-suggestions", with(valid, "targetWeek", 0)).assertError(400))
                .isEqualTo("Target week must be between 1 and 53, got: 0");
        assertThat(cook.post("/dish-suggestions", with(valid, "targetYear", 2101)).assertError(400))
                .isEqualTo("Target year must be between 2020 and 2100, got: 2101");
        assertThat(cook.post("/dish-suggestions", with(with(valid, "targetWeek", 53), "targetYear", 2027))
                .assertError(400)).isEqualTo("Year 2027 has no week 53");
        assertThat(cook.post("/dish-suggestions", with(valid, "targetWeek", "24")).assertError(400))
                .isEqualTo("Field 'targetWeek' must be a whole number");
        assertThat(cook.post("/dish-suggestions", with(valid, "allergenIds", List.of(-4))).assertError(400))
                .isEqualTo("Allergen IDs must be positive whole numbers, got: -4");
        assertThat(cook.post("/dish-suggestions", with(valid, "dishStatus", "APPROVED")).assertError(400))
                .isEqualTo("Unknown field 'dishStatus'");
        assertThat(cook.post("/dish-suggestions", with(valid, "stationId", 9999)).assertError(404))
                .isEqualTo("Station with ID 9999 was not found.");
        assertThat(cook.post("/dish-suggestions", with(valid, "allergenIds", List.of(4, 15))).assertError(404))
                .isEqualTo("Allergen with ID 15 was not found.");
        assertThat(customer.post("/dish-suggestions", valid).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF, LINE_COOK]");
        assertThat(kitchen.api.post("/dish-suggestions", valid).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        assertThat(AuditTrail.since(kitchen.gateway, mark)).isEmpty();
    }

    @Test
    void lineCooksSeeOnlyTheirOwnChefsSeeAll() {
        long claires = create(kitchen.lineCook, suggestion(kitchen, "Fiskefrikadeller", "Cold Kitchen", 25));
        long renes = create(kitchen.otherCook, suggestion(kitchen, "Kartoffelsuppe", "Hot Kitchen", 25));

        List<Long> seenByClaire = ids(kitchen.lineCook.get("/dish-suggestions").json());
        assertThat(seenByClaire).contains(claires).doesNotContain(renes);
        assertThat(ids(kitchen.lineCook.get("/dish-suggestions?stationId=" + kitchen.station("Hot Kitchen")
                + "&week=25&year=2026").json())).doesNotContain(renes);
        assertThat(ids(kitchen.otherCook.get("/dish-suggestions").json())).containsExactly(renes);
        assertThat(ids(kitchen.headChef.get("/dish-suggestions").json())).contains(claires, renes);
        assertThat(ids(kitchen.sousChef.get("/dish-suggestions?week=25&year=2026").json())).contains(claires, renes);

        assertThat(kitchen.lineCook.get("/dish-suggestions/" + renes).assertError(403))
                .isEqualTo("You can only view your own suggestions");
        assertThat(kitchen.sousChef.get("/dish-suggestions/" + renes).json().get("nameDA").asText())
                .isEqualTo("Kartoffelsuppe");
        assertThat(kitchen.lineCook.get("/dish-suggestions/9999").assertError(404))
                .isEqualTo("Dish suggestion with ID 9999 was not found.");
        assertThat(kitchen.lineCook.get("/dish-suggestions/-1").assertError(400)).startsWith("Invalid ID");
        assertThat(kitchen.lineCook.get("/dish-suggestions/abc").assertError(400)).startsWith("Invalid ID");
    }

    @Test
    void listFiltersSortsAndLimits() {
        long bakery = kitchen.headChef.post("/stations", Map.of("name", "Bageri", "description", "Brød og kager"))
                .json().get("id").asLong();
        kitchen.stations.put("Bageri", bakery);
        long a = create(kitchen.lineCook, suggestion(kitchen, "Æblekage", "Bageri", 26));
        long b = create(kitchen.otherCook, suggestion(kitchen, "Citronfromage", "Bageri", 27));
        long c = create(kitchen.lineCook, suggestion(kitchen, "Hindbærsnitter", "Bageri", 27));
        assertThat(kitchen.headChef.patch("/dish-suggestions/" + b + "/reject",
                Map.of("feedback", "Ikke i denne sæson")).status()).isEqualTo(200);
        String pastry = "stationId=" + bakery;

        assertThat(ids(kitchen.headChef.get("/dish-suggestions?" + pastry).json()))
                .as("latest target week first").containsExactly(c, b, a);
        assertThat(ids(kitchen.headChef.get("/dish-suggestions?" + pastry + "&orderBy=createdAt").json()))
                .containsExactly(c, b, a);
        assertThat(ids(kitchen.headChef.get("/dish-suggestions?" + pastry + "&orderBy=STATUS").json()))
                .as("PENDING before REJECTED").containsExactly(c, a, b);
        assertThat(ids(kitchen.headChef.get("/dish-suggestions?" + pastry + "&limit=2").json()))
                .containsExactly(c, b);
        assertThat(ids(kitchen.headChef.get("/dish-suggestions?" + pastry + "&week=27&year=2026&status=pending")
                .json())).containsExactly(c);
        JsonNode rejected = kitchen.headChef.get("/dish-suggestions?status=REJECTED").json();
        assertThat(ids(rejected)).contains(b);
        rejected.forEach(s -> assertThat(s.get("dishStatus").asText()).isEqualTo("REJECTED"));
        JsonNode byStation = kitchen.headChef.get("/dish-suggestions?orderBy=station").json();
        List<Long> stationOrder = new ArrayList<>();
        byStation.forEach(s -> stationOrder.add(s.get("station").get("id").asLong()));
        assertThat(stationOrder).isSorted();

        assertThat(kitchen.headChef.get("/dish-suggestions?week=27").assertError(400))
                .isEqualTo("Week and year must both be provided together");
        assertThat(kitchen.headChef.get("/dish-suggestions?year=2026").assertError(400))
                .isEqualTo("Week and year must both be provided together");
        assertThat(kitchen.headChef.get("/dish-suggestions?week=60&year=2026").assertError(400))
                .isEqualTo("Week must be between 1 and 53, got: 60");
        assertThat(kitchen.headChef.get("/dish-suggestions?status=NONSENSE").assertError(400))
                .isEqualTo("Invalid status value: NONSENSE");
        assertThat(kitchen.headChef.get("/dish-suggestions?orderBy=name").assertError(400))
                .isEqualTo("Invalid orderBy value: name (use status, station or createdAt)");
        assertThat(kitchen.headChef.get("/dish-suggestions?limit=0").assertError(400))
                .isEqualTo("limit must be a whole number from 1 to 1000, got: 0");
        assertThat(kitchen.headChef.get("/dish-suggestions?stationId=x").assertError(400))
                .isEqualTo("stationId must be a positive whole number, got: x");
    }

    @Test
    void currentWeekListsEveryonesSuggestionsForThisIsoWeek() {
        try {
            kitchen.at(Instant.parse("2026-05-25T10:00:00Z")); // Monday of week 22: week 23 is still open
            long thisWeek = create(kitchen.otherCook, suggestion(kitchen, "Koldskål", "Pastry", 23));
            long next = create(kitchen.otherCook, suggestion(kitchen, "Jordbærtærte", "Pastry", 24));
            kitchen.at(WEDNESDAY);
            JsonNode current = kitchen.sousChef.get("/dish-suggestions/current-week").json();
            assertThat(ids(current)).contains(thisWeek).doesNotContain(next);
            current.forEach(s -> assertThat(s.get("targetWeek").asInt()).isEqualTo(23));
            JsonNode koldskål = current.get(ids(current).indexOf(thisWeek));
            assertThat(koldskål.get("deadline").asText()).isEqualTo("2026-05-28");
            assertThat(koldskål.get("isPastDeadline").asBoolean()).isTrue();
            assertThat(ids(kitchen.headChef.get("/dish-suggestions/current-week?status=APPROVED").json())).isEmpty();
            assertThat(kitchen.headChef.get("/dish-suggestions/current-week?status=BADVALUE").assertError(400))
                    .isEqualTo("Invalid status value: BADVALUE");
            assertThat(kitchen.lineCook.get("/dish-suggestions/current-week").assertError(403))
                    .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
            assertThat(kitchen.headChef.unchecked().get("/dish-suggestions/current-week/").status()).isEqualTo(200);
        } finally {
            kitchen.at(WEDNESDAY);
        }
    }

    @Test
    void ownersAndChefsEditPendingSuggestionsOnlyAndValidationComesBeforeOwnership() {
        long id = create(kitchen.lineCook, suggestion(kitchen, "Bøf med Peber", "Hot Kitchen", 24));
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("nameDA", " Peberbøf ");
        edit.put("descriptionDA", "Bøf af højreb serveret med Madagascar pebersauce med cognac og fløde");
        edit.put("allergenIds", List.of(7));

        assertThat(kitchen.otherCook.put("/dish-suggestions/" + id,
                with(edit, "descriptionDA", "Nu med endnu mere pebersauce!")).assertError(400))
                .isEqualTo("Description" + CONTAINS_ONLY);
        assertThat(kitchen.otherCook.put("/dish-suggestions/" + id, edit).assertError(403))
                .isEqualTo("You can only update your own suggestions");
        assertThat(kitchen.lineCook.put("/dish-suggestions/9999", edit).assertError(404))
                .isEqualTo("Dish suggestion with ID 9999 was not found.");
        assertThat(kitchen.lineCook.put("/dish-suggestions/" + id, with(edit, "allergenIds", List.of(99)))
                .assertError(404)).isEqualTo("Allergen with ID 99 was not found.");
        assertThat(kitchen.lineCook.put("/dish-suggestions/" + id, with(edit, "targetWeek", 25)).assertError(400))
                .isEqualTo("Unknown field 'targetWeek'");

        long mark = AuditTrail.mark(kitchen.gateway);
        var edited = kitchen.lineCook.put("/dish-suggestions/" + id, edit);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("nameDA").asText()).isEqualTo("Peberbøf");
        assertThat(edited.json().get("allergens").findValuesAsText("nameEN")).containsExactly("Milk");
        assertThat(edited.json().get("updatedAt").isNull()).isFalse();
        assertThat(edited.json().get("createdBy").get("id").asLong()).isEqualTo(kitchen.claire.number());
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update dish_suggestions " + id);

        Map<String, Object> noAllergens = new LinkedHashMap<>(edit);
        noAllergens.remove("allergenIds");
        assertThat(kitchen.sousChef.put("/dish-suggestions/" + id, noAllergens).json().get("allergens"))
                .as("a sous chef edits anyone's; omitted allergens are removed").isEmpty();

        assertThat(kitchen.headChef.patch("/dish-suggestions/" + id + "/approve", null).status()).isEqualTo(200);
        assertThat(kitchen.lineCook.put("/dish-suggestions/" + id, edit).assertError(409))
                .isEqualTo("Only pending suggestions allowed here (this one is APPROVED)");
        assertThat(kitchen.headChef.put("/dish-suggestions/" + id, edit).assertError(409))
                .isEqualTo("Only pending suggestions allowed here (this one is APPROVED)");
    }

    @Test
    void theCreatorWithdrawsWhilePendingChefsDeleteAnyTime() {
        long pending = create(kitchen.lineCook, suggestion(kitchen, "Laksetatar", "Cold Kitchen", 24));
        long approved = create(kitchen.lineCook, suggestion(kitchen, "Torskerogn", "Cold Kitchen", 24));
        assertThat(kitchen.sousChef.patch("/dish-suggestions/" + approved + "/approve", null).status())
                .isEqualTo(200);
        long dishId = kitchen.headChef.get("/dish-suggestions/" + approved).json().get("dishId").asLong();

        assertThat(kitchen.otherCook.delete("/dish-suggestions/" + pending).assertError(403))
                .isEqualTo("Only head chef, sous chef or creator can delete");
        assertThat(kitchen.lineCook.delete("/dish-suggestions/" + approved).assertError(409))
                .isEqualTo("Only pending suggestions can be withdrawn by their creator; this one is APPROVED");
        long mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.lineCook.delete("/dish-suggestions/" + pending).status()).isEqualTo(204);
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("delete dish_suggestions " + pending);
        assertThat(kitchen.lineCook.get("/dish-suggestions/" + pending).assertError(404))
                .isEqualTo("Dish suggestion with ID " + pending + " was not found.");

        assertThat(kitchen.headChef.delete("/dish-suggestions/" + approved).status()).isEqualTo(204);
        assertThat(kitchen.headChef.get("/dishes/" + dishId).json().get("nameDA").asText())
                .as("the dish stays in the bank").isEqualTo("Torskerogn");
        assertThat(kitchen.headChef.delete("/dish-suggestions/9999").assertError(404))
                .isEqualTo("Dish suggestion with ID 9999 was not found.");
    }

    @Test
    void removingOneAllergenFromAPendingSuggestion() {
        long id = create(kitchen.lineCook, suggestion(kitchen, "Fiskesuppe", "Hot Kitchen", 24));
        long mark = AuditTrail.mark(kitchen.gateway);
        var removed = kitchen.lineCook.delete("/dish-suggestions/" + id + "/allergens/7");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("allergens").findValuesAsText("nameEN")).containsExactly("Fish");
        assertThat(removed.json().get("updatedAt").isNull()).isFalse();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update dish_suggestions " + id);

        mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.headChef.delete("/dish-suggestions/" + id + "/allergens/7").json().get("allergens"))
                .as("not on it: nothing changes").hasSize(1);
        assertThat(AuditTrail.since(kitchen.gateway, mark)).isEmpty();
        assertThat(kitchen.otherCook.delete("/dish-suggestions/" + id + "/allergens/99").assertError(403))
                .isEqualTo("You can only remove allergen on your own suggestions");
        assertThat(kitchen.lineCook.delete("/dish-suggestions/" + id + "/allergens/99").assertError(404))
                .isEqualTo("Allergen with ID 99 was not found.");
        assertThat(kitchen.lineCook.delete("/dish-suggestions/9999/allergens/4").assertError(404))
                .isEqualTo("Dish suggestion with ID 9999 was not found.");
        assertThat(kitchen.lineCook.delete("/dish-suggestions/" + id + "/allergens/fish").assertError(400))
                .startsWith("Invalid ID");
        assertThat(kitchen.headChef.patch("/dish-suggestions/" + id + "/reject",
                Map.of("feedback", "Vi har fiskesuppe i uge 24")).status()).isEqualTo(200);
        assertThat(kitchen.lineCook.delete("/dish-suggestions/" + id + "/allergens/4").assertError(409))
                .isEqualTo("Only pending suggestions allowed here (this one is REJECTED)");
    }
}
