package org.preptable.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.gateway.Gateway;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestClients;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.saavor.SaavorEvent;

/**
 * The embedded PostgreSQL killed (kill -9 of its postmaster) under a stream of webhooks: the gateway answers 503
 * with Retry-After meanwhile (never 500), restarts the server, and every order it acknowledged is there after.
 */
class EmbeddedRecoveryTest {

    @Test
    void aKilledPostmasterIsRestartedAndNoAcknowledgedOrderIsLost(@TempDir Path dataDir) throws Exception {
        List<String> gaveUp = new CopyOnWriteArrayList<>();
        try (Gateway gateway = Gateway.start(GatewayConfig.from(Map.of(
                "PREPTABLE_DATA_DIR", dataDir.toString(),
                "PREPTABLE_HTTP_HOST", "127.0.0.1",
                "PREPTABLE_HTTP_PORT", "0",
                "PREPTABLE_SAAVOR_SECRET", TestGateway.SAAVOR_SECRET,
                "PREPTABLE_ADMIN_EMAIL", TestGateway.ADMIN_EMAIL,
                "PREPTABLE_ADMIN_PASSWORD", TestGateway.ADMIN_PASSWORD,
                "PREPTABLE_DEMO_DATA", "false")), line -> { }, () -> gaveUp.add("gave up"))) {
            ApiClient api = TestClients.forBaseUrl("http://127.0.0.1:" + gateway.port());
            ApiClient admin = api.as(api.login(TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD));
            String location = admin.post("/locations", Map.of("name", "Recovery", "timezone", "UTC",
                    "saavor_store_ref", "recovery", "ready_hold_seconds", 300)).json().get("id").asText();
            EmbeddedSupervisor supervisor = gateway.embeddedSupervisor().orElseThrow();
            long postmaster = supervisor.postmasterPid().orElseThrow();
            WebhookSender saavor = new WebhookSender(api);

            List<SaavorEvent> notAcknowledged = new ArrayList<>();
            int refused = 0;
            for (int i = 0; i < 80; i++) {
                if (i == 20) {
                    assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue();
                }
                SaavorEvent event = WebhookSender.event("order.created", "recovery", "R-" + i, Instant.now(),
                        WebhookSender.line("BRG-CLS", "Classic burger", 1));
                ApiResponse answer = saavor.send(event); // checked against the contract: a 500 fails here
                if (answer.status() != 200) {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(503);
                    assertThat(answer.header("Retry-After")).isNotNull();
                    notAcknowledged.add(event);
                    refused++;
                }
                Thread.sleep(25);
            }
            // Saavor sends again what was not acknowledged, until it is.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (SaavorEvent event : notAcknowledged) {
                while (saavor.send(event).status() != 200) {
                    assertThat(System.nanoTime()).as("the gateway recovers within a minute").isLessThan(deadline);
                    Thread.sleep(100);
                }
            }

            assertThat(refused).as("webhooks refused while the database was down").isPositive();
            assertThat(supervisor.restarts()).isEqualTo(1);
            assertThat(supervisor.databaseLost()).isFalse();
            assertThat(gaveUp).isEmpty();
            assertThat(api.get("/healthz").status()).isEqualTo(200);
            var orders = admin.get("/locations/" + location + "/orders").json();
            assertThat(orders.findValuesAsText("number")).as("every order once, none lost").hasSize(80)
                    .doesNotHaveDuplicates();
        }
    }
}
