package org.preptable.gateway.ops.menus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.ops.menus.MenuFixtures.placement;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
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
class PlacementRoutesTest {

    @Test
    void managersPlaceMealsAndItemsWithTheNamesResolvedAndEveryWriteAudited(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID location = fixtures.location("Harlingen", "America/Chicago");
        UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
        UUID dinner = fixtures.daypart(location, "Dinner", "17:00", "21:00");
        UUID menu = fixtures.menu("Fall lunch");
        UUID burger = fixtures.meal("Classic burger", "Brioche bun", 1, 7);
        UUID water = fixtures.item("Sparkling water");
        ApiClient manager = fixtures.api.as(fixtures.managerOf(location));
        long mark = AuditTrail.mark(gateway);

        var created = manager.post("/locations/" + location + "/placements", placement(menu, lunch, burger, true,
                List.of(5, 1, 3, 1), List.of("2026-06-07", "2026-06-06", "2026-06-07"), 1295L, null, 2));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = created.json();
        String id = view.get("id").asText();
        assertThat(view.get("kind").asText()).isEqualTo("meal");
        assertThat(view.get("meal_id").asText()).isEqualTo(burger.toString());
        assertThat(view.get("item_id").isNull()).isTrue();
        assertThat(view.get("name").asText()).startsWith("Classic burger");
        assertThat(view.get("menu_name").asText()).startsWith("Fall lunch");
        assertThat(view.get("daypart_name").asText()).isEqualTo("Lunch");
        assertThat(view.get("weekdays").toString()).as("sorted, repeats dropped").isEqualTo("[1,3,5]");
        assertThat(view.get("dates").toString()).isEqualTo("[\"2026-06-06\",\"2026-06-07\"]");
        assertThat(view.get("price_cents").asLong()).isEqualTo(1295);
        assertThat(view.get("available").asBoolean()).as("default").isTrue();
        assertThat(view.get("position").asInt()).isEqualTo(2);

        UUID waterPlacement = MenuFixtures.id(manager.post("/locations/" + location + "/placements",
                placement(menu, dinner, water, false, List.of(), List.of("2026-06-05"), null, false, null)));
        var listed = manager.get("/locations/" + location + "/placements").json();
        assertThat(listed.findValuesAsText("id")).containsExactly(id, waterPlacement.toString());
        assertThat(listed.get(1).get("kind").asText()).isEqualTo("item");
        assertThat(listed.get(1).get("name").asText()).isEqualTo("Sparkling water");
        assertThat(listed.get(1).get("price_cents").isNull()).isTrue();
        assertThat(listed.get(1).get("position").asInt()).isZero();
        assertThat(manager.get("/locations/" + location + "/placements?daypart_id=" + dinner).json()
                .findValuesAsText("id")).containsExactly(waterPlacement.toString());
        assertThat(manager.get("/locations/" + location + "/placements?menu_id=" + UUID.randomUUID()).json())
                .isEmpty();
        assertThat(manager.get("/locations/" + location + "/placements?menu_id=" + menu + "&daypart_id=" + lunch)
                .json().findValuesAsText("id")).containsExactly(id);

        var moved = manager.put("/placements/" + id, placement(menu, dinner, water, false, List.of(7), List.of(),
                450L, false, 1));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("daypart_name").asText()).isEqualTo("Dinner");
        assertThat(moved.json().get("kind").asText()).isEqualTo("item");
        assertThat(moved.json().get("dates")).isEmpty();
        assertThat(moved.json().get("available").asBoolean()).isFalse();
        assertThat(manager.delete("/placements/" + id).status()).isEqualTo(204);
        assertThat(manager.delete("/placements/" + id).assertError(404))
                .isEqualTo("Placement with ID " + id + " was not found.");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("create placements " + id,
                "create placements " + waterPlacement, "update placements " + id, "delete placements " + id);
    }

    @Test
    void everyBadPlacementIsRefusedWithTheReason(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID location = fixtures.location("Waco", "America/Chicago");
        UUID other = fixtures.location("Austin", "America/Chicago");
        UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
        UUID otherLunch = fixtures.daypart(other, "Lunch", "11:00", "14:00");
        UUID menu = fixtures.menu("Specials");
        UUID item = fixtures.item("Cookie");
        UUID meal = fixtures.meal("Chili", null);
        ApiClient admin = fixtures.admin;
        String path = "/locations/" + location + "/placements";

        Map<String, Object> both = new HashMap<>(placement(menu, lunch, item, false, List.of(1), List.of(), null,
                null, null));
        both.put("meal_id", meal.toString());
        assertThat(admin.post(path, both).assertError(400)).isEqualTo("Give exactly one of meal_id and item_id");
        Map<String, Object> neither = new HashMap<>(both);
        neither.remove("meal_id");
        neither.remove("item_id");
        assertThat(admin.post(path, neither).assertError(400)).isEqualTo("Give exactly one of meal_id and item_id");
        assertThat(admin.post(path, placement(menu, lunch, item, false, List.of(), List.of(), null, null, null))
                .assertError(400)).isEqualTo("Give at least one weekday or date the placement is served on");
        assertThat(admin.post(path, placement(menu, lunch, item, false, List.of(0), List.of(), null, null, null))
                .assertError(400)).contains("1 (Monday) to 7 (Sunday), got: 0");
        assertThat(admin.post(path, placement(menu, lunch, item, false, List.of(8), List.of(), null, null, null))
                .assertError(400)).contains("got: 8");
        assertThat(admin.post(path, placement(menu, lunch, item, false, List.of(), List.of("2026-02-30"), null, null,
                null)).assertError(400)).contains("got: 2026-02-30");
        assertThat(admin.post(path, placement(menu, lunch, item, false, List.of(), List.of("06/01/2026"), null, null,
                null)).assertError(400)).contains("yyyy-MM-dd");
        assertThat(admin.post(path, placement(menu, lunch, item, false, List.of(1), List.of(), -1L, null, null))
                .assertError(400)).contains("price_cents");
        assertThat(admin.post(path, placement(menu, lunch, item, false, List.of(1), List.of(), null, null, -1))
                .assertError(400)).contains("position");
        Map<String, Object> noMenu = new HashMap<>(placement(menu, lunch, item, false, List.of(1), List.of(), null,
                null, null));
        noMenu.remove("menu_id");
        assertThat(admin.post(path, noMenu).assertError(400)).isEqualTo("menu_id is required");
        noMenu.put("menu_id", "menu-1");
        assertThat(admin.post(path, noMenu).assertError(400)).isEqualTo("menu_id must be a UUID, got: menu-1");

        assertThat(admin.post(path, placement(menu, otherLunch, item, false, List.of(1), List.of(), null, null, null))
                .assertError(400)).isEqualTo("Daypart " + otherLunch + " belongs to another location; a placement"
                + " uses a daypart of its own location");
        UUID unknown = UUID.randomUUID();
        assertThat(admin.post(path, placement(unknown, lunch, item, false, List.of(1), List.of(), null, null, null))
                .assertError(404)).isEqualTo("Menu with ID " + unknown + " was not found.");
        assertThat(admin.post(path, placement(menu, unknown, item, false, List.of(1), List.of(), null, null, null))
                .assertError(404)).isEqualTo("Daypart with ID " + unknown + " was not found.");
        assertThat(admin.post(path, placement(menu, lunch, unknown, true, List.of(1), List.of(), null, null, null))
                .assertError(404)).isEqualTo("Meal with ID " + unknown + " was not found.");
        assertThat(admin.post(path, placement(menu, lunch, unknown, false, List.of(1), List.of(), null, null, null))
                .assertError(404)).isEqualTo("Item with ID " + unknown + " was not found.");
        assertThat(admin.post("/locations/" + unknown + "/placements",
                placement(menu, lunch, item, false, List.of(1), List.of(), null, null, null)).assertError(404))
                .isEqualTo("Location with ID " + unknown + " was not found.");
        assertThat(admin.get("/locations/" + unknown + "/placements").status()).isEqualTo(404);
        assertThat(admin.get(path + "?daypart_id=lunch").assertError(400)).contains("daypart_id");

        UUID placed = fixtures.place(location, placement(menu, lunch, item, false, List.of(1), List.of(), null, null,
                null));
        assertThat(admin.put("/placements/" + placed, placement(menu, otherLunch, item, false, List.of(1), List.of(),
                null, null, null)).assertError(400)).contains("belongs to another location");
        assertThat(admin.put("/placements/" + unknown, placement(menu, lunch, item, false, List.of(1), List.of(),
                null, null, null)).assertError(404)).isEqualTo("Placement with ID " + unknown + " was not found.");
        assertThat(gateway.sql().count("SELECT count(*) FROM placements WHERE location_id = ?::uuid",
                location.toString())).isEqualTo(1);
    }

    @Test
    void scopeWritesOutsideAre403ReadsOutsideAreEmpty(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID mine = fixtures.location("Mine", "America/Chicago");
        UUID theirs = fixtures.location("Theirs", "America/Chicago");
        UUID myLunch = fixtures.daypart(mine, "Lunch", "11:00", "14:00");
        UUID theirLunch = fixtures.daypart(theirs, "Lunch", "11:00", "14:00");
        UUID menu = fixtures.menu("Shared");
        UUID item = fixtures.item("Soup");
        UUID theirPlacement = fixtures.place(theirs, placement(menu, theirLunch, item, false, List.of(1), List.of(),
                null, null, null));
        ApiClient manager = fixtures.api.as(fixtures.managerOf(mine));

        assertThat(manager.post("/locations/" + theirs + "/placements", placement(menu, theirLunch, item, false,
                List.of(1), List.of(), null, null, null)).assertError(403))
                .isEqualTo("You are not assigned to location " + theirs);
        assertThat(manager.put("/placements/" + theirPlacement, placement(menu, theirLunch, item, false, List.of(2),
                List.of(), null, null, null)).assertError(403)).isEqualTo("You are not assigned to location " + theirs);
        assertThat(manager.delete("/placements/" + theirPlacement).status()).isEqualTo(403);
        assertThat(manager.get("/locations/" + theirs + "/placements").json()).isEmpty();
        assertThat(manager.post("/locations/" + mine + "/placements", placement(menu, myLunch, item, false,
                List.of(1), List.of(), null, null, null)).status()).isEqualTo(201);
        assertThat(manager.get("/locations/" + mine + "/placements").json()).hasSize(1);

        ApiClient staff = fixtures.api.as(fixtures.api.newUser("staff"));
        assertThat(staff.get("/locations/" + theirs + "/placements").json()).hasSize(1);
        assertThat(staff.put("/placements/" + theirPlacement, placement(menu, theirLunch, item, false, List.of(2),
                List.of(), null, null, null)).assertError(403)).isEqualTo("Insufficient role. Required: [admin, manager]");
        assertThat(fixtures.kiosk(mine).get("/locations/" + mine + "/placements").status()).isEqualTo(403);
    }

}
