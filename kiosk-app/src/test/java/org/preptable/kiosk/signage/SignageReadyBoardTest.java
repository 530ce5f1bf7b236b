package org.preptable.kiosk.signage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;
import static org.preptable.kiosk.signage.SignageMenuBoardTest.await;
import static org.preptable.kiosk.signage.SignageMenuBoardTest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.signage.SignageScreen.MenuState;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.saavor.SaavorEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order board against a real gateway (embedded PostgreSQL, Saavor webhook, transition route): the location has
 * no dayparts, so its current menu is empty and the board fills the screen; a number shows under "ready" only while its order really is
 * ready, and leaves when Saavor says it was collected or voided.
 */
@ExtendWith(ApplicationExtension.class)
class SignageReadyBoardTest {

    // the expiry job every 100 ms instead of every minute: an uncollected order leaves the board too
    private static final TestGateway GATEWAY = TestGateway.start(Map.of("PREPTABLE_ORDER_EXPIRY_EVERY_MS", "100"));
    private static final String STORE_REF = "signage-test-main";

    private Stage stage;
    private SignageSession session;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Test
    void readyNumbersFollowTheGatewayAndTheBoardFillsTheScreenWithoutAMenu(FxRobot robot) throws Exception {
        ApiClient admin = GATEWAY.client().as(GATEWAY.client().admin());
        String locationId = admin.post("/locations", Map.of("name", "Nørrebro Food Hall", "saavor_store_ref", STORE_REF))
                .json().get("id").asText();
        String token = admin.post("/locations/" + locationId + "/kiosk_token/rotate", null).json().get("token").asText();
        var menu = admin.get("/locations/" + locationId + "/menu/current");
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.json().get("items")).as("a location with no dayparts has nothing on its menu").isEmpty();
        startSession(token);
        await(() -> SignageMenuBoardTest.text(robot, ".connection").equals("Live"), "the live order stream");
        await(() -> session.screen().menuState() == MenuState.NONE, "the empty menu read");
        assertThat(session.screen().readyBoard().isWide()).as("the order board alone, full screen").isTrue();
        assertThat(robot.lookup(".menu-board").tryQuery()).isEmpty();
        assertThat(robot.lookup(".empty-hint").queryLabeled().isVisible()).isTrue();

        WebhookSender saavor = new WebhookSender(GATEWAY.client());
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            SaavorEvent created = event("order.created", STORE_REF, "S-SIGN-" + i, Instant.now(),
                    line("BRG-CLS", "Classic burger", 1));
            assertThat(saavor.send(created).status()).isEqualTo(200);
            numbers.add(created.order().number());
        }
        await(() -> texts(robot, ".preparing-numbers .number-tile").equals(numbers), "seven orders preparing");
        assertThat(texts(robot, ".ready-numbers .number-tile")).isEmpty();

        Map<String, String> ids = orderIdsByNumber(admin, locationId);
        transition(admin, locationId, ids.get(numbers.get(0)), "ready");
        transition(admin, locationId, ids.get(numbers.get(1)), "preparing");
        transition(admin, locationId, ids.get(numbers.get(1)), "ready");
        transition(admin, locationId, ids.get(numbers.get(2)), "ready");
        transition(admin, locationId, ids.get(numbers.get(3)), "preparing");
        // Newest-ready first; still-cooking numbers keep the kitchen's order (oldest first).
        List<String> readyNewestFirst = List.of(numbers.get(2), numbers.get(1), numbers.get(0));
        await(() -> texts(robot, ".ready-numbers .number-tile").equals(readyNewestFirst), "three ready numbers");
        assertThat(texts(robot, ".preparing-numbers .number-tile")).containsExactlyElementsOf(numbers.subList(3, 7));
        assertThat(robot.lookup(".empty-hint").queryLabeled().isVisible()).isFalse();
        await(() -> robot.lookup(".ready-numbers .number-tile").queryAll().stream().allMatch(n -> n.getOpacity() == 1),
                "the \"just ready\" blink to end");
        Screenshots.save(session.screen(), "signage-ready.png", 1.5);

        assertThat(saavor.send(event("order.fulfilled", STORE_REF, "S-SIGN-0", Instant.now())).status()).isEqualTo(200);
        await(() -> texts(robot, ".ready-numbers .number-tile").equals(List.of(numbers.get(2), numbers.get(1))),
                "the collected order to leave the board");
        assertThat(saavor.send(event("order.voided", STORE_REF, "S-SIGN-1", Instant.now())).status()).isEqualTo(200);
        assertThat(saavor.send(event("order.voided", STORE_REF, "S-SIGN-4", Instant.now())).status()).isEqualTo(200);
        await(() -> texts(robot, ".ready-numbers .number-tile").equals(List.of(numbers.get(2))),
                "the voided ready order to leave the board");
        assertThat(texts(robot, ".preparing-numbers .number-tile"))
                .containsExactly(numbers.get(3), numbers.get(5), numbers.get(6));
        assertThat(session.screen().menuState()).isEqualTo(MenuState.NONE);

        // A ready order never collected and a cooking one never finished: 13 hours on the gateway expires both
        // (12 h by default), and they leave the board as a collected one does.
        GATEWAY.sql().execute("UPDATE grill_orders SET placed_at = now() - interval '13 hours'"
                + " WHERE saavor_order_id IN ('S-SIGN-2', 'S-SIGN-3')");
        await(() -> texts(robot, ".ready-numbers .number-tile").isEmpty()
                && texts(robot, ".preparing-numbers .number-tile").equals(List.of(numbers.get(5), numbers.get(6))),
                "the expired orders to leave the board");
    }

    private void startSession(String token) throws Exception {
        Properties properties = new Properties();
        properties.setProperty(KioskConfig.GATEWAY_URL, GATEWAY.baseUrl());
        properties.setProperty(KioskConfig.KIOSK_TOKEN, token);
        properties.setProperty(KioskConfig.MODE, "signage");
        // The app's path: signage settings from the same file (none here, so Danish kroner and words).
        session = SignageSession.open(KioskConfig.from(properties, "test"), Clock.systemUTC());
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(session.screen(), 1280, 720));
            stage.show();
        }).get();
        session.start();
    }

    private static Map<String, String> orderIdsByNumber(ApiClient admin, String locationId) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode order : admin.get("/locations/" + locationId + "/orders").json()) {
            ids.put(order.get("number").asText(), order.get("id").asText());
        }
        return ids;
    }

    private static void transition(ApiClient admin, String locationId, String orderId, String to) {
        var response = admin.post("/locations/" + locationId + "/orders/" + orderId + "/transition", Map.of("to", to));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

}
