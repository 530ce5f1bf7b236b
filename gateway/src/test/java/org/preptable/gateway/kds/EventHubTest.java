package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.gateway.live.EventHub;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.Json;

/** The hub's promises that need a closer look than a browser gives: slow screens and heartbeats. */
class EventHubTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_SSE_HEARTBEAT_MS", "200", "PREPTABLE_SSE_STALL_MS", "1000"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** A screen with room for {@code capacity} events until it is given more. */
    private static final class RecordingSink implements EventHub.Sink<EventLog.Event> {
        final List<Long> received = new CopyOnWriteArrayList<>();
        final CountDownLatch closed = new CountDownLatch(1);
        volatile int capacity;

        RecordingSink(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean send(EventLog.Event event) {
            if (full()) {
                return false;
            }
            received.add(event.seq());
            return true;
        }

        @Override
        public boolean full() {
            return received.size() >= capacity;
        }

        @Override
        public void heartbeat() {
        }

        @Override
        public void reset() {
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    @Test
    void aFullScreenWaitsWithoutHoldingUpTheOthersAndGoesOnWithoutAGap() throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(gateway.client());
        EventHub<EventLog.Event> hub = kdsHub();
        RecordingSink slow = new RecordingSink(2);
        RecordingSink healthy = new RecordingSink(Integer.MAX_VALUE);
        Runnable unsubscribeSlow = hub.subscribe(kitchen.locationId(), null, slow);
        Runnable unsubscribeHealthy = hub.subscribe(kitchen.locationId(), null, healthy);
        WebhookSender saavor = new WebhookSender(gateway.client());
        for (int i = 0; i < 10; i++) {
            saavor.send(event("order.created", kitchen.storeRef(), "S-9" + i, Instant.now(), line("FRY", "Fries", 1)));
        }

        awaitSize(healthy, 10);
        assertThat(healthy.received).hasSize(10).isSorted();
        assertThat(slow.received).as("the full screen took what it had room for").hasSize(2);

        slow.capacity = Integer.MAX_VALUE;
        hub.wake(kitchen.locationId());
        awaitSize(slow, 10);
        assertThat(slow.received).as("after draining it goes on from its last event").isEqualTo(healthy.received);
        assertThat(slow.closed.getCount()).isEqualTo(1);
        unsubscribeSlow.run();
        unsubscribeHealthy.run();
        assertThat(hub.subscribers(kitchen.locationId())).isZero();
    }

    @Test
    void aScreenFullPastTheStallLimitIsClosed() throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(gateway.client());
        RecordingSink stalled = new RecordingSink(1);
        Runnable unsubscribe = kdsHub().subscribe(kitchen.locationId(), null, stalled);
        WebhookSender saavor = new WebhookSender(gateway.client());
        saavor.send(event("order.created", kitchen.storeRef(), "S-81", Instant.now(), line("FRY", "Fries", 1)));
        saavor.send(event("order.created", kitchen.storeRef(), "S-82", Instant.now(), line("FRY", "Fries", 1)));
        // the hub looks at a full screen on each notification and on its 5-second poll; the limit here is 1 s
        assertThat(stalled.closed.await(15, TimeUnit.SECONDS)).isTrue();
        unsubscribe.run();
    }

    @Test
    void aScreenThatStopsReadingIsCutOffAndTheOthersGetEverything() throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(gateway.client());
        String token = gateway.client().admin().token();
        URI base = URI.create(gateway.baseUrl());
        try (Socket stalled = new Socket(); SseClient screen = SseClient.open(gateway.baseUrl(),
                "/locations/" + kitchen.locationId() + "/events", Map.of("Authorization", "Bearer " + token))) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress(base.getHost(), base.getPort()));
            stalled.getOutputStream().write(("GET /api/v1/locations/" + kitchen.locationId() + "/events HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(screen.status()).isEqualTo(200);
            Thread.sleep(300);
            // 40 MB of events: far past the 1 MiB a connection may have waiting and what the kernel buffers
            gateway.sql().execute("INSERT INTO location_events (location_id, name, data) SELECT ?::uuid,"
                    + " 'order.created', '{\"n\": ' || n || ', \"pad\": \"' || repeat('x', 20000) || '\"}'"
                    + " FROM generate_series(1, 2000) AS n", kitchen.locationId().toString());
            gateway.sql().execute("SELECT pg_notify(?, ?::text || ':0')", EventLog.CHANNEL,
                    kitchen.locationId().toString());
            for (int n = 1; n <= 2000; n++) {
                assertThat(Json.MAPPER.readTree(screen.next(10).data()).get("n").asInt()).isEqualTo(n);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (kdsHub().subscribers(kitchen.locationId()) > 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(kdsHub().subscribers(kitchen.locationId())).as("only the reading screen is left").isEqualTo(1);
            stalled.setSoTimeout(15_000);
            long read = 0;
            try (InputStream in = stalled.getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                for (int got; (got = in.read(buffer)) != -1; ) {
                    read += got;
                }
            } catch (SocketException reset) {
                // cut off with a reset after the stall limit: it would resume by its last id
            }
            assertThat(read).as("the stalled screen was cut off, not sent the whole backlog").isLessThan(40_000_000L);
        }
    }

    private static void awaitSize(RecordingSink sink, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sink.received.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void idleStreamsCarryHeartbeats() throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(gateway.client());
        try (SseClient screen = SseClient.open(gateway.baseUrl(), "/locations/" + kitchen.locationId() + "/events",
                Map.of("Authorization", "Bearer " + gateway.client().admin().token()))) {
            assertThat(screen.status()).isEqualTo(200);
            Thread.sleep(700);
            assertThat(screen.heartbeats()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void eventsPastTheRetentionArePurgedAndTheirResumePointsReset() throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(gateway.client());
        WebhookSender saavor = new WebhookSender(gateway.client());
        saavor.send(event("order.created", kitchen.storeRef(), "S-P1", Instant.now(), line("FRY", "Fries", 1)));
        saavor.send(event("order.created", kitchen.storeRef(), "S-P2", Instant.now(), line("FRY", "Fries", 1)));
        String location = kitchen.locationId().toString();
        long first = gateway.sql().count("SELECT min(seq) FROM location_events WHERE location_id = ?::uuid", location);
        gateway.sql().execute("UPDATE location_events SET created_at = now() - interval '8 days'"
                + " WHERE location_id = ?::uuid AND seq = ?", location, first);

        kdsHub().purge().await();

        assertThat(gateway.sql().count("SELECT count(*) FROM location_events WHERE location_id = ?::uuid", location))
                .isEqualTo(1);
        try (SseClient stale = SseClient.open(gateway.baseUrl(), "/locations/" + location + "/events",
                Map.of("Authorization", "Bearer " + gateway.client().admin().token(),
                        "Last-Event-ID", Long.toString(first - 1)))) {
            assertThat(stale.next(5).name()).isEqualTo("reset");
        }
        try (SseClient fresh = SseClient.open(gateway.baseUrl(), "/locations/" + location + "/events",
                Map.of("Authorization", "Bearer " + gateway.client().admin().token(),
                        "Last-Event-ID", Long.toString(first)))) {
            SseClient.Event next = fresh.next(5);
            assertThat(next.name()).as("resuming from the purged event itself loses nothing").isEqualTo("order.created");
        }
    }

    private static EventHub<EventLog.Event> kdsHub() {
        return gateway.gateway().kds().hub();
    }
}
