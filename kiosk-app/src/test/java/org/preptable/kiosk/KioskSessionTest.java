package org.preptable.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.kiosk.config.KioskConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole kiosk against a real gateway, headless: an order rung up at the POS appears as a ticket, and Enter on
 * the keyboard (what a keyboard bump bar sends) bumps it, which comes back from the gateway as a state change.
 */
@ExtendWith(ApplicationExtension.class)
class KioskSessionTest {

    private static final TestGateway GATEWAY = TestGateway.start();
    private static final String STORE_REF = "kiosk-test-main";
    private KioskSession session;

    @Start
    void start(Stage stage) throws Exception {
        ApiClient admin = GATEWAY.client().as(GATEWAY.client().admin());
        var location = admin.post("/locations", Map.of("name", "Kiosk Test", "saavor_store_ref", STORE_REF));
        String token = admin.post("/locations/" + location.json().get("id").asText() + "/kiosk_token/rotate", null)
                .json().get("token").asText();
        Properties properties = new Properties();
        properties.setProperty(KioskConfig.GATEWAY_URL, GATEWAY.baseUrl());
        properties.setProperty(KioskConfig.KIOSK_TOKEN, token);
        properties.setProperty(KioskConfig.DATA_DIR, java.nio.file.Files.createTempDirectory("kiosk").toString());
        properties.setProperty(org.preptable.kiosk.config.DisplaySettings.BUMP_HOLD, "0");
        session = KioskSession.open(KioskConfig.from(properties, "test"), Clock.systemUTC(), org.preptable.kiosk.ui.Chime.silent());
        stage.setScene(new Scene(session.screen(), 1024, 600));
        stage.show();
        session.screen().requestFocus();
        session.start();
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void anOrderFromThePosAppearsAndEnterBumpsIt(FxRobot robot) {
        await(() -> robot.lookup(".connection").queryLabeled().getText().contains("live"), "the live stream");
        new WebhookSender(GATEWAY.client()).send(event("order.created", STORE_REF, "S-KIOSK-1", Instant.now(),
                line("BRG-CLS", "Classic burger", 2, "no onion")));

        await(() -> robot.lookup(".ticket").tryQuery().isPresent(), "the ticket");
        assertThat(robot.lookup(".state-badge").queryLabeled().getText()).isEqualTo("NEW");
        assertThat(robot.lookup(".ticket .line").queryLabeled().getText()).isEqualTo("2 × Classic burger");
        assertThat(robot.lookup(".ticket.selected").tryQuery()).as("the only ticket is selected").isPresent();

        javafx.application.Platform.runLater(session.screen()::bump);
        await(() -> robot.lookup(".state-badge").queryLabeled().getText().equals("COOKING"),
                "the bump to come back from the gateway");
        javafx.application.Platform.runLater(session.screen()::bump);
        await(() -> robot.lookup(".state-badge").queryLabeled().getText().equals("READY"), "the second bump");

        new WebhookSender(GATEWAY.client()).send(event("order.fulfilled", STORE_REF, "S-KIOSK-1", Instant.now()));
        await(() -> robot.lookup(".ticket").tryQuery().isEmpty(), "the fulfilled order to leave the screen");
        session.close();
    }
}
