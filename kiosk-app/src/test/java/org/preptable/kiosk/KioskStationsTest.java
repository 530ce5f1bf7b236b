package org.preptable.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.input.KioskAction;
import org.preptable.kiosk.testing.Await;
import org.preptable.kiosk.testing.ScreenLabels;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.kiosk.ui.Chime;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kitchen with a grill screen, a pastry screen and expo, each a real kiosk session against a real gateway: the
 * grill's bumps move only the grill's part (expo's chips follow), the pastry's move to ready of a cheesecake with
 * allergens (resolved by the gateway from the meal) asks for a second press and is stored as confirmed, the order is
 * ready only when both are, and expo clears it.
 */
@ExtendWith(ApplicationExtension.class)
class KioskStationsTest {

    private static final TestGateway GATEWAY = TestGateway.start();
    private final List<KioskSession> sessions = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.now());
    /** One stage for every screen, stacked: Monocle's headless glass hangs painting several windows at once. */
    private final StackPane screens = new StackPane();
    private KdsFixtures.Kitchen kitchen;
    private long pastry;
    private String cake;
    private String token;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(screens, 1280, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        sessions.forEach(KioskSession::close);
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    private void kitchen() {
        ApiClient api = GATEWAY.client();
        ApiClient admin = api.as(api.admin());
        kitchen = KdsFixtures.kitchen(api);
        pastry = admin.post("/stations", Map.of("name", "Pastry", "description", "Desserts")).json().get("id").asLong();
        cake = "CAKE-" + kitchen.storeRef().split("-")[1];
        ApiResponse meal = admin.post("/meals", Map.of("name", "Cheesecake " + kitchen.storeRef(), "item_code", cake,
                "station_id", pastry, "allergen_ids", List.of(7, 1)));
        assertThat(meal.status()).as(meal.body()).isEqualTo(201);
        token = admin.post("/locations/" + kitchen.locationId() + "/kiosk_token/rotate", null).json().get("token")
                .asText();
    }

    /** A kiosk session for {@code station} ("all" for expo) on the stage; bumps are sent at once (no hold). */
    private KioskSession open(String station, Map<String, String> more) throws Exception {
        Properties p = new Properties();
        p.setProperty(KioskConfig.GATEWAY_URL, GATEWAY.baseUrl());
        p.setProperty(KioskConfig.KIOSK_TOKEN, token);
        p.setProperty(KioskConfig.STATION, station);
        p.setProperty(KioskConfig.DATA_DIR, Files.createTempDirectory("kiosk-" + station).toString());
        p.setProperty(DisplaySettings.BUMP_HOLD, "0");
        p.putAll(more);
        KioskSession session = KioskSession.open(KioskConfig.from(p, "test"), clock, Chime.silent());
        sessions.add(session);
        Platform.runLater(() -> {
            screens.getChildren().add(session.screen());
            session.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Await.onFx(station + " live", () -> labelTexts(session, ".connection").contains("● live"));
        return session;
    }

    @Test
    void eachStationBumpsItsOwnPartExpoSeesItAndAllergensAreConfirmedOnScreen(FxRobot robot) throws Exception {
        kitchen();
        KioskSession grill = open(Long.toString(kitchen.grillStationId()), Map.of());
        KioskSession pastryScreen = open(Long.toString(pastry), Map.of());
        KioskSession expo = open("all", Map.of());
        String saavorId = "S-" + UUID.randomUUID();
        new WebhookSender(GATEWAY.client()).send(event("order.created", kitchen.storeRef(), saavorId, Instant.now(),
                line(KdsFixtures.burger(kitchen), "Classic burger", 2), line(cake, "Cheesecake", 1)));

        Await.onFx("the ticket on all three screens", () -> labelTexts(grill, ".ticket .line").equals(List.of("2 × Classic burger"))
                && labelTexts(pastryScreen, ".ticket .line").equals(List.of("1 × Cheesecake"))
                && labelTexts(expo, ".ticket .line").size() == 2);
        assertThat(read(pastryScreen, ".ticket .allergens")).containsExactly("⚠ 1 Gluten, 7 Milk");
        // A station screen asks the gateway for its own lines only (issue 23); expo gets the whole order.
        assertThat(grill.board().orders().getFirst().lines()).extracting(KitchenOrder.OrderLine::name)
                .containsExactly("Classic burger");
        assertThat(expo.board().orders().getFirst().lines()).hasSize(2);
        assertThat(read(expo, ".ticket .station-chip")).containsExactly("Grill " + kitchen.storeRef() + ": queued",
                "Pastry: queued");

        // The grill makes its burgers: two presses, no allergens on its lines.
        fx(() -> grill.screen().onAction(KioskAction.BUMP));
        Await.until("the grill's part preparing", Duration.ofSeconds(20), () -> stationState(kitchen.grillStationId()).equals("preparing"));
        fx(() -> grill.screen().onAction(KioskAction.BUMP));
        Await.until("the grill's part ready", Duration.ofSeconds(20), () -> stationState(kitchen.grillStationId()).equals("ready"));
        Await.onFx("expo sees the grill done and pastry not", () -> labelTexts(expo, ".ticket .station-chip").equals(List.of(
                "Grill " + kitchen.storeRef() + ": ready ✓", "Pastry: queued")));
        assertThat(orderState()).as("a station's bump no longer moves the whole order").isEqualTo("preparing");
        assertThat(read(expo, ".ticket .state-badge")).containsExactly("COOKING");
        assertThat(read(grill, ".ticket .state-badge")).containsExactly("READY");
        Screenshots.save(expo.screen(), "kiosk-live-expo-stations.png", 1.5);

        // Pastry: the move to ready of the cheesecake asks first, and only a deliberate second press sends it.
        fx(() -> pastryScreen.screen().onAction(KioskAction.BUMP));
        Await.until("the pastry's part preparing", Duration.ofSeconds(20), () -> stationState(pastry).equals("preparing"));
        Await.onFx("pastry shows cooking", () -> labelTexts(pastryScreen, ".ticket .state-badge").equals(List.of("COOKING")));
        fx(() -> pastryScreen.screen().onAction(KioskAction.BUMP));
        assertThat(read(pastryScreen, ".ticket .allergen-prompt"))
                .containsExactly("⚠ ALLERGENS: Gluten, Milk — press again to confirm");
        Screenshots.save(pastryScreen.screen(), "kiosk-live-allergen-prompt.png", 1.5);
        clock.advance(Duration.ofSeconds(1));
        fx(() -> pastryScreen.screen().onAction(KioskAction.BUMP));
        Await.until("the order ready", Duration.ofSeconds(20), () -> orderState().equals("ready"));
        assertThat(GATEWAY.sql().text("SELECT string_agg(coalesce(station_id::text, 'all') || ':' || to_state || ':'"
                + " || allergens_confirmed, ',' ORDER BY id) FROM prep_transitions WHERE order_id = ?::uuid"
                + " AND to_state IN ('preparing', 'ready')", orderId())).isEqualTo(kitchen.grillStationId()
                + ":preparing:false," + kitchen.grillStationId() + ":ready:false," + pastry + ":preparing:false," + pastry
                + ":ready:true");

        // Expo: READY, and its bump clears it (the hand-off).
        Await.onFx("expo shows ready", () -> labelTexts(expo, ".ticket .state-badge").equals(List.of("READY")));
        fx(() -> expo.screen().onAction(KioskAction.BUMP));
        Await.until("the order handed off", Duration.ofSeconds(20),
                () -> GATEWAY.sql().text("SELECT handed_off_at::text FROM grill_orders WHERE saavor_order_id = ?", saavorId) != null);
        Await.onFx("cleared: off expo", () -> labelTexts(expo, ".ticket .order-number").isEmpty());

        // Today's speed of service from the stored transitions, in the grill's all-day panel and expo's.
        fx(() -> grill.screen().onAction(KioskAction.SUMMARY));
        grill.refreshSpeedNow();
        Await.onFx("the grill's median", () -> labelTexts(grill, ".speed-label")
                .equals(List.of("Grill " + kitchen.storeRef() + " · 1 ticket")) && labelTexts(grill, ".speed-p50").size() == 1);
        fx(() -> expo.screen().onAction(KioskAction.SUMMARY));
        expo.refreshSpeedNow();
        Await.onFx("a median per station on expo", () -> labelTexts(expo, ".speed-label").size() == 2);
    }

    private String orderId() {
        return GATEWAY.sql().text("SELECT id::text FROM grill_orders WHERE location_id = ?::uuid",
                kitchen.locationId().toString());
    }

    private String orderState() {
        String state = GATEWAY.sql().text("SELECT prep_state FROM grill_orders WHERE location_id = ?::uuid",
                kitchen.locationId().toString());
        return state == null ? "" : state;
    }

    private String stationState(long station) {
        String state = GATEWAY.sql().text("SELECT s.prep_state FROM grill_order_stations s JOIN grill_orders o"
                + " ON o.id = s.order_id WHERE o.location_id = ?::uuid AND s.station_id = ?",
                kitchen.locationId().toString(), station);
        return state == null ? "" : state;
    }

    private static List<String> read(KioskSession session, String query) {
        return ScreenLabels.read(session.screen(), query);
    }

    /** Label texts on the session's screen; FX thread. */
    private static List<String> labelTexts(KioskSession session, String query) {
        return ScreenLabels.texts(session.screen(), query);
    }

    private static void fx(Runnable action) {
        ScreenLabels.fx(action);
    }
}
