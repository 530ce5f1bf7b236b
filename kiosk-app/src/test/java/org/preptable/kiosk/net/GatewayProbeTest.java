package org.preptable.kiosk.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.model.client.GatewayProbe;

/** Against a real gateway from the gateway's test harness, and against a port where nothing listens. */
class GatewayProbeTest {

    private final GatewayProbe probe = new GatewayProbe(Duration.ofSeconds(2));

    @Test
    void aRunningGatewayIsReachable() {
        try (TestGateway gateway = TestGateway.start()) {
            GatewayProbe.Result result = probe.probe(URI.create(gateway.baseUrl()));
            assertThat(result.reachable()).isTrue();
            assertThat(result.message()).isEqualTo("Gateway reachable at " + gateway.baseUrl());
        }
    }

    @Test
    void aDeadAddressSaysWhatToCheck() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GatewayProbe.Result result = probe.probe(URI.create("http://127.0.0.1:" + closedPort));
        assertThat(result.reachable()).isFalse();
        assertThat(result.message()).contains("Cannot reach the gateway at http://127.0.0.1:" + closedPort)
                .contains("gateway.url");
    }
}
