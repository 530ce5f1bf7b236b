package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.Json;
import org.preptable.model.saavor.SaavorSignature;

/** Hand-offs to a real local HTTP server standing in for Saavor, which fails on demand and then recovers. */
class HandOffTest {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FAILURES_TO_GIVE = new AtomicInteger();
    private static HttpServer saavor;
    private static TestGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        saavor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        saavor.createContext("/handoff", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean signed = SaavorSignature.verify(TestGateway.SAAVOR_SECRET, body,
                    exchange.getRequestHeaders().getFirst(SaavorSignature.HEADER));
            int status = !signed ? 401 : FAILURES_TO_GIVE.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 200;
            if (status == 200) {
                RECEIVED.add(new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        saavor.start();
        gateway = TestGateway.start(Map.of("PREPTABLE_SAAVOR_URL",
                "http://127.0.0.1:" + saavor.getAddress().getPort() + "/handoff", "PREPTABLE_SAAVOR_RETRY_MS", "50"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        saavor.stop(0);
    }

    private static String readyOrder(ApiClient api, Kitchen kitchen, String saavorId) {
        String id = new WebhookSender(api).send(event("order.created", kitchen.storeRef(), saavorId, Instant.now(),
                line("FRY", "Fries", 1))).json().get("order_id").asText();
        api.as(api.admin()).post("/locations/" + kitchen.locationId() + "/orders/" + id + "/transition",
                Map.of("to", "ready"));
        return id;
    }

    private static void awaitDelivered(String saavorOrderId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (RECEIVED.stream().noneMatch(body -> body.contains("\"" + saavorOrderId + "\""))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Saavor never received " + saavorOrderId + "; got " + RECEIVED);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aHandOffReachesSaavorOnceEvenThroughFailures() throws Exception {
        ApiClient api = gateway.client();
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String id = readyOrder(api, kitchen, "S-80");
        FAILURES_TO_GIVE.set(3);
        ApiClient staff = api.as(api.newUser("staff"));

        var first = staff.post("/saavor/orders/prepared", Map.of("order_id", id));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("status").asText()).isEqualTo("handed_off");
        var repeat = staff.post("/saavor/orders/prepared", Map.of("order_id", id));
        assertThat(repeat.json().get("status").asText()).isEqualTo("already_handed_off");

        awaitDelivered("S-80");
        var message = Json.MAPPER.readTree(RECEIVED.stream().filter(b -> b.contains("S-80")).findFirst().orElseThrow());
        assertThat(message.get("type").asText()).isEqualTo("order.prepared");
        assertThat(message.get("store_ref").asText()).isEqualTo(kitchen.storeRef());
        Thread.sleep(300);
        assertThat(RECEIVED.stream().filter(b -> b.contains("\"S-80\"")).count()).isEqualTo(1);
        assertThat(gateway.sql().count("SELECT attempts FROM saavor_outbox WHERE order_id = ?::uuid", id)).isEqualTo(4);
        assertThat(gateway.sql().count("SELECT count(*) FROM saavor_outbox WHERE order_id = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void onlyReadyOrdersOfYourLocationCanBeHandedOff() {
        ApiClient api = gateway.client();
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String queued = new WebhookSender(api).send(event("order.created", kitchen.storeRef(), "S-81", Instant.now(),
                line("FRY", "Fries", 1))).json().get("order_id").asText();
        ApiClient admin = api.as(api.admin());

        var notReady = admin.post("/saavor/orders/prepared", Map.of("order_id", queued));
        assertThat(notReady.assertError(409)).contains("Only a ready order");
        assertThat(notReady.json().get("order").get("prep_state").asText()).isEqualTo("queued");
        assertThat(admin.post("/saavor/orders/prepared", Map.of("order_id", "nope")).assertError(400)).contains("order_id");
        assertThat(admin.post("/saavor/orders/prepared", Map.of("order_id", java.util.UUID.randomUUID().toString()))
                .status()).isEqualTo(404);
        var stranger = api.newUser("manager");
        assertThat(api.as(stranger).post("/saavor/orders/prepared", Map.of("order_id", queued)).assertError(403))
                .startsWith("You are not assigned to location");
        assertThat(gateway.sql().count("SELECT count(*) FROM saavor_outbox WHERE order_id = ?::uuid", queued)).isZero();
    }

    @Test
    void theAdminTestRoutesDriveBothDirections() throws Exception {
        ApiClient api = gateway.client();
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());

        var inbound = admin.post("/saavor/test/inbound", Map.of("location_id", kitchen.locationId().toString()));
        assertThat(inbound.status()).as(inbound.body()).isEqualTo(200);
        assertThat(inbound.json().get("status").asText()).isEqualTo("applied");
        assertThat(admin.get("/locations/" + kitchen.locationId() + "/orders").json()).hasSize(1);

        var outbound = admin.post("/saavor/test/outbound", Map.of("location_id", kitchen.locationId().toString()));
        assertThat(outbound.status()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (gateway.sql().count("SELECT count(*) FROM saavor_outbox WHERE id = ?::uuid AND delivered_at IS NOT NULL",
                outbound.json().get("outbox_id").asText()) == 0) {
            assertThat(System.nanoTime()).as("test hand-off delivered in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(api.as(api.newUser("staff")).post("/saavor/test/inbound",
                Map.of("location_id", kitchen.locationId().toString())).status()).isEqualTo(403);
    }
}
