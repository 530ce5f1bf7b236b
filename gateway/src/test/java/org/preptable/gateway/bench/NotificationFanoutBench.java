package org.preptable.gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestClients;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;
import org.preptable.gateway.testing.WsClient;

/**
 * Notification fan-out: a gateway on embedded PostgreSQL (demo data) in a process of its own, {@code chefs} sous
 * chefs with {@code sockets / chefs} WebSocket tabs each, and a line cook posting dish suggestions at a steady rate.
 * Each suggestion is one kitchen-wide notification: one stored row per chef, one NOTIFY each, and one WebSocket
 * message per tab. Latency is a message's arrival minus the moment its POST was sent (so it covers the request, the
 * transaction with its rows and NOTIFYs, the hub's catch-up and the write); every tab must get every suggestion
 * once. Run by {@code scripts/bench/notifications}.
 */
public final class NotificationFanoutBench {

    private static final String MARK = "Bench no ";

    public static void main(String[] args) throws Exception {
        int sockets = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int chefs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path data = Files.createTempDirectory("preptable-bench");
        // the test harness's admin, so ApiClient.newUser can give the chefs their role
        try (GatewayProcess gateway = GatewayProcess.start(data, Map.of(
                "PREPTABLE_ADMIN_EMAIL", TestGateway.ADMIN_EMAIL, "PREPTABLE_ADMIN_PASSWORD", TestGateway.ADMIN_PASSWORD))) {
            String base = "http://127.0.0.1:" + gateway.port();
            ApiClient api = TestClients.forBaseUrl(base);
            ApiClient admin = api.as(api.admin());
            long station = admin.get("/stations").json().get(0).get("id").asLong();
            System.out.printf("bench: signing up %d sous chefs and a line cook%n", chefs);
            List<TestUser> chefUsers = new ArrayList<>();
            for (int i = 0; i < chefs; i++) {
                chefUsers.add(api.newUser("SOUS_CHEF"));
            }
            TestUser cook = api.newUser("LINE_COOK");

            HttpClient wsHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<WsClient> tabs = new ArrayList<>();
            for (int i = 0; i < sockets; i++) {
                TestUser chef = chefUsers.get(i % chefs);
                tabs.add(WsClient.open(base, "/api/v1/notifications", Map.of("Authorization", "Bearer " + chef.token()),
                        wsHttp));
            }
            System.out.printf("bench: %d WebSockets open (%d chefs x %d tabs)%n", sockets, chefs, sockets / chefs);
            Round warm = round(base, cook, station, tabs, rate, Duration.ofSeconds(10), 0);
            System.out.println("bench: warm-up (not counted): " + warm);
            Round main = round(base, cook, station, tabs, rate, Duration.ofSeconds(seconds), 1_000_000);
            System.out.println("bench: RESULT " + main);
            for (double step : new double[] {rate * 2, rate * 4}) {
                Round ramp = round(base, cook, station, tabs, step, Duration.ofSeconds(10), (long) (step * 10_000_000));
                System.out.println("bench: ramp " + ramp);
            }
            tabs.forEach(WsClient::close);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    record Round(double rate, double sentRate, int events, int sockets, long delivered, double deliveredPerSecond,
                 long p50, long p99, long max, long lost, long duplicated, long postP99) {
        @Override
        public String toString() {
            return String.format("%.0f events/s asked, %.1f sent; %d events x %d sockets: %d delivered"
                    + " (%.0f messages/s); latency p50 %d ms, p99 %d ms, max %d ms; lost %d, duplicated %d;"
                    + " POST p99 %d ms", rate, sentRate, events, sockets, delivered, deliveredPerSecond, p50, p99, max,
                    lost, duplicated, postP99);
        }
    }

    private static Round round(String base, TestUser cook, long station, List<WsClient> tabs, double rate,
                               Duration duration, long firstSeq) throws Exception {
        int events = (int) Math.round(rate * duration.toSeconds());
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        AtomicLongArray perEvent = new AtomicLongArray(events);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong delivered = new AtomicLong();
        AtomicLong duplicated = new AtomicLong();
        long firstArrival[] = {Long.MAX_VALUE};
        long lastArrival[] = {0};
        for (WsClient tab : tabs) {
            var seenHere = ConcurrentHashMap.<Long>newKeySet();
            tab.onMessage(message -> {
                int at = message.text().indexOf(MARK);
                if (at < 0) {
                    return;
                }
                int end = at + MARK.length();
                while (end < message.text().length() && Character.isDigit(message.text().charAt(end))) {
                    end++;
                }
                long seq = Long.parseLong(message.text().substring(at + MARK.length(), end));
                Long sent = sentAt.get(seq);
                if (sent == null || seq < firstSeq || seq >= firstSeq + events) {
                    return; // a late message of an earlier round
                }
                if (!seenHere.add(seq)) {
                    duplicated.incrementAndGet();
                    return;
                }
                latencies.add((message.receivedNanos() - sent) / 1_000_000);
                perEvent.incrementAndGet((int) (seq - firstSeq));
                delivered.incrementAndGet();
                synchronized (firstArrival) {
                    firstArrival[0] = Math.min(firstArrival[0], message.receivedNanos());
                    lastArrival[0] = Math.max(lastArrival[0], message.receivedNanos());
                }
            });
        }
        HttpClient http = HttpClient.newHttpClient();
        LocalDate target = LocalDate.now().plusWeeks(2);
        List<Long> postMillis = Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.CompletableFuture<?>> posts = new ArrayList<>();
        long start = System.nanoTime();
        long interval = (long) (1_000_000_000L / rate);
        for (int i = 0; i < events; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long seq = firstSeq + i;
            String body = String.format("{\"nameDA\":\"%s%d fan-out\",\"descriptionDA\":\"Fan-out\",\"stationId\":%d,"
                    + "\"allergenIds\":[],\"targetWeek\":%d,\"targetYear\":%d}", MARK, seq, station,
                    target.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), target.get(IsoFields.WEEK_BASED_YEAR));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/dish-suggestions"))
                    .header("Authorization", "Bearer " + cook.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sent = System.nanoTime();
            sentAt.put(seq, sent);
            posts.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept(response -> {
                postMillis.add((System.nanoTime() - sent) / 1_000_000);
                if (response.statusCode() != 201) {
                    System.out.println("bench: POST answered " + response.statusCode());
                }
            }));
        }
        double sentRate = events / ((System.nanoTime() - start) / 1e9);
        for (var post : posts) {
            post.join();
        }
        long expected = (long) events * tabs.size();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300); // duplicates would arrive now
        tabs.forEach(tab -> tab.onMessage(message -> { }));
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        List<Long> postSorted = new ArrayList<>(postMillis);
        Collections.sort(postSorted);
        double span = Math.max(1e-9, (lastArrival[0] - firstArrival[0]) / 1e9);
        return new Round(rate, sentRate, events, tabs.size(), delivered.get(), delivered.get() / span,
                percentile(sorted, 50), percentile(sorted, 99), sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1),
                expected - delivered.get(), duplicated.get(), percentile(postSorted, 99));
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
