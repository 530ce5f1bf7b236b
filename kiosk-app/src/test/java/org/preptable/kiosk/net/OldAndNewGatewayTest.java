package org.preptable.kiosk.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preptable.kiosk.board.SpeedFigure;
import org.preptable.model.Json;
import org.preptable.model.client.KioskClient;
import org.preptable.model.kds.KitchenOrder;

/**
 * The kiosk's part-2 calls against a stand-in HTTP server: a gateway from before part 2 (it refuses unknown fields
 * with 400 and has no speed or cleared-orders route) must not break the kiosk, and a new gateway's answers are read
 * as the contract says.
 */
class OldAndNewGatewayTest {

    private static final UUID LOCATION = UUID.fromString("5b0e8f3c-2f6a-4a53-9d55-0c8f1f6f7a10");
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    private HttpServer server;
    private boolean knowsScreens;

    private KioskClient start(boolean screens) throws IOException {
        knowsScreens = screens;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/", this::handle);
        server.start();
        return new KioskClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath().substring("/api/v1".length());
        bodies.add(exchange.getRequestMethod() + " " + path + " " + body);
        if (path.equals("/signage/auth")) {
            if (body.contains("\"screen\"") && !knowsScreens) {
                reply(exchange, 400, "{\"status\":400,\"message\":\"Unknown field 'screen'\"}");
                return;
            }
            exchange.getResponseHeaders().add("Set-Cookie", "preptable_session=s1; Path=/; HttpOnly");
            String screen = knowsScreens && body.contains("\"screen\"")
                    ? ",\"screen\":{\"id\":\"9d2c0a7e-5c1e-4a55-8f39-0b2a8c6f1d11\",\"name\":\"grill-1\",\"station_id\":1,\"warn_seconds\":null,\"late_seconds\":600}"
                    : "";
            reply(exchange, 200, "{\"location_id\":\"" + LOCATION + "\",\"location_name\":\"Harlingen\","
                    + "\"timezone\":\"Europe/Copenhagen\",\"ready_hold_seconds\":180,"
                    + "\"stations\":[{\"id\":1,\"name\":\"Grill\",\"item_codes\":[]}]" + screen + "}");
            return;
        }
        String[] answer = answers.getOrDefault(path, new String[] {"404", "{\"status\":404,\"message\":\"Not found\"}"});
        reply(exchange, Integer.parseInt(answer[0]), answer[1]);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void anOldGatewayRefusingTheScreenNameIsSignedInWithoutIt() throws Exception {
        KioskClient client = start(false);
        KioskClient.SignIn signIn = client.signIn("token", "grill-1");
        assertThat(signIn.screen()).isNull();
        assertThat(client.stationName(1)).contains("Grill");
        assertThat(bodies).containsExactly("POST /signage/auth {\"token\":\"token\",\"screen\":\"grill-1\"}",
                "POST /signage/auth {\"token\":\"token\"}");
    }

    @Test
    void aNewGatewaysScreenSettingsAreRead() throws Exception {
        KioskClient client = start(true);
        KioskClient.Screen screen = client.signIn("token", "grill-1").screen();
        assertThat(screen).isEqualTo(new KioskClient.Screen(UUID.fromString("9d2c0a7e-5c1e-4a55-8f39-0b2a8c6f1d11"),
                "grill-1", 1L, null, 600));
        bodies.clear();
        assertThat(client.signIn("token").screen()).as("no name, no screen field sent").isNull();
        assertThat(bodies.get(0)).isEqualTo("POST /signage/auth {\"token\":\"token\"}");
    }

    @Test
    void aPlainBumpSendsNoNewFieldsAndAStationBumpSendsThem() throws Exception {
        KioskClient client = start(false);
        client.signIn("token");
        String transition = "/locations/" + LOCATION + "/orders/o1/transition";
        answers.put(transition, new String[] {"409", "{\"status\":409,\"message\":\"Confirm the allergens\","
                + "\"reason\":\"allergen_confirmation_required\",\"order\":" + Json.write(oldOrder()) + "}"});
        bodies.clear();
        client.transition("o1", "queued", "preparing");
        KioskClient.TransitionResult result = client.transition("o1", "preparing", "ready", 2L, true);
        assertThat(bodies).containsExactly(
                "POST " + transition + " {\"from\":\"queued\",\"to\":\"preparing\"}",
                "POST " + transition + " {\"from\":\"preparing\",\"to\":\"ready\",\"station_id\":2,\"allergens_confirmed\":true}");
        assertThat(result.needsAllergenConfirmation()).isTrue();
        assertThat(result.current().number()).isEqualTo("101");
    }

    @Test
    void withoutTheSpeedAndClearedRoutesThePanelHidesAndRecallFallsBack() throws Exception {
        KioskClient client = start(false);
        client.signIn("token");
        assertThat(new SpeedPoller(client, OptionalLong.of(1), java.time.Duration.ofMinutes(1), f -> { }).readOnce())
                .isEmpty();
        try (GatewayBackend backend = new GatewayBackend(client, Clock.systemUTC())) {
            assertThat(backend.clearedOrders().get()).isEmpty();
            assertThat(backend.recall(oldOrder()).get().ok()).isFalse();
        }
    }

    @Test
    void theSpeedAnswerGivesEachStationsWholeDayMedian() throws Exception {
        KioskClient client = start(true);
        client.signIn("token", "grill-1");
        answers.put("/locations/" + LOCATION + "/speed", new String[] {"200", """
                {"location_id":"%s","timezone":"Europe/Copenhagen","from":"2026-06-01T00:00:00+02:00",
                 "to":"2026-06-02T00:00:00+02:00","stations":[
                  {"station_id":1,"station_name":"Grill","dayparts":[],
                   "all_day":{"count":41,"queued_to_preparing":{"count":41,"p50_seconds":30,"p90_seconds":70},
                     "preparing_to_ready":{"count":41,"p50_seconds":340,"p90_seconds":600},
                     "ready_to_cleared":{"count":40,"p50_seconds":50,"p90_seconds":120},
                     "queued_to_ready":{"count":41,"p50_seconds":372.4,"p90_seconds":650}}},
                  {"station_id":2,"station_name":"Pastry","dayparts":[],
                   "all_day":{"count":0,"queued_to_preparing":{"count":0,"p50_seconds":null,"p90_seconds":null},
                     "preparing_to_ready":{"count":0,"p50_seconds":null,"p90_seconds":null},
                     "ready_to_cleared":{"count":0,"p50_seconds":null,"p90_seconds":null},
                     "queued_to_ready":{"count":0,"p50_seconds":null,"p90_seconds":null}}}]}
                """.formatted(LOCATION)});
        List<SpeedFigure> expo = new SpeedPoller(client, OptionalLong.empty(), java.time.Duration.ofMinutes(1), f -> { })
                .readOnce();
        assertThat(expo).as("a station without figures today is left out").containsExactly(new SpeedFigure("Grill", 372, 41));
        assertThat(new SpeedPoller(client, OptionalLong.of(1), java.time.Duration.ofMinutes(1), f -> { }).readOnce())
                .containsExactly(new SpeedFigure("Grill", 372, 41));
        assertThat(bodies).contains("GET /locations/" + LOCATION + "/speed ");
    }

    /** An order as a gateway from before part 2 sends it: none of the new fields. */
    private static KitchenOrder oldOrder() throws IOException {
        return Json.MAPPER.readValue("""
                {"id":"o1","saavor_order_id":"S-1","location_id":"%s","number":"101","channel":"counter",
                 "customer_name":"Anna","placed_at":"2026-06-01T11:30:00Z","prep_state":"preparing",
                 "state_changed_at":"2026-06-01T11:31:00Z","ready_overdue":false,"updated_at":"2026-06-01T11:31:00Z",
                 "lines":[{"id":"l1","item_code":"BRG","name":"Burger","quantity":1,"modifiers":[],"notes":null,
                           "station_id":1,"allergens":[]}]}
                """.formatted(LOCATION), KitchenOrder.class);
    }
}
