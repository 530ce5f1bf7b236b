package org.preptable.kiosk.signage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.signage.SignageMenuBoardTest.await;
import static org.preptable.kiosk.signage.SignageMenuBoardTest.text;
import static org.preptable.kiosk.signage.SignageMenuBoardTest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.kiosk.config.KioskConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The signage screen against the real gateway: the menu a manager places shows on the board with its allergens
 * and prices, and a placement sold out (or added) reaches the running screen through the event stream, with no
 * change to the kiosk. The location's two dayparts cover the whole day (one crosses midnight), so the test
 * holds at any hour.
 */
@ExtendWith(ApplicationExtension.class)
class SignageLiveMenuTest {

    private static final TestGateway GATEWAY = TestGateway.start();
    // Menu re-reads only every 10 minutes: whatever changes on the screen within the test came from an event.
    private static final SignageSettings SETTINGS = new SignageSettings(Locale.forLanguageTag("en-US"),
            Currency.getInstance("USD"), Duration.ofMinutes(10), Duration.ofMillis(100), Duration.ofMillis(300));

    private Stage stage;
    private SignageSession session;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Test
    void theBoardShowsThePlacedMenuAndFollowsAvailabilityAndNewPlacementsLive(FxRobot robot) throws Exception {
        ApiClient admin = GATEWAY.client().as(GATEWAY.client().admin());
        String location = id(admin.post("/locations", Map.of("name", "Signage Live", "timezone", "America/Chicago")));
        String token = admin.post("/locations/" + location + "/kiosk_token/rotate", null).json().get("token").asText();
        String day = id(admin.post("/locations/" + location + "/dayparts",
                Map.of("name", "Day", "start_time", "06:00", "end_time", "18:00")));
        String night = id(admin.post("/locations/" + location + "/dayparts",
                Map.of("name", "Night", "start_time", "18:00", "end_time", "06:00")));
        String menu = id(admin.post("/menus", Map.of("name", "Signage live menu", "description", "All day")));
        Map<String, Object> burger = new HashMap<>(Map.of("name", "Live burger", "description", "Beef, cheddar, bun",
                "allergen_ids", List.of(1, 7), "components", List.of()));
        String burgerId = id(admin.post("/meals", burger));
        String fries = id(admin.post("/meals", Map.of("name", "Live fries", "components", List.of())));
        for (String daypart : List.of(day, night)) {
            id(admin.post("/locations/" + location + "/placements", placement(menu, daypart, burgerId, 1150, 1)));
            id(admin.post("/locations/" + location + "/placements", placement(menu, daypart, fries, 450, 2)));
        }
        String live = admin.get("/locations/" + location + "/menu/current").json().get("daypart").get("id").asText();

        session = SignageSession.open(config(token), SETTINGS, Clock.systemUTC());
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(session.screen(), 1280, 720));
            stage.show();
        }).get();
        session.start();

        await(() -> session.screen().isMenuShown() && texts(robot, ".item-name").size() == 2, "the gateway's menu");
        assertThat(texts(robot, ".item-name")).containsExactly("Live burger", "Live fries");
        assertThat(text(robot, ".menu-title")).isIn("Day", "Night");
        MenuItemView shown = item(robot, "Live burger");
        assertThat(shown.lookupAll(".allergen").stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("Gluten", "Milk");
        assertThat(((Label) shown.lookup(".item-price")).getText()).isEqualTo("$11.50");
        await(() -> text(robot, ".connection").equals("Live"), "the live stream");

        // Sold out: a manager flips the live placement; the screen hears it through the stream.
        String livePlacement = placementOf(admin, location, live, burgerId);
        ApiResponse soldOut = admin.put("/placements/" + livePlacement, withAvailability(
                placement(menu, live, burgerId, 1150, 1), false));
        assertThat(soldOut.status()).as(soldOut.body()).isEqualTo(200);
        await(() -> item(robot, "Live burger").getStyleClass().contains("sold-out"), "the burger sold out");

        Map<String, Object> salad = new HashMap<>(Map.of("name", "Live salad", "components", List.of()));
        String saladId = id(admin.post("/meals", salad));
        id(admin.post("/locations/" + location + "/placements", placement(menu, live, saladId, 900, 3)));
        await(() -> texts(robot, ".item-name").contains("Live salad"), "the new placement");
    }

    private static String placementOf(ApiClient admin, String location, String daypart, String mealId) {
        for (JsonNode placement : admin.get("/locations/" + location + "/placements?daypart_id=" + daypart).json()) {
            if (mealId.equals(placement.path("meal_id").asText())) {
                return placement.get("id").asText();
            }
        }
        throw new AssertionError("no placement of meal " + mealId + " in daypart " + daypart);
    }

    private static Map<String, Object> placement(String menu, String daypart, String meal, long price, int position) {
        Map<String, Object> body = new HashMap<>();
        body.put("menu_id", menu);
        body.put("daypart_id", daypart);
        body.put("meal_id", meal);
        body.put("weekdays", List.of(1, 2, 3, 4, 5, 6, 7));
        body.put("price_cents", price);
        body.put("available", true);
        body.put("position", position);
        return body;
    }

    private static Map<String, Object> withAvailability(Map<String, Object> body, boolean available) {
        body.put("available", available);
        return body;
    }

    private static KioskConfig config(String token) {
        Properties properties = new Properties();
        properties.setProperty(KioskConfig.GATEWAY_URL, GATEWAY.baseUrl());
        properties.setProperty(KioskConfig.KIOSK_TOKEN, token);
        return KioskConfig.from(properties, "test");
    }

    private static MenuItemView item(FxRobot robot, String name) {
        return robot.lookup(".menu-item").queryAllAs(MenuItemView.class).stream()
                .filter(view -> view.item().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + name));
    }

    private static String id(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }
}
