package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestUser;

/** Creates operations data through the API, as an admin, and fails the test if the API refuses. */
public final class OpsFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ApiClient api;
    private final ApiClient admin;

    public OpsFixtures(ApiClient api) {
        this.api = api;
        this.admin = api.as(api.admin());
    }

    public UUID location(String name) {
        return id(admin.post("/locations", Map.of("name", name + " " + COUNTER.incrementAndGet(),
                "timezone", "America/Chicago")), 201);
    }

    public UUID store(UUID locationId, String name) {
        return id(admin.post("/stores", Map.of("location_id", locationId.toString(), "name", name)), 201);
    }

    public UUID item(String name, String unit) {
        return id(admin.post("/items", Map.of("sku", "SKU-" + COUNTER.incrementAndGet(), "name", name, "unit", unit,
                "category", "test")), 201);
    }

    public void par(UUID itemId, UUID locationId, double par, double threshold) {
        ApiResponse response = admin.put("/items/" + itemId + "/par/" + locationId,
                Map.of("par_level", par, "reorder_threshold", threshold));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    public void setQuantity(UUID storeId, UUID itemId, double quantity, String reason) {
        ApiResponse response = admin.put("/stores/" + storeId + "/items/" + itemId,
                Map.of("quantity", quantity, "reason", reason));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** A manager assigned to exactly these locations. */
    public TestUser managerOf(UUID... locations) {
        TestUser manager = api.newUser("manager");
        ApiResponse response = admin.put("/admin/users/" + manager.id() + "/locations",
                Map.of("location_ids", List.of(locations).stream().map(UUID::toString).toList()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return manager;
    }

    private static UUID id(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return UUID.fromString(response.json().get("id").asText());
    }
}
