package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/**
 * The preferred vendor sets the item's cost, and the cost reaches every meal above the item in the same
 * transaction: here meal B (a combo) contains meal A (a soup) which contains the item (onions). Meals are made
 * through the meals API.
 */
@ExtendWith(GatewayExtension.class)
class PreferredVendorTest {

    @Test
    void changingThePreferredVendorRecomputesMealsTwoLevelsUp(TestGateway gateway, ApiClient api) {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        UUID onions = ops.item("Onions", "lb");
        UUID bread = ops.item("Sourdough loaf", "ea");
        UUID sysco = purchasing.vendor("Sysco");
        UUID farm = purchasing.vendor("Rio Grande Farms");
        UUID bakery = purchasing.vendor("Corner Bakery");
        purchasing.price(sysco, onions, 1400, 50);   // 28 cents a pound
        purchasing.price(farm, onions, 1100, 50);    // 22 cents a pound
        purchasing.price(bakery, bread, 2400, 12);   // 200 cents a loaf
        purchasing.prefer(bakery, bread);
        ApiClient admin = api.as(api.admin());
        // Made through the meals API: the soup has no cost yet (onions have no preferred vendor), the combo 200.
        UUID soup = meal(admin, "French onion soup", Map.of("item_id", onions.toString(), "quantity", 10));
        UUID combo = meal(admin, "Soup and sandwich", Map.of("meal_id", soup.toString(), "quantity", 2),
                Map.of("item_id", bread.toString(), "quantity", 1));
        assertThat(mealCost(gateway, combo)).isEqualTo(200);
        assertThat(admin.get("/meals/" + combo).json().get("cost_complete").asBoolean()).isFalse();

        JsonNode first = purchasing.prefer(sysco, onions);
        assertThat(first.get("unit_cost_cents").asLong()).isEqualTo(28);
        assertThat(first.get("previous_vendor_id").isNull()).isTrue();
        assertThat(recomputed(first)).containsExactly("French onion soup=280", "Soup and sandwich=760");
        assertThat(admin.get("/meals/" + combo).json().get("cost_complete").asBoolean()).isTrue();

        long mark = AuditTrail.mark(gateway);
        JsonNode second = purchasing.prefer(farm, onions);
        assertThat(second.get("item_id").asText()).isEqualTo(onions.toString());
        assertThat(second.get("vendor_id").asText()).isEqualTo(farm.toString());
        assertThat(second.get("unit_cost_cents").asLong()).isEqualTo(22);
        assertThat(second.get("previous_vendor_id").asText()).isEqualTo(sysco.toString());
        assertThat(recomputed(second)).containsExactly("French onion soup=220", "Soup and sandwich=640");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly(
                "preferred vendor_items " + sysco + "/" + onions,
                "preferred vendor_items " + farm + "/" + onions,
                "update items " + onions,
                "cost_recomputed meals " + soup,
                "cost_recomputed meals " + combo);
        assertThat(admin.get("/meals/" + combo).json().get("unit_cost_cents").asLong()).isEqualTo(640);
        assertThat(admin.get("/items/" + onions).json().get("unit_cost_cents").asLong()).isEqualTo(22);
        assertThat(gateway.sql().count("SELECT count(*) FROM vendor_items WHERE item_id = ? AND preferred", onions))
                .isEqualTo(1);
        assertThat(gateway.sql().text("SELECT cause FROM meal_cost_history WHERE meal_id = ? ORDER BY id DESC"
                + " LIMIT 1", combo)).isEqualTo("preferred vendor of Onions is now Rio Grande Farms");

        // A new price of the preferred row moves the item's cost and the meals again: 1200 / 50 = 24 cents.
        purchasing.price(farm, onions, 1200, 50);
        assertThat(mealCost(gateway, soup)).isEqualTo(240);
        assertThat(mealCost(gateway, combo)).isEqualTo(680);
        assertThat(history(gateway, soup)).as("from its creation on").containsExactly(0L, 280L, 220L, 240L);
        assertThat(history(gateway, combo)).containsExactly(200L, 760L, 640L, 680L);

        // Choosing the vendor that already is preferred changes nothing and recomputes nothing.
        JsonNode again = purchasing.prefer(farm, onions);
        assertThat(again.get("previous_vendor_id").asText()).isEqualTo(farm.toString());
        assertThat(again.get("meals_recomputed")).isEmpty();
        assertThat(history(gateway, combo)).hasSize(4);
    }

