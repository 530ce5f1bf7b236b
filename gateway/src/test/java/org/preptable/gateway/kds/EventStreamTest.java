package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.Json;

@ExtendWith(GatewayExtension.class)
class EventStreamTest {

    private static SseClient stream(TestGateway gateway, String token, Kitchen kitchen, Long lastEventId) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Authorization", "Bearer " + token));
        if (lastEventId != null) {
            headers.put("Last-Event-ID", Long.toString(lastEventId));
        }
        return SseClient.open(gateway.baseUrl(), "/locations/" + kitchen.locationId() + "/events", headers);
    }

    @Test
    void anOrderRungUpReachesTheStreamWithItsSequenceNumber(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String token = api.admin().token();
        try (SseClient screen = stream(gateway, token, kitchen, null)) {
            assertThat(screen.status()).isEqualTo(200);
            Thread.sleep(200);
            var sent = new WebhookSender(api).send(event("order.created", kitchen.storeRef(), "S-20", Instant.now(),
                    line(KdsFixtures.burger(kitchen), "Classic burger", 1)));

            SseClient.Event created = screen.next(5);
            assertThat(created.name()).isEqualTo("order.created");
            assertThat(Long.parseLong(created.id())).isPositive();
            JsonNode order = Json.MAPPER.readTree(created.data());
            assertThat(order.get("id").asText()).isEqualTo(sent.json().get("order_id").asText());
            assertThat(order.get("lines").get(0).get("station_id").asLong()).isEqualTo(kitchen.grillStationId());

            api.as(token).post("/locations/" + kitchen.locationId() + "/orders/" + order.get("id").asText()
                    + "/transition", Map.of("to", "preparing"));
            SseClient.Event updated = screen.next(5);
            assertThat(updated.name()).isEqualTo("order.updated");
            assertThat(Long.parseLong(updated.id())).isGreaterThan(Long.parseLong(created.id()));

            new WebhookSender(api).send(event("order.voided", kitchen.storeRef(), "S-20", Instant.now()));
            assertThat(screen.next(5).name()).isEqualTo("order.removed");
        }
    }

    @Test
    void aSnapshotAndItsLastEventIdLeaveNoGapAndNoRepeat(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        WebhookSender saavor = new WebhookSender(api);
        String token = api.admin().token();
        saavor.send(event("order.created", kitchen.storeRef(), "S-30", Instant.now(), line("FRY", "Fries", 1)));
        saavor.send(event("order.created", kitchen.storeRef(), "S-31", Instant.now(), line("FRY", "Fries", 1)));

        var snapshot = api.as(token).get("/locations/" + kitchen.locationId() + "/orders");
        long lastEventId = Long.parseLong(snapshot.header("Last-Event-ID"));
        assertThat(snapshot.json()).hasSize(2);
        try (SseClient screen = stream(gateway, token, kitchen, lastEventId)) {
            saavor.send(event("order.created", kitchen.storeRef(), "S-32", Instant.now(), line("FRY", "Fries", 1)));
            SseClient.Event next = screen.next(5);
            assertThat(Json.MAPPER.readTree(next.data()).get("saavor_order_id").asText()).isEqualTo("S-32");
            assertThat(screen.drain(300)).isEmpty();
        }
    }

    @Test
    void aScreenThatReconnectsGetsEveryMissedEventOnceAndInOrder(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        WebhookSender saavor = new WebhookSender(api);
        String token = api.admin().token();
        long lastSeen;
        try (SseClient screen = stream(gateway, token, kitchen, null)) {
            assertThat(screen.status()).isEqualTo(200);
            Thread.sleep(200);
            saavor.send(event("order.created", kitchen.storeRef(), "S-40", Instant.now(), line("FRY", "Fries", 1)));
            lastSeen = Long.parseLong(screen.next(5).id());
        }
        for (int i = 41; i <= 45; i++) {
            saavor.send(event("order.created", kitchen.storeRef(), "S-" + i, Instant.now(), line("FRY", "Fries", 1)));
        }
        try (SseClient screen = stream(gateway, token, kitchen, lastSeen)) {
            List<String> orders = new ArrayList<>();
            long previous = lastSeen;
            for (int i = 0; i < 5; i++) {
                SseClient.Event missed = screen.next(5);
                assertThat(Long.parseLong(missed.id())).isGreaterThan(previous);
                previous = Long.parseLong(missed.id());
                orders.add(Json.MAPPER.readTree(missed.data()).get("saavor_order_id").asText());
            }
            assertThat(orders).containsExactly("S-41", "S-42", "S-43", "S-44", "S-45");
            saavor.send(event("order.created", kitchen.storeRef(), "S-46", Instant.now(), line("FRY", "Fries", 1)));
            assertThat(Json.MAPPER.readTree(screen.next(5).data()).get("saavor_order_id").asText()).isEqualTo("S-46");
            assertThat(screen.drain(300)).isEmpty();
        }
    }

    @Test
    void aScreenAwayForARushGetsTheWholeBacklogWithoutBeingCutOff(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String token = api.admin().token();
        long lastSeen = Long.parseLong(api.as(token).get("/locations/" + kitchen.locationId() + "/orders")
                .header("Last-Event-ID"));
        // far more events than a write queue holds messages: they must reach the screen, not cut it off
        gateway.sql().execute("INSERT INTO location_events (location_id, name, data) SELECT ?::uuid, 'order.created',"
                + " '{\"n\": ' || n || '}' FROM generate_series(1, 300) AS n", kitchen.locationId().toString());
        try (SseClient screen = stream(gateway, token, kitchen, lastSeen)) {
            for (int n = 1; n <= 300; n++) {
                SseClient.Event missed = screen.next(5);
                assertThat(Json.MAPPER.readTree(missed.data()).get("n").asInt()).isEqualTo(n);
            }
            new WebhookSender(api).send(event("order.created", kitchen.storeRef(), "S-49", Instant.now(),
                    line("FRY", "Fries", 1)));
            assertThat(Json.MAPPER.readTree(screen.next(5).data()).get("saavor_order_id").asText())
                    .as("the stream is still open after the backlog").isEqualTo("S-49");
        }
    }

    @Test
    void aResumePointThatWasPurgedStartsWithAReset(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String token = api.admin().token();
        new WebhookSender(api).send(event("order.created", kitchen.storeRef(), "S-50", Instant.now(),
                line("FRY", "Fries", 1)));
        gateway.sql().execute("INSERT INTO location_event_purges (location_id, purged_below_seq) VALUES (?::uuid, 1000000)",
                kitchen.locationId().toString());
        try (SseClient screen = stream(gateway, token, kitchen, 1L)) {
            assertThat(screen.next(5).name()).isEqualTo("reset");
        }
        try (SseClient screen = stream(gateway, token, kitchen, 999_999_999L)) {
            assertThat(screen.next(5).name()).as("an id this database never issued").isEqualTo("reset");
        }
    }

    @Test
    void streamsAreScopedAndNeedAKnownLocation(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        var manager = api.newUser("manager");
        try (SseClient screen = stream(gateway, manager.token(), kitchen, null)) {
            assertThat(screen.status()).isEqualTo(403);
        }
        try (SseClient screen = SseClient.open(gateway.baseUrl(), "/locations/" + kitchen.locationId() + "/events",
                Map.of())) {
            assertThat(screen.status()).isEqualTo(401);
        }
        try (SseClient screen = stream(gateway, api.admin().token(), kitchen, null)) {
            assertThat(screen.status()).isEqualTo(200);
        }
        assertThat(api.as(api.admin()).get("/locations/" + kitchen.locationId() + "/events?last_event_id=abc")
                .assertError(400)).contains("Last-Event-ID");
    }

    /**
     * Each write of a chunked response is one HTTP chunk, so the chunks a raw client reads show the writes: a batch
     * of events committed together arrives as one.
     */
    @Test
    void eventsThatArriveTogetherAreWrittenTogether(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        URI base = URI.create(gateway.baseUrl());
        String token = api.admin().token();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/v1/locations/" + kitchen.locationId() + "/events HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = new BufferedInputStream(socket.getInputStream());
            assertThat(readLine(in)).contains("200");
            while (!readLine(in).isEmpty()) {
                // headers
            }
            assertThat(chunk(in)).isEqualTo("retry: 2000\n\n");
            Thread.sleep(300);
            gateway.sql().execute("INSERT INTO location_events (location_id, name, data) SELECT ?::uuid,"
                    + " 'order.created', '{\"n\": ' || n || '}' FROM generate_series(1, 50) AS n",
                    kitchen.locationId().toString());
            gateway.sql().execute("SELECT pg_notify(?, ?::text || ':0')", EventLog.CHANNEL,
                    kitchen.locationId().toString());
            String chunk;
            do {
                chunk = chunk(in);
            } while (chunk.startsWith(": heartbeat"));
            assertThat(chunk.split("\n\n")).as("50 events in one chunk").hasSize(50);
            assertThat(chunk).startsWith("id: ").contains("data: {\"n\": 1}\n\n").endsWith("data: {\"n\": 50}\n\n");
        }
    }

    private static String chunk(InputStream in) throws IOException {
        int size = Integer.parseInt(readLine(in).trim(), 16);
        byte[] data = in.readNBytes(size);
        assertThat(readLine(in)).isEmpty();
        return new String(data, StandardCharsets.UTF_8);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            if (b != '\r') {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
