package org.preptable.gateway.kitchen.dishes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.dishes.DishBankTest.names;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.AuditTrail;

/**
 * Creating, replacing, switching and deleting dishes: every rule and message, the audit rows, and the origin week
 * read from the kitchen's calendar (Europe/Copenhagen), also across the Sunday-night week boundary.
 */
class DishWritesTest {

    private static final String CONTAINS_ONLY =
            " can only contain letters, numbers, and common symbols like '&', '-', or '.'.";
    /** Wednesday of ISO week 23, 2026. */
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

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> newDish() {
        return body("nameDA", "Grillet Kylling", "descriptionDA", "Serveret med citron og timian",
                "stationId", kitchen.station("Hot Kitchen"), "allergenIds", List.of(1, 3));
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(field, value);
        return changed;
    }

    @Test
    void aSousChefCreatesADishOfThisWeekWithAnAuditRow() {
        long mark = AuditTrail.mark(kitchen.gateway);
        var created = kitchen.sousChef.post("/dishes", body("nameDA", "  Frikadeller  ",
                "descriptionDA", " Hjemmelavede frikadeller med kartofler ", "stationId", kitchen.station("Hot Kitchen"),
                "allergenIds", List.of(7, 1, 3, 1)));

        assertThat(created.status()).isEqualTo(201);
        JsonNode dish = created.json();
        long id = dish.get("id").asLong();
        assertThat(dish.get("nameDA").asText()).isEqualTo("Frikadeller");
        assertThat(dish.get("nameEN").isNull()).isTrue();
        assertThat(dish.get("descriptionDA").asText()).isEqualTo("Hjemmelavede frikadeller med kartofler");
        assertThat(dish.get("descriptionEN").isNull()).isTrue();
        assertThat(dish.get("station").get("id").asLong()).isEqualTo(kitchen.station("Hot Kitchen"));
        assertThat(dish.get("station").get("name").asText()).isEqualTo("Hot Kitchen");
        assertThat(dish.get("createdBy").get("id").asLong()).isEqualTo(kitchen.sous.number());
        assertThat(dish.get("createdBy").get("firstName").asText()).isEqualTo("Test");
        assertThat(dish.get("createdBy").get("lastName").asText()).isEqualTo("Cook");
        assertThat(dish.get("allergens").findValuesAsText("nameEN")).containsExactly("Gluten", "Eggs", "Milk");
        assertThat(dish.get("allergens").get(1).get("displayNumber").asInt()).isEqualTo(3);
        assertThat(dish.get("active").asBoolean()).isTrue();
        assertThat(dish.get("originWeek").asInt()).isEqualTo(23);
        assertThat(dish.get("originYear").asInt()).isEqualTo(2026);
        assertThat(dish.get("hasTranslations").asBoolean()).isFalse();
        assertThat(dish.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(dish.get("updatedAt").isNull()).isTrue();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("create dishes " + id);
        assertThat(kitchen.gateway.sql().text("SELECT after->>'allergen_ids' FROM audit_log WHERE entity = 'dishes'"
                + " AND entity_id = ?", String.valueOf(id))).isEqualTo("[1, 3, 7]");

        var noAllergens = kitchen.headChef.post("/dishes", body("nameDA", "Tomatsuppe",
                "descriptionDA", "Tomatsuppe med basilikum", "stationId", kitchen.station("Hot Kitchen")));
        assertThat(noAllergens.status()).isEqualTo(201);
        assertThat(noAllergens.json().get("allergens")).isEmpty();
    }

    @Test
    void theOriginWeekIsTheKitchensIsoWeekAcrossSundayMidnight() {
        try {
            // Sunday 23:30 in Copenhagen (21:30 UTC): still week 23.
            kitchen.at(Instant.parse("2026-06-07T21:30:00Z"));
            assertThat(kitchen.headChef.post("/dishes", with(newDish(), "nameDA", "Søndagsret")).json()
                    .get("originWeek").asInt()).isEqualTo(23);
            // Sunday 23:30 UTC is Monday 01:30 in Copenhagen: week 24 there, although UTC still says week 23.
            kitchen.at(Instant.parse("2026-06-07T23:30:00Z"));
            assertThat(kitchen.headChef.post("/dishes", with(newDish(), "nameDA", "Mandagsret")).json()
                    .get("originWeek").asInt()).isEqualTo(24);
            // 2027-01-03 is the Sunday of ISO week 53 of 2026; at 23:30 UTC it is Monday 00:30 in Copenhagen (winter
            // time), week 1 of 2027 there.
            kitchen.at(Instant.parse("2027-01-03T23:30:00Z"));
            JsonNode newYear = kitchen.headChef.post("/dishes", with(newDish(), "nameDA", "Nytårsret")).json();
            assertThat(newYear.get("originWeek").asInt()).isEqualTo(1);
            assertThat(newYear.get("originYear").asInt()).isEqualTo(2027);
            kitchen.at(Instant.parse("2027-01-03T22:30:00Z"));
            JsonNode oldYear = kitchen.headChef.post("/dishes", with(newDish(), "nameDA", "Gammel ret")).json();
            assertThat(oldYear.get("originWeek").asInt()).isEqualTo(53);
            assertThat(oldYear.get("originYear").asInt()).isEqualTo(2026);
        } finally {
            kitchen.at(WEDNESDAY);
        }
    }

    @Test
    void createChecksEveryFieldBeforeLookingAnythingUp() {
        long mark = AuditTrail.mark(kitchen.gateway);
        var chef = kitchen.headChef;
        assertThat(chef.post("/dishes", with(newDish(), "stationId", null)).assertError(400))
                .isEqualTo("Invalid ID: must be provided and greater than 0");
        assertThat(chef.post("/dishes", with(newDish(), "stationId", 0)).assertError(400))
                .isEqualTo("Invalid ID: must be provided and greater than 0");
        assertThat(chef.post("/dishes", with(newDish(), "nameDA", " ")).assertError(400))
                .isEqualTo("Name DA cannot be blank");
        assertThat(chef.post("/dishes", with(newDish(), "nameDA", "K")).assertError(400))
                .isEqualTo("Name DA must be at least 2 characters");
        assertThat(chef.post("/dishes", with(newDish(), "nameDA", "K".repeat(101))).assertError(400))
                .isEqualTo("Name DA must be at most 100 characters");
        assertThat(chef.post("/dishes", with(newDish(), "nameDA", "Kylling!")).assertError(400))
                .isEqualTo("Name DA" + CONTAINS_ONLY);
        assertThat(chef.post("/dishes", with(newDish(), "descriptionDA", null)).assertError(400))
                .isEqualTo("Description DA cannot be blank");
        assertThat(chef.post("/dishes", with(newDish(), "descriptionDA", "Kort")).assertError(400))
                .isEqualTo("Description DA must be at least 5 characters");
        assertThat(chef.post("/dishes", with(newDish(), "descriptionDA", "D".repeat(201))).assertError(400))
                .isEqualTo("Description DA must be at most 200 characters");
        assertThat(chef.post("/dishes", with(newDish(), "descriptionDA", "Med 50% mere")).assertError(400))
                .isEqualTo("Description DA" + CONTAINS_ONLY);
        assertThat(chef.post("/dishes", with(newDish(), "allergenIds", List.of(1, 0))).assertError(400))
                .isEqualTo("Allergen IDs must be positive whole numbers, got: 0");
        assertThat(chef.post("/dishes", "{\"nameDA\": \"Kylling\", \"descriptionDA\": \"Med citron\","
                + " \"stationId\": 1, \"allergenIds\": [null]}").assertError(400))
                .isEqualTo("Allergen IDs must be positive whole numbers, got: null");
        assertThat(chef.post("/dishes", with(newDish(), "stationId", "2")).assertError(400))
                .isEqualTo("Field 'stationId' must be a whole number");
        assertThat(chef.post("/dishes", with(newDish(), "nameEN", "Grilled Chicken")).assertError(400))
                .isEqualTo("Unknown field 'nameEN'");
        assertThat(chef.post("/dishes", with(newDish(), "stationId", 9999)).assertError(404))
                .isEqualTo("Station with ID 9999 was not found.");
        assertThat(chef.post("/dishes", with(newDish(), "allergenIds", List.of(1, 999, 998))).assertError(404))
                .isEqualTo("Allergen with ID 999 was not found.");
        assertThat(kitchen.lineCook.post("/dishes", newDish()).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(kitchen.api.post("/dishes", newDish()).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        assertThat(AuditTrail.since(kitchen.gateway, mark)).isEmpty();
    }

    @Test
    void putReplacesTextsAndAllergensWhole() {
        JsonNode dish = kitchen.dish("Bøf Bearnaise", "Oksemørbrad med hjemmelavet bearnaise", "Hot Kitchen",
                List.of(3, 7));
        long id = dish.get("id").asLong();
        long mark = AuditTrail.mark(kitchen.gateway);
        var translated = kitchen.sousChef.put("/dishes/" + id, body("nameDA", "Bøf Bearnaise",
                "descriptionDA", "Oksemørbrad med hjemmelavet bearnaise", "nameEN", " Beef Bearnaise ",
                "descriptionEN", "Beef tenderloin with homemade bearnaise", "allergenIds", List.of(3)));

        assertThat(translated.status()).isEqualTo(200);
        assertThat(translated.json().get("nameEN").asText()).isEqualTo("Beef Bearnaise");
        assertThat(translated.json().get("descriptionEN").asText()).isEqualTo("Beef tenderloin with homemade bearnaise");
        assertThat(translated.json().get("hasTranslations").asBoolean()).isTrue();
        assertThat(translated.json().get("allergens").findValuesAsText("nameDA")).containsExactly("Æg");
        assertThat(translated.json().get("updatedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update dishes " + id);
        assertThat(kitchen.gateway.sql().text("SELECT before::text || ' ' || after::text FROM audit_log"
                + " WHERE id > ?", mark)).contains("\"name_en\": null", "\"name_en\": \"Beef Bearnaise\"",
                "\"allergen_ids\": [3, 7]", "\"allergen_ids\": [3]");

        // Omitted English texts and allergens are removed: PUT is a full replacement.
        var replaced = kitchen.headChef.put("/dishes/" + id, body("nameDA", "Bøf med Bearnaise",
                "descriptionDA", "Oksemørbrad med bearnaise", "nameEN", "Beef Bearnaise"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("nameDA").asText()).isEqualTo("Bøf med Bearnaise");
        assertThat(replaced.json().get("nameEN").asText()).isEqualTo("Beef Bearnaise");
        assertThat(replaced.json().get("descriptionEN").isNull()).isTrue();
        assertThat(replaced.json().get("hasTranslations").asBoolean()).as("only a name").isFalse();
        assertThat(replaced.json().get("allergens")).isEmpty();
        assertThat(replaced.json().get("station").get("name").asText()).isEqualTo("Hot Kitchen");
        assertThat(replaced.json().get("originWeek").asInt()).isEqualTo(dish.get("originWeek").asInt());
        assertThat(replaced.json().get("createdBy")).isEqualTo(dish.get("createdBy"));
        assertThat(replaced.json().get("active").asBoolean()).isTrue();
    }

    @Test
    void putChecksTheBodyThenTheDishThenItsAllergens() {
        long id = kitchen.dish("Stegt Flæsk", "Med persillesovs og kartofler", "Hot Kitchen", List.of())
                .get("id").asLong();
        Map<String, Object> valid = body("nameDA", "Stegt Flæsk", "descriptionDA", "Med persillesovs");
        long mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.headChef.put("/dishes/" + id, with(valid, "nameEN", "")).assertError(400))
                .isEqualTo("Name EN cannot be blank");
        assertThat(kitchen.headChef.put("/dishes/" + id, with(valid, "nameEN", "Pork/belly")).assertError(400))
                .isEqualTo("Name EN" + CONTAINS_ONLY);
        assertThat(kitchen.headChef.put("/dishes/" + id, with(valid, "descriptionEN", "Pork")).assertError(400))
                .isEqualTo("Description EN must be at least 5 characters");
        assertThat(kitchen.headChef.put("/dishes/" + id, with(valid, "nameDA", null)).assertError(400))
                .isEqualTo("Name DA cannot be blank");
        assertThat(kitchen.headChef.put("/dishes/" + id, with(valid, "stationId", 1)).assertError(400))
                .isEqualTo("Unknown field 'stationId'");
        assertThat(kitchen.headChef.put("/dishes/9999", with(valid, "nameDA", "X")).assertError(400))
                .as("validation before the lookup").isEqualTo("Name DA must be at least 2 characters");
        assertThat(kitchen.headChef.put("/dishes/9999", valid).assertError(404))
                .isEqualTo("Dish with ID 9999 was not found.");
        assertThat(kitchen.headChef.put("/dishes/" + id, with(valid, "allergenIds", List.of(77))).assertError(404))
                .isEqualTo("Allergen with ID 77 was not found.");
        assertThat(kitchen.lineCook.put("/dishes/" + id, valid).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(AuditTrail.since(kitchen.gateway, mark)).isEmpty();
    }

    @Test
    void deactivatedDishesLeaveSearchAndGroupedAndComeBackOnActivation() {
        long id = kitchen.dish("Risalamande", "Risengrød med mandler og kirsebærsovs", "Pastry", List.of(7, 8))
                .get("id").asLong();
        long mark = AuditTrail.mark(kitchen.gateway);
        var off = kitchen.sousChef.patch("/dishes/" + id + "/deactivate", null);
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(off.json().get("updatedAt").isNull()).isFalse();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update dishes " + id);
        assertThat(names(kitchen.lineCook.get("/dishes/search?query=risalamande").json())).isEmpty();
        assertThat(kitchen.headChef.get("/dishes/grouped").json().has("Pastry")).isFalse();
        assertThat(kitchen.lineCook.get("/dishes/" + id).json().get("active").asBoolean())
                .as("still in the bank").isFalse();

        mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.headChef.patch("/dishes/" + id + "/deactivate", null).json().get("active").asBoolean())
                .isFalse();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).as("idempotent, nothing changed").isEmpty();

        var on = kitchen.headChef.patch("/dishes/" + id + "/activate", null);
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().get("active").asBoolean()).isTrue();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update dishes " + id);
        assertThat(names(kitchen.lineCook.get("/dishes/search?query=risalamande").json()))
                .containsExactly("Risalamande");

        assertThat(kitchen.headChef.patch("/dishes/9999/activate", null).assertError(404))
                .isEqualTo("Dish with ID 9999 was not found.");
        assertThat(kitchen.headChef.patch("/dishes/x/deactivate", null).assertError(400)).startsWith("Invalid ID");
        assertThat(kitchen.lineCook.patch("/dishes/" + id + "/deactivate", null).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }

    @Test
    void aDishOnAnyMenuCannotBeDeletedAndTheMessageNamesTheMenus() {
        long used = kitchen.dish("Roastbeef", "Roastbeef med remoulade og sprøde løg", "Cold Kitchen",
                List.of(1, 3, 10)).get("id").asLong();
        kitchen.menu(22, 2026, "PUBLISHED", used);
        kitchen.menu(24, 2026, "DRAFT", used);
        long mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.headChef.delete("/dishes/" + used).assertError(409)).isEqualTo("Dish is used in 2 weekly"
                + " menu(s): week 22 of 2026 (PUBLISHED), week 24 of 2026 (DRAFT) - use deactivate instead");
        assertThat(kitchen.headChef.get("/dishes/" + used).status()).isEqualTo(200);
        assertThat(AuditTrail.since(kitchen.gateway, mark)).isEmpty();

        long unused = kitchen.dish("Test Slette-Ret", "Bruges ingen steder", "Hot Kitchen", List.of(1))
                .get("id").asLong();
        mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.lineCook.delete("/dishes/" + unused).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        var deleted = kitchen.sousChef.delete("/dishes/" + unused);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("delete dishes " + unused);
        assertThat(kitchen.gateway.sql().text("SELECT before->>'name_da' FROM audit_log WHERE id > ?", mark))
                .isEqualTo("Test Slette-Ret");
        assertThat(kitchen.headChef.get("/dishes/" + unused).assertError(404))
                .isEqualTo("Dish with ID " + unused + " was not found.");
        assertThat(kitchen.gateway.sql().count("SELECT count(*) FROM dish_allergens WHERE dish_id = ?", unused))
                .isZero();
        assertThat(kitchen.headChef.delete("/dishes/" + unused).assertError(404))
                .isEqualTo("Dish with ID " + unused + " was not found.");
    }

    @Test
    void aStationOrAllergenADishUsesCannotBeDeleted() {
        long station = kitchen.headChef.post("/stations", Map.of("name", "Grill", "description", "Steaks og BBQ"))
                .json().get("id").asLong();
        kitchen.headChef.post("/dishes", with(newDish(), "stationId", station));
        assertThat(kitchen.headChef.delete("/stations/" + station).status()).isEqualTo(409);
        assertThat(kitchen.headChef.delete("/allergens/1").status()).isEqualTo(409);
    }
}
