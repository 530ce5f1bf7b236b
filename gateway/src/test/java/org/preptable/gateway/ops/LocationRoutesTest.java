package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

@ExtendWith(GatewayExtension.class)
class LocationRoutesTest {

    private static final Map<String, Object> HARLINGEN = Map.of("name", "Harlingen", "timezone", "America/Chicago",
            "saavor_store_ref", "harlingen-main", "ready_hold_seconds", 300);

    @Test
    void adminsCreateReadUpdateAndDeleteCampuses(TestGateway gateway, ApiClient api) {
        ApiClient admin = api.as(api.admin());
        var created = admin.post("/locations", HARLINGEN);
        assertThat(created.status()).isEqualTo(201);
        var location = created.json();
        String id = location.get("id").asText();
        assertThat(location.get("name").asText()).isEqualTo("Harlingen");
        assertThat(location.get("timezone").asText()).isEqualTo("America/Chicago");
        assertThat(location.get("saavor_store_ref").asText()).isEqualTo("harlingen-main");
        assertThat(location.get("ready_hold_seconds").asInt()).isEqualTo(300);
        assertThat(location.get("created_at").asText()).endsWith("Z");

        assertThat(admin.get("/locations/" + id).json().get("name").asText()).isEqualTo("Harlingen");
        assertThat(api.as(api.newUser("staff")).get("/locations").json().findValuesAsText("id")).contains(id);

        var updated = admin.put("/locations/" + id, Map.of("name", "Harlingen Main", "timezone", "America/Chicago",
                "ready_hold_seconds", 120));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("ready_hold_seconds").asInt()).isEqualTo(120);
        assertThat(updated.json().get("saavor_store_ref").isNull()).as("a full replacement").isTrue();

        assertThat(admin.delete("/locations/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/locations/" + id).assertError(404)).isEqualTo("Location with ID " + id + " was not found.");
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE entity = 'locations' AND entity_id = ?", id))
                .isEqualTo(3);
    }

    @Test
    void invalidCampusesAre400AndDuplicatesAre409(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        assertThat(admin.post("/locations", Map.of("name", " ")).assertError(400)).isEqualTo("name is required");
        assertThat(admin.post("/locations", Map.of("name", "X", "timezone", "Mars/Olympus")).assertError(400))
                .contains("IANA zone");
        assertThat(admin.post("/locations", Map.of("name", "X", "ready_hold_seconds", -1)).assertError(400))
                .contains("ready_hold_seconds");
        assertThat(admin.post("/locations", Map.of("name", "X", "saavor_store_ref", "has space")).assertError(400))
                .contains("saavor_store_ref");
        assertThat(admin.post("/locations", Map.of("name", "X", "ready_hold_seconds", "soon")).assertError(400))
                .isEqualTo("Field 'ready_hold_seconds' must be a whole number");

        assertThat(admin.post("/locations", Map.of("name", "Waco", "saavor_store_ref", "waco-main")).status())
                .isEqualTo(201);
        assertThat(admin.post("/locations", Map.of("name", "WACO")).assertError(409)).contains("already exists");
        assertThat(admin.post("/locations", Map.of("name", "Waco 2", "saavor_store_ref", "waco-main")).assertError(409))
                .contains("waco-main");
        assertThat(admin.get("/locations/not-a-uuid").assertError(400)).contains("UUID");
        assertThat(admin.put("/locations/" + UUID.randomUUID(), Map.of("name", "Gone")).status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsWriteAndCustomersSeeNothing(ApiClient api) {
        var manager = api.newUser("manager");
        assertThat(api.as(manager).post("/locations", Map.of("name", "Mine")).assertError(403))
                .isEqualTo("Insufficient role. Required: [admin]");
        assertThat(api.as(api.newUser("customer")).get("/locations").assertError(403))
                .isEqualTo("Insufficient role. Required: [admin, manager, staff]");
        assertThat(api.get("/locations").status()).isEqualTo(401);
    }

    @Test
    void aCampusWithStoresCannotBeDeleted(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID location = fixtures.location("Busy");
        fixtures.store(location, "Walk-in cooler");

        assertThat(api.as(api.admin()).delete("/locations/" + location).assertError(409)).contains("1 store(s)");
    }
}
