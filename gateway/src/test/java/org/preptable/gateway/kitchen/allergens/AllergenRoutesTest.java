package org.preptable.gateway.kitchen.allergens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** Reference §4.4 and §7.2 (AllergenControllerTest) on the EU-14 every database has. */
@ExtendWith(GatewayExtension.class)
class AllergenRoutesTest {

    private static ApiClient headChef;
    private static ApiClient sousChef;
    private static ApiClient lineCook;

    @BeforeAll
    static void users(ApiClient api) {
        headChef = api.as(api.admin());
        sousChef = api.as(api.newUser("SOUS_CHEF"));
        lineCook = api.as(api.newUser("LINE_COOK"));
    }

    private static Map<String, Object> allergen(String nameDa, String nameEn, String descriptionDa,
                                                String descriptionEn, Integer displayNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameDA", nameDa);
        body.put("nameEN", nameEn);
        body.put("descriptionDA", descriptionDa);
        body.put("descriptionEN", descriptionEn);
        body.put("displayNumber", displayNumber);
        return body;
    }

    private static Map<String, Object> allergen(String nameDa, String nameEn, Integer displayNumber) {
        return allergen(nameDa, nameEn, nameDa + " og produkter heraf", nameEn + " and products thereof",
                displayNumber);
    }

    private static JsonNode byDisplayNumber(int number) {
        for (JsonNode allergen : headChef.get("/allergens").json()) {
            if (allergen.get("displayNumber").asInt() == number) {
                return allergen;
            }
        }
        throw new AssertionError("no allergen " + number);
    }

