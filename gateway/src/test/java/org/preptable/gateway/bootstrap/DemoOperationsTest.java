package org.preptable.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;

/**
 * The demo kitchen's operations half, as a new user finds it: meals whose costs roll up from preferred vendors,
 * a menu on Harlingen's board at any hour with one item sold out, purchase orders, and a menu-health check with
 * something to say of every kind.
 */
class DemoOperationsTest {

    private static TestGateway gateway;
    private static ApiClient admin;
    private static String harlingen;
    private static String waco;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true"));
        admin = gateway.client().as(gateway.client().admin());
        for (JsonNode location : admin.get("/locations").json()) {
            switch (location.get("name").asText()) {
                case "Harlingen" -> harlingen = location.get("id").asText();
                case "Waco" -> waco = location.get("id").asText();
                default -> { }
            }
        }
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void harlingensBoardShowsAMenuAtEveryHourOfTheWeek() {
        Instant monday = Instant.parse("2026-12-07T06:00:00Z"); // midnight in Harlingen (America/Chicago)
        List<String> empty = new ArrayList<>();
        boolean soldOutSeen = false;
        for (int hour = 0; hour < 7 * 24; hour += 1) {
            Instant at = monday.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(30));
            JsonNode menu = admin.get("/locations/" + harlingen + "/menu/current?at=" + at).json();
            if (menu.get("items").isEmpty()) {
                empty.add(at.toString());
            }
            for (JsonNode item : menu.get("items")) {
                soldOutSeen |= !item.get("available").asBoolean();
            }
        }
        assertThat(empty).as("hours with nothing on Harlingen's board").isEmpty();
        assertThat(soldOutSeen).as("the sold-out cheesecake").isTrue();
    }

    @Test
    void mealsCarryTheSimulatorsItemCodesStationsAndAllergens() {
        JsonNode burger = admin.get("/meals?search=BRG-CLS").json().get(0);
        assertThat(burger.get("name").asText()).isEqualTo("Classic burger");
        assertThat(burger.get("station_name").asText()).isEqualTo("Hot Kitchen");
        assertThat(burger.get("allergens").findValuesAsText("name_en")).containsExactly("Gluten", "Eggs", "Mustard");
        JsonNode combo = admin.get("/meals?search=Burger%20meal").json().get(0);
        assertThat(combo.get("components").findValuesAsText("kind")).containsExactly("meal", "meal", "meal");
    }

    @Test
    void everyStockedItemHasAPreferredVendorAndEveryMealACompleteCost() {
        for (JsonNode item : admin.get("/items").json()) {
            assertThat(item.get("unit_cost_cents").isNull()).as(item.get("name").asText()).isFalse();
        }
        for (JsonNode meal : admin.get("/meals").json()) {
            assertThat(meal.get("cost_complete").asBoolean()).as(meal.get("name").asText()).isTrue();
            assertThat(meal.get("unit_cost_cents").asLong()).as(meal.get("name").asText()).isPositive();
        }
        JsonNode onions = admin.get("/items?search=onions").json().get(0);
        JsonNode sellers = admin.get("/items/" + onions.get("id").asText() + "/vendors").json();
        assertThat(sellers).hasSize(2);
        assertThat(onions.get("unit_cost_cents").asLong()).as("the farm's 1 100 per 50 lb").isEqualTo(22);
    }

    @Test
    void harlingenHasADraftASubmittedAndAReceivedOrder() {
        List<String> statuses = admin.get("/purchase-orders?location_id=" + harlingen).json().findValuesAsText("status");
        assertThat(statuses).contains("draft", "submitted", "received");
    }

    @Test
    void menuHealthHasAFindingOfEveryKind() {
        List<String> codes = new ArrayList<>();
        for (String location : List.of(harlingen, waco)) {
            codes.addAll(admin.get("/menu-health?location_id=" + location).json().get("findings").findValuesAsText("code"));
        }
        assertThat(codes).contains("dish_repetition", "category_stale", "daypart_empty", "cost_outlier", "use_it_up");
        JsonNode harlingenHealth = admin.get("/menu-health?location_id=" + harlingen).json();
        assertThat(harlingenHealth.get("findings").findValuesAsText("code"))
                .contains("cost_outlier", "use_it_up", "category_stale");
    }

    @Test
    void harlingenHasAScreenPerStationAndAnExpoConfiguredCentrally() {
        List<String> names = new ArrayList<>();
        for (JsonNode screen : admin.get("/locations/" + harlingen + "/screens").json()) {
            names.add(screen.get("name").asText() + ":" + (screen.get("station_id").isNull() ? "all"
                    : screen.get("station_id").asText()));
        }
        assertThat(names).hasSize(5).anyMatch(name -> name.equals("expo:all"));
        long grill = 0;
        for (JsonNode station : admin.get("/stations").json()) {
            grill = station.get("name").asText().equals("Grill") ? station.get("id").asLong() : grill;
        }
        assertThat(names).contains("grill:" + grill);
    }
}
