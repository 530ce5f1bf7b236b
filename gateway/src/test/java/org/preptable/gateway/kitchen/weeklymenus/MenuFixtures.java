package org.preptable.gateway.kitchen.weeklymenus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;

/**
 * Stations (through the API) and dishes (straight into the bank with SQL, the dish routes being another feature's)
 * for the weekly-menu and translation tests, and small helpers around a menu's JSON.
 */
public final class MenuFixtures {

    private final TestGateway gateway;
    private final ApiClient headChef;
    private final UUID creator;

    public MenuFixtures(TestGateway gateway, ApiClient headChef, UUID creator) {
        this.gateway = gateway;
        this.headChef = headChef;
        this.creator = creator;
    }

    public long station(String name) {
        ApiResponse created = headChef.post("/stations", Map.of("name", name, "description", name + " station"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** An active dish without an English translation. */
    public long dish(long stationId, String nameDa, String descriptionDa, int... allergenNumbers) {
        return dish(stationId, nameDa, descriptionDa, null, null, true, allergenNumbers);
    }

    public long dish(long stationId, String nameDa, String descriptionDa, String nameEn, String descriptionEn,
                     boolean active, int... allergenNumbers) {
        long id = Long.parseLong(gateway.sql().text("""
                INSERT INTO dishes (name_da, description_da, name_en, description_en, station_id, active,
                                    origin_week, origin_year, created_by)
                VALUES (?, ?, ?, ?, ?, ?, 23, 2026, ?) RETURNING id""",
                nameDa, descriptionDa, nameEn, descriptionEn, stationId, active, creator));
        for (int number : allergenNumbers) {
            gateway.sql().execute("INSERT INTO dish_allergens (dish_id, allergen_id)"
                    + " SELECT ?, id FROM allergens WHERE display_number = ?", id, number);
        }
        return id;
    }

    public void translateBySql(long dishId, String nameEn, String descriptionEn) {
        gateway.sql().execute("UPDATE dishes SET name_en = ?, description_en = ? WHERE id = ?", nameEn,
                descriptionEn, dishId);
    }

    /** Creates the week's menu as the head chef; returns its id. */
    public long menu(int week, int year) {
        ApiResponse created = headChef.post("/weekly-menus", Map.of("week", week, "year", year));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("menuId").asLong();
    }

    /** Adds a slot as the head chef; returns the new slot's id. */
    public long slot(long menuId, String day, long stationId, Long dishId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("dayOfWeek", day, "stationId", stationId));
        body.put("dishId", dishId);
        ApiResponse added = headChef.post("/weekly-menus/" + menuId + "/slots", body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return newestSlot(added.json());
    }

    /** The highest slot id of a menu: the one just added. */
    public static long newestSlot(JsonNode menu) {
        long newest = 0;
        for (JsonNode slot : menu.get("menuSlots")) {
            newest = Math.max(newest, slot.get("menuSlotId").asLong());
        }
        return newest;
    }

    public static JsonNode slotOf(JsonNode menu, long slotId) {
        for (JsonNode slot : menu.get("menuSlots")) {
            if (slot.get("menuSlotId").asLong() == slotId) {
                return slot;
            }
        }
        return null;
    }

    public static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
