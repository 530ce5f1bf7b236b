package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** Drafting purchase orders from the low-stock report: one per preferred vendor, whole packs, nothing dropped. */
@ExtendWith(GatewayExtension.class)
class FromLowStockTest {

    @Test
    void oneDraftPerPreferredVendorInWholePacks(TestGateway gateway, ApiClient api) {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        UUID location = ops.location("Harlingen");
        UUID cooler = ops.store(location, "Walk-in cooler");
        UUID dry = ops.store(location, "Dry store");
        UUID sysco = purchasing.vendor("Sysco");
        UUID farm = purchasing.vendor("Rio Grande Farms");

        // Onions: par 120, 40 in stock over two stores → 80 short, 50 lb packs → 2 packs = 100.
        UUID onions = stocked(ops, location, cooler, "Onions", 120, 60, 25);
        ops.setQuantity(dry, onions, 15, "receive");
        purchasing.price(sysco, onions, 1400, 50);
        purchasing.price(farm, onions, 1100, 50);
        purchasing.prefer(sysco, onions);
        // Eggs: 360 short in packs of 180 → exactly 2 packs, no rounding.
        UUID eggs = stocked(ops, location, cooler, "Eggs", 360, 180, 0);
        purchasing.price(sysco, eggs, 5400, 180);
        purchasing.prefer(sysco, eggs);
        // Chocolate: 7 short in 2.5 lb packs → 3 packs = 7.5, from the farm.
        UUID chocolate = stocked(ops, location, dry, "Dark chocolate", 10, 5, 3);
        purchasing.price(farm, chocolate, 2000, 2.5);
        purchasing.prefer(farm, chocolate);
        // Salt: sold by Sysco, but nobody is preferred: listed, not dropped.
        UUID salt = stocked(ops, location, dry, "Salt", 20, 10, 4);
        purchasing.price(sysco, salt, 500, 10);
        // Flour: above its threshold, so not low.
        UUID flour = stocked(ops, location, dry, "Flour", 50, 10, 30);
        purchasing.price(sysco, flour, 2500, 25);
        purchasing.prefer(sysco, flour);

        ApiClient manager = api.as(ops.managerOf(location));
        long mark = AuditTrail.mark(gateway);
        var answer = manager.post("/purchase-orders/from-low-stock", Map.of("location_id", location.toString(),
                "store_id", cooler.toString()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode orders = answer.json().get("purchase_orders");
        assertThat(orders).hasSize(2);
        JsonNode farmOrder = orders.get(0);
        JsonNode syscoOrder = orders.get(1);
        assertThat(farmOrder.get("vendor_name").asText()).isEqualTo("Rio Grande Farms");
        assertThat(lines(farmOrder)).containsExactly("Dark chocolate 7.5 3.0 6000");
        assertThat(syscoOrder.get("vendor_name").asText()).isEqualTo("Sysco");
        assertThat(lines(syscoOrder)).as("largest deficit first").containsExactly("Eggs 360.0 2.0 10800",
                "Onions 100.0 2.0 2800");
        for (JsonNode po : orders) {
            assertThat(po.get("status").asText()).isEqualTo("draft");
            assertThat(po.get("location_id").asText()).isEqualTo(location.toString());
            assertThat(po.get("store_id").asText()).isEqualTo(cooler.toString());
            assertThat(po.get("notes").asText()).isEqualTo("Drafted from the low-stock report");
        }
        JsonNode unordered = answer.json().get("without_preferred_vendor");
        assertThat(unordered).hasSize(1);
        assertThat(unordered.get(0).get("item_id").asText()).isEqualTo(salt.toString());
        assertThat(unordered.get(0).get("item_name").asText()).isEqualTo("Salt");
        assertThat(unordered.get(0).get("deficit").asDouble()).isEqualTo(16.0);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly(
                "create purchase_orders " + farmOrder.get("id").asText(),
                "create purchase_orders " + syscoOrder.get("id").asText());
        assertThat(manager.get("/purchase-orders?location_id=" + location + "&status=draft").json()).hasSize(2);
        assertThat(answer.json().findValuesAsText("item_id")).as("flour is not low").doesNotContain(flour.toString());
    }

    @Test
    void nothingToOrderIsA200AndTheScopeAndStoreAreChecked(ApiClient api) {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        UUID quiet = ops.location("Quiet");
        UUID elsewhere = ops.location("Elsewhere");
        UUID otherStore = ops.store(elsewhere, "Cooler");
        UUID store = ops.store(quiet, "Cooler");
        UUID limes = stocked(ops, quiet, store, "Limes", 100, 20, 10);
        ApiClient admin = api.as(api.admin());

        var nothing = admin.post("/purchase-orders/from-low-stock", Map.of("location_id", quiet.toString()));
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.json().get("purchase_orders")).isEmpty();
        assertThat(nothing.json().get("without_preferred_vendor").findValuesAsText("item_id"))
                .containsExactly(limes.toString());

        UUID vendor = purchasing.vendor("Citrus Co");
        purchasing.price(vendor, limes, 3000, 100);
        purchasing.prefer(vendor, limes);
        ops.setQuantity(store, limes, 100, "receive");
        var full = admin.post("/purchase-orders/from-low-stock", Map.of("location_id", quiet.toString()));
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().get("purchase_orders")).isEmpty();
        assertThat(full.json().get("without_preferred_vendor")).isEmpty();

        ApiClient outsider = api.as(ops.managerOf(elsewhere));
        assertThat(outsider.post("/purchase-orders/from-low-stock", Map.of("location_id", quiet.toString()))
                .assertError(403)).isEqualTo("You are not assigned to location " + quiet);
        assertThat(api.as(api.newUser("staff")).post("/purchase-orders/from-low-stock",
                Map.of("location_id", quiet.toString())).status()).isEqualTo(403);
        assertThat(admin.post("/purchase-orders/from-low-stock", Map.of("location_id", quiet.toString(),
                "store_id", otherStore.toString())).assertError(400)).startsWith("Store 'Cooler' is not at");
        assertThat(admin.post("/purchase-orders/from-low-stock", Map.of("location_id", UUID.randomUUID().toString()))
                .assertError(404)).startsWith("Location with ID");
        assertThat(admin.post("/purchase-orders/from-low-stock", Map.of()).assertError(400))
                .isEqualTo("location_id is required");
    }

    /** An item with a par level and threshold at the location and this much in the store. */
    private static UUID stocked(OpsFixtures ops, UUID location, UUID store, String name, double par, double threshold,
                                double quantity) {
        UUID item = ops.item(name, "lb");
        ops.par(item, location, par, threshold);
        ops.setQuantity(store, item, quantity, "receive");
        return item;
    }

    /** "name quantity packs line_total" per line. */
    private static List<String> lines(JsonNode po) {
        List<String> lines = new ArrayList<>();
        po.get("lines").forEach(line -> lines.add(line.get("item_name").asText() + " " + line.get("quantity").asDouble()
                + " " + line.get("packs").asDouble() + " " + line.get("line_total_cents").asLong()));
        return lines;
    }
}
