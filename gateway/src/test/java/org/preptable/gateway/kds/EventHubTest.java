package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

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
import org.preptable.gateway.kds.events.EventHub;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;

/** The hub's promises that need a closer look than a browser gives: slow screens and heartbeats. */
class EventHubTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_SSE_HEARTBEAT_MS", "200"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** A screen that keeps up, or one that falls behind after {@code capacity} events. */
    private static final class RecordingSink implements EventHub.Sink {
        final List<Long> received = new CopyOnWriteArrayList<>();
        final CountDownLatch closed = new CountDownLatch(1);
        final int capacity;

        RecordingSink(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean send(EventLog.Event event) {
            if (received.size() >= capacity) {
                return false;
            }
            received.add(event.seq());
            return true;
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
    void aScreenThatFallsBehindIsCutOffWithoutHoldingUpTheOthers() throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(gateway.client());
        EventHub hub = kdsHub();
        RecordingSink slow = new RecordingSink(2);
        RecordingSink healthy = new RecordingSink(Integer.MAX_VALUE);
        Runnable unsubscribeSlow = hub.subscribe(kitchen.locationId(), null, slow);
        Runnable unsubscribeHealthy = hub.subscribe(kitchen.locationId(), null, healthy);
        WebhookSender saavor = new WebhookSender(gateway.client());
        for (int i = 0; i < 10; i++) {
            saavor.send(event("order.created", kitchen.storeRef(), "S-9" + i, Instant.now(), line("FRY", "Fries", 1)));
        }

        assertThat(slow.closed.await(5, TimeUnit.SECONDS)).as("the slow screen is disconnected").isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (healthy.received.size() < 10 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(healthy.received).hasSize(10).isSorted();
        assertThat(slow.received).hasSize(2);
        unsubscribeSlow.run();
        unsubscribeHealthy.run();
        assertThat(hub.subscribers(kitchen.locationId())).isZero();
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

        kdsHub().purge();

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

    private static EventHub kdsHub() {
        return gateway.gateway().kds().hub();
    }
}
