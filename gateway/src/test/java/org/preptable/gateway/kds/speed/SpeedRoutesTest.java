package org.preptable.gateway.kds.speed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * {@code GET /locations/{id}/speed} against stored transitions with known intervals. The clock stands at
 * 2026-03-03 04:00 UTC, which is Monday 2026-03-02 22:00 in America/Chicago (UTC-6 until 8 March): "today" is the
 * location's date, and lunch at noon there is 18:00 UTC.
 */
class SpeedRoutesTest {

    static final Instant NOW = Instant.parse("2026-03-03T04:00:00Z");
    static final String CHICAGO = "America/Chicago";
    static final Instant NOON = Instant.parse("2026-03-02T18:00:00Z");

    private static TestGateway gateway;
    private static ApiClient api;
    private static ApiClient admin;
    private static SpeedFixtures fixtures;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of(), new MutableClock(NOW));
        api = gateway.client();
        admin = api.as(api.admin());
        fixtures = new SpeedFixtures(api, gateway.sql());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void percentilesAreComputedOverTheStoredTransitions() {
        UUID location = fixtures.location("Known", CHICAGO);
        UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
        UUID late = fixtures.daypart(location, "Late night", "22:00", "02:00");
        long grill = fixtures.station("Grill");
        for (int i = 1; i <= 10; i++) {
            Instant placed = NOON.plusSeconds(60L * i);
            UUID order = fixtures.order(location, placed, grill);
            Instant preparing = placed.plusSeconds(10L * i);
            Instant ready = preparing.plusSeconds(60L * i);
            fixtures.transition(location, order, grill, "preparing", preparing);
            fixtures.transition(location, order, grill, "ready", ready);
            fixtures.transition(location, order, null, "cleared", ready.plusSeconds(5L * i));
        }

        JsonNode answer = speed(admin, location, "?from=2026-03-02&to=2026-03-02");
        assertThat(answer.get("location_id").asText()).isEqualTo(location.toString());
        assertThat(answer.get("timezone").asText()).isEqualTo(CHICAGO);
        assertThat(answer.get("from").asText()).isEqualTo("2026-03-02");
        assertThat(answer.get("to").asText()).isEqualTo("2026-03-02");
        assertThat(answer.get("stations")).hasSize(1);
        JsonNode station = answer.get("stations").get(0);
        assertThat(station.get("station_id").asLong()).isEqualTo(grill);
        assertThat(station.get("station_name").asText()).startsWith("Grill");
        // every daypart of the location in start order, the empty one with zeros; no "No daypart" row
        assertThat(station.get("dayparts").findValuesAsText("daypart_id"))
                .containsExactly(lunch.toString(), late.toString());
        JsonNode atLunch = station.get("dayparts").get(0);
        assertThat(atLunch.get("daypart_name").asText()).isEqualTo("Lunch");
        assertThat(atLunch.get("count").asInt()).isEqualTo(10);
        // percentile_cont over 10, 20, ..., 100 s: p50 = 55, p90 = 90 + 0.1 * 10 = 91
        assertThat(span(atLunch, "queued_to_preparing")).isEqualTo("10 55.0 91.0");
        assertThat(span(atLunch, "preparing_to_ready")).isEqualTo("10 330.0 546.0");
        assertThat(span(atLunch, "ready_to_cleared")).isEqualTo("10 27.5 45.5");
        assertThat(span(atLunch, "queued_to_ready")).isEqualTo("10 385.0 637.0");
        assertThat(atLunch.get("queued_to_preparing").get("p50_seconds").isNumber()).isTrue();
        JsonNode atNight = station.get("dayparts").get(1);
        assertThat(atNight.get("count").asInt()).isZero();
        assertThat(span(atNight, "queued_to_ready")).isEqualTo("0 null null");
        JsonNode allDay = station.get("all_day");
        assertThat(allDay.get("count").asInt()).isEqualTo(10);
        assertThat(span(allDay, "queued_to_preparing")).isEqualTo("10 55.0 91.0");
        assertThat(span(allDay, "ready_to_cleared")).isEqualTo("10 27.5 45.5");

        // another day of the location has nothing
        assertThat(speed(admin, location, "?from=2026-03-01&to=2026-03-01").get("stations")).isEmpty();
    }

    @Test
    void ordersFallInTheDaypartOfTheirLocalPlacedTimeAcrossMidnightAndDatesAreLocal() {
        UUID location = fixtures.location("Dayparts", CHICAGO);
        fixtures.daypart(location, "Lunch", "11:00", "14:00");
        UUID late = fixtures.daypart(location, "Late night", "22:00", "02:00");
        long grill = fixtures.station("Grill");
        queuedFor(location, grill, Instant.parse("2026-03-02T18:30:00Z"), 10);  // 12:30 on the 2nd: lunch
        queuedFor(location, grill, Instant.parse("2026-03-03T05:30:00Z"), 20);  // 23:30 on the 2nd (UTC: the 3rd)
        queuedFor(location, grill, Instant.parse("2026-03-03T07:15:00Z"), 40);  // 01:15 on the 3rd: late night
        queuedFor(location, grill, Instant.parse("2026-03-02T05:59:00Z"), 50);  // 23:59 on the 1st (UTC: the 2nd)
        // no Saavor placed time: reaching the kitchen at 16:00 on the 2nd places it, between dayparts
        UUID unplaced = fixtures.order(location, null, Instant.parse("2026-03-02T22:00:00Z"), "fulfilled", grill);
        fixtures.transition(location, unplaced, grill, "preparing", Instant.parse("2026-03-02T22:00:30Z"));

        JsonNode station = speed(admin, location, "?from=2026-03-02&to=2026-03-02").get("stations").get(0);
        JsonNode parts = station.get("dayparts");
        assertThat(parts.findValuesAsText("daypart_name")).containsExactly("Lunch", "Late night", "No daypart");
        assertThat(span(parts.get(0), "queued_to_preparing")).isEqualTo("1 10.0 10.0");
        assertThat(span(parts.get(1), "queued_to_preparing")).isEqualTo("1 20.0 20.0");
        assertThat(parts.get(2).get("daypart_id").isNull()).isTrue();
        assertThat(span(parts.get(2), "queued_to_preparing")).isEqualTo("1 30.0 30.0");
        assertThat(station.get("all_day").get("count").asInt()).isEqualTo(3);
        assertThat(span(station.get("all_day"), "queued_to_preparing")).isEqualTo("3 20.0 28.0");

        JsonNode twoDays = speed(admin, location, "?from=2026-03-02&to=2026-03-03").get("stations").get(0);
        JsonNode lateNight = twoDays.get("dayparts").get(1);
        assertThat(lateNight.get("daypart_id").asText()).isEqualTo(late.toString());
        assertThat(span(lateNight, "queued_to_preparing")).isEqualTo("2 30.0 38.0"); // 20 s and 40 s
        assertThat(span(speed(admin, location, "?from=2026-03-01&to=2026-03-01").get("stations").get(0)
                .get("all_day"), "queued_to_preparing")).isEqualTo("1 50.0 50.0");
    }

    @Test
    void aFixedOffsetZoneIsReadTheWayJavaReadsIt() {
        // "+05:30" is five and a half hours east; PostgreSQL alone would read it as a POSIX zone, west
        UUID location = fixtures.location("Offset", "+05:30");
        fixtures.daypart(location, "Lunch", "11:00", "14:00");
        long grill = fixtures.station("Grill");
        queuedFor(location, grill, Instant.parse("2026-03-02T06:30:00Z"), 15); // 12:00 there

        JsonNode parts = speed(admin, location, "?from=2026-03-02&to=2026-03-02").get("stations").get(0)
                .get("dayparts");
        assertThat(parts.findValuesAsText("daypart_name")).containsExactly("Lunch");
        assertThat(span(parts.get(0), "queued_to_preparing")).isEqualTo("1 15.0 15.0");
    }

    @Test
    void expoMovingTheWholeOrderCountsForEveryStationThatHadNotMovedItself() {
        UUID location = fixtures.location("Expo", CHICAGO);
        fixtures.daypart(location, "Lunch", "11:00", "14:00");
        long grill = fixtures.station("Grill");
        long pastry = fixtures.station("Pastry");
        UUID both = fixtures.order(location, NOON, grill, pastry);
        fixtures.transition(location, both, grill, "preparing", NOON.plusSeconds(30));
        fixtures.transition(location, both, null, "preparing", NOON.plusSeconds(60));  // pastry's start
        fixtures.transition(location, both, grill, "ready", NOON.plusSeconds(200));
        fixtures.transition(location, both, null, "ready", NOON.plusSeconds(300));     // pastry's ready
        fixtures.transition(location, both, null, "cleared", NOON.plusSeconds(320));
        // expo bumps a queued order straight to ready; pastry's own "preparing" after that is no step of its own
        UUID oneTouch = fixtures.order(location, NOON.plusSeconds(600), grill, pastry);
        fixtures.transition(location, oneTouch, null, "ready", NOON.plusSeconds(720));
        fixtures.transition(location, oneTouch, pastry, "preparing", NOON.plusSeconds(750));

        JsonNode answer = speed(admin, location, "?from=2026-03-02");
        JsonNode grillDay = station(answer, grill).get("all_day");
        assertThat(grillDay.get("count").asInt()).isEqualTo(2);
        assertThat(span(grillDay, "queued_to_preparing")).isEqualTo("1 30.0 30.0");
        assertThat(span(grillDay, "preparing_to_ready")).isEqualTo("1 170.0 170.0");
        assertThat(span(grillDay, "ready_to_cleared")).isEqualTo("1 120.0 120.0");
        assertThat(span(grillDay, "queued_to_ready")).isEqualTo("2 160.0 192.0"); // 200 s and 120 s
        JsonNode pastryDay = station(answer, pastry).get("all_day");
        assertThat(span(pastryDay, "queued_to_preparing")).isEqualTo("1 60.0 60.0");
        assertThat(span(pastryDay, "preparing_to_ready")).isEqualTo("1 240.0 240.0");
        assertThat(span(pastryDay, "ready_to_cleared")).isEqualTo("1 20.0 20.0");
        assertThat(span(pastryDay, "queued_to_ready")).isEqualTo("2 210.0 282.0"); // 300 s and 120 s
    }

    @Test
    void firstTransitionsCountWithinADayAndVoidedOrdersNotAtAll() {
        UUID location = fixtures.location("Firsts", CHICAGO);
        long grill = fixtures.station("Grill");
        UUID order = fixtures.order(location, NOON, grill);
        fixtures.transition(location, order, grill, "preparing", NOON.plusSeconds(10));
        fixtures.transition(location, order, grill, "preparing", NOON.plusSeconds(50));   // after a recall
        fixtures.transition(location, order, grill, "ready", NOON.plusSeconds(100));
        fixtures.transition(location, order, grill, "ready", NOON.plusSeconds(500));
        fixtures.transition(location, order, null, "cleared", NOON.plusSeconds(30 * 3600)); // the next afternoon
        UUID voided = fixtures.order(location, NOON, NOON, "voided", grill);
        fixtures.transition(location, voided, grill, "preparing", NOON.plusSeconds(5));

        JsonNode station = speed(admin, location, "?from=2026-03-02&to=2026-03-03").get("stations").get(0);
        // no dayparts at this location: everything is "No daypart"
        assertThat(station.get("dayparts").findValuesAsText("daypart_name")).containsExactly("No daypart");
        JsonNode allDay = station.get("all_day");
        assertThat(allDay.get("count").asInt()).isEqualTo(1);
        assertThat(span(allDay, "queued_to_preparing")).isEqualTo("1 10.0 10.0");
        assertThat(span(allDay, "preparing_to_ready")).isEqualTo("1 90.0 90.0");
        assertThat(span(allDay, "ready_to_cleared")).isEqualTo("0 null null");
    }

    @Test
    void theStationFilterShowsThatStationEvenWithoutOrders() {
        UUID location = fixtures.location("Filter", CHICAGO);
        UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
        long grill = fixtures.station("Grill");
        long pastry = fixtures.station("Pastry");
        long idle = fixtures.station("Salads");
        queuedFor(location, grill, NOON, 12);
        queuedFor(location, pastry, NOON, 34);

        JsonNode all = speed(admin, location, "?from=2026-03-02");
        assertThat(all.get("stations").findValues("station_id").stream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(grill, pastry);
        JsonNode onlyPastry = speed(admin, location, "?from=2026-03-02&station_id=" + pastry).get("stations");
        assertThat(onlyPastry).hasSize(1);
        assertThat(span(onlyPastry.get(0).get("all_day"), "queued_to_preparing")).isEqualTo("1 34.0 34.0");

        JsonNode idleOne = speed(admin, location, "?station_id=" + idle).get("stations");
        assertThat(idleOne).hasSize(1);
        assertThat(idleOne.get(0).get("station_name").asText()).startsWith("Salads");
        assertThat(idleOne.get(0).get("dayparts").findValuesAsText("daypart_id")).containsExactly(lunch.toString());
        assertThat(idleOne.get(0).get("all_day").get("count").asInt()).isZero();
        assertThat(admin.get("/locations/" + location + "/speed?station_id=987654321").assertError(404))
                .isEqualTo("Station with ID 987654321 was not found.");
    }

    @Test
    void todayIsTheLocationsDateAndScopeLeavesOtherLocationsEmpty() {
        UUID location = fixtures.location("Scope", CHICAGO);
        UUID other = fixtures.location("Elsewhere", CHICAGO);
        long grill = fixtures.station("Grill");
        queuedFor(location, grill, NOON, 25);

        JsonNode today = speed(admin, location, "");
        assertThat(today.get("from").asText()).isEqualTo("2026-03-02"); // UTC is already the 3rd
        assertThat(today.get("to").asText()).isEqualTo("2026-03-02");
        assertThat(today.get("stations")).hasSize(1);

        TestUser ownManager = managerOf(location);
        assertThat(speed(api.as(ownManager), location, "").get("stations")).hasSize(1);
        assertThat(speed(api.as(api.newUser("staff")), location, "").get("stations")).hasSize(1);
        JsonNode outside = speed(api.as(managerOf(other)), location, "");
        assertThat(outside.get("stations")).isEmpty();
        assertThat(outside.get("from").asText()).isEqualTo("2026-03-02");

        assertThat(api.as(api.newUser("CUSTOMER")).get("/locations/" + location + "/speed").assertError(403))
                .isEqualTo("Insufficient role. Required: [admin, manager, staff, kiosk]");
        assertThat(api.get("/locations/" + location + "/speed").status()).isEqualTo(401);
        UUID missing = UUID.randomUUID();
        assertThat(admin.get("/locations/" + missing + "/speed").assertError(404))
                .isEqualTo("Location with ID " + missing + " was not found.");
    }

    @Test
    void badDatesAndWindowsAre400() {
        UUID location = fixtures.location("Dates", CHICAGO);
        String path = "/locations/" + location + "/speed";
        assertThat(admin.get(path + "?from=2026-3-2").assertError(400))
                .isEqualTo("from must be a date as yyyy-MM-dd (2026-06-01), got: 2026-3-2");
        assertThat(admin.get(path + "?to=2026-02-30").assertError(400)).startsWith("to must be a date");
        assertThat(admin.get(path + "?to=2026-03-02T00:00:00Z").assertError(400)).startsWith("to must be a date");
        assertThat(admin.get(path + "?from=0000-01-01").assertError(400)).startsWith("from must be a date");
        assertThat(admin.get(path + "?from=2026-03-03").assertError(400))
                .isEqualTo("from (2026-03-03) must not be after to (2026-03-02)");
        assertThat(admin.get(path + "?from=2025-03-01&to=2026-03-02").assertError(400))
                .isEqualTo("from 2025-03-01 to 2026-03-02 is 367 days; at most 366 days fit one report");
        assertThat(admin.get(path + "?from=2025-03-02&to=2026-03-02").status()).isEqualTo(200);
        assertThat(admin.get(path + "?station_id=0").assertError(400))
                .isEqualTo("station_id must be a positive whole number, got: 0");
        assertThat(admin.get("/locations/not-a-uuid/speed").assertError(400)).startsWith("Invalid locationId");
    }

    /** An order at {@code placed} whose station started preparing {@code seconds} after it reached the kitchen. */
    private static void queuedFor(UUID location, long station, Instant placed, int seconds) {
        UUID order = fixtures.order(location, placed, station);
        fixtures.transition(location, order, station, "preparing", placed.plusSeconds(seconds));
    }

    private static TestUser managerOf(UUID location) {
        TestUser manager = api.newUser("manager");
        assertThat(admin.put("/admin/users/" + manager.id() + "/locations",
                Map.of("location_ids", java.util.List.of(location.toString()))).status()).isEqualTo(200);
        return manager;
    }

    private static JsonNode speed(ApiClient client, UUID location, String query) {
        var answer = client.get("/locations/" + location + "/speed" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode station(JsonNode answer, long id) {
        for (JsonNode station : answer.get("stations")) {
            if (station.get("station_id").asLong() == id) {
                return station;
            }
        }
        throw new AssertionError("no station " + id + " in " + answer);
    }

    /** "count p50 p90" of one interval, as the JSON has them. */
    private static String span(JsonNode figures, String interval) {
        JsonNode span = figures.get(interval);
        return span.get("count").asInt() + " " + span.get("p50_seconds") + " " + span.get("p90_seconds");
    }
}
