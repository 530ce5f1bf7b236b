package org.preptable.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.testing.Await;
import org.preptable.kiosk.ui.Chime;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Wi-Fi drops: the gateway stops, the cook bumps anyway, the screen keeps its tickets and says it is offline;
 * the gateway comes back (same database, same address) and the saved bump is applied exactly once.
 */
@ExtendWith(ApplicationExtension.class)
class KioskOfflineTest {

    private static final String STORE_REF = "kiosk-offline";

    @TempDir
    Path dataDir;
    private TestGateway gateway;
    private KioskSession session;
    private String locationId;

    @Start
    void start(Stage stage) throws Exception {
        gateway = TestGateway.start();
        ApiClient admin = gateway.client().as(gateway.client().admin());
        locationId = admin.post("/locations", Map.of("name", "Offline Kitchen", "saavor_store_ref", STORE_REF))
                .json().get("id").asText();
        String token = admin.post("/locations/" + locationId + "/kiosk_token/rotate", null).json().get("token").asText();
        Properties p = new Properties();
        p.setProperty(KioskConfig.GATEWAY_URL, gateway.baseUrl());
        p.setProperty(KioskConfig.KIOSK_TOKEN, token);
        p.setProperty(KioskConfig.DATA_DIR, dataDir.toString());
        p.setProperty(DisplaySettings.BUMP_HOLD, "0");
        session = KioskSession.open(KioskConfig.from(p, "test"), Clock.systemUTC(), Chime.silent());
        stage.setScene(new Scene(session.screen(), 1280, 720));
        stage.show();
        session.start();
    }

    @AfterEach
    void stop() {
        session.close();
        gateway.close();
    }

    @Test
    void aBumpMadeOfflineIsSavedAndAppliedOnceWhenTheGatewayReturns() throws Exception {
        Await.onFx("the live stream", () -> session.screen().bannerText().isEmpty());
        new WebhookSender(gateway.client()).send(event("order.created", STORE_REF, "S-OFF-1", Instant.now(),
                line("BRG-CLS", "Classic burger", 1)));
        Await.onFx("the ticket", () -> session.screen().shownOrders().size() == 1);
        KitchenOrder order = session.screen().shownOrders().get(0);
        String port = gateway.baseUrl().substring(gateway.baseUrl().lastIndexOf(':') + 1);

        gateway.close();
        Await.onFx("the offline banner", () -> session.screen().bannerText().startsWith("OFFLINE"));
        Platform.runLater(session.screen()::bump);
        Await.onFx("the saved bump on the banner", () -> session.screen().bannerText().contains("1 bump saved"));
        assertThat(session.screen().shownOrders()).singleElement()
                .satisfies(o -> assertThat(o.prepState()).as("shown as bumped while offline").isEqualTo("preparing"));
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".bump")).count()).as("on disk").isEqualTo(1);
        }

        gateway = TestGateway.startOn(gateway.database(), Map.of("PREPTABLE_HTTP_PORT", port));
        Await.onFx("the kiosk to reconnect and send the bump", () -> session.screen().bannerText().isEmpty());
        String state = gateway.sql().text("SELECT prep_state FROM grill_orders WHERE id = ?::uuid", order.id());
        assertThat(state).isEqualTo("preparing");
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE action = 'transition' AND entity_id = ?",
                order.id())).as("applied exactly once").isEqualTo(1);
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".bump")).count()).as("sent bumps leave the disk").isZero();
        }
        Await.onFx("the confirmed state", () -> "preparing".equals(session.screen().shownOrders().get(0).prepState()));
    }
}
