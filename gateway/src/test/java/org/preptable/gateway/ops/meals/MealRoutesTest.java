package org.preptable.gateway.ops.meals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.ops.OpsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** Meals over HTTP: the catalog rules, the cost roll-up and its rounding, cycles, routing and allergens. */
@ExtendWith(GatewayExtension.class)
class MealRoutesTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Test
    void aMealCostsItsComponentsSummedExactlyAndRoundedOnce(TestGateway gateway, ApiClient api) {
        ApiClient admin = api.as(api.admin());
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID onion = costed(gateway, fixtures, "Onion", "lb", 389);
        UUID pickle = costed(gateway, fixtures, "Pickle", "ea", 7);
        UUID bun = costed(gateway, fixtures, "Bun", "ea", 45);

        // 0.125 × 389 = 48.625 and 0.333 × 7 = 2.331: 50.956 rounds to 51 (per-line rounding would give 49 + 2).
        JsonNode sauce = created(admin.post("/meals", meal("Burger sauce", List.of(
                item(onion, 0.125), item(pickle, 0.333)))));
        assertThat(sauce.get("unit_cost_cents").asLong()).isEqualTo(51);
        assertThat(sauce.get("cost_complete").asBoolean()).isTrue();
        assertThat(sauce.get("components").get(0).get("cost_cents").asLong()).isEqualTo(49);
        assertThat(sauce.get("components").get(0).get("unit").asText()).isEqualTo("lb");

        JsonNode burger = created(admin.post("/meals", meal("Burger", List.of(
                meal(id(sauce), 2), item(bun, 1)))));
        assertThat(burger.get("unit_cost_cents").asLong()).isEqualTo(2 * 51 + 45);
        assertThat(burger.get("components").get(0).get("kind").asText()).isEqualTo("meal");
        assertThat(burger.get("components").get(0).get("unit").asText()).isEqualTo("portion");

        // A change to the inner meal reaches the outer one in the same request, and both histories record it.
        ApiResponse cheaper = admin.put("/meals/" + id(sauce), meal("Burger sauce", List.of(item(onion, 0.1))));
        assertThat(cheaper.json().get("unit_cost_cents").asLong()).isEqualTo(39); // 38.9
        assertThat(admin.get("/meals/" + id(burger)).json().get("unit_cost_cents").asLong()).isEqualTo(2 * 39 + 45);
        assertThat(gateway.sql().count("SELECT count(*) FROM meal_cost_history WHERE meal_id = ?::uuid", id(burger)))
                .isEqualTo(2);
        assertThat(gateway.sql().text("SELECT cause FROM meal_cost_history WHERE meal_id = ?::uuid ORDER BY id DESC"
                + " LIMIT 1", id(burger))).contains("Burger sauce");
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE entity = 'meals' AND entity_id = ?"
                + " AND action = 'cost_recomputed'", id(burger))).isEqualTo(1);
    }

    @Test
    void aComponentWithNoCostYetMarksTheMealIncomplete(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        UUID saffron = new OpsFixtures(api).item("Saffron", "g");
        JsonNode rice = created(admin.post("/meals", meal("Saffron rice", List.of(item(saffron, 0.2)))));
        assertThat(rice.get("unit_cost_cents").asLong()).isZero();
        assertThat(rice.get("cost_complete").asBoolean()).isFalse();
        assertThat(rice.get("components").get(0).get("unit_cost_cents").isNull()).isTrue();
        JsonNode plate = created(admin.post("/meals", meal("Saffron plate", List.of(meal(id(rice), 1)))));
        assertThat(plate.get("cost_complete").asBoolean()).isFalse();
    }

    @Test
    void aMealThatWouldContainItselfIsRefusedNamingTheCycle(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        UUID flour = new OpsFixtures(api).item("Flour", "kg");
        JsonNode dough = created(admin.post("/meals", meal("Dough", List.of(item(flour, 0.5)))));
        JsonNode base = created(admin.post("/meals", meal("Pizza base", List.of(meal(id(dough), 1)))));
        JsonNode pizza = created(admin.post("/meals", meal("Pizza", List.of(meal(id(base), 1)))));

        assertThat(admin.put("/meals/" + id(dough), meal("Dough", List.of(meal(id(pizza), 1)))).assertError(400))
                .isEqualTo("A meal cannot contain itself: Dough → Pizza → Pizza base → Dough");
        assertThat(admin.put("/meals/" + id(dough), meal("Dough", List.of(meal(id(dough), 1)))).assertError(400))
                .isEqualTo("A meal cannot contain itself: Dough → Dough");
        assertThat(admin.get("/meals/" + id(dough)).json().get("components").get(0).get("kind").asText())
                .isEqualTo("item");
    }

    @Test
    void theItemCodeRoutesToTheMealsStationAndMovesWithIt(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        int n = COUNTER.incrementAndGet();
        long grill = admin.post("/stations", Map.of("name", "Meal grill " + n, "description", "Burgers and steaks"))
                .json().get("id").asLong();
        Map<String, Object> body = meal("Smash burger " + n, List.of());
        body.put("item_code", "smash-" + n);
        body.put("station_id", grill);
        body.put("allergen_ids", List.of(7, 1, 7));
        JsonNode smash = created(admin.post("/meals", body));
        assertThat(smash.get("item_code").asText()).isEqualTo("SMASH-" + n);
        assertThat(smash.get("station_id").asLong()).isEqualTo(grill);
        assertThat(smash.get("allergens").findValuesAsText("name_en")).containsExactly("Gluten", "Milk");
        assertThat(admin.get("/stations/" + grill + "/item-codes").json().get("itemCodes").toString())
                .contains("SMASH-" + n);

        body.put("item_code", "SMASH2-" + n);
        JsonNode renamed = admin.put("/meals/" + id(smash), body).json();
        assertThat(renamed.get("station_id").asLong()).isEqualTo(grill);
        String codes = admin.get("/stations/" + grill + "/item-codes").json().get("itemCodes").toString();
        assertThat(codes).contains("SMASH2-" + n).doesNotContain("\"SMASH-" + n + "\"");

        Map<String, Object> clash = meal("Other burger " + n, List.of());
        clash.put("item_code", "smash2-" + n);
        assertThat(admin.post("/meals", clash).assertError(409))
                .isEqualTo("Item code SMASH2-" + n + " already belongs to meal 'Smash burger " + n + "'");
        Map<String, Object> stationOnly = meal("Station only " + n, List.of());
        stationOnly.put("station_id", grill);
        assertThat(admin.post("/meals", stationOnly).assertError(400)).contains("give item_code with station_id");

        assertThat(admin.delete("/meals/" + id(smash)).status()).isEqualTo(204);
        assertThat(admin.get("/stations/" + grill + "/item-codes").json().get("itemCodes")).isEmpty();
    }

    @Test
    void badInputIsAClear400AndTheCatalogIsAdminWritten(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        UUID salt = new OpsFixtures(api).item("Salt", "kg");
        String missing = UUID.randomUUID().toString();
        assertThat(admin.post("/meals", Map.of("components", List.of())).assertError(400)).isEqualTo("name is required");
        assertThat(admin.post("/meals", Map.of("name", "X", "price_cents", 5)).assertError(400))
                .isEqualTo("Unknown field 'price_cents'");
        assertThat(admin.post("/meals", meal("X", List.of(Map.of("item_id", salt.toString(), "meal_id", missing,
                "quantity", 1)))).assertError(400)).isEqualTo("Each component names exactly one of item_id and meal_id");
        assertThat(admin.post("/meals", meal("X", List.of(item(salt, 1), item(salt, 2)))).assertError(400))
                .contains("listed twice");
        assertThat(admin.post("/meals", meal("X", List.of(item(salt, 0)))).assertError(400))
                .isEqualTo("quantity must be above zero, got: 0");
        assertThat(admin.post("/meals", meal("X", List.of(item(salt, 0.0001)))).assertError(400))
                .contains("at most 3 decimals");
        assertThat(admin.post("/meals", meal("X", List.of(Map.of("item_id", missing, "quantity", 1))))
                .assertError(400)).isEqualTo("Item with ID " + missing + " was not found");
        Map<String, Object> badAllergen = meal("X", List.of());
        badAllergen.put("allergen_ids", List.of(99));
        assertThat(admin.post("/meals", badAllergen).assertError(400)).isEqualTo("Allergen with ID 99 was not found");

        JsonNode soup = created(admin.post("/meals", meal("Soup of the day", List.of(item(salt, 0.01)))));
        assertThat(admin.post("/meals", meal("SOUP OF THE DAY", List.of())).assertError(409))
                .isEqualTo("A meal named 'Soup of the day' already exists");
        created(admin.post("/meals", meal("Soup and bread", List.of(meal(id(soup), 1)))));
        assertThat(admin.delete("/meals/" + id(soup)).assertError(409))
                .isEqualTo("Cannot delete meal 'Soup of the day': it is used by meal 'Soup and bread'");
        assertThat(admin.delete("/items/" + salt).assertError(409))
                .isEqualTo("Cannot delete item 'Salt': it is used by meal 'Soup of the day'");

        ApiClient staff = api.as(api.newUser("staff"));
        assertThat(staff.get("/meals?search=soup").json()).hasSize(2);
        assertThat(staff.get("/meals/" + id(soup)).json().get("name").asText()).isEqualTo("Soup of the day");
        assertThat(staff.post("/meals", meal("Staff meal", List.of())).assertError(403))
                .isEqualTo("Insufficient role. Required: [admin]");
        assertThat(api.as(api.newUser("manager")).delete("/meals/" + id(soup)).assertError(403))
                .isEqualTo("Insufficient role. Required: [admin]");
        assertThat(admin.get("/meals/" + missing).assertError(404)).isEqualTo("Meal with ID " + missing
                + " was not found.");
        assertThat(admin.get("/meals/not-a-uuid").status()).isEqualTo(400);
    }

    private static UUID costed(TestGateway gateway, OpsFixtures fixtures, String name, String unit, long cents) {
        UUID item = fixtures.item(name, unit);
        // The preferred-vendor route is the normal way; this test is about meals, so it sets the cached cost directly.
        gateway.sql().execute("UPDATE items SET unit_cost_cents = ? WHERE id = ?::uuid", cents, item.toString());
        return item;
    }

    static Map<String, Object> meal(String name, List<Map<String, Object>> components) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("category", "test");
        body.put("components", components);
        return body;
    }

    static Map<String, Object> item(UUID id, double quantity) {
        return Map.of("item_id", id.toString(), "quantity", quantity);
    }

    static Map<String, Object> meal(String id, double quantity) {
        return Map.of("meal_id", id, "quantity", quantity);
    }

    private static JsonNode created(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String id(JsonNode node) {
        return node.get("id").asText();
    }
}
