package org.preptable.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.Services;
import org.preptable.gateway.kitchen.weeklymenus.MenuFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * The demo menus: nothing without translated dishes; with them, this week's menu published by the first head chef
 * and next week's a draft, Monday to Friday at Hot Kitchen, Cold Kitchen and Pastry, each change audited as the
 * demo data. Loaded here on a gateway of the test's own, after dishes are put in its bank.
 */
class DemoMenusTest {

    private static TestGateway gateway;
    private static ApiClient api;
    private static MenuFixtures fixtures;
    private static TestUser admin;

    @BeforeAll
    static void start() {
        // Wednesday 3 June 2026: week 23, the next is 24
        gateway = TestGateway.start(Map.of(), new MutableClock(Instant.parse("2026-06-03T10:00:00Z")));
        api = gateway.client();
        admin = api.admin();
        fixtures = new MenuFixtures(gateway, api.as(admin), admin.id());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aBankWithoutTranslatedDishesGetsNoMenusThenOneWithThemGetsBoth() {
        long hot = fixtures.station("Hot Kitchen");
        long cold = fixtures.station("Cold Kitchen");
        long pastry = fixtures.station("Pastry");
        long grill = fixtures.station("Grill");
        fixtures.dish(hot, "Stegt Flæsk", "Med persillesovs og kartofler");
        Services services = gateway.gateway().services();

        DemoMenus.load(services.db(), services.calendar());
        assertThat(gateway.sql().count("SELECT count(*) FROM weekly_menus")).isZero();

        long bof = translated(hot, "Bøf Bearnaise", "Beef Bearnaise");
        long tarteletter = translated(hot, "Tarteletter", "Tartlets");
        long laks = translated(cold, "Røget Laks", "Smoked salmon");
        long mousse = translated(pastry, "Chokolademousse", "Chocolate mousse");
        translated(grill, "Grillet Kylling", "Grilled chicken");
        fixtures.dish(cold, "Gammel Salat", "En salat der ikke laves mere", "Old salad", "A salad no longer made",
                false);

        DemoMenus.load(services.db(), services.calendar());

        var current = api.get("/weekly-menus/current");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("weekNumber").asInt()).isEqualTo(23);
        assertThat(current.json().get("menuStatus").asText()).isEqualTo("PUBLISHED");
        assertThat(current.json().get("menuCreatedBy").get("id").asLong()).isEqualTo(admin.number());
        assertThat(current.json().get("numberOfSlots").asInt()).isEqualTo(15);
        assertThat(gateway.sql().text("SELECT string_agg(s.day_of_week || ' ' || st.name || ' ' || d.name_da, ', '"
                        + " ORDER BY s.id) FROM weekly_menu_slots s JOIN stations st ON st.id = s.station_id"
                        + " JOIN dishes d ON d.id = s.dish_id WHERE s.menu_id = ? AND s.day_of_week = 'TUESDAY'",
                current.json().get("menuId").asLong()))
                .isEqualTo("TUESDAY Hot Kitchen Tarteletter, TUESDAY Cold Kitchen Røget Laks,"
                        + " TUESDAY Pastry Chokolademousse");
        var draft = api.as(api.admin()).get("/weekly-menus/by-week/admin?week=24&year=2026");
        assertThat(draft.json().get("menuStatus").asText()).isEqualTo("DRAFT");
        assertThat(draft.json().get("numberOfSlots").asInt()).isEqualTo(15);
        assertThat(draft.json().get("menuSlots").get(0).get("menuDish").get("id").asLong()).isEqualTo(bof);
        assertThat(gateway.sql().count("SELECT count(*) FROM weekly_menu_slots WHERE dish_id IN (?, ?, ?)",
                bof, laks, mousse)).isGreaterThan(0);
        assertThat(gateway.sql().count("SELECT count(*) FROM weekly_menu_slots s JOIN dishes d ON d.id = s.dish_id"
                + " WHERE NOT d.active OR d.name_en IS NULL")).isZero();
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE actor_email = 'system'"
                + " AND route = 'demo data' AND entity IN ('weekly_menus', 'weekly_menu_slots')")).isEqualTo(2 + 30 + 1);
    }

    @Test
    void theDemoKitchenHasThisWeeksMenuPublishedAndNextWeeksInDraft() {
        try (TestGateway demo = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true"),
                new MutableClock(Instant.parse("2026-06-07T22:30:00Z")))) { // Monday 00:30 in Copenhagen: week 24
            ApiClient client = demo.client();
            var current = client.get("/weekly-menus/current");
            assertThat(current.status()).isEqualTo(200);
            assertThat(current.json().get("weekNumber").asInt()).isEqualTo(24);
            assertThat(current.json().get("menuStatus").asText()).isEqualTo("PUBLISHED");
            assertThat(current.json().get("numberOfSlots").asInt()).isEqualTo(15);
            var next = client.as(client.admin()).get("/weekly-menus/by-week/admin?week=25&year=2026");
            assertThat(next.json().get("menuStatus").asText()).isEqualTo("DRAFT");
            assertThat(next.json().get("numberOfSlots").asInt()).isEqualTo(15);
            assertThat(demo.sql().text("SELECT string_agg(DISTINCT st.name, ', ' ORDER BY st.name)"
                    + " FROM weekly_menu_slots s JOIN stations st ON st.id = s.station_id"))
                    .isEqualTo("Cold Kitchen, Hot Kitchen, Pastry");
            assertThat(demo.sql().count("SELECT count(*) FROM weekly_menu_slots s JOIN dishes d ON d.id = s.dish_id"
                    + " WHERE NOT d.active OR d.name_en IS NULL OR d.description_en IS NULL")).isZero();
            assertThat(demo.sql().count("SELECT count(*) FROM notifications WHERE type = 'MENU_PUBLISHED'"))
                    .isEqualTo(demo.sql().count("SELECT count(*) FROM users WHERE role IN ('admin', 'manager', 'staff')"));
        }
    }

    private static long translated(long station, String nameDa, String nameEn) {
        return fixtures.dish(station, nameDa, "Beskrivelse af " + nameDa, nameEn, "Description of " + nameEn, true);
    }
}
