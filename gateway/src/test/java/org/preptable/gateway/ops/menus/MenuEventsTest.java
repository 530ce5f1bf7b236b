package org.preptable.gateway.ops.menus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.ops.menus.MenuFixtures.everyDay;
import static org.preptable.gateway.ops.menus.MenuFixtures.placement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.model.Json;

/**
 * Menu changes reach the location's event stream (the kiosk's signage screen listens to it) within a second:
 * {@code menu.updated} with the current menu after every placement and daypart write, and {@code availability.updated}
 * before it when only a placement's availability flipped. The clock is Monday 2026-06-01 12:30 in Chicago (lunch).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MenuEventsTest {

    private TestGateway gateway;
    private MenuFixtures fixtures;

    @BeforeAll
    void start() {
        gateway = TestGateway.start(Map.of(), new MutableClock(Instant.parse("2026-06-01T17:30:00Z")));
        fixtures = new MenuFixtures(gateway);
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    /**
     * The kiosk's own stream, resumed from the location's last event as a screen resumes from its snapshot, so an
     * event written while the stream is still being registered is replayed rather than missed.
     */
    private SseClient screen(UUID location, ApiClient kiosk) throws Exception {
        long last = gateway.sql().count("SELECT coalesce(max(seq), 0) FROM location_events WHERE location_id = ?::uuid",
                location.toString());
        java.util.Map<String, String> headers = new java.util.HashMap<>(kiosk.headers());
        headers.put("Last-Event-ID", Long.toString(last));
        SseClient stream = SseClient.open(gateway.baseUrl(), "/locations/" + location + "/events", headers);
        assertThat(stream.status()).isEqualTo(200);
        return stream;
    }

    /** The next event, which must have arrived within a second of {@code sent}. */
    private static SseClient.Event next(SseClient stream, Instant sent, String name) throws Exception {
        SseClient.Event event = stream.next(5);
        assertThat(event.name()).as(event.data()).isEqualTo(name);
        assertThat(Duration.between(sent, event.receivedAt())).isLessThan(Duration.ofSeconds(1));
        return event;
    }

    /** The menu as GET answers it, with {@code at} left out (the event was resolved at its own instant). */
    private JsonNode currentWithoutAt(UUID location) {
        return withoutAt(fixtures.admin.get("/locations/" + location + "/menu/current").json());
    }

    private static JsonNode withoutAt(JsonNode menu) {
        ObjectNode copy = menu.deepCopy();
        copy.remove("at");
        return copy;
    }

    private static JsonNode json(SseClient.Event event) throws Exception {
        return Json.MAPPER.readTree(event.data());
    }

    @Test
    void placementChangesAndAnAvailabilityFlipReachTheKioskWithinASecond() throws Exception {
        UUID location = fixtures.location("Harlingen", "America/Chicago");
        UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
        UUID menu = fixtures.menu("Fall lunch");
        UUID burger = fixtures.meal("Burger", "Brioche bun", 1);
        UUID fries = fixtures.item("Fries");
        ApiClient manager = fixtures.api.as(fixtures.managerOf(location));
        try (SseClient kiosk = screen(location, fixtures.kiosk(location))) {
            Instant sent = Instant.now();
            ApiResponse created = manager.post("/locations/" + location + "/placements",
                    placement(menu, lunch, burger, true, everyDay(), List.of(), 1295L, null, null));
            assertThat(created.status()).isEqualTo(201);
            String placementId = created.json().get("id").asText();
            JsonNode added = json(next(kiosk, sent, "menu.updated"));
            assertThat(added.get("at").asText()).isEqualTo("2026-06-01T17:30:00Z");
            assertThat(withoutAt(added)).isEqualTo(currentWithoutAt(location));
            assertThat(added.get("items").get(0).get("placement_id").asText()).isEqualTo(placementId);
            assertThat(added.get("items").get(0).get("allergens")).hasSize(1);

            sent = Instant.now();
            manager.post("/locations/" + location + "/placements",
                    placement(menu, lunch, fries, false, everyDay(), List.of(), 400L, null, 2));
            assertThat(json(next(kiosk, sent, "menu.updated")).get("items")).hasSize(2);

            // the price changes: a menu change, not only availability
            sent = Instant.now();
            manager.put("/placements/" + placementId, placement(menu, lunch, burger, true, everyDay(), List.of(),
                    1395L, true, null));
            assertThat(json(next(kiosk, sent, "menu.updated")).get("items").get(0).get("price_cents").asLong())
                    .isEqualTo(1395);
            assertThat(kiosk.drain(300)).as("no availability.updated for a price change").isEmpty();

            // sold out: availability.updated with the placement, then menu.updated with the menu
            sent = Instant.now();
            ApiResponse soldOut = manager.put("/placements/" + placementId, placement(menu, lunch, burger, true,
                    everyDay(), List.of(), 1395L, false, null));
            SseClient.Event flip = next(kiosk, sent, "availability.updated");
            JsonNode flipped = json(flip);
            assertThat(flipped).isEqualTo(soldOut.json());
            assertThat(flipped.get("location_id").asText()).isEqualTo(location.toString());
            assertThat(flipped.get("available").asBoolean()).isFalse();
            SseClient.Event after = next(kiosk, sent, "menu.updated");
            assertThat(Long.parseLong(after.id())).isEqualTo(Long.parseLong(flip.id()) + 1);
            assertThat(json(after).get("items").get(0).get("available").asBoolean()).isFalse();
            assertThat(withoutAt(json(after))).isEqualTo(currentWithoutAt(location));

            sent = Instant.now();
            assertThat(manager.delete("/placements/" + placementId).status()).isEqualTo(204);
            JsonNode removed = json(next(kiosk, sent, "menu.updated"));
            assertThat(removed.get("items")).hasSize(1);
            assertThat(removed.get("items").get(0).get("name").asText()).isEqualTo("Fries");
            assertThat(kiosk.drain(300)).isEmpty();
        }
        assertThat(gateway.sql().count("SELECT count(*) FROM location_events WHERE location_id = ?::uuid"
                + " AND name = 'availability.updated'", location.toString())).isEqualTo(1);
    }

    @Test
    void daypartChangesSendTheMenuAndOtherLocationsSendNothingHere() throws Exception {
        UUID location = fixtures.location("Waco", "America/Chicago");
        UUID other = fixtures.location("Austin", "America/Chicago");
        UUID menu = fixtures.menu("Brunch");
        try (SseClient kiosk = screen(location, fixtures.kiosk(location))) {
            Instant sent = Instant.now();
            UUID brunch = fixtures.daypart(location, "Brunch", "09:00", "12:00");
            JsonNode notYet = json(next(kiosk, sent, "menu.updated"));
            assertThat(notYet.get("daypart").isNull()).as("12:30 is after 09:00-12:00").isTrue();
            sent = Instant.now();
            fixtures.place(location, placement(menu, brunch, fixtures.item("Pancakes"), false, everyDay(), List.of(),
                    null, null, null));
            assertThat(json(next(kiosk, sent, "menu.updated")).get("items")).isEmpty();

            sent = Instant.now();
            fixtures.admin.put("/dayparts/" + brunch, Map.of("name", "Brunch", "start_time", "09:00",
                    "end_time", "13:00"));
            JsonNode longer = json(next(kiosk, sent, "menu.updated"));
            assertThat(longer.get("daypart").get("end_time").asText()).isEqualTo("13:00");
            assertThat(longer.get("items").get(0).get("name").asText()).isEqualTo("Pancakes");

            UUID otherLunch = fixtures.daypart(other, "Lunch", "11:00", "14:00");
            fixtures.place(other, placement(menu, otherLunch, fixtures.item("Tacos"), false, everyDay(), List.of(),
                    null, null, null));
            assertThat(kiosk.drain(300)).as("another location's changes").isEmpty();

            sent = Instant.now();
            UUID tea = fixtures.daypart(location, "Tea", "15:00", "16:00");
            assertThat(json(next(kiosk, sent, "menu.updated")).get("daypart").get("name").asText()).isEqualTo("Brunch");
            sent = Instant.now();
            assertThat(fixtures.admin.delete("/dayparts/" + tea).status()).isEqualTo(204);
            next(kiosk, sent, "menu.updated");
        }
    }
}
