package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

@ExtendWith(GatewayExtension.class)
class InventoryTest {

    private static double level(TestGateway gateway, UUID store, UUID item) {
        return Double.parseDouble(gateway.sql().text(
                "SELECT quantity::text FROM store_items WHERE store_id = ?::uuid AND item_id = ?::uuid",
                store.toString(), item.toString()));
    }

    private static double ledger(TestGateway gateway, UUID store, UUID item) {
        return Double.parseDouble(gateway.sql().text(
                "SELECT coalesce(sum(delta), 0)::text FROM stock_movements WHERE store_id = ?::uuid AND item_id = ?::uuid",
                store.toString(), item.toString()));
    }

    @Test
    void setQuantityWritesTheLevelAndOneLedgerRow(TestGateway gateway, ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID location = fixtures.location("Counts");
        UUID store = fixtures.store(location, "Walk-in");
        UUID item = fixtures.item("Chicken thigh", "lb");
        ApiClient staff = api.as(api.newUser("staff"));

        var received = staff.put("/stores/" + store + "/items/" + item, Map.of("quantity", 12.5, "reason", "receive"));
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.json().get("delta").asDouble()).isEqualTo(12.5);
        assertThat(received.json().get("quantity_after").asDouble()).isEqualTo(12.5);
        var counted = staff.put("/stores/" + store + "/items/" + item, Map.of("quantity", 10, "reason", "count_correction",
                "note", "weekly count"));
        assertThat(counted.json().get("delta").asDouble()).isEqualTo(-2.5);
        assertThat(counted.json().get("note").asText()).isEqualTo("weekly count");

