package org.preptable.gateway.kitchen.weeklymenus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.weeklymenus.MenuFixtures.fieldNames;
import static org.preptable.gateway.kitchen.weeklymenus.WeeklyMenuRoutesTest.ROLES;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;
import org.preptable.model.WireTime;

/**
 * Publishing (reference §3.3, §4.7): the 409 rules in their order, who and when, the notifications, a published
 * menu that refuses every change (the reference let slot changes through), and the public routes that show
 * published menus only, to anyone.
 */
class WeeklyMenuPublishTest {

    private static final Instant NOW = Instant.parse("2026-06-03T10:00:00Z"); // Wednesday of week 23, 2026

    private static TestGateway gateway;
    private static ApiClient api;
    private static ApiClient headChef;
    private static TestUser sous;
    private static ApiClient sousChef;
    private static ApiClient lineCook;
    private static ApiClient customer;
    private static MenuFixtures fixtures;
    private static long hot;
    private static long cold;
    private static long bof;
    private static long laks;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of(), new MutableClock(NOW));
        api = gateway.client();
        TestUser admin = api.admin();
        headChef = api.as(admin);
        sous = api.newUser("SOUS_CHEF");
        sousChef = api.as(sous);
        lineCook = api.as(api.newUser("LINE_COOK"));
        customer = api.as(api.newUser("CUSTOMER"));
        fixtures = new MenuFixtures(gateway, headChef, admin.id());
        hot = fixtures.station("Hot Kitchen");
        cold = fixtures.station("Cold Kitchen");
        bof = fixtures.dish(hot, "Bøf Bearnaise", "Oksemørbrad med hjemmelavet bearnaise", "Beef Bearnaise",
                "Beef tenderloin with homemade bearnaise", true, 3, 7);
        laks = fixtures.dish(cold, "Røget Laks", "Laks med dildcreme og rugbrødschips", "Smoked Salmon",
                "Salmon with dill cream and rye bread chips", true, 4);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void publishingNeedsADishEveryDishTranslatedAndActive() {
        long menu = fixtures.menu(40, 2026);
        String publish = "/weekly-menus/" + menu + "/publish";
        long mark = AuditTrail.mark(gateway);

        assertThat(headChef.post(publish, null).assertError(409)).isEqualTo("Cannot publish an empty menu");
        long placeholder = fixtures.slot(menu, "MONDAY", hot, null);
        assertThat(headChef.post(publish, null).assertError(409)).isEqualTo("Cannot publish an empty menu");
        long flaesk = fixtures.dish(hot, "Stegt Flæsk", "Med persillesovs og kartofler");
        long salat = fixtures.dish(cold, "Caesar Salat", "Romaine, parmesan og croutoner");
        fixtures.slot(menu, "TUESDAY", hot, flaesk);
        fixtures.slot(menu, "WEDNESDAY", cold, salat);
        fixtures.slot(menu, "THURSDAY", hot, flaesk);
        fixtures.slot(menu, "FRIDAY", cold, laks);
        mark = AuditTrail.mark(gateway);
        assertThat(headChef.post(publish, null).assertError(409))
                .isEqualTo("Cannot publish - untranslated dishes: Stegt Flæsk, Caesar Salat");
        fixtures.translateBySql(flaesk, "Fried pork", "With parsley sauce and potatoes");
        fixtures.translateBySql(salat, "Caesar salad", null);
        assertThat(headChef.post(publish, null).assertError(409))
                .isEqualTo("Cannot publish - untranslated dishes: Caesar Salat");
        fixtures.translateBySql(salat, "Caesar salad", "Romaine, parmesan and croutons");
        gateway.sql().execute("UPDATE dishes SET active = false WHERE id = ?", flaesk);
        assertThat(headChef.post(publish, null).assertError(409))
                .isEqualTo("Cannot publish - inactive dishes: Stegt Flæsk");
        gateway.sql().execute("UPDATE dishes SET active = true WHERE id = ?", flaesk);
        assertThat(lineCook.post(publish, null).assertError(403)).isEqualTo(ROLES);
        assertThat(customer.post(publish, null).assertError(403)).isEqualTo(ROLES);
        assertThat(api.post(publish, null).assertError(401)).isEqualTo("Missing or malformed Authorization header");
        assertThat(headChef.post("/weekly-menus/999999/publish", null).assertError(404))
                .isEqualTo("Weekly menu with ID 999999 was not found.");
        assertThat(headChef.post("/weekly-menus/x/publish", null).assertError(400)).startsWith("Invalid ID");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        assertThat(gateway.sql().count("SELECT count(*) FROM notifications WHERE entity_id = ?", menu)).isZero();

        var published = sousChef.post(publish, null);

        assertThat(published.status()).isEqualTo(200);
        JsonNode body = published.json();
        assertThat(body.get("menuId").asLong()).isEqualTo(menu);
        assertThat(body.get("menuStatus").asText()).isEqualTo("PUBLISHED");
        assertThat(body.get("publishedAt").asText()).isEqualTo(WireTime.kitchen(NOW, ZoneId.systemDefault()));
        assertThat(fieldNames(body.get("menuCreatedBy"))).containsExactly("id", "firstName", "lastName");
        assertThat(body.get("menuCreatedBy").get("id").asLong()).isEqualTo(sous.number());
        assertThat(body.get("menuCreatedBy").get("firstName").asText()).isEqualTo("Test");
        assertThat(body.get("menuCreatedBy").get("lastName").asText()).isEqualTo("Cook");
        assertThat(body.get("numberOfSlots").asInt()).isEqualTo(5);
        assertThat(MenuFixtures.slotOf(body, placeholder).get("menuDish").isNull()).isTrue();
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("publish weekly_menus " + menu);
        assertThat(gateway.sql().text("SELECT after::text FROM audit_log WHERE action = 'publish' AND entity_id = ?",
                String.valueOf(menu))).contains("\"status\": \"PUBLISHED\"", "\"published_by\": " + sous.number());

        assertThat(headChef.post(publish, null).assertError(409)).isEqualTo("Menu is already published");
    }

    @Test
    void everyKitchenUserIsNotifiedOnceInTheSameTransaction() {
        long menu = fixtures.menu(41, 2026);
        fixtures.slot(menu, "MONDAY", hot, bof);
        long kitchenUsers = gateway.sql().count("SELECT count(*) FROM users WHERE role IN ('admin', 'manager', 'staff')");

        assertThat(headChef.post("/weekly-menus/" + menu + "/publish", null).status()).isEqualTo(200);

        assertThat(kitchenUsers).isGreaterThanOrEqualTo(3);
        assertThat(gateway.sql().count("SELECT count(*) FROM notifications WHERE entity_id = ?", menu))
                .isEqualTo(kitchenUsers);
        assertThat(gateway.sql().count("SELECT count(DISTINCT n.user_id) FROM notifications n JOIN users u"
                + " ON u.id = n.user_id WHERE n.entity_id = ? AND u.role IN ('admin', 'manager', 'staff')"
                + " AND n.type = 'MENU_PUBLISHED' AND n.category = 'WEEKLY_MENU'"
                + " AND n.message = 'The menu for week 41/2026 is published' AND n.read_at IS NULL", menu))
                .isEqualTo(kitchenUsers);
        assertThat(gateway.sql().count("SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id"
                + " WHERE n.entity_id = ? AND u.role IN ('customer', 'kiosk')", menu)).isZero();
    }

    @Test
    void aPublishedMenuRefusesEveryChange() {
        long menu = fixtures.menu(42, 2026);
        long slot = fixtures.slot(menu, "MONDAY", hot, bof);
        assertThat(headChef.post("/weekly-menus/" + menu + "/publish", null).status()).isEqualTo(200);
        String refusal = "The menu for week 42/2026 is published; its slots cannot be changed";
        long mark = AuditTrail.mark(gateway);

        assertThat(headChef.post("/weekly-menus/" + menu + "/slots",
                Map.of("dayOfWeek", "TUESDAY", "stationId", cold, "dishId", laks)).assertError(409)).isEqualTo(refusal);
        assertThat(headChef.put("/weekly-menus/" + menu + "/slots/" + slot, Map.of()).assertError(409))
                .isEqualTo(refusal);
        assertThat(sousChef.delete("/weekly-menus/" + menu + "/slots/" + slot).assertError(409)).isEqualTo(refusal);
        assertThat(headChef.delete("/weekly-menus/" + menu).assertError(409))
                .isEqualTo("Cannot delete a published menu");
        // the body and the lookups still come first
        assertThat(headChef.post("/weekly-menus/" + menu + "/slots", Map.of("stationId", cold)).assertError(400))
                .isEqualTo("Day of week cannot be null.");
        assertThat(headChef.put("/weekly-menus/" + menu + "/slots/" + slot, Map.of("dishId", laks))
                .assertError(400)).isEqualTo("Dish belongs to 'Cold Kitchen' not 'Hot Kitchen'");
        assertThat(headChef.delete("/weekly-menus/" + menu + "/slots/999999").assertError(404))
                .isEqualTo("Slot 999999 not found in menu " + menu);

        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        JsonNode after = headChef.get("/weekly-menus/" + menu).json();
        assertThat(after.get("numberOfSlots").asInt()).isEqualTo(1);
        assertThat(MenuFixtures.slotOf(after, slot).get("menuDish").get("id").asLong()).isEqualTo(bof);
    }

    @Test
    void thePublicSeesPublishedMenusOnlyWhateverItsToken() {
        long draft = fixtures.menu(44, 2026);
        fixtures.slot(draft, "MONDAY", hot, bof);
        long menu = fixtures.menu(43, 2026);
        fixtures.slot(menu, "MONDAY", cold, laks);
        assertThat(headChef.post("/weekly-menus/" + menu + "/publish", null).status()).isEqualTo(200);

        for (ApiClient anyone : new ApiClient[] {api, customer, lineCook, headChef, api.as("not-a-real-jwt-token")}) {
            var read = anyone.get("/weekly-menus/by-week?week=43&year=2026");
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().get("menuId").asLong()).isEqualTo(menu);
            assertThat(read.json().get("menuStatus").asText()).isEqualTo("PUBLISHED");
            assertThat(read.json().get("menuSlots").get(0).get("menuDish").get("nameEN").asText())
                    .isEqualTo("Smoked Salmon");
            assertThat(anyone.get("/weekly-menus/by-week?week=44&year=2026").assertError(404))
                    .isEqualTo("No menu for week 44/2026");
        }
        var admin = sousChef.get("/weekly-menus/by-week/admin?week=44&year=2026");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("menuId").asLong()).isEqualTo(draft);
        assertThat(admin.json().get("menuStatus").asText()).isEqualTo("DRAFT");
        assertThat(headChef.get("/weekly-menus/by-week/admin?week=43&year=2026").json().get("menuId").asLong())
                .isEqualTo(menu);
        assertThat(headChef.get("/weekly-menus/by-week/admin?week=45&year=2026").assertError(404))
                .isEqualTo("No menu for week 45/2026");
        assertThat(lineCook.get("/weekly-menus/by-week/admin?week=44&year=2026").assertError(403)).isEqualTo(ROLES);
        assertThat(customer.get("/weekly-menus/by-week/admin?week=44&year=2026").assertError(403)).isEqualTo(ROLES);
        assertThat(api.get("/weekly-menus/by-week/admin?week=44&year=2026").assertError(401))
                .isEqualTo("Missing or malformed Authorization header");

        assertThat(api.get("/weekly-menus/by-week?year=2026").assertError(400))
                .isEqualTo("Query parameter 'week' is required");
        assertThat(api.get("/weekly-menus/by-week?week=43").assertError(400))
                .isEqualTo("Query parameter 'year' is required");
        assertThat(api.get("/weekly-menus/by-week?week=abc&year=2026").assertError(400))
                .isEqualTo("week must be a whole number, got: abc");
        assertThat(api.get("/weekly-menus/by-week?week=54&year=2026").assertError(400))
                .isEqualTo("Week must be between 1 and 53, got: 54");
        assertThat(api.get("/weekly-menus/by-week?week=4&year=2019").assertError(400))
                .isEqualTo("Year must be between 2020 and 2100, got: 2019");
        assertThat(headChef.get("/weekly-menus/by-week/admin?week=0&year=2026").assertError(400))
                .isEqualTo("Week must be between 1 and 53, got: 0");
    }

    @Test
    void currentIsThisWeeksPublishedMenuAndWinsOverAnId() {
        // week 23 is this test class's "now"; nothing is published for it until here
        assertThat(api.get("/weekly-menus/current").assertError(404))
                .isEqualTo("No menu published for current week 23/2026");
        long menu = fixtures.menu(23, 2026);
        fixtures.slot(menu, "WEDNESDAY", hot, bof);
        assertThat(api.get("/weekly-menus/current").assertError(404))
                .isEqualTo("No menu published for current week 23/2026");
        assertThat(headChef.post("/weekly-menus/" + menu + "/publish", null).status()).isEqualTo(200);

        for (ApiClient anyone : new ApiClient[] {api, customer, lineCook, sousChef}) {
            var current = anyone.get("/weekly-menus/current");
            assertThat(current.status()).isEqualTo(200);
            assertThat(current.json().get("menuId").asLong()).isEqualTo(menu);
            assertThat(current.json().get("weekNumber").asInt()).isEqualTo(23);
        }
        // trailing slashes are ignored (paths the contract does not spell, hence unchecked)
        assertThat(api.unchecked().get("/weekly-menus/current/").json().get("menuId").asLong()).isEqualTo(menu);
        assertThat(api.unchecked().get("/weekly-menus/by-week/?week=23&year=2026").json().get("menuId").asLong())
                .isEqualTo(menu);
    }
}
