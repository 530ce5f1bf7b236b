package org.preptable.gateway.kitchen.weeklymenus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.weeklymenus.MenuFixtures.fieldNames;
import static org.preptable.gateway.kitchen.weeklymenus.MenuFixtures.slotOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Reference §4.7 and §7.2 (WeeklyMenuControllerTest): creating menus, their slots and the menu list, with every
 * shape field by field, every validation message, the 404s and 409s and the audit rows. The clock is fixed on a
 * Wednesday of ISO week 23 of 2026; each test uses weeks no other test here uses.
 */
class WeeklyMenuRoutesTest {

    static final String ROLES = "Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]";

    private static TestGateway gateway;
    private static ApiClient api;
    private static ApiClient headChef;
    private static ApiClient sousChef;
    private static ApiClient lineCook;
    private static MenuFixtures fixtures;
    private static long hot;
    private static long cold;
    private static long pastry;
    private static long bof;
    private static long flaesk;
    private static long laks;
    private static long mousse;
    private static long gammel;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of(), new MutableClock(Instant.parse("2026-06-03T10:00:00Z")));
        api = gateway.client();
        TestUser admin = api.admin();
        headChef = api.as(admin);
        sousChef = api.as(api.newUser("SOUS_CHEF"));
        lineCook = api.as(api.newUser("LINE_COOK"));
        fixtures = new MenuFixtures(gateway, headChef, admin.id());
        hot = fixtures.station("Hot Kitchen");
        cold = fixtures.station("Cold Kitchen");
        pastry = fixtures.station("Pastry");
        bof = fixtures.dish(hot, "Bøf Bearnaise", "Oksemørbrad med hjemmelavet bearnaise", "Beef Bearnaise",
                "Beef tenderloin with homemade bearnaise", true, 7, 3);
        flaesk = fixtures.dish(hot, "Stegt Flæsk", "Med persillesovs og kartofler");
        laks = fixtures.dish(cold, "Røget Laks", "Laks med dildcreme og rugbrødschips", "Smoked Salmon",
                "Salmon with dill cream and rye bread chips", true, 1, 4);
        mousse = fixtures.dish(pastry, "Chokolademousse", "Mørk chokolade med flødeskum", "Chocolate mousse",
                "Dark chocolate with whipped cream", true);
        gammel = fixtures.dish(hot, "Gammel Ret", "En ret der ikke laves mere", "Old dish", "A dish no longer made",
                false);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void chefsCreateOneDraftMenuPerWeekWithAnAuditRow() {
        long mark = AuditTrail.mark(gateway);
        var created = headChef.post("/weekly-menus", Map.of("week", 30, "year", 2026));

        assertThat(created.status()).isEqualTo(201);
        JsonNode menu = created.json();
        long id = menu.get("menuId").asLong();
        assertThat(fieldNames(menu)).containsExactly("menuId", "weekNumber", "year", "menuStatus", "publishedAt",
                "menuCreatedBy", "menuSlots", "numberOfSlots");
        assertThat(id).isPositive();
        assertThat(menu.get("weekNumber").asInt()).isEqualTo(30);
        assertThat(menu.get("year").asInt()).isEqualTo(2026);
        assertThat(menu.get("menuStatus").asText()).isEqualTo("DRAFT");
        assertThat(menu.get("publishedAt").isNull()).isTrue();
        assertThat(menu.get("menuCreatedBy").isNull()).isTrue();
        assertThat(menu.get("menuSlots").isArray()).isTrue();
        assertThat(menu.get("menuSlots")).isEmpty();
        assertThat(menu.get("numberOfSlots").asInt()).isZero();
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("create weekly_menus " + id);
        assertThat(gateway.sql().text("SELECT after::text FROM audit_log WHERE entity = 'weekly_menus'"
                + " AND entity_id = ?", String.valueOf(id))).contains("\"week_number\": 30", "\"status\": \"DRAFT\"");

        mark = AuditTrail.mark(gateway);
        assertThat(sousChef.post("/weekly-menus", Map.of("week", 30, "year", 2026)).assertError(409))
                .isEqualTo("Menu for week 30/2026 already exists");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        assertThat(sousChef.post("/weekly-menus", Map.of("week", 30, "year", 2027)).status()).isEqualTo(201);
        assertThat(lineCook.post("/weekly-menus", Map.of("week", 31, "year", 2026)).assertError(403))
                .isEqualTo(ROLES);
        assertThat(api.as(api.newUser("CUSTOMER")).post("/weekly-menus", Map.of("week", 31, "year", 2026))
                .assertError(403)).isEqualTo(ROLES);
        assertThat(api.post("/weekly-menus", Map.of("week", 31, "year", 2026)).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        assertThat(gateway.sql().count("SELECT count(*) FROM weekly_menus WHERE week_number = 31")).isZero();
    }

    @Test
    void aMenuNeedsAValidIsoWeek() {
        long mark = AuditTrail.mark(gateway);
        assertThat(headChef.post("/weekly-menus", Map.of()).assertError(400)).isEqualTo("Week is required");
        assertThat(headChef.post("/weekly-menus", Map.of("week", 33)).assertError(400)).isEqualTo("Year is required");
        assertThat(headChef.post("/weekly-menus", "{\"week\": null, \"year\": 2026}").assertError(400))
                .isEqualTo("Week is required");
        assertThat(headChef.post("/weekly-menus", Map.of("week", 0, "year", 2026)).assertError(400))
                .isEqualTo("Week must be between 1 and 53, got: 0");
        assertThat(headChef.post("/weekly-menus", Map.of("week", 54, "year", 2026)).assertError(400))
                .isEqualTo("Week must be between 1 and 53, got: 54");
        assertThat(headChef.post("/weekly-menus", Map.of("week", 33, "year", 2019)).assertError(400))
                .isEqualTo("Year must be between 2020 and 2100, got: 2019");
        assertThat(headChef.post("/weekly-menus", Map.of("week", 33, "year", 2101)).assertError(400))
                .isEqualTo("Year must be between 2020 and 2100, got: 2101");
        assertThat(headChef.post("/weekly-menus", Map.of("week", 53, "year", 2027)).assertError(400))
                .isEqualTo("Year 2027 has no week 53");
        assertThat(headChef.post("/weekly-menus", "{\"week\": \"33\", \"year\": 2026}").assertError(400))
                .isEqualTo("Field 'week' must be a whole number");
        assertThat(headChef.post("/weekly-menus", Map.of("week", 33, "year", 2026, "id", 5)).assertError(400))
                .isEqualTo("Unknown field 'id'");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        // 2026 has a week 53 (it starts on a Thursday)
        assertThat(headChef.post("/weekly-menus", Map.of("week", 53, "year", 2026)).status()).isEqualTo(201);
    }

    @Test
    void slotsShowTheirDishesInBothLanguagesSortedByDayThenStation() {
        long menu = fixtures.menu(32, 2026);
        long mark = AuditTrail.mark(gateway);
        var added = headChef.post("/weekly-menus/" + menu + "/slots",
                Map.of("dayOfWeek", "FRIDAY", "stationId", hot, "dishId", bof));

        assertThat(added.status()).isEqualTo(201);
        long friday = MenuFixtures.newestSlot(added.json());
        assertThat(added.json().get("menuId").asLong()).isEqualTo(menu);
        assertThat(added.json().get("numberOfSlots").asInt()).isEqualTo(1);
        JsonNode slot = slotOf(added.json(), friday);
        assertThat(fieldNames(slot)).containsExactly("menuSlotId", "dayOfWeek", "station", "menuDish");
        assertThat(slot.get("dayOfWeek").asText()).isEqualTo("FRIDAY");
        assertThat(fieldNames(slot.get("station"))).containsExactly("id", "name");
        assertThat(slot.get("station").get("id").asLong()).isEqualTo(hot);
        assertThat(slot.get("station").get("name").asText()).isEqualTo("Hot Kitchen");
        JsonNode dish = slot.get("menuDish");
        assertThat(fieldNames(dish)).containsExactly("id", "nameDA", "nameEN", "descriptionDA", "descriptionEN",
                "hasTranslation", "allergens");
        assertThat(dish.get("id").asLong()).isEqualTo(bof);
        assertThat(dish.get("nameDA").asText()).isEqualTo("Bøf Bearnaise");
        assertThat(dish.get("nameEN").asText()).isEqualTo("Beef Bearnaise");
        assertThat(dish.get("descriptionDA").asText()).isEqualTo("Oksemørbrad med hjemmelavet bearnaise");
        assertThat(dish.get("descriptionEN").asText()).isEqualTo("Beef tenderloin with homemade bearnaise");
        assertThat(dish.get("hasTranslation").asBoolean()).isTrue();
        assertThat(dish.get("allergens")).hasSize(2);
        JsonNode eggs = dish.get("allergens").get(0);
        assertThat(fieldNames(eggs)).containsExactly("id", "nameDA", "nameEN", "descriptionDA", "descriptionEN",
                "displayNumber");
        assertThat(eggs.get("nameDA").asText()).isEqualTo("Æg");
        assertThat(eggs.get("nameEN").asText()).isEqualTo("Eggs");
        assertThat(eggs.get("descriptionDA").asText()).isEqualTo("Æg og produkter heraf");
        assertThat(eggs.get("descriptionEN").asText()).isEqualTo("Eggs and products thereof");
        assertThat(eggs.get("displayNumber").asInt()).isEqualTo(3);
        assertThat(dish.get("allergens").get(1).get("nameEN").asText()).isEqualTo("Milk");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("create weekly_menu_slots " + friday);

        long sunday = fixtures.slot(menu, "SUNDAY", pastry, mousse);
        long saturday = fixtures.slot(menu, "SATURDAY", pastry, mousse);
        long mondayCold = fixtures.slot(menu, "MONDAY", cold, laks);
        long mondayHot = fixtures.slot(menu, "MONDAY", hot, flaesk);
        long wednesday = fixtures.slot(menu, "WEDNESDAY", pastry, null);
        long secondMondayHot = fixtures.slot(menu, "MONDAY", hot, bof);

        var read = sousChef.get("/weekly-menus/" + menu);
        assertThat(read.status()).isEqualTo(200);
        List<Long> order = new ArrayList<>();
        read.json().get("menuSlots").forEach(s -> order.add(s.get("menuSlotId").asLong()));
        assertThat(order).containsExactly(mondayHot, secondMondayHot, mondayCold, wednesday, friday, saturday,
                sunday);
        assertThat(read.json().get("numberOfSlots").asInt()).isEqualTo(7);
        JsonNode untranslated = slotOf(read.json(), mondayHot).get("menuDish");
        assertThat(untranslated.get("nameDA").asText()).isEqualTo("Stegt Flæsk");
        assertThat(untranslated.get("nameEN").isNull()).isTrue();
        assertThat(untranslated.get("descriptionEN").isNull()).isTrue();
        assertThat(untranslated.get("hasTranslation").asBoolean()).isFalse();
        assertThat(untranslated.get("allergens")).isEmpty();
        JsonNode placeholder = slotOf(read.json(), wednesday);
        assertThat(placeholder.get("menuDish").isNull()).isTrue();
        assertThat(placeholder.get("station").get("name").asText()).isEqualTo("Pastry");
        assertThat(gateway.sql().text("SELECT updated_at IS NOT NULL FROM weekly_menus WHERE id = ?", menu))
                .isEqualTo("t");

        assertThat(headChef.get("/weekly-menus/999999").assertError(404))
                .isEqualTo("Weekly menu with ID 999999 was not found.");
        assertThat(headChef.get("/weekly-menus/-1").assertError(400)).startsWith("Invalid ID");
        assertThat(headChef.get("/weekly-menus/abc").assertError(400)).startsWith("Invalid ID");
        assertThat(lineCook.get("/weekly-menus/" + menu).assertError(403)).isEqualTo(ROLES);
        assertThat(api.get("/weekly-menus/" + menu).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
    }

    @Test
    void aSlotIsCheckedBodyFirstThenLookupsThenItsDish() {
        long menu = fixtures.menu(34, 2026);
        String slots = "/weekly-menus/" + menu + "/slots";
        long mark = AuditTrail.mark(gateway);

        assertThat(headChef.post(slots, Map.of("stationId", hot)).assertError(400))
                .isEqualTo("Day of week cannot be null.");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "monday", "stationId", hot)).assertError(400))
                .isEqualTo("Invalid day of week: monday; use MONDAY, TUESDAY, ... SUNDAY");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "MONDAY")).assertError(400))
                .isEqualTo("Invalid station ID: must be provided and greater than 0");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "MONDAY", "stationId", 0)).assertError(400))
                .isEqualTo("Invalid station ID: must be provided and greater than 0");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "MONDAY", "stationId", hot, "dishId", 0))
                .assertError(400)).isEqualTo("Invalid dish ID: must be greater than 0");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "MONDAY", "stationId", hot, "dish", bof))
                .assertError(400)).isEqualTo("Unknown field 'dish'");
        assertThat(headChef.post(slots, "{\"dayOfWeek\": \"MONDAY\", \"stationId\": null}").assertError(400))
                .isEqualTo("Invalid station ID: must be provided and greater than 0");
        // the body is checked before the menu is looked up
        assertThat(headChef.post("/weekly-menus/999999/slots", Map.of()).assertError(400))
                .isEqualTo("Day of week cannot be null.");
        assertThat(headChef.post("/weekly-menus/abc/slots", Map.of()).assertError(400)).startsWith("Invalid ID");
        assertThat(headChef.post("/weekly-menus/999999/slots", Map.of("dayOfWeek", "MONDAY", "stationId", hot))
                .assertError(404)).isEqualTo("Weekly menu with ID 999999 was not found.");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "MONDAY", "stationId", 999999)).assertError(404))
                .isEqualTo("Station with ID 999999 was not found.");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "MONDAY", "stationId", hot, "dishId", 999999))
                .assertError(404)).isEqualTo("Dish with ID 999999 was not found.");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "FRIDAY", "stationId", cold, "dishId", bof))
                .assertError(400)).isEqualTo("Dish belongs to 'Hot Kitchen' not 'Cold Kitchen'");
        assertThat(headChef.post(slots, Map.of("dayOfWeek", "FRIDAY", "stationId", hot, "dishId", gammel))
                .assertError(409)).isEqualTo("Dish is not active: Gammel Ret");
        assertThat(lineCook.post(slots, Map.of("dayOfWeek", "FRIDAY", "stationId", hot, "dishId", bof))
                .assertError(403)).isEqualTo(ROLES);
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        assertThat(gateway.sql().count("SELECT count(*) FROM weekly_menu_slots WHERE menu_id = ?", menu)).isZero();
    }

    @Test
    void aSlotGetsAnotherDishOrNoneWithTheSameChecks() {
        long menu = fixtures.menu(35, 2026);
        long other = fixtures.menu(36, 2026);
        long slot = fixtures.slot(menu, "TUESDAY", hot, bof);
        long otherSlot = fixtures.slot(other, "TUESDAY", hot, bof);
        String path = "/weekly-menus/" + menu + "/slots/" + slot;

        long mark = AuditTrail.mark(gateway);
        var changed = sousChef.put(path, Map.of("dishId", flaesk));
        assertThat(changed.status()).isEqualTo(200);
        JsonNode changedSlot = slotOf(changed.json(), slot);
        assertThat(changedSlot.get("dayOfWeek").asText()).isEqualTo("TUESDAY");
        assertThat(changedSlot.get("station").get("id").asLong()).isEqualTo(hot);
        assertThat(changedSlot.get("menuDish").get("id").asLong()).isEqualTo(flaesk);
        assertThat(changedSlot.get("menuDish").get("nameDA").asText()).isEqualTo("Stegt Flæsk");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("update weekly_menu_slots " + slot);
        assertThat(gateway.sql().text("SELECT before::text || ' -> ' || after::text FROM audit_log"
                + " WHERE entity = 'weekly_menu_slots' AND entity_id = ? AND action = 'update'", String.valueOf(slot)))
                .isEqualTo("{\"dish_id\": " + bof + "} -> {\"dish_id\": " + flaesk + "}");

        Map<String, Object> none = new HashMap<>();
        none.put("dishId", null);
        assertThat(slotOf(headChef.put(path, none).json(), slot).get("menuDish").isNull()).isTrue();
        assertThat(slotOf(headChef.put(path, Map.of("dishId", bof)).json(), slot).get("menuDish").get("id")
                .asLong()).isEqualTo(bof);
        assertThat(slotOf(headChef.put(path, Map.of()).json(), slot).get("menuDish").isNull()).isTrue();

        mark = AuditTrail.mark(gateway);
        assertThat(headChef.put(path, Map.of("dishId", laks)).assertError(400))
                .isEqualTo("Dish belongs to 'Cold Kitchen' not 'Hot Kitchen'");
        assertThat(headChef.put(path, Map.of("dishId", gammel)).assertError(409))
                .isEqualTo("Dish is not active: Gammel Ret");
        assertThat(headChef.put(path, Map.of("dishId", 999999)).assertError(404))
                .isEqualTo("Dish with ID 999999 was not found.");
        assertThat(headChef.put(path, Map.of("dishId", -3)).assertError(400))
                .isEqualTo("Invalid dish ID: must be greater than 0");
        assertThat(headChef.put(path, "{\"dishId\": \"7\"}").assertError(400))
                .isEqualTo("Field 'dishId' must be a whole number");
        assertThat(headChef.put("/weekly-menus/" + menu + "/slots/" + otherSlot, Map.of("dishId", bof))
                .assertError(404)).isEqualTo("Slot " + otherSlot + " not found in menu " + menu);
        assertThat(headChef.put("/weekly-menus/" + menu + "/slots/abc", Map.of("dishId", bof)).assertError(400))
                .startsWith("Invalid ID");
        assertThat(headChef.put("/weekly-menus/999999/slots/" + slot, Map.of("dishId", bof)).assertError(404))
                .isEqualTo("Weekly menu with ID 999999 was not found.");
        assertThat(lineCook.put(path, Map.of("dishId", bof)).assertError(403)).isEqualTo(ROLES);
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
    }

    @Test
    void slotsAndDraftMenusCanBeRemoved() {
        long menu = fixtures.menu(37, 2026);
        long keep = fixtures.slot(menu, "MONDAY", hot, bof);
        long drop = fixtures.slot(menu, "TUESDAY", cold, laks);

        long mark = AuditTrail.mark(gateway);
        var removed = sousChef.delete("/weekly-menus/" + menu + "/slots/" + drop);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("numberOfSlots").asInt()).isEqualTo(1);
        assertThat(slotOf(removed.json(), drop)).isNull();
        assertThat(slotOf(removed.json(), keep)).isNotNull();
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("delete weekly_menu_slots " + drop);
        assertThat(headChef.delete("/weekly-menus/" + menu + "/slots/" + drop).assertError(404))
                .isEqualTo("Slot " + drop + " not found in menu " + menu);
        assertThat(lineCook.delete("/weekly-menus/" + menu + "/slots/" + keep).assertError(403)).isEqualTo(ROLES);

        mark = AuditTrail.mark(gateway);
        assertThat(lineCook.delete("/weekly-menus/" + menu).assertError(403)).isEqualTo(ROLES);
        assertThat(headChef.delete("/weekly-menus/" + menu).status()).isEqualTo(204);
        assertThat(headChef.get("/weekly-menus/" + menu).assertError(404))
                .isEqualTo("Weekly menu with ID " + menu + " was not found.");
        assertThat(gateway.sql().count("SELECT count(*) FROM weekly_menu_slots WHERE menu_id = ?", menu)).isZero();
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("delete weekly_menus " + menu);
        assertThat(gateway.sql().text("SELECT before::text FROM audit_log WHERE entity = 'weekly_menus'"
                + " AND action = 'delete' AND entity_id = ?", String.valueOf(menu)))
                .contains("\"week_number\": 37", "\"slots\": [{\"id\": " + keep);
        assertThat(headChef.delete("/weekly-menus/" + menu).assertError(404))
                .isEqualTo("Weekly menu with ID " + menu + " was not found.");
        assertThat(headChef.delete("/weekly-menus/0").assertError(400)).startsWith("Invalid ID");
    }

    @Test
    void theListIsNewestFirstAndFilters() {
        long older = fixtures.menu(10, 2028);
        long newer = fixtures.menu(12, 2028);
        long middle = fixtures.menu(11, 2028);
        fixtures.slot(newer, "MONDAY", hot, bof);
        fixtures.slot(newer, "TUESDAY", cold, laks);
        fixtures.slot(middle, "MONDAY", hot, bof);
        assertThat(headChef.post("/weekly-menus/" + middle + "/publish", null).status()).isEqualTo(200);

        var list = sousChef.get("/weekly-menus?year=2028");
        assertThat(list.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().forEach(menu -> ids.add(menu.get("id").asLong()));
        assertThat(ids).containsExactly(newer, middle, older);
        JsonNode first = list.json().get(0);
        assertThat(fieldNames(first)).containsExactly("id", "weekNumber", "year", "menuStatus", "slotCount",
                "publishedAt");
        assertThat(first.get("weekNumber").asInt()).isEqualTo(12);
        assertThat(first.get("year").asInt()).isEqualTo(2028);
        assertThat(first.get("menuStatus").asText()).isEqualTo("DRAFT");
        assertThat(first.get("slotCount").asLong()).isEqualTo(2);
        assertThat(first.get("publishedAt").isNull()).isTrue();
        JsonNode published = list.json().get(1);
        assertThat(published.get("menuStatus").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(list.json().get(2).get("slotCount").asLong()).isZero();

        assertThat(ids(headChef.get("/weekly-menus?year=2028&status=published").json())).containsExactly(middle);
        assertThat(ids(headChef.get("/weekly-menus?year=2028&status=DRAFT").json())).containsExactly(newer, older);
        assertThat(ids(headChef.get("/weekly-menus?year=2028&week=10").json())).containsExactly(older);
        assertThat(ids(headChef.get("/weekly-menus?year=2028&limit=2").json())).containsExactly(newer, middle);
        assertThat(ids(headChef.get("/weekly-menus?year=2028&status=&week=").json())).hasSize(3);
        List<Long> all = ids(headChef.get("/weekly-menus").json());
        assertThat(all.indexOf(newer)).isLessThan(all.indexOf(older));

        assertThat(headChef.get("/weekly-menus?status=ARCHIVED").assertError(400))
                .isEqualTo("Invalid menu status: ARCHIVED");
        assertThat(headChef.get("/weekly-menus?week=54").assertError(400))
                .isEqualTo("week must be a whole number from 1 to 53, got: 54");
        assertThat(headChef.get("/weekly-menus?year=abc").assertError(400))
                .isEqualTo("year must be a whole number from 2020 to 2100, got: abc");
        assertThat(headChef.get("/weekly-menus?limit=0").assertError(400))
                .isEqualTo("limit must be a whole number from 1 to 1000, got: 0");
        assertThat(lineCook.get("/weekly-menus").assertError(403)).isEqualTo(ROLES);
        assertThat(api.get("/weekly-menus").assertError(401)).isEqualTo("Missing or malformed Authorization header");
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(menu -> ids.add(menu.get("id").asLong()));
        return ids;
    }
}
