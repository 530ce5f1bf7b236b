package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestUser;

@ExtendWith(GatewayExtension.class)
class StoreRoutesTest {

    @Test
    void adminCreatesStoresAndEveryoneInScopeReadsThem(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID harlingen = fixtures.location("Harlingen");
        UUID waco = fixtures.location("Waco");
        var created = api.as(api.admin()).post("/stores", Map.of("location_id", harlingen.toString(),
                "name", "Walk-in cooler"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("location_id").asText()).isEqualTo(harlingen.toString());
        String cooler = created.json().get("id").asText();
        UUID wacoStore = fixtures.store(waco, "Dry store");

        TestUser manager = fixtures.managerOf(harlingen);
        assertThat(api.as(manager).get("/stores").json().findValuesAsText("id")).contains(cooler)
                .doesNotContain(wacoStore.toString());
        assertThat(api.as(manager).get("/stores?location_id=" + waco).json()).isEmpty();
        assertThat(api.as(manager).get("/stores/" + wacoStore).assertError(404))
                .isEqualTo("Store with ID " + wacoStore + " was not found.");
        assertThat(api.as(api.newUser("staff")).get("/stores?location_id=" + waco).json().findValuesAsText("id"))
                .containsExactly(wacoStore.toString());
        assertThat(api.as(manager).get("/stores?location_id=harlingen").assertError(400)).contains("location_id");
    }

    @Test
    void managersRenameAndDeleteOnlyAtTheirCampus(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID harlingen = fixtures.location("Harlingen");
        UUID waco = fixtures.location("Waco");
        UUID own = fixtures.store(harlingen, "Freezer");
        UUID other = fixtures.store(waco, "Freezer");
        TestUser manager = fixtures.managerOf(harlingen);

        var renamed = api.as(manager).put("/stores/" + own, Map.of("name", "Reach-in freezer"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Reach-in freezer");
        assertThat(api.as(manager).put("/stores/" + other, Map.of("name", "Mine now")).assertError(403))
                .isEqualTo("You are not assigned to location " + waco);
        assertThat(api.as(api.newUser("staff")).put("/stores/" + own, Map.of("name", "Staff room")).assertError(403))
                .isEqualTo("Insufficient role. Required: [admin, manager]");
        assertThat(api.as(manager).post("/stores", Map.of("location_id", harlingen.toString(), "name", "New"))
                .assertError(403)).isEqualTo("Insufficient role. Required: [admin]");

        assertThat(api.as(manager).delete("/stores/" + own).status()).isEqualTo(204);
        assertThat(api.as(manager).delete("/stores/" + other).status()).isEqualTo(403);
        assertThat(api.as(manager).delete("/stores/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void storeRulesAre400s404sAnd409s(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID location = fixtures.location("Rules");
        ApiClient admin = api.as(api.admin());
        fixtures.store(location, "Pantry");

        assertThat(admin.post("/stores", Map.of("location_id", location.toString(), "name", "PANTRY")).assertError(409))
                .contains("already has a store named");
        assertThat(admin.post("/stores", Map.of("location_id", UUID.randomUUID().toString(), "name", "X"))
                .assertError(404)).startsWith("Location with ID");
        assertThat(admin.post("/stores", Map.of("location_id", location.toString())).assertError(400))
                .isEqualTo("name is required");
        assertThat(admin.post("/stores", Map.of("location_id", "nowhere", "name", "X")).assertError(400))
                .contains("location_id");

        UUID stocked = fixtures.store(location, "Stocked");
        UUID item = fixtures.item("Flour", "kg");
        fixtures.setQuantity(stocked, item, 10, "receive");
        assertThat(admin.delete("/stores/" + stocked).assertError(409)).contains("stock history");
    }
}
