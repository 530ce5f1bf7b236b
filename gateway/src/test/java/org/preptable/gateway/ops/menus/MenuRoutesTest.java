package org.preptable.gateway.ops.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

@ExtendWith(GatewayExtension.class)
class MenuRoutesTest {

    @Test
    void menusAreAdminWrittenReadByEveryCampusRoleAndAudited(TestGateway gateway, ApiClient api) {
        ApiClient admin = api.as(api.admin());
        long mark = AuditTrail.mark(gateway);
        var created = admin.post("/menus", Map.of("name", "  Fall lunch ", "description", "Soups and bowls"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("name").asText()).isEqualTo("Fall lunch");
        assertThat(created.json().get("description").asText()).isEqualTo("Soups and bowls");

        for (String role : List.of("manager", "staff")) {
            ApiClient reader = api.as(api.newUser(role));
            assertThat(reader.get("/menus").json().findValuesAsText("id")).contains(id);
            assertThat(reader.get("/menus/" + id).json().get("name").asText()).isEqualTo("Fall lunch");
            assertThat(reader.post("/menus", Map.of("name", "Mine")).assertError(403))
                    .isEqualTo("Insufficient role. Required: [admin]");
            assertThat(reader.put("/menus/" + id, Map.of("name", "Mine")).status()).isEqualTo(403);
            assertThat(reader.delete("/menus/" + id).status()).isEqualTo(403);
        }

        var renamed = admin.put("/menus/" + id, Map.of("name", "Winter lunch"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Winter lunch");
        assertThat(renamed.json().get("description").isNull()).as("a full replacement clears it").isTrue();
        assertThat(admin.delete("/menus/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/menus/" + id).assertError(404)).isEqualTo("Menu with ID " + id + " was not found.");
        assertThat(AuditTrail.since(gateway, mark)).filteredOn(row -> row.contains(" menus "))
                .containsExactly("create menus " + id, "update menus " + id, "delete menus " + id);
    }

    @Test
    void namesAreUniqueInAnyCaseAndBadInputIsA400(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        UUID first = MenuFixtures.id(admin.post("/menus", Map.of("name", "Brunch")));
        UUID second = MenuFixtures.id(admin.post("/menus", Map.of("name", "Late bites")));
        assertThat(admin.post("/menus", Map.of("name", "BRUNCH")).assertError(409))
                .isEqualTo("A menu named 'Brunch' already exists");
        assertThat(admin.put("/menus/" + second, Map.of("name", "brunch")).assertError(409))
                .isEqualTo("A menu named 'Brunch' already exists");
        assertThat(admin.put("/menus/" + first, Map.of("name", "BRUNCH")).status())
                .as("a menu may change the case of its own name").isEqualTo(200);

        assertThat(admin.post("/menus", Map.of("name", "  ")).assertError(400)).isEqualTo("name is required");
        assertThat(admin.post("/menus", Map.of("name", "x".repeat(201))).assertError(400)).contains("200");
        assertThat(admin.post("/menus", Map.of("name", "A", "description", "x".repeat(2001))).assertError(400))
                .contains("2000");
        assertThat(admin.post("/menus", Map.of("name", "A", "colour", "red")).assertError(400))
                .isEqualTo("Unknown field 'colour'");
        assertThat(admin.get("/menus/not-a-uuid").assertError(400)).contains("menuId");
        UUID unknown = UUID.randomUUID();
        assertThat(admin.put("/menus/" + unknown, Map.of("name", "X")).assertError(404))
                .isEqualTo("Menu with ID " + unknown + " was not found.");
        assertThat(admin.delete("/menus/" + unknown).status()).isEqualTo(404);
    }

    @Test
    void aMenuWithPlacementsCannotBeDeletedAndTheAnswerNamesTheLocations(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID harlingen = fixtures.location("Harlingen", "America/Chicago");
        UUID waco = fixtures.location("Waco", "America/Chicago");
        UUID menu = fixtures.menu("Fall lunch");
        UUID item = fixtures.item("Lemonade");
        for (UUID location : List.of(harlingen, waco)) {
            UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
            fixtures.place(location, MenuFixtures.placement(menu, lunch, item, false, List.of(1), List.of(), 300L,
                    null, null));
        }
        String harlingenName = fixtures.admin.get("/locations/" + harlingen).json().get("name").asText();
        String wacoName = fixtures.admin.get("/locations/" + waco).json().get("name").asText();
        String menuName = fixtures.admin.get("/menus/" + menu).json().get("name").asText();
        assertThat(fixtures.admin.delete("/menus/" + menu).assertError(409)).isEqualTo("Cannot delete menu '"
                + menuName + "': it has placements at " + harlingenName + ", " + wacoName
                + "; delete those placements first");
        assertThat(fixtures.admin.get("/menus/" + menu).status()).isEqualTo(200);
    }
}
