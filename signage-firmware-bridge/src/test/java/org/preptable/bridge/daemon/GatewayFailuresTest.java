package org.preptable.bridge.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.bridge.link.Eventually;
import org.preptable.bridge.testing.CounterBench;
import org.preptable.bridge.testing.LogLines;
import org.preptable.bridge.testing.TcpRelay;
import org.preptable.gateway.testing.TestGateway;

/**
 * The gateway away, refusing the token, or silent on a dead connection: the bridge keeps running, says so in one
 * line per change (not one per retry), and catches up when the gateway is back.
 */
class GatewayFailuresTest {

    private static final TestGateway GATEWAY = TestGateway.start();

    @TempDir
    Path dir;
    private CounterBench bench;
    private TcpRelay relay;
    private LogLines log;

    @BeforeEach
    void setUp() throws Exception {
        bench = CounterBench.create(GATEWAY, dir, 4);
        relay = TcpRelay.to(Integer.parseInt(GATEWAY.baseUrl().replaceAll(".*:", "")));
        log = LogLines.of(GatewaySession.class);
    }

    @AfterEach
    void tearDown() {
        log.close();
        bench.close();
        relay.close();
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Test
    void anUnreachableGatewayCostsOneLineAndTheBridgeCatchesUpWhenItIsBack() throws Exception {
        bench.launch(bench.config("gateway.url", relay.url()));
        Eventually.await("offline", CounterBench.SOON, () -> "offline".equals(bench.gatewayStatus().get("state")));
        Thread.sleep(1_000); // sign-in is retried every 50 to 200 ms meanwhile
        assertThat(log.warnings()).containsExactly(
                "Gateway OFFLINE: sign-in failed: cannot connect (is the gateway running, and is gateway.url right?);"
                        + " retrying");
        assertThat(bench.boardStatus().get("state")).as("the board does not wait for the gateway").isEqualTo("up");

        relay.start();
        Eventually.await("live", CounterBench.SOON, () -> bench.bridge().status().healthy());
        String first = bench.posOrder("S-AWAY-1");
        bench.transition("S-AWAY-1", "queued", "ready");
        bench.awaitSlots("the first order", List.of(first, "", "", ""));

        relay.stop(); // the gateway goes away mid-stream
        Eventually.await("offline again", CounterBench.SOON,
                () -> "offline".equals(bench.gatewayStatus().get("state")));
        String second = bench.posOrder("S-AWAY-2");
        bench.transition("S-AWAY-2", "queued", "ready");
        bench.fulfil("S-AWAY-1");
        Thread.sleep(1_000);
        List<String> lines = log.warnings();
        Thread.sleep(1_000); // five or more retries
        assertThat(bench.slots()).as("nothing new while away").containsExactly(first, "", "", "");
        assertThat(log.warnings()).as("no line per retry: only when the reason changes").isEqualTo(lines)
                .doesNotHaveDuplicates().hasSizeBetween(2, 3);

        relay.start();
        bench.awaitSlots("what happened while away, from the resumed stream", List.of(second, "", "", ""));
        assertThat(log.warnings()).isEqualTo(lines);
    }

    @Test
    void aRefusedTokenIsOneClearLineWhileTheBoardStaysUp() throws Exception {
        bench.launch(bench.config("kiosk.token", "kt_rotated_long_ago"));
        Eventually.await("offline", CounterBench.SOON, () -> "offline".equals(bench.gatewayStatus().get("state")));
        Thread.sleep(1_000);

        assertThat(log.warnings()).singleElement().asString()
                .startsWith("Gateway OFFLINE: sign-in failed: the gateway refused the kiosk token (HTTP 401)");
        assertThat(bench.gatewayStatus().get("detail").toString()).contains("refused the kiosk token");
        assertThat(bench.boardStatus().get("state")).isEqualTo("up");
        assertThat(bench.bridge().status().healthy()).isFalse();
    }

    @Test
    void aStreamThatGoesSilentIsReconnectedAndMissesNothing() throws Exception {
        relay.start();
        // In service a stream may be quiet for 5 s (two missed 2 s heartbeats); here for 1 s.
        GatewaySession.Timings timings = new GatewaySession.Timings(CounterBench.FAST.signInMin(),
                CounterBench.FAST.signInMax(), CounterBench.FAST.feedRetry(), Duration.ofSeconds(1));
        bench.launch(bench.config("gateway.url", relay.url()), timings);
        Eventually.await("live", CounterBench.SOON, () -> bench.bridge().status().healthy());

        relay.freeze();
        String number = bench.posOrder("S-SILENT-1");
        bench.transition("S-SILENT-1", "queued", "ready");

        bench.awaitSlots("the order, after a reconnect", List.of(number, "", "", ""));
        assertThat(log.warnings()).anyMatch(line -> line.contains("no word from the gateway for 1 s"));
    }
}