        assertThat(level(gateway, store, item)).isEqualTo(10.0).isEqualTo(ledger(gateway, store, item));
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE entity = 'stock_movements'"
                + " AND after->>'store_id' = ?", store.toString())).isEqualTo(2);

        JsonNode inventory = staff.get("/stores/" + store + "/inventory").json();
        assertThat(inventory.get("items").get(0).get("quantity").asDouble()).isEqualTo(10.0);
        assertThat(inventory.get("items").get(0).get("par_level").isNull()).isTrue();
    }

    @Test
    void stockGoesNegativeOnlyThroughACountCorrection(TestGateway gateway, ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID store = fixtures.store(fixtures.location("Negatives"), "Dry store");
        UUID item = fixtures.item("Rice", "kg");
        ApiClient staff = api.as(api.newUser("staff"));
        fixtures.setQuantity(store, item, 2, "receive");

        assertThat(staff.put("/stores/" + store + "/items/" + item, Map.of("quantity", -1, "reason", "adjust"))
                .assertError(400)).contains("must not be negative");
        assertThat(staff.post("/items/" + item + "/stores/" + store + "/adjust", Map.of("delta", -2.5))
                .assertError(409)).contains("count correction");
        assertThat(staff.post("/items/" + item + "/waste", Map.of("store_id", store.toString(), "quantity", 3,
                "waste_reason", "spoiled")).assertError(409)).contains("count correction");
        assertThat(staff.put("/stores/" + store + "/items/" + item, Map.of("quantity", -1, "reason", "count_correction"))
                .status()).isEqualTo(200);
        assertThat(level(gateway, store, item)).isEqualTo(-1.0).isEqualTo(ledger(gateway, store, item));
    }

    @Test
    void adjustAndWasteRecordSignedMovements(TestGateway gateway, ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID store = fixtures.store(fixtures.location("Moves"), "Line fridge");
        UUID item = fixtures.item("Cream", "l");
        ApiClient staff = api.as(api.newUser("staff"));
        fixtures.setQuantity(store, item, 10, "receive");

        var adjusted = staff.post("/items/" + item + "/stores/" + store + "/adjust", Map.of("delta", -2.5, "note", "spill"));
        assertThat(adjusted.status()).isEqualTo(201);
        assertThat(adjusted.json().get("reason").asText()).isEqualTo("adjust");
        var wasted = staff.post("/items/" + item + "/waste", Map.of("store_id", store.toString(), "quantity", 1.5,
                "waste_reason", "expired", "note", "past date"));
        assertThat(wasted.status()).isEqualTo(201);
        assertThat(wasted.json().get("delta").asDouble()).isEqualTo(-1.5);
        assertThat(wasted.json().get("waste_reason").asText()).isEqualTo("expired");
        assertThat(level(gateway, store, item)).isEqualTo(6.0).isEqualTo(ledger(gateway, store, item));

        assertThat(staff.post("/items/" + item + "/waste", Map.of("store_id", store.toString(), "quantity", 1))
                .assertError(400)).contains("waste_reason must be one of");
        assertThat(staff.post("/items/" + item + "/waste", Map.of("store_id", store.toString(), "quantity", 1,
                "waste_reason", "dropped")).assertError(400)).contains("waste_reason");
        assertThat(staff.post("/items/" + item + "/waste", Map.of("store_id", store.toString(), "quantity", 0,
                "waste_reason", "other")).assertError(400)).contains("greater than 0");
        assertThat(staff.post("/items/" + item + "/stores/" + store + "/adjust", Map.of("delta", 0)).assertError(400))
                .isEqualTo("delta must not be zero");
        assertThat(staff.post("/items/" + item + "/stores/" + store + "/adjust", Map.of("delta", "lots"))
                .assertError(400)).isEqualTo("Field 'delta' must be a number");
        assertThat(staff.post("/items/" + UUID.randomUUID() + "/stores/" + store + "/adjust", Map.of("delta", 1))
                .status()).isEqualTo(404);
        assertThat(staff.put("/stores/" + store + "/items/" + item, Map.of("quantity", 1, "reason", "waste"))
                .assertError(400)).contains("reason must be one of");
    }

    @Test
    void managersCountOnlyAtTheirCampusStaffEverywhere(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID harlingen = fixtures.location("Harlingen");
        UUID waco = fixtures.location("Waco");
        UUID own = fixtures.store(harlingen, "Cooler");
        UUID other = fixtures.store(waco, "Cooler");
        UUID item = fixtures.item("Limes", "ea");
        TestUser manager = fixtures.managerOf(harlingen);
        var count = Map.of("quantity", 40, "reason", "count_correction");

        assertThat(api.as(manager).put("/stores/" + own + "/items/" + item, count).status()).isEqualTo(200);
        assertThat(api.as(manager).put("/stores/" + other + "/items/" + item, count).assertError(403))
                .isEqualTo("You are not assigned to location " + waco);
        assertThat(api.as(api.newUser("staff")).put("/stores/" + other + "/items/" + item, count).status())
                .isEqualTo(200);
        assertThat(api.as(api.newUser("customer")).put("/stores/" + own + "/items/" + item, count).status())
                .isEqualTo(403);

        JsonNode itemView = api.as(manager).get("/items/" + item + "/inventory").json();
        assertThat(itemView.get("stores")).hasSize(1);
        assertThat(itemView.get("total_quantity").asDouble()).isEqualTo(40.0);
        assertThat(api.as(api.admin()).get("/items/" + item + "/inventory").json().get("stores")).hasSize(2);

        JsonNode campus = api.as(manager).get("/locations/" + harlingen + "/inventory").json();
        assertThat(campus.get("items").get(0).get("quantity").asDouble()).isEqualTo(40.0);
        assertThat(campus.get("items").get(0).get("stores").get(0).get("store_id").asText()).isEqualTo(own.toString());
        assertThat(api.as(manager).get("/locations/" + waco + "/inventory").json().get("items")).isEmpty();
        assertThat(api.as(manager).get("/locations/" + UUID.randomUUID() + "/inventory").status()).isEqualTo(404);
    }

    @Test
    void theLedgerPagesNewestFirstAndFilters(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID store = fixtures.store(fixtures.location("Ledger"), "Bar");
        UUID limes = fixtures.item("Limes", "ea");
        UUID mint = fixtures.item("Mint", "bunch");
        for (int i = 1; i <= 5; i++) {
            fixtures.setQuantity(store, limes, i * 10, "receive");
        }
        fixtures.setQuantity(store, mint, 3, "receive");
        ApiClient staff = api.as(api.newUser("staff"));

        JsonNode page = staff.get("/stores/" + store + "/movements?limit=2&item_id=" + limes).json();
        assertThat(page.get("movements")).hasSize(2);
        assertThat(page.get("movements").get(0).get("quantity_after").asDouble()).isEqualTo(50.0);
        JsonNode next = staff.get("/stores/" + store + "/movements?limit=2&item_id=" + limes + "&before="
                + page.get("next_before").asLong()).json();
        assertThat(next.get("movements").get(0).get("quantity_after").asDouble()).isEqualTo(30.0);
        assertThat(staff.get("/stores/" + store + "/movements").json().get("movements")).hasSize(6);
        assertThat(staff.get("/stores/" + store + "/movements").json().get("next_before").isNull()).isTrue();
        assertThat(staff.get("/stores/" + store + "/movements?reason=waste").json().get("movements")).isEmpty();
        assertThat(staff.get("/stores/" + store + "/movements?reason=theft").assertError(400)).contains("reason");
        assertThat(staff.get("/stores/" + store + "/movements?limit=9999").assertError(400)).contains("limit");
    }

    @Test
    void concurrentAdjustsNeverLoseAMovement(TestGateway gateway, ApiClient api) throws Exception {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID store = fixtures.store(fixtures.location("Rush"), "Pass");
        UUID item = fixtures.item("Fries", "portion");
        fixtures.setQuantity(store, item, 1000, "receive");
        ApiClient staff = api.as(api.newUser("staff"));
        int writers = 16;
        int perWriter = 10;

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(writers)) {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < perWriter; i++) {
                        double delta = (writer + i) % 3 == 0 ? 2.5 : -1;
                        if (staff.post("/items/" + item + "/stores/" + store + "/adjust", Map.of("delta", delta))
                                .status() == 201) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            int succeeded = 0;
            for (var result : results) {
                succeeded += result.get();
            }
            assertThat(succeeded).isEqualTo(writers * perWriter);
        }
        long movements = gateway.sql().count("SELECT count(*) FROM stock_movements WHERE store_id = ?::uuid",
                store.toString());
        assertThat(movements).isEqualTo(1 + writers * perWriter);
        double expected = 1000;
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < perWriter; i++) {
                expected += (w + i) % 3 == 0 ? 2.5 : -1;
            }
        }
        assertThat(level(gateway, store, item)).isEqualTo(expected).isEqualTo(ledger(gateway, store, item));
        assertThat(gateway.sql().count("SELECT count(*) FROM stock_movements m WHERE store_id = ?::uuid AND"
                + " quantity_after <> (SELECT sum(delta) FROM stock_movements p WHERE p.store_id = m.store_id"
                + " AND p.item_id = m.item_id AND p.seq <= m.seq)", store.toString()))
                .as("every row's quantity_after is the running sum of the ledger").isZero();
    }
}
