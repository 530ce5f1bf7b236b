package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;

/** Vendors, prices and purchase orders made through the API as an admin; fails the test if the API refuses. */
final class PurchasingFixtures {

    private final ApiClient admin;

    PurchasingFixtures(ApiClient api) {
        this.admin = api.as(api.admin());
    }

    UUID vendor(String name) {
        ApiResponse created = admin.post("/vendors", Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    JsonNode price(UUID vendor, UUID item, long priceCents, double packSize) {
        ApiResponse priced = admin.put("/vendors/" + vendor + "/items/" + item,
                Map.of("price_cents", priceCents, "pack_size", packSize));
        assertThat(priced.status()).as(priced.body()).isEqualTo(200);
        return priced.json();
    }

    JsonNode prefer(UUID vendor, UUID item) {
        ApiResponse preferred = admin.post("/vendors/" + vendor + "/items/" + item + "/preferred", null);
        assertThat(preferred.status()).as(preferred.body()).isEqualTo(200);
        return preferred.json();
    }

    /** A purchase-order body; {@code lines} alternate item id and quantity. */
    static Map<String, Object> order(UUID location, UUID vendor, UUID store, Object... lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("location_id", location.toString());
        body.put("vendor_id", vendor.toString());
        if (store != null) {
            body.put("store_id", store.toString());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 2) {
            rows.add(Map.of("item_id", lines[i].toString(), "quantity", lines[i + 1]));
        }
        body.put("lines", rows);
        return body;
    }

    JsonNode purchaseOrder(Map<String, Object> body) {
        ApiResponse created = admin.post("/purchase-orders", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    JsonNode status(String poId, String status, UUID store) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (store != null) {
            body.put("store_id", store.toString());
        }
        ApiResponse moved = admin.post("/purchase-orders/" + poId + "/status", body);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved.json();
    }

    /** The item's level in the store, as the inventory route shows it (0 when the store has no row for it). */
    BigDecimal stock(UUID store, UUID item) {
        for (JsonNode row : admin.get("/stores/" + store + "/inventory").json().get("items")) {
            if (row.get("item_id").asText().equals(item.toString())) {
                return row.get("quantity").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }
}