    @Test
    void managersChooseThePreferredVendorAndItMustSellTheItem(ApiClient api) {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        UUID flour = ops.item("Flour", "kg");
        UUID mill = purchasing.vendor("Mill");
        UUID other = purchasing.vendor("Other mill");
        purchasing.price(mill, flour, 2500, 25);
        ApiClient manager = api.as(ops.managerOf(ops.location("Waco")));
        var chosen = manager.post("/vendors/" + mill + "/items/" + flour + "/preferred", null);
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().get("unit_cost_cents").asLong()).isEqualTo(100);
        assertThat(api.as(api.newUser("staff")).post("/vendors/" + mill + "/items/" + flour + "/preferred", null)
                .assertError(403)).isEqualTo("Insufficient role. Required: [admin, manager]");
        assertThat(manager.post("/vendors/" + other + "/items/" + flour + "/preferred", null).assertError(404))
                .startsWith("Vendor 'Other mill' does not sell Flour (");
        assertThat(manager.post("/vendors/" + UUID.randomUUID() + "/items/" + flour + "/preferred", null)
                .assertError(404)).startsWith("Vendor with ID");
        assertThat(manager.post("/vendors/" + mill + "/items/" + UUID.randomUUID() + "/preferred", null)
                .assertError(404)).startsWith("Item with ID");
        assertThat(manager.put("/vendors/" + mill + "/items/" + flour, Map.of("price_cents", 1,
                "pack_size", 1)).status()).as("the price list stays the admins'").isEqualTo(403);
    }

    @Test
    void concurrentChoicesLeaveExactlyOnePreferredVendorAndAMatchingCost(TestGateway gateway, ApiClient api)
            throws Exception {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        UUID item = ops.item("Garlic", "kg");
        UUID[] vendors = {purchasing.vendor("Garlic A"), purchasing.vendor("Garlic B"), purchasing.vendor("Garlic C")};
        long[] prices = {900, 1000, 1100};
        for (int i = 0; i < vendors.length; i++) {
            purchasing.price(vendors[i], item, prices[i], 1);
        }
        ApiClient admin = api.as(api.admin());
        UUID meal = meal(admin, "Garlic bread", Map.of("item_id", item.toString(), "quantity", 0.5));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                UUID vendor = vendors[i % vendors.length];
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin.post("/vendors/" + vendor + "/items/" + item + "/preferred", null).status();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(gateway.sql().count("SELECT count(*) FROM vendor_items WHERE item_id = ? AND preferred", item))
                .isEqualTo(1);
        long cost = gateway.sql().count("SELECT unit_cost_cents FROM items WHERE id = ?", item);
        assertThat(cost).isEqualTo(gateway.sql().count("SELECT price_cents FROM vendor_items WHERE item_id = ?"
                + " AND preferred", item));
        assertThat(mealCost(gateway, meal)).isEqualTo(new BigDecimal(cost).multiply(new BigDecimal("0.5"))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    @SafeVarargs
    private static UUID meal(ApiClient admin, String name, Map<String, Object>... components) {
        var created = admin.post("/meals", Map.of("name", name, "components", List.of(components)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    static long mealCost(TestGateway gateway, UUID meal) {
        return gateway.sql().count("SELECT unit_cost_cents FROM meals WHERE id = ?", meal);
    }

    private static List<Long> history(TestGateway gateway, UUID meal) {
        String rows = gateway.sql().text("SELECT string_agg(unit_cost_cents::text, ',' ORDER BY id)"
                + " FROM meal_cost_history WHERE meal_id = ?", meal);
        return rows == null ? List.of() : java.util.Arrays.stream(rows.split(",")).map(Long::parseLong).toList();
    }

    private static List<String> recomputed(JsonNode answer) {
        List<String> meals = new ArrayList<>();
        answer.get("meals_recomputed").forEach(meal -> meals.add(meal.get("name").asText() + "="
                + meal.get("unit_cost_cents").asLong()));
        return meals;
    }
}
