package org.preptable.bridge.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.bridge.config.ButtonAction;
import org.preptable.bridge.link.Eventually;
import org.preptable.bridge.link.LampState;
import org.preptable.bridge.testing.CounterBench;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.model.Json;

/**
 * The whole counter: a POS order through the real gateway onto the simulated board over a serial pty, handed off
 * with a GPIO button, gone when the POS fulfils it or, never collected, when the gateway expires it; the board unplugged and plugged back in; the health endpoint and
 * status file telling the truth throughout.
 */
class BridgeEndToEndTest {

    // the expiry job every 100 ms instead of every minute, for the never-collected order
    private static final TestGateway GATEWAY = TestGateway.start(java.util.Map.of("PREPTABLE_ORDER_EXPIRY_EVERY_MS",
            "100"));
    private static final Duration LATENCY_BUDGET = Duration.ofMillis(200);

    @TempDir
    Path dir;
    private CounterBench bench;

    @BeforeEach
    void setUp() throws Exception {
        bench = CounterBench.create(GATEWAY, dir, 8);
    }

    @AfterEach
    void tearDown() {
        bench.close();
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Test
    void aPosOrderReadyIsOnTheBoardWithin200MsIsHandedOffAndLeavesWhenFulfilled() throws Exception {
        bench.start(bench.config());
        List<Long> latencies = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String saavorId = "S-E2E-" + i;
            String number = bench.posOrder(saavorId);
            bench.transition(saavorId, "queued", "preparing");
            latencies.add(millisUntilShown(number, () -> bench.transition(saavorId, "preparing", "ready")));
            numbers.add(number);
        }
        System.out.println("Board latency, ready at the gateway to shown on the board (ms): " + latencies);
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(LATENCY_BUDGET.toMillis()));
        assertThat(bench.board.state().slots().subList(0, 3)).as("oldest first, the newest highlighted")
                .containsExactly(numbers.get(0), numbers.get(1), ">" + numbers.get(2) + "<");

        bench.press(ButtonAction.HANDOFF);
        Eventually.await("the hand-off at the gateway", CounterBench.SOON, () -> bench.handedOff("S-E2E-1"));
        Thread.sleep(300);
        assertThat(bench.slots()).as("handed off, not yet fulfilled: still on the board").contains(numbers.get(0));

        bench.fulfil("S-E2E-1");
        bench.awaitSlots("the fulfilled number gone, the rest moved up",
                List.of(numbers.get(1), numbers.get(2), "", "", "", "", "", ""));
    }

    @Test
    void aReadyOrderNeverCollectedLeavesTheBoardWhenTheGatewayExpiresIt() throws Exception {
        bench.start(bench.config());
        String forgotten = bench.posOrder("S-EXP-1");
        String next = bench.posOrder("S-EXP-2");
        bench.transition("S-EXP-1", "queued", "ready");
        bench.transition("S-EXP-2", "queued", "ready");
        bench.awaitSlots("both ready", List.of(forgotten, next, "", "", "", "", "", ""));

        bench.forget("S-EXP-1");
        Eventually.await("expired at the gateway", CounterBench.SOON, () -> "expired".equals(GATEWAY.sql().text(
                "SELECT prep_state FROM grill_orders WHERE saavor_order_id = 'S-EXP-1'")));
        bench.awaitSlots("the expired number gone, the other moved up", List.of(next, "", "", "", "", "", "", ""));
        Eventually.await("the bridge's status to agree", CounterBench.SOON,
                () -> bench.bridge().status().snapshot().get("ready").equals(List.of(next)));
    }

    @Test
    void aBoardUnpluggedAndPluggedBackInIsRedrawnWithTheTruth() throws Exception {
        bench.start(bench.config());
        String first = bench.posOrder("S-PLUG-1");
        String second = bench.posOrder("S-PLUG-2");
        bench.transition("S-PLUG-1", "queued", "ready");
        bench.awaitSlots("the first order", List.of(first, "", "", "", "", "", "", ""));

        bench.unplugBoard();
        Eventually.await("the link down", CounterBench.SOON, () -> "down".equals(bench.boardStatus().get("state")));
        bench.transition("S-PLUG-2", "queued", "ready"); // the world moves on while the board is away
        bench.fulfil("S-PLUG-1");
        Eventually.await("the bridge to know", CounterBench.SOON,
                () -> bench.bridge().status().snapshot().get("ready").equals(List.of(second)));

        bench.plugBoard();
        bench.awaitSlots("the board redrawn with what is true now", List.of(second, "", "", "", "", "", "", ""));
        Eventually.await("the lamps redrawn", CounterBench.SOON,
                () -> bench.board.state().lamps().get("ready") == LampState.ON);
        assertThat(bench.board.state().slots().getFirst()).isEqualTo(">" + second + "<");
    }

    @Test
    void theHealthEndpointAndTheStatusFileReportTheState() throws Exception {
        int port = freePort();
        Path statusFile = dir.resolve("status.json");
        bench.start(bench.config("health.port", Integer.toString(port)));

        HttpResponse<String> healthy = health(port);
        assertThat(healthy.statusCode()).isEqualTo(200);
        JsonNode body = Json.MAPPER.readTree(healthy.body());
        assertThat(body.path("healthy").asBoolean()).isTrue();
        assertThat(body.path("gateway").path("state").asText()).isEqualTo("live");
        assertThat(body.path("gateway").path("location").asText()).isEqualTo("Pass " + bench.storeRef);
        assertThat(body.path("board").path("state").asText()).isEqualTo("up");
        assertThat(body.path("board").path("firmware").asText()).isEqualTo("1.0.0");
        assertThat(body.path("board").path("slots").asInt()).isEqualTo(8);

        String number = bench.posOrder("S-HEALTH-1");
        bench.transition("S-HEALTH-1", "queued", "ready");
        Eventually.await("the status file with the ready order", CounterBench.SOON, () -> {
            JsonNode status = readJson(statusFile);
            return status != null && status.path("ready").toString().equals("[\"" + number + "\"]")
                    && status.path("gateway").path("last_event_id").asLong() >= 2;
        }, () -> readJson(statusFile));
        assertThat(readJson(statusFile).path("shown").get(0).asText()).isEqualTo(number);

        bench.unplugBoard();
        Eventually.await("503 with the board down", CounterBench.SOON, () -> healthStatus(port) == 503);
        JsonNode down = Json.MAPPER.readTree(health(port).body());
        assertThat(down.path("board").path("state").asText()).isEqualTo("down");
        assertThat(down.path("board").path("detail").asText()).isNotBlank();
        assertThat(down.path("gateway").path("state").asText()).isEqualTo("live");

        bench.plugBoard();
        Eventually.await("healthy again", CounterBench.SOON, () -> healthStatus(port) == 200);
    }

    /** Runs {@code action} and measures until the board shows {@code number} (the simulator applied the SHOW). */
    private long millisUntilShown(String number, Runnable action) {
        AtomicLong shownAt = new AtomicLong();
        bench.board.onChange(state -> {
            if (state.slots().stream().map(CounterBench::plain).anyMatch(number::equals)) {
                shownAt.compareAndSet(0, System.nanoTime());
            }
        });
        long start = System.nanoTime();
        action.run();
        Eventually.await("order " + number + " on the board", CounterBench.SOON, () -> shownAt.get() != 0,
                () -> bench.board.state().slots());
        return TimeUnit.NANOSECONDS.toMillis(shownAt.get() - start);
    }

    private static HttpResponse<String> health(int port) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int healthStatus(int port) {
        try {
            return health(port).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return Files.exists(file) ? Json.MAPPER.readTree(Files.readString(file)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
