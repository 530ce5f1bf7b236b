package org.preptable.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
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
import org.preptable.kiosk.ui.Chime;
import org.preptable.model.saavor.SaavorEvent;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Expo's actions and the central screen settings against a real gateway: a screen's station and thresholds come
 * from the gateway by its name; the rush key marks an order rush at the gateway and it sorts first; a cleared order
 * is listed by recall and brought back; Saavor's void shows as VOID for its seconds; Saavor's update is highlighted.
 */
@ExtendWith(ApplicationExtension.class)
class KioskActionsTest {

    // the expiry job every 100 ms instead of every minute, for the expired-order test
    private static final TestGateway GATEWAY = TestGateway.start(Map.of("PREPTABLE_ORDER_EXPIRY_EVERY_MS", "100"));
    private final List<KioskSession> sessions = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.now());
    private final StackPane screens = new StackPane();
    private final ApiClient admin = GATEWAY.client().as(GATEWAY.client().admin());
    private KdsFixtures.Kitchen kitchen;
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
        kitchen = KdsFixtures.kitchen(GATEWAY.client());
        token = admin.post("/locations/" + kitchen.locationId() + "/kiosk_token/rotate", null).json().get("token")
                .asText();
    }

    private KioskSession open(Map<String, String> settings) throws Exception {
        Properties p = new Properties();
        p.setProperty(KioskConfig.GATEWAY_URL, GATEWAY.baseUrl());
        p.setProperty(KioskConfig.KIOSK_TOKEN, token);
        p.setProperty(KioskConfig.DATA_DIR, Files.createTempDirectory("kiosk-actions").toString());
        p.setProperty(DisplaySettings.BUMP_HOLD, "0");
        p.putAll(settings);
        KioskSession session = KioskSession.open(KioskConfig.from(p, "test"), clock, Chime.silent());
        sessions.add(session);
        fx(() -> {
            screens.getChildren().setAll(session.screen());
            session.start();
        });
        Await.onFx("live", () -> texts(session, ".connection").contains("● live"));
        return session;
    }

    @Test
    void aScreensStationAndThresholdsComeFromTheGatewayByItsName() throws Exception {
        kitchen();
        ApiResponse put = admin.put("/locations/" + kitchen.locationId() + "/screens/grill-1",
                Map.of("station_id", kitchen.grillStationId(), "warn_seconds", 120, "late_seconds", 240));
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        KioskSession session = open(Map.of(KioskConfig.SCREEN, "grill-1", KioskConfig.STATION, "all",
                DisplaySettings.WARN_AFTER, "5m", DisplaySettings.LATE_AFTER, "10m"));
        assertThat(session.setup().station().stationId()).as("the gateway's station wins").hasValue(kitchen.grillStationId());
        assertThat(session.setup().display().warnAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(session.setup().display().lateAfter()).isEqualTo(Duration.ofMinutes(4));
        assertThat(read(session, ".station-name")).containsExactly("GRILL " + kitchen.storeRef().toUpperCase());
        assertThat(GATEWAY.sql().text("SELECT s.name FROM sessions x JOIN kiosk_screens s ON s.id = x.screen_id"
                + " WHERE s.location_id = ?::uuid LIMIT 1", kitchen.locationId().toString())).isEqualTo("grill-1");

        send("order.created", "S-A1", "normal", line(KdsFixtures.burger(kitchen), "Burger", 1), line("SODA", "Soda", 1));
        Await.onFx("only the grill's line", () -> texts(session, ".ticket .line").equals(List.of("1 × Burger")));
        fx(() -> session.screen().onAction(KioskAction.BUMP));
        Await.until("the bump names the grill and the screen", Duration.ofSeconds(20), () -> "1".equals(GATEWAY.sql().text(
                "SELECT count(*)::text FROM prep_transitions t JOIN kiosk_screens s ON s.id = t.screen_id"
                        + " WHERE s.name = 'grill-1' AND t.station_id = ? AND t.to_state = 'preparing'",
                kitchen.grillStationId())));
    }

    @Test
    void aScreenChangedOnTheGatewayIsNoticedWhenTheSessionIsRenewed() throws Exception {
        kitchen();
        KioskSession session = open(Map.of(KioskConfig.SCREEN, "line-2"));
        assertThat(session.setup().station().isExpo()).as("a new screen has no settings: the file's (expo)").isTrue();
        var changed = new java.util.concurrent.CompletableFuture<org.preptable.kiosk.config.ScreenSetup>();
        session.onSetupChanged(changed::complete);
        ApiResponse put = admin.put("/locations/" + kitchen.locationId() + "/screens/line-2",
                Map.of("station_id", kitchen.grillStationId()));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        // The kiosk's session runs out (end of the shift); its next request signs in again and hears the change.
        GATEWAY.sql().execute("DELETE FROM sessions WHERE screen_id = (SELECT id FROM kiosk_screens"
                + " WHERE name = 'line-2' AND location_id = ?::uuid)", kitchen.locationId().toString());
        fx(() -> session.screen().onAction(KioskAction.RECALL));
        var next = changed.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(next.station().stationId()).hasValue(kitchen.grillStationId());
        assertThat(next.stationName()).isEqualTo("GRILL " + kitchen.storeRef().toUpperCase());
    }

    @Test
    void rushRecallVoidsAndChangesOnExpo() throws Exception {
        kitchen();
        KioskSession expo = open(Map.of());
        String burger = KdsFixtures.burger(kitchen);
        send("order.created", "S-B1", "normal", new SaavorEvent.Line("l1", burger, "Burger", 1, List.of(), null),
                new SaavorEvent.Line("l2", burger, "Cheeseburger", 1, List.of(), null));
        send("order.created", "S-B2", "normal", line(burger, "Fish burger", 1));
        Await.onFx("two tickets", () -> texts(expo, ".ticket .line").equals(List.of("1 × Burger", "1 × Cheeseburger", "1 × Fish burger")));

        // Rush: the second order comes first, at the gateway and on screen.
        fx(() -> expo.screen().onAction(KioskAction.SELECT_2));
        fx(() -> expo.screen().onAction(KioskAction.RUSH));
        Await.until("rush at the gateway", Duration.ofSeconds(20), () -> "rush".equals(priority("S-B2")));
        Await.onFx("rush first and marked", () -> texts(expo, ".ticket .line").equals(List.of("1 × Fish burger", "1 × Burger", "1 × Cheeseburger"))
                && texts(expo, ".ticket.rush .rush-chip").equals(List.of("RUSH")));

        // Clear it (expo: ready, then the bump clears), then bring it back from recall.
        fx(() -> expo.screen().onAction(KioskAction.SELECT_1));
        fx(() -> expo.screen().onAction(KioskAction.BUMP));
        fx(() -> expo.screen().onAction(KioskAction.BUMP));
        Await.until("ready", Duration.ofSeconds(20), () -> "ready".equals(state("S-B2")));
        Await.onFx("ready on screen", () -> texts(expo, ".ticket .state-badge").contains("READY"));
        fx(() -> expo.screen().onAction(KioskAction.BUMP));
        Await.until("handed off", Duration.ofSeconds(20), () -> handedOff("S-B2") != null);
        Await.onFx("cleared: off the screen", () -> texts(expo, ".ticket .line").equals(List.of("1 × Burger", "1 × Cheeseburger")));
        fx(() -> expo.screen().onAction(KioskAction.RECALL));
        Await.onFx("recall lists it", () -> texts(expo, ".recall .line").equals(List.of("1 × Fish burger")));
        fx(() -> expo.screen().onAction(KioskAction.BUMP));
        Await.until("brought back", Duration.ofSeconds(20), () -> handedOff("S-B2") == null);
        Await.onFx("back on the screen and selected", () -> texts(expo, ".ticket .line").contains("1 × Fish burger")
                && texts(expo, ".ticket.selected .line").equals(List.of("1 × Fish burger")));

        // Saavor changes the first order: the change is highlighted; then Saavor voids it.
        String number = GATEWAY.sql().text("SELECT number FROM grill_orders WHERE saavor_order_id = 'S-B1'");
        send("order.updated", "S-B1", "normal", number, new SaavorEvent.Line("l1", burger, "Burger", 2, List.of(), null));
        Await.onFx("the change tagged", () -> texts(expo, ".ticket .change-tag").equals(List.of("CHANGED", "REMOVED"))
                && texts(expo, ".ticket .line.changed").equals(List.of("2 × Burger"))
                && texts(expo, ".ticket .removed-line").equals(List.of("1 × Cheeseburger")));
        send("order.voided", "S-B1", "normal", number);
        Await.onFx("VOID on screen", () -> texts(expo, ".ticket.state-voided .void-banner").equals(List.of("VOID — do not make")));
        clock.advance(Duration.ofSeconds(11));
        Await.onFx("gone after its seconds", () -> texts(expo, ".ticket.state-voided").isEmpty()
                && texts(expo, ".ticket .line").equals(List.of("1 × Fish burger")));
    }

    @Test
    void anOrderTheGatewayExpiresLeavesTheScreenWithoutAVoid() throws Exception {
        kitchen();
        KioskSession expo = open(Map.of());
        String burger = KdsFixtures.burger(kitchen);
        send("order.created", "S-X1", "normal", line(burger, "Forgotten burger", 1));
        send("order.created", "S-X2", "normal", line(burger, "Fish burger", 1));
        Await.onFx("two tickets", () -> texts(expo, ".ticket .line").equals(List.of("1 × Forgotten burger", "1 × Fish burger")));

        // Nobody bumped it and Saavor never fulfilled it: 13 hours on, the gateway expires it (12 h by default).
        GATEWAY.sql().execute("UPDATE grill_orders SET placed_at = now() - interval '13 hours'"
                + " WHERE saavor_order_id = 'S-X1'");
        Await.until("expired at the gateway", Duration.ofSeconds(20), () -> "expired".equals(state("S-X1")));
        Await.onFx("off the screen, no VOID", () -> texts(expo, ".ticket .line").equals(List.of("1 × Fish burger"))
                && texts(expo, ".ticket.state-voided").isEmpty());
    }

    private void send(String type, String saavorId, String priority, SaavorEvent.Line... lines) {
        send(type, saavorId, priority, null, lines);
    }

    private void send(String type, String saavorId, String priority, String number, SaavorEvent.Line... lines) {
        Instant now = Instant.now();
        SaavorEvent event = new SaavorEvent("evt_" + UUID.randomUUID(), type, now, kitchen.storeRef(),
                new SaavorEvent.Order(saavorId, number == null ? saavorId.substring(2) : number, "counter", "Ana", now,
                        lines.length == 0 ? null : List.of(lines), priority));
        ApiResponse sent = new WebhookSender(GATEWAY.client()).send(event);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    private static String priority(String saavorId) {
        return GATEWAY.sql().text("SELECT priority FROM grill_orders WHERE saavor_order_id = ?", saavorId);
    }

    private static String state(String saavorId) {
        return GATEWAY.sql().text("SELECT prep_state FROM grill_orders WHERE saavor_order_id = ?", saavorId);
    }

    private static String handedOff(String saavorId) {
        return GATEWAY.sql().text("SELECT handed_off_at::text FROM grill_orders WHERE saavor_order_id = ?", saavorId);
    }

    private static List<String> read(KioskSession session, String query) {
        return ScreenLabels.read(session.screen(), query);
    }

    /** Label texts on the session's screen; FX thread. */
    private static List<String> texts(KioskSession session, String query) {
        return ScreenLabels.texts(session.screen(), query);
    }

    private static void fx(Runnable action) {
        ScreenLabels.fx(action);
    }
}
