package org.preptable.gateway.kitchen.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.suggestions.SuggestionRoutesTest.create;
import static org.preptable.gateway.kitchen.suggestions.SuggestionRoutesTest.suggestion;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;

/**
 * The Thursday deadline and the ISO week are the kitchen's (PREPTABLE_KITCHEN_TIMEZONE, default Europe/Copenhagen),
 * not UTC's: two kitchens, one in Copenhagen and one in UTC, are asked the same thing at the same instants.
 */
class SuggestionDeadlineTest {

    /** Wednesday 2026-06-03, 23:59 in Copenhagen (summer time, UTC+2). */
    private static final Instant WEDNESDAY_LATE = Instant.parse("2026-06-03T21:59:00Z");
    /** Thursday 2026-06-04, 00:00 in Copenhagen; still Wednesday 22:00 in UTC. */
    private static final Instant THURSDAY_MIDNIGHT = Instant.parse("2026-06-03T22:00:00Z");

    private static KitchenFixture copenhagen;
    private static KitchenFixture utc;

    @BeforeAll
    static void start() {
        copenhagen = new KitchenFixture(WEDNESDAY_LATE);
        utc = new KitchenFixture(WEDNESDAY_LATE, Map.of("PREPTABLE_KITCHEN_TIMEZONE", "UTC"));
    }

    @AfterAll
    static void stop() {
        copenhagen.close();
        utc.close();
    }

    @Test
    void suggestionsForAWeekCloseOnTheThursdayBeforeItInTheKitchensZone() {
        copenhagen.at(WEDNESDAY_LATE);
        var lastMinute = copenhagen.lineCook.post("/dish-suggestions", suggestion(copenhagen, "Sidste Chance",
                "Hot Kitchen", 24));
        assertThat(lastMinute.status()).as(lastMinute.body()).isEqualTo(201);
        assertThat(lastMinute.json().get("deadline").asText()).isEqualTo("2026-06-04");
        assertThat(lastMinute.json().get("isPastDeadline").asBoolean()).isFalse();
        long id = lastMinute.json().get("id").asLong();

        copenhagen.at(THURSDAY_MIDNIGHT);
        assertThat(copenhagen.lineCook.post("/dish-suggestions", suggestion(copenhagen, "For Sent", "Hot Kitchen", 24))
                .assertError(409)).isEqualTo("Deadline passed. Last chance was 2026-06-03");
        assertThat(copenhagen.lineCook.get("/dish-suggestions/" + id).json().get("isPastDeadline").asBoolean())
                .isTrue();
        assertThat(copenhagen.lineCook.post("/dish-suggestions", suggestion(copenhagen, "Næste Uge", "Hot Kitchen", 25))
                .status()).as("the week after is open").isEqualTo(201);

        utc.at(THURSDAY_MIDNIGHT);
        var utcKitchen = utc.lineCook.post("/dish-suggestions", suggestion(utc, "Stadig Onsdag", "Hot Kitchen", 24));
        assertThat(utcKitchen.status()).as("still Wednesday in a UTC kitchen").isEqualTo(201);
        assertThat(utcKitchen.json().get("isPastDeadline").asBoolean()).isFalse();
    }

    @Test
    void theCurrentAndPastWeeksAreClosedAndTheValidationComesFirst() {
        copenhagen.at(Instant.parse("2026-06-01T10:00:00Z")); // Monday of week 23
        assertThat(copenhagen.lineCook.post("/dish-suggestions", suggestion(copenhagen, "Denne Uge", "Pastry", 23))
                .assertError(409)).isEqualTo("Deadline passed. Last chance was 2026-05-27");
        assertThat(copenhagen.lineCook.post("/dish-suggestions", suggestion(copenhagen, "Julemad", "Pastry", 52))
                .status()).as("week 52 is far ahead").isEqualTo(201);
        var pastYear = suggestion(copenhagen, "Gammel Ret", "Pastry", 10);
        pastYear.put("targetYear", 2025);
        assertThat(copenhagen.lineCook.post("/dish-suggestions", pastYear).assertError(409))
                .isEqualTo("Deadline passed. Last chance was 2025-02-26");
        var unknownStation = suggestion(copenhagen, "Gammel Ret", "Pastry", 10);
        unknownStation.put("stationId", 9999);
        assertThat(copenhagen.lineCook.post("/dish-suggestions", unknownStation).assertError(404))
                .as("404 before the deadline's 409").isEqualTo("Station with ID 9999 was not found.");
    }

    @Test
    void weekOneOfNextYearClosesOnTheLastThursdayOfThisOne() {
        var body = suggestion(copenhagen, "Nytårstorsk", "Cold Kitchen", 1);
        body.put("targetYear", 2027);
        copenhagen.at(Instant.parse("2026-12-30T22:59:00Z")); // Wednesday 23:59 in Copenhagen (winter time)
        var accepted = copenhagen.lineCook.post("/dish-suggestions", body);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("deadline").asText()).isEqualTo("2026-12-31");
        copenhagen.at(Instant.parse("2026-12-30T23:00:00Z"));
        assertThat(copenhagen.lineCook.post("/dish-suggestions", body).assertError(409))
                .isEqualTo("Deadline passed. Last chance was 2026-12-30");
    }

    @Test
    void theCurrentWeekTurnsAtTheKitchensMidnightOnSunday() {
        for (KitchenFixture kitchen : List.of(copenhagen, utc)) {
            kitchen.at(Instant.parse("2026-05-25T10:00:00Z")); // week 22: weeks 23 and 24 are open
            create(kitchen.otherCook, suggestion(kitchen, "Uge Treogtyve", "Pastry", 23));
            create(kitchen.otherCook, suggestion(kitchen, "Uge Fireogtyve", "Pastry", 24));
            // Sunday 23:30 UTC: Monday 01:30 of week 24 in Copenhagen, still Sunday of week 23 in UTC.
            kitchen.at(Instant.parse("2026-06-07T23:30:00Z"));
        }
        assertThat(weeks(copenhagen.headChef.get("/dish-suggestions/current-week").json())).containsOnly(24);
        assertThat(weeks(utc.headChef.get("/dish-suggestions/current-week").json())).containsOnly(23);
        assertThat(copenhagen.headChef.post("/dishes", Map.of("nameDA", "Mandagsret", "descriptionDA",
                "Dagens ret om mandagen", "stationId", copenhagen.station("Pastry"))).json().get("originWeek").asInt())
                .isEqualTo(24);
        assertThat(utc.headChef.post("/dishes", Map.of("nameDA", "Søndagsret", "descriptionDA",
                "Dagens ret om søndagen", "stationId", utc.station("Pastry"))).json().get("originWeek").asInt())
                .isEqualTo(23);
    }

    private static List<Integer> weeks(JsonNode suggestions) {
        assertThat(suggestions).isNotEmpty();
        List<Integer> weeks = new ArrayList<>();
        suggestions.forEach(s -> weeks.add(s.get("targetWeek").asInt()));
        return weeks;
    }
}
