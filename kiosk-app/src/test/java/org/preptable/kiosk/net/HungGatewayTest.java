package org.preptable.kiosk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.gateway.bench.GatewayProcess;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestClients;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.kiosk.testing.Await;
import org.preptable.model.client.BoardModel;
import org.preptable.model.client.KioskClient;
import org.preptable.model.client.OrderFeed;

/**
 * Issue 18's liveness promise against a gateway in a process of its own that hangs (SIGSTOP: sockets stay open,
 * nothing answers, as with a frozen server or a dead Wi-Fi link) and runs on again (SIGCONT): the feed, built as the
 * kiosk builds it, says OFFLINE within 5 s and LIVE within 2 s of the resume, and bumps saved meanwhile are applied
 * once. Times are measured from the signal; a small allowance covers a loaded 2-core build machine.
 */
class HungGatewayTest {

    private static final String EMAIL = "hang@preptable.local";
    private static final String PASSWORD = "Hang-Pass-1";

    /** The gateway process's data folder (its embedded PostgreSQL), removed after each test. */
    @TempDir
    Path data;
    /**
     * Scheduling slack on a shared build machine, on top of the promised 2 s to LIVE. OFFLINE gets none: the 4.5 s
     * silence limit already leaves half a second inside the promised 5 s.
     */
    private static final long SLACK_MS = 500;

    private record Status(long nanos, String line) {
    }

    private record Event(String orderId, String state) {
    }

    @Test
    void aHungGatewayIsOfflineWithinFiveSecondsAndLiveWithinTwoOfResumingAndSavedBumpsApplyOnce(@TempDir Path outboxDir)
            throws Exception {
        try (GatewayProcess gateway = GatewayProcess.start(data, Map.of("PREPTABLE_SAAVOR_SECRET",
                TestGateway.SAAVOR_SECRET, "PREPTABLE_ADMIN_EMAIL", EMAIL, "PREPTABLE_ADMIN_PASSWORD", PASSWORD,
                "PREPTABLE_DEMO_DATA", "false"))) {
            String base = "http://127.0.0.1:" + gateway.port();
            ApiClient api = TestClients.forBaseUrl(base);
            ApiClient admin = api.as(api.login(EMAIL, PASSWORD));
            var location = admin.post("/locations", Map.of("name", "Hangtown", "timezone", "UTC",
                    "saavor_store_ref", "hang-main"));
            assertThat(location.status()).as(location.body()).isEqualTo(201);
            var rotated = admin.post("/locations/" + location.json().get("id").asText() + "/kiosk_token/rotate", null);
            assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
            WebhookSender saavor = new WebhookSender(api);
            saavor.send(event("order.created", "hang-main", "H-1", Instant.now(), line("FRY", "Fries", 1)));

            KioskClient client = new KioskClient(URI.create(base));
            client.signIn(rotated.json().get("token").asText());
            BoardModel board = new BoardModel();
            List<Status> statuses = new CopyOnWriteArrayList<>();
            List<Event> events = new CopyOnWriteArrayList<>();
            List<Integer> answers = new CopyOnWriteArrayList<>();
            try (BumpOutbox outbox = new BumpOutbox(outboxDir, client, Duration.ofSeconds(1), new BumpOutbox.Listener() {
                        @Override
                        public void answered(BumpOutbox.Bump bump, KioskClient.TransitionResult result) {
                            answers.add(result.status());
                        }

                        @Override
                        public void waiting(int count, String problem) {
                        }
                    });
                    OrderFeed feed = new OrderFeed(client, board, Duration.ofMillis(250), line -> {
                        statuses.add(new Status(System.nanoTime(), line));
                        if (line.startsWith("live")) {
                            outbox.wake(); // as KioskSession does
                        }
                    })) {
                feed.silenceLimit(OrderFeed.DEFAULT_SILENCE);
                feed.onOrderEvent((id, name, order) -> events.add(new Event(order.id(), order.prepState())));
                feed.start();
                outbox.start();
                Await.until("the feed to be live with the order", Duration.ofSeconds(20),
                        () -> board.orders().size() == 1 && last(statuses).startsWith("live"));
                String orderId = board.orders().get(0).id();

                long stopped = System.nanoTime();
                gateway.suspend();
                Await.until("OFFLINE after the gateway hung", Duration.ofSeconds(20),
                        () -> !last(statuses).startsWith("live"));
                long offlineMs = (firstAfter(statuses, stopped, false) - stopped) / 1_000_000;
                assertThat(feed.downSince()).as("the drop is dated").isNotNull();

                outbox.submit(new BumpOutbox.Bump(orderId, "H-1", "queued", "preparing", Instant.now()));
                outbox.submit(new BumpOutbox.Bump(orderId, "H-1", "preparing", "ready", Instant.now()));
                // Stay hung long enough for the feed's reconnects and the outbox's sends to time out and back off.
                Await.until("the outbox to have tried while hung", Duration.ofSeconds(30),
                        () -> statuses.stream().anyMatch(s -> s.line().contains("does not answer")));

                long resumed = System.nanoTime();
                gateway.resume();
                Await.until("LIVE after the gateway resumed", Duration.ofSeconds(20),
                        () -> statuses.stream().anyMatch(s -> s.nanos() > resumed && s.line().startsWith("live")));
                long liveMs = (firstAfter(statuses, resumed, true) - resumed) / 1_000_000;
                Await.until("the saved bumps to be answered", Duration.ofSeconds(20), () -> outbox.pending() == 0);
                Await.until("the order to reach ready on the board", Duration.ofSeconds(20),
                        () -> board.orders().stream().anyMatch(o -> o.prepState().equals("ready")));
                System.out.printf("liveness: OFFLINE %d ms after SIGSTOP, LIVE %d ms after SIGCONT, answers %s%n",
                        offlineMs, liveMs, answers);

                assertThat(offlineMs).as("OFFLINE after SIGSTOP (ms)").isLessThanOrEqualTo(5_000);
                assertThat(liveMs).as("LIVE after SIGCONT (ms)").isLessThanOrEqualTo(2_000 + SLACK_MS);
                assertThat(events.stream().filter(e -> e.orderId().equals(orderId)).map(Event::state).toList())
                        .as("each saved bump applied once, in order").containsExactly("preparing", "ready");
                assertThat(answers).hasSize(2).allMatch(status -> status == 200 || status == 409);
                assertThat(last(statuses)).isEqualTo("live");
                List<String> whileHung = statuses.stream().filter(st -> st.nanos() > stopped && st.nanos() < resumed)
                        .map(Status::line).toList();
                assertThat(whileHung.get(0)).as("the first reason shown").isEqualTo("offline: no word from the gateway for 4.5 s");
                assertThat(whileHung).as("the watchdog's reason is not replaced by the closed stream's")
                        .noneMatch(line -> line.contains("connection closed"));
                assertThat(statuses).noneMatch(s -> s.line().contains("null"));
            }
        }
    }

    private static String last(List<Status> statuses) {
        return statuses.isEmpty() ? "" : statuses.get(statuses.size() - 1).line();
    }

    private static long firstAfter(List<Status> statuses, long after, boolean live) {
        return statuses.stream().filter(s -> s.nanos() > after && s.line().startsWith("live") == live)
                .mapToLong(Status::nanos).findFirst().orElseThrow();
    }
}
