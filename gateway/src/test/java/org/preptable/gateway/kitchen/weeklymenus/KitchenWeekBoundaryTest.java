package org.preptable.gateway.kitchen.weeklymenus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * "This week" is the kitchen's (Europe/Copenhagen by default), not UTC's nor the server's: on Sunday 2026-06-07 at
 * 23:30 in Copenhagen the current menu is week 23's, and an hour later, at 00:30 on Monday there but still Sunday
 * in UTC, it is week 24's. A menu published at 23:30 on Sunday is kept with that instant.
 */
class KitchenWeekBoundaryTest {

    /** Sunday 2026-06-07 23:30 in Copenhagen (summer time, UTC+2). */
    private static final Instant SUNDAY_2330 = Instant.parse("2026-06-07T21:30:00Z");

    private static TestGateway gateway;
    private static MutableClock clock;
    private static ApiClient api;
    private static ApiClient headChef;
    private static MenuFixtures fixtures;

    @BeforeAll
    static void start() {
        clock = new MutableClock(SUNDAY_2330);
        gateway = TestGateway.start(Map.of(), clock);
        api = gateway.client();
        TestUser admin = api.admin();
        headChef = api.as(admin);
        fixtures = new MenuFixtures(gateway, headChef, admin.id());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static void setClock(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    @Test
    void theWeekTurnsAtMidnightInTheKitchensTimeZone() {
        setClock(SUNDAY_2330);
        long hot = fixtures.station("Hot Kitchen");
        long dish = fixtures.dish(hot, "Bøf Bearnaise", "Oksemørbrad med hjemmelavet bearnaise", "Beef Bearnaise",
                "Beef tenderloin with homemade bearnaise", true);
        long week23 = fixtures.menu(23, 2026);
        long week24 = fixtures.menu(24, 2026);
        fixtures.slot(week23, "MONDAY", hot, dish);
        fixtures.slot(week24, "MONDAY", hot, dish);

        var published = headChef.post("/weekly-menus/" + week23 + "/publish", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(gateway.sql().text("SELECT to_char(published_at AT TIME ZONE 'Europe/Copenhagen',"
                + " 'YYYY-MM-DD HH24:MI ID') FROM weekly_menus WHERE id = ?", week23)).isEqualTo("2026-06-07 23:30 7");
        assertThat(headChef.post("/weekly-menus/" + week24 + "/publish", null).status()).isEqualTo(200);
        assertThat(api.get("/weekly-menus/current").json().get("menuId").asLong()).isEqualTo(week23);

        clock.advance(Duration.ofHours(1)); // Monday 00:30 in Copenhagen, still Sunday 22:30 in UTC
        LocalDate utcDay = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(utcDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(23);

        var current = api.get("/weekly-menus/current");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("menuId").asLong()).isEqualTo(week24);
        assertThat(current.json().get("weekNumber").asInt()).isEqualTo(24);
        assertThat(current.json().get("year").asInt()).isEqualTo(2026);
    }

    @Test
    void theIsoWeekBasedYearIsUsedAcrossNewYear() {
        setClock(Instant.parse("2026-12-31T23:30:00Z")); // Friday 1 January 2027, 00:30 in Copenhagen
        assertThat(api.get("/weekly-menus/current").assertError(404))
                .isEqualTo("No menu published for current week 53/2026");
    }
}
