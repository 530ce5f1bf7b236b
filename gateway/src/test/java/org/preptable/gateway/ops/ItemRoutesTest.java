package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

@ExtendWith(GatewayExtension.class)
class ItemRoutesTest {

    private static final Map<String, Object> THIGHS = Map.of("sku", "PRO-CHK-THGH-50", "name", "Chicken thigh, boneless",
            "unit", "lb", "category", "protein");

    @Test
    void theCatalogIsAdminWrittenAndReadByEveryone(TestGateway gateway, ApiClient api) {
        ApiClient admin = api.as(api.admin());
        var created = admin.post("/items", THIGHS);
        assertThat(created.status()).isEqualTo(201);
        var item = created.json();
        String id = item.get("id").asText();
        assertThat(item.get("sku").asText()).isEqualTo("PRO-CHK-THGH-50");
        assertThat(item.get("unit_cost_cents").isNull()).isTrue();

        ApiClient staff = api.as(api.newUser("staff"));
        assertThat(staff.get("/items").json().findValuesAsText("id")).contains(id);
        assertThat(staff.get("/items?search=thigh").json()).hasSize(1);
        assertThat(staff.get("/items?category=PROTEIN").json()).hasSize(1);
        assertThat(staff.get("/items/" + id).json().get("name").asText()).isEqualTo("Chicken thigh, boneless");
        assertThat(staff.post("/items", THIGHS).assertError(403)).isEqualTo("Insufficient role. Required: [admin]");

        var renamed = admin.put("/items/" + id, Map.of("sku", "PRO-CHK-THGH-50", "name", "Chicken thigh", "unit", "lb"));
        assertThat(renamed.json().get("name").asText()).isEqualTo("Chicken thigh");
        assertThat(renamed.json().get("category").isNull()).isTrue();
        assertThat(admin.delete("/items/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/items/" + id).assertError(404)).isEqualTo("Item with ID " + id + " was not found.");
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE entity = 'items' AND entity_id = ?", id))
                .isEqualTo(3);
    }

    @Test
    void skusAreUniqueAcrossTheInstallInAnyCase(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        admin.post("/items", Map.of("sku", "DRY-FLR-25", "name", "Flour", "unit", "kg"));
        assertThat(admin.post("/items", Map.of("sku", "dry-flr-25", "name", "Other flour", "unit", "kg"))
                .assertError(409)).isEqualTo("An item with SKU 'DRY-FLR-25' already exists");
        assertThat(admin.post("/items", Map.of("sku", "has space", "name", "X", "unit", "kg")).assertError(400))
                .contains("sku");
        assertThat(admin.post("/items", Map.of("sku", "OK-1", "name", "X")).assertError(400)).isEqualTo("unit is required");
        assertThat(admin.post("/items", Map.of("sku", "OK-1", "name", "X", "unit", "kg", "price", 3)).assertError(400))
                .isEqualTo("Unknown field 'price'");
    }

    @Test
    void parLevelsArePerLocationAndSetByItsManagers(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID harlingen = fixtures.location("Harlingen");
        UUID waco = fixtures.location("Waco");
        UUID item = fixtures.item("Onions", "kg");
        TestUser manager = fixtures.managerOf(harlingen);

        var set = api.as(manager).put("/items/" + item + "/par/" + harlingen,
                Map.of("par_level", 60, "reorder_threshold", 30));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("par_level").asDouble()).isEqualTo(60.0);
        assertThat(set.json().get("location_name").asText()).startsWith("Harlingen");
        assertThat(api.as(manager).put("/items/" + item + "/par/" + waco, Map.of("par_level", 5, "reorder_threshold", 1))
                .assertError(403)).isEqualTo("You are not assigned to location " + waco);
        fixtures.par(item, waco, 10, 4);

        assertThat(api.as(manager).get("/items/" + item + "/par").json().findValuesAsText("location_id"))
                .containsExactly(harlingen.toString());
        assertThat(api.as(api.admin()).get("/items/" + item + "/par").json()).hasSize(2);

        assertThat(api.as(manager).put("/items/" + item + "/par/" + harlingen,
                Map.of("par_level", 10, "reorder_threshold", 20)).assertError(400)).contains("must not be above");
        assertThat(api.as(manager).put("/items/" + item + "/par/" + harlingen,
                Map.of("par_level", -1, "reorder_threshold", 0)).assertError(400)).contains("negative");
        assertThat(api.as(manager).put("/items/" + item + "/par/" + harlingen,
                Map.of("par_level", 1.2345, "reorder_threshold", 0)).assertError(400)).contains("3 decimals");
        assertThat(api.as(manager).put("/items/" + UUID.randomUUID() + "/par/" + harlingen,
                Map.of("par_level", 1, "reorder_threshold", 0)).status()).isEqualTo(404);
        assertThat(api.as(api.newUser("staff")).put("/items/" + item + "/par/" + harlingen,
                Map.of("par_level", 1, "reorder_threshold", 0)).status()).isEqualTo(403);
    }
}