    @Test
    void kitchenStaffListTheEuFourteenInDisplayOrder(ApiClient api) {
        var list = lineCook.get("/allergens");

        assertThat(list.status()).isEqualTo(200);
        List<Integer> numbers = new ArrayList<>();
        list.json().forEach(allergen -> {
            assertThat(allergen.get("id").isNumber()).isTrue();
            assertThat(allergen.get("nameDA").asText()).isNotBlank();
            assertThat(allergen.get("nameEN").asText()).isNotBlank();
            numbers.add(allergen.get("displayNumber").asInt());
        });
        assertThat(numbers).isSorted().startsWith(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(sousChef.get("/allergens").status()).isEqualTo(200);
        assertThat(api.as(api.newUser("CUSTOMER")).get("/allergens").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF, LINE_COOK]");
        assertThat(api.get("/allergens").assertError(401)).isEqualTo("Missing or malformed Authorization header");
        assertThat(api.as("not-a-real-jwt-token").get("/allergens").assertError(401))
                .isEqualTo("Token could not be verified");
    }

    @Test
    void searchMatchesDanishOrEnglishNamesInAnyCase() {
        var gluten = lineCook.get("/allergens/search/Gluten");
        assertThat(gluten.status()).isEqualTo(200);
        assertThat(gluten.json()).hasSize(1);
        assertThat(gluten.json().get(0).get("nameDA").asText()).isEqualTo("Gluten");
        assertThat(gluten.json().get(0).get("nameEN").asText()).isEqualTo("Gluten");
        assertThat(lineCook.get("/allergens/search/M%C3%86LK").json().get(0).get("nameEN").asText()).isEqualTo("Milk");
        assertThat(lineCook.get("/allergens/search/milk").json().get(0).get("nameDA").asText()).isEqualTo("Mælk");
        assertThat(lineCook.get("/allergens/search/s").json()).hasSizeGreaterThan(3);
        assertThat(lineCook.get("/allergens/search/%25").json()).as("no LIKE wildcards").isEmpty();
        assertThat(lineCook.get("/allergens/search/truffle").json()).isEmpty();

        // As in the reference: the trailing slash is ignored, and "search" is then no id.
        assertThat(lineCook.get("/allergens/search/").assertError(400)).startsWith("Invalid ID");
        assertThat(lineCook.get("/allergens/search/%20").assertError(400))
                .isEqualTo("Path parameter 'query' is required");
    }

    @Test
    void oneAllergenById() {
        JsonNode gluten = byDisplayNumber(1);
        var got = headChef.get("/allergens/" + gluten.get("id").asLong());

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(gluten);
        assertThat(got.json().get("nameDA").asText()).isEqualTo("Gluten");
        assertThat(got.json().get("descriptionDA").asText())
                .isEqualTo("Korn der indeholder gluten: hvede, rug, byg, havre, spelt, kamut");
        assertThat(got.json().get("descriptionEN").asText())
                .isEqualTo("Cereals containing gluten: wheat, rye, barley, oats, spelt, kamut");
        assertThat(headChef.get("/allergens/9999").assertError(404)).isEqualTo("Allergen with ID 9999 was not found.");
        assertThat(headChef.get("/allergens/-1").assertError(400)).startsWith("Invalid ID");
        assertThat(headChef.get("/allergens/abc").assertError(400)).startsWith("Invalid ID");
    }

    @Test
    void headChefCreatesAllergensThatPassTheRules(TestGateway gateway, ApiClient api) {
        long mark = AuditTrail.mark(gateway);
        var garlic = headChef.post("/allergens", allergen("Hvidløg", "Garlic", "Hvidløg og produkter heraf",
                "Garlic and products thereof", 15));

        assertThat(garlic.status()).isEqualTo(201);
        assertThat(garlic.json().get("nameDA").asText()).isEqualTo("Hvidløg");
        assertThat(garlic.json().get("nameEN").asText()).isEqualTo("Garlic");
        assertThat(garlic.json().get("displayNumber").asInt()).isEqualTo(15);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("create allergens " + garlic.json().get("id"));

        mark = AuditTrail.mark(gateway);
        assertThat(headChef.post("/allergens", allergen(" ", "Onion", 16)).assertError(400))
                .isEqualTo("Name DA is required");
        assertThat(headChef.post("/allergens", allergen("Løg", "Onion", "Løg", "Onion and more", 16))
                .assertError(400))
                .isEqualTo("Description DA must be at least 5 characters");
        assertThat(headChef.post("/allergens", allergen("Løg", "Onion!", 16)).assertError(400))
                .isEqualTo("Name EN can only contain letters, numbers, and common symbols like '&', '-', or '.'.");
        assertThat(headChef.post("/allergens", allergen("Løg", "Onion", 0)).assertError(400))
                .isEqualTo("Display number must be positive");
        assertThat(headChef.post("/allergens", allergen("Løg", "Onion", 100)).assertError(400))
                .isEqualTo("Display number must be between 1 and 99");
        assertThat(headChef.post("/allergens", allergen("Løg", "Onion", null)).assertError(400))
                .isEqualTo("Display number is required");
        assertThat(headChef.post("/allergens", "{\"nameDA\": \"Løg\", \"displayNumber\": 1.5}").assertError(400))
                .isEqualTo("Field 'displayNumber' must be a whole number");
        assertThat(sousChef.post("/allergens", allergen("Løg", "Onion", 16)).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
        assertThat(api.post("/allergens", allergen("Løg", "Onion", 16)).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
    }

    @Test
    void namesAndDisplayNumbersAreUniqueCheckedInThatOrder() {
        JsonNode gluten = byDisplayNumber(1);
        var duplicate = allergen("Gluten", "Gluten", gluten.get("descriptionDA").asText(),
                gluten.get("descriptionEN").asText(), 1);

        assertThat(headChef.post("/allergens", duplicate).assertError(409))
                .isEqualTo("Allergen with Danish name 'Gluten' already exists");
        assertThat(headChef.post("/allergens", allergen("Hvede", "GLUTEN", 1)).assertError(409))
                .isEqualTo("Allergen with English name 'GLUTEN' already exists");
        assertThat(headChef.post("/allergens", allergen("Hvede", "Wheat", 1)).assertError(409))
                .isEqualTo("Display number already in use");
        assertThat(headChef.post("/allergens", allergen("æg", "Egg white", 40)).assertError(409))
                .as("Danish letters compare in any case").isEqualTo("Allergen with Danish name 'æg' already exists");
    }

    @Test
    void headChefUpdatesAllergens(TestGateway gateway) {
        JsonNode milk = byDisplayNumber(7);
        long id = milk.get("id").asLong();
        var laktose = allergen("Laktose (Mælk)", "Milk", milk.get("descriptionDA").asText(),
                milk.get("descriptionEN").asText(), 7);

        long mark = AuditTrail.mark(gateway);
        var updated = headChef.put("/allergens/" + id, laktose);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("nameDA").asText()).isEqualTo("Laktose (Mælk)");
        assertThat(updated.json().get("nameEN").asText()).isEqualTo("Milk");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("update allergens " + id);
        assertThat(gateway.sql().text("SELECT before::text || ' -> ' || after::text FROM audit_log"
                + " ORDER BY id DESC LIMIT 1"))
                .isEqualTo("{\"name_da\": \"Mælk\"} -> {\"name_da\": \"Laktose (Mælk)\"}");
        laktose.put("nameDA", "Mælk");
        assertThat(headChef.put("/allergens/" + id, laktose).status()).isEqualTo(200);

        JsonNode gluten = byDisplayNumber(1);
        var sameGluten = allergen("Gluten", "Gluten", gluten.get("descriptionDA").asText(),
                gluten.get("descriptionEN").asText(), 1);
        assertThat(headChef.put("/allergens/" + gluten.get("id").asLong(), sameGluten).status())
                .as("display number 1 and its own names are accepted on update").isEqualTo(200);
        laktose.put("nameDA", "Gluten");
        assertThat(headChef.put("/allergens/" + id, laktose).assertError(409))
                .isEqualTo("Allergen with Danish name 'Gluten' already exists");
        laktose.put("nameDA", "Mælk");
        laktose.put("displayNumber", 8);
        assertThat(headChef.put("/allergens/" + id, laktose).assertError(409))
                .isEqualTo("Display number already in use");

        laktose.put("nameEN", " ");
        assertThat(headChef.put("/allergens/" + id, laktose).assertError(400)).isEqualTo("Name EN is required");
        assertThat(headChef.put("/allergens/9999", allergen("Løg", "Onion", 16)).assertError(404))
                .isEqualTo("Allergen with ID 9999 was not found.");
        assertThat(headChef.put("/allergens/0", allergen("Løg", "Onion", 16)).assertError(400))
                .startsWith("Invalid ID");
        assertThat(sousChef.put("/allergens/" + id, allergen("Løg", "Onion", 16)).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
    }

    @Test
    void headChefDeletesAllergensNothingUses(TestGateway gateway) {
        long id = headChef.post("/allergens", allergen("Kokos", "Coconut", 30)).json().get("id").asLong();

        assertThat(lineCook.delete("/allergens/" + id).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
        long mark = AuditTrail.mark(gateway);
        assertThat(headChef.delete("/allergens/" + id).status()).isEqualTo(204);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("delete allergens " + id);
        assertThat(gateway.sql().text("SELECT before->>'name_en' FROM audit_log WHERE id > ?", mark))
                .isEqualTo("Coconut");
        assertThat(headChef.get("/allergens/" + id).assertError(404))
                .isEqualTo("Allergen with ID " + id + " was not found.");
        assertThat(headChef.delete("/allergens/9999").assertError(404))
                .isEqualTo("Allergen with ID 9999 was not found.");
        assertThat(headChef.delete("/allergens/-1").assertError(400)).startsWith("Invalid ID");
    }

    @Test
    void anAllergenInUseIsNotDeleted(TestGateway gateway) {
        long id = headChef.post("/allergens", allergen("Sesamolie", "Sesame oil", 31)).json().get("id").asLong();
        // Stands in for the dish and suggestion allergen tables to come: any foreign key to allergens.
        gateway.sql().execute("CREATE TABLE future_dish_allergens (allergen_id bigint REFERENCES allergens (id))");
        gateway.sql().execute("INSERT INTO future_dish_allergens VALUES (?)", id);

        long mark = AuditTrail.mark(gateway);
        assertThat(headChef.delete("/allergens/" + id).assertError(409)).contains("still referenced");
        assertThat(headChef.get("/allergens/" + id).status()).isEqualTo(200);
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
    }

    @Test
    void seedingIsRefusedWhileAnyAllergenExists(TestGateway gateway) {
        long mark = AuditTrail.mark(gateway);
        assertThat(headChef.post("/allergens/seed", null).assertError(400)).contains("already seeded")
                .isEqualTo("EU allergens already seeded");
        assertThat(sousChef.post("/allergens/seed", null).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
    }
}
