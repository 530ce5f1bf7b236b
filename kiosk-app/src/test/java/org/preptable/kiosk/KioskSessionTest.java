package org.preptable.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.testing.Await;
import org.preptable.kiosk.print.FakeEscPosPrinter;
import org.preptable.kiosk.print.PrinterSettings;
import org.preptable.kiosk.testing.SocatPty;
import org.preptable.kiosk.ui.Chime;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole kitchen display against a real gateway, headless, with its real peripherals on pseudo-terminals: an
 * order rung up at the POS appears as a ticket and prints on the ESC/POS printer; Enter on the keyboard (what a USB
 * bump bar in keyboard mode sends) bumps it to cooking; a byte from the serial bump bar bumps it to ready; the
 * gateway's state follows each bump.
 */
@ExtendWith(ApplicationExtension.class)
class KioskSessionTest {

    private static final TestGateway GATEWAY = TestGateway.start();
    private static final String STORE_REF = "kiosk-test-main";
    private KioskSession session;
    private SocatPty bumpBar;
    private SocatPty printerLine;
    private FakeEscPosPrinter printer;

    @Start
    void start(Stage stage) throws Exception {
        ApiClient admin = GATEWAY.client().as(GATEWAY.client().admin());
        var location = admin.post("/locations", Map.of("name", "Kiosk Test", "saavor_store_ref", STORE_REF));
        String token = admin.post("/locations/" + location.json().get("id").asText() + "/kiosk_token/rotate", null)
                .json().get("token").asText();
        Path dir = Files.createTempDirectory("kiosk-session");
        bumpBar = SocatPty.start(Files.createDirectories(dir.resolve("bumpbar")));
        printerLine = SocatPty.start(Files.createDirectories(dir.resolve("printer")));
        printer = FakeEscPosPrinter.open(printerLine.device());

        Properties p = new Properties();
        p.setProperty(KioskConfig.GATEWAY_URL, GATEWAY.baseUrl());
        p.setProperty(KioskConfig.KIOSK_TOKEN, token);
        p.setProperty(KioskConfig.DATA_DIR, dir.resolve("data").toString());
        p.setProperty(DisplaySettings.BUMP_HOLD, "0");
        p.setProperty("input.serial.port", bumpBar.host().toString());
        p.setProperty(PrinterSettings.PORT, printerLine.host().toString());
        p.setProperty(PrinterSettings.RETRY_MS, "200");
        session = KioskSession.open(KioskConfig.from(p, "test"), Clock.systemUTC(), Chime.silent());
        Scene scene = new Scene(session.screen(), 1280, 720);
        stage.setScene(scene);
        stage.show();
        session.screen().requestFocus();
        session.attachInputs(scene);
        session.start();
    }

    @AfterEach
    void closeSession() throws Exception {
        session.close();
        printer.close();
        bumpBar.close();
        printerLine.close();
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Test
    void anOrderFromThePosAppearsPrintsAndIsBumpedByKeyboardAndSerialBumpBar(FxRobot robot) throws Exception {
        Await.onFx("the live stream", () -> robot.lookup(".connection").queryLabeled().getText().contains("live"));
        new WebhookSender(GATEWAY.client()).send(event("order.created", STORE_REF, "S-KIOSK-1", Instant.now(),
                line("BRG-CLS", "Classic burger", 2, "no onion")));

        Await.onFx("the ticket", () -> robot.lookup(".ticket").tryQuery().isPresent());
        assertThat(robot.lookup(".state-badge").queryLabeled().getText()).isEqualTo("NEW");
        assertThat(robot.lookup(".ticket .line").queryLabeled().getText()).isEqualTo("2 × Classic burger");
        assertThat(robot.lookup(".ticket.selected").tryQuery()).as("the only ticket is selected").isPresent();
        Await.onFx("the new ticket on the printer",
                () -> new String(printer.received(), StandardCharsets.ISO_8859_1).contains("Classic burger"));
        assertThat(new String(printer.received(), StandardCharsets.ISO_8859_1)).contains("no onion");

        robot.type(KeyCode.ENTER);
        Await.onFx("the keyboard bump at the gateway", () -> gatewayState().equals("preparing"));
        Await.onFx("COOKING on screen", () -> robot.lookup(".state-badge").queryLabeled().getText().equals("COOKING"));

        bumpBar.send('\r');
        Await.onFx("the serial bump bar's bump at the gateway", () -> gatewayState().equals("ready"));
        Await.onFx("READY on screen", () -> robot.lookup(".state-badge").queryLabeled().getText().equals("READY"));

        new WebhookSender(GATEWAY.client()).send(event("order.fulfilled", STORE_REF, "S-KIOSK-1", Instant.now()));
        Await.onFx("the fulfilled order to leave the screen", () -> robot.lookup(".ticket").tryQuery().isEmpty());
    }

    private static String gatewayState() {
        String state = GATEWAY.sql().text("SELECT prep_state FROM grill_orders WHERE saavor_order_id = 'S-KIOSK-1'");
        return state == null ? "" : state;
    }
}
