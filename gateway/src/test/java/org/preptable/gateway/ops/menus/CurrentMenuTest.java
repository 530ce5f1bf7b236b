package org.preptable.gateway.ops.menus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.ops.menus.MenuFixtures.everyDay;
import static org.preptable.gateway.ops.menus.MenuFixtures.placement;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;

/**
 * {@code GET /locations/{id}/menu/current}: the resolver in the location's own time zone, across midnight, across
 * both daylight-saving changes of America/Chicago in 2026, and in two zones at one instant; "now" is the gateway's
 * clock. The gateway's clock starts at Monday 2026-06-01 17:30 UTC (12:30 in Chicago, 19:30 in Copenhagen).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurrentMenuTest {

    private static final Instant START = Instant.parse("2026-06-01T17:30:00Z");

    private MutableClock clock;
    private TestGateway gateway;
    private MenuFixtures fixtures;

    @BeforeAll
    void start() {
        clock = new MutableClock(START);
        gateway = TestGateway.start(Map.of(), clock);
        fixtures = new MenuFixtures(gateway);
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    private JsonNode menu(UUID location, String at) {
        var answer = fixtures.admin.get("/locations/" + location + "/menu/current" + (at == null ? "" : "?at=" + at));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> names(JsonNode menu) {
        List<String> names = new ArrayList<>();
        menu.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static String daypart(JsonNode menu) {
        return menu.get("daypart").isNull() ? null : menu.get("daypart").get("name").asText();
    }

    @Test
    void theAnswerIsTheDesignShapeWithAllergensPricesAvailabilityInPositionThenNameOrder() {
        UUID location = fixtures.location("Harlingen", "America/Chicago");
        UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
        UUID menu = fixtures.menu("Fall lunch");
        UUID burger = fixtures.meal("Burger", "Brioche bun, cheddar", 7, 1);
        UUID salad = fixtures.meal("Salad", null);
        UUID water = fixtures.item("Water");
        UUID soda = fixtures.item("Soda");
        UUID burgerPlacement = fixtures.place(location, placement(menu, lunch, burger, true, everyDay(), List.of(),
                1295L, null, 1));
        fixtures.place(location, placement(menu, lunch, water, false, everyDay(), List.of(), 250L, false, 5));
        fixtures.place(location, placement(menu, lunch, soda, false, everyDay(), List.of(), null, null, 5));
        fixtures.place(location, placement(menu, lunch, salad, true, everyDay(), List.of(), 995L, null, 0));

        JsonNode current = menu(location, null);
        assertThat(current.get("location_id").asText()).isEqualTo(location.toString());
        assertThat(current.get("at").asText()).isEqualTo("2026-06-01T17:30:00Z");
        assertThat(current.get("daypart").toString()).isEqualTo("{\"id\":\"" + lunch
                + "\",\"name\":\"Lunch\",\"start_time\":\"11:00\",\"end_time\":\"14:00\"}");
        assertThat(names(current)).hasSize(4);
        assertThat(names(current).get(0)).startsWith("Salad");
        assertThat(names(current).get(1)).startsWith("Burger");
        assertThat(names(current).subList(2, 4)).containsExactly("Soda", "Water");

        JsonNode burgerLine = current.get("items").get(1);
        List<String> fields = new ArrayList<>();
        burgerLine.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("placement_id", "kind", "id", "name", "description", "price_cents",
                "available", "allergens");
        assertThat(burgerLine.get("placement_id").asText()).isEqualTo(burgerPlacement.toString());
        assertThat(burgerLine.get("kind").asText()).isEqualTo("meal");
        assertThat(burgerLine.get("id").asText()).isEqualTo(burger.toString());
        assertThat(burgerLine.get("description").asText()).isEqualTo("Brioche bun, cheddar");
        assertThat(burgerLine.get("price_cents").asLong()).isEqualTo(1295);
        assertThat(burgerLine.get("available").asBoolean()).isTrue();
        assertThat(burgerLine.get("allergens").toString()).isEqualTo("[{\"id\":1,\"display_number\":1,"
                + "\"name_da\":\"Gluten\",\"name_en\":\"Gluten\"},{\"id\":7,\"display_number\":7,"
                + "\"name_da\":\"Mælk\",\"name_en\":\"Milk\"}]");
        JsonNode waterLine = current.get("items").get(3);
        assertThat(waterLine.get("kind").asText()).isEqualTo("item");
        assertThat(waterLine.get("available").asBoolean()).as("sold out is listed, marked").isFalse();
        assertThat(waterLine.get("description").isNull()).isTrue();
        assertThat(waterLine.get("allergens")).isEmpty();
        assertThat(current.get("items").get(2).get("price_cents").isNull()).isTrue();
    }

    @Test
    void nowIsTheGatewaysClockAndADaypartTurningOverNeedsNoWrite() {
        UUID location = fixtures.location("Bryan", "America/Chicago");
        fixtures.daypart(location, "Lunch", "11:00", "14:00");
        fixtures.daypart(location, "Dinner", "17:00", "21:00");
        assertThat(daypart(menu(location, null))).isEqualTo("Lunch");
        clock.advance(Duration.ofHours(5)); // 22:30 UTC, 17:30 in Chicago
        try {
            JsonNode dinner = menu(location, null);
            assertThat(daypart(dinner)).isEqualTo("Dinner");
            assertThat(dinner.get("at").asText()).isEqualTo("2026-06-01T22:30:00Z");
        } finally {
            clock.advance(Duration.ofHours(-5));
        }
        JsonNode closed = menu(location, "2026-06-01T12:00:00Z"); // 07:00 in Chicago
        assertThat(closed.get("daypart").isNull()).isTrue();
        assertThat(closed.get("items")).isEmpty();
        assertThat(closed.get("at").asText()).isEqualTo("2026-06-01T12:00:00Z");
        assertThat(daypart(menu(location, "2026-06-01T19:30:00%2B02:00"))).as("an offset, + sent as %2B")
                .isEqualTo("Lunch");
    }

    @Test
    void aDaypartThatCrossesMidnightServesTheDayItStartedOn() {
        UUID location = fixtures.location("Waco", "America/Chicago");
        fixtures.daypart(location, "Lunch", "11:00", "14:00");
        UUID late = fixtures.daypart(location, "Late night", "22:00", "02:00");
        UUID menu = fixtures.menu("Late");
        fixtures.place(location, placement(menu, late, fixtures.item("Saturday wings"), false, List.of(6), List.of(),
                null, null, null));
        fixtures.place(location, placement(menu, late, fixtures.item("Sunday wings"), false, List.of(7), List.of(),
                null, null, null));
        fixtures.place(location, placement(menu, late, fixtures.item("June 6 special"), false, List.of(),
                List.of("2026-06-06"), null, null, null));
        fixtures.place(location, placement(menu, late, fixtures.item("June 7 special"), false, List.of(),
                List.of("2026-06-07"), null, null, null));

        // Saturday 2026-06-06 22:30 CDT, and Sunday 01:30 CDT: both Saturday's late night
        assertThat(names(menu(location, "2026-06-07T03:30:00Z"))).containsExactly("June 6 special", "Saturday wings");
        JsonNode afterMidnight = menu(location, "2026-06-07T06:30:00Z");
        assertThat(daypart(afterMidnight)).isEqualTo("Late night");
        assertThat(names(afterMidnight)).containsExactly("June 6 special", "Saturday wings");
        // 02:00 is the end (exclusive): nothing is live
        assertThat(menu(location, "2026-06-07T07:00:00Z").get("daypart").isNull()).isTrue();
        assertThat(daypart(menu(location, "2026-06-07T06:59:59Z"))).isEqualTo("Late night");
        // Sunday 22:30 and Monday 01:30: Sunday's
        assertThat(names(menu(location, "2026-06-08T03:30:00Z"))).containsExactly("June 7 special", "Sunday wings");
        assertThat(names(menu(location, "2026-06-08T06:30:00Z"))).containsExactly("June 7 special", "Sunday wings");
    }

    @Test
    void springForwardInChicagoMovesTheWindowsWithTheWallClock() {
        UUID location = fixtures.location("Temple", "America/Chicago");
        UUID late = fixtures.daypart(location, "Late night", "22:00", "02:30");
        fixtures.daypart(location, "Breakfast", "06:00", "10:00");
        fixtures.place(location, placement(fixtures.menu("Spring"), late, fixtures.item("Saturday fries"), false,
                List.of(6), List.of(), null, null, null));

        // 2026-03-08 02:00 CST does not happen: 01:59 CST (07:59Z) is Saturday's late night, the next minute is 03:00
        // CDT (08:00Z), after its 02:30 end
        JsonNode beforeTheJump = menu(location, "2026-03-08T07:59:00Z");
        assertThat(daypart(beforeTheJump)).isEqualTo("Late night");
        assertThat(names(beforeTheJump)).containsExactly("Saturday fries");
        assertThat(menu(location, "2026-03-08T08:00:00Z").get("daypart").isNull()).isTrue();
        // breakfast opens at 06:00 wall-clock time: 12:00Z the day before (CST), 11:00Z on the day (CDT)
        assertThat(menu(location, "2026-03-07T11:30:00Z").get("daypart").isNull()).isTrue();
        assertThat(daypart(menu(location, "2026-03-08T11:30:00Z"))).isEqualTo("Breakfast");
        assertThat(daypart(menu(location, "2026-03-08T11:00:00Z"))).isEqualTo("Breakfast");
        assertThat(menu(location, "2026-03-08T10:59:00Z").get("daypart").isNull()).isTrue();
    }

    @Test
    void fallBackInChicagoKeepsTheRepeatedHourInSaturdaysLateNight() {
        UUID location = fixtures.location("Killeen", "America/Chicago");
        UUID late = fixtures.daypart(location, "Late night", "22:00", "02:00");
        UUID menu = fixtures.menu("Fall back");
        fixtures.place(location, placement(menu, late, fixtures.item("Saturday nachos"), false, List.of(6), List.of(),
                null, null, null));
        fixtures.place(location, placement(menu, late, fixtures.item("Sunday nachos"), false, List.of(7), List.of(),
                null, null, null));

        // 2026-11-01 01:30 happens twice: 06:30Z (CDT) and 07:30Z (CST); both are Saturday's late night
        assertThat(names(menu(location, "2026-11-01T06:30:00Z"))).containsExactly("Saturday nachos");
        assertThat(names(menu(location, "2026-11-01T07:30:00Z"))).containsExactly("Saturday nachos");
        assertThat(menu(location, "2026-11-01T08:00:00Z").get("daypart").isNull()).as("02:00 CST").isTrue();
        assertThat(menu(location, "2026-11-01T02:59:00Z").get("daypart").isNull()).as("21:59 CDT").isTrue();
        assertThat(names(menu(location, "2026-11-01T03:00:00Z"))).as("22:00 CDT").containsExactly("Saturday nachos");
        // the next night starts at 22:00 CST, 04:00Z
        assertThat(menu(location, "2026-11-02T03:30:00Z").get("daypart").isNull()).isTrue();
        assertThat(names(menu(location, "2026-11-02T04:00:00Z"))).containsExactly("Sunday nachos");
    }

    @Test
    void twoLocationsInTwoZonesServeDifferentDaypartsAtTheSameInstant() {
        UUID chicago = fixtures.location("Austin", "America/Chicago");
        UUID copenhagen = fixtures.location("Copenhagen", "Europe/Copenhagen");
        UUID menu = fixtures.menu("Everywhere");
        UUID soup = fixtures.item("Soup");
        for (UUID location : List.of(chicago, copenhagen)) {
            UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
            UUID dinner = fixtures.daypart(location, "Dinner", "17:00", "22:00");
            fixtures.place(location, placement(menu, lunch, soup, false, everyDay(), List.of(), 500L, null, null));
            fixtures.place(location, placement(menu, dinner, soup, false, everyDay(), List.of(), 800L, null, null));
        }
        JsonNode inChicago = menu(chicago, null);
        JsonNode inCopenhagen = menu(copenhagen, null);
        assertThat(inChicago.get("at").asText()).isEqualTo(inCopenhagen.get("at").asText());
        assertThat(daypart(inChicago)).isEqualTo("Lunch");
        assertThat(inChicago.get("items").get(0).get("price_cents").asLong()).isEqualTo(500);
        assertThat(daypart(inCopenhagen)).isEqualTo("Dinner");
        assertThat(inCopenhagen.get("items").get(0).get("price_cents").asLong()).isEqualTo(800);
        // 10:00Z: 05:00 in Chicago (closed), 12:00 in Copenhagen (lunch)
        assertThat(menu(chicago, "2026-06-01T10:00:00Z").get("daypart").isNull()).isTrue();
        assertThat(daypart(menu(copenhagen, "2026-06-01T10:00:00Z"))).isEqualTo("Lunch");
    }

    @Test
    void theKioskReadsItsOwnLocationAndNoOtherCallerOutsideTheScopeSeesIt() {
        UUID mine = fixtures.location("Kiosk home", "America/Chicago");
        UUID theirs = fixtures.location("Elsewhere", "America/Chicago");
        fixtures.daypart(mine, "Lunch", "11:00", "14:00");
        ApiClient kiosk = fixtures.kiosk(mine);
        var own = kiosk.get("/locations/" + mine + "/menu/current");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("daypart").get("name").asText()).isEqualTo("Lunch");
        assertThat(kiosk.get("/locations/" + theirs + "/menu/current").assertError(404))
                .isEqualTo("Location with ID " + theirs + " was not found.");
        ApiClient manager = fixtures.api.as(fixtures.managerOf(mine));
        assertThat(manager.get("/locations/" + theirs + "/menu/current").status()).isEqualTo(404);
        assertThat(fixtures.api.as(fixtures.api.newUser("staff")).get("/locations/" + theirs + "/menu/current")
                .status()).as("staff read every location").isEqualTo(200);
        UUID unknown = UUID.randomUUID();
        assertThat(fixtures.admin.get("/locations/" + unknown + "/menu/current").assertError(404))
                .isEqualTo("Location with ID " + unknown + " was not found.");
        assertThat(fixtures.admin.get("/locations/" + mine + "/menu/current?at=yesterday").assertError(400))
                .startsWith("at must be an RFC 3339 time");
        assertThat(fixtures.admin.get("/locations/" + mine + "/menu/current?at=2026-06-01").status())
                .as("a date alone is not an instant").isEqualTo(400);
        assertThat(fixtures.api.as(fixtures.api.newUser("CUSTOMER")).get("/locations/" + mine + "/menu/current")
                .status()).isEqualTo(403);
        assertThat(fixtures.api.get("/locations/" + mine + "/menu/current").status()).isEqualTo(401);
    }
}
