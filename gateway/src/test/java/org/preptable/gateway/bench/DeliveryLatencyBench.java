package org.preptable.gateway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.preptable.gateway.testing.TestClients;
import org.preptable.model.saavor.SaavorSimulator;

/**
 * Webhook → screen latency: a gateway on embedded PostgreSQL (demo data) in a process of its own,
 * {@code subscribers} SSE clients on Harlingen, and the Saavor simulator posting orders whose {@code placed_at}
 * is their send time. Latency is
 * arrival at each subscriber minus {@code placed_at}; every subscriber must see every order exactly once.
 * Run by {@code scripts/bench/delivery}.
 */
public final class DeliveryLatencyBench {

    private static final String SECRET = "bench-saavor-secret";

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        // PREPTABLE_BENCH_WARMUP=0 measures a fresh gateway's first seconds; PREPTABLE_BENCH_RAMP=false stops there
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("PREPTABLE_BENCH_WARMUP", "10"));
        boolean ramping = !"false".equals(System.getenv("PREPTABLE_BENCH_RAMP"));
        Path data = Files.createTempDirectory("preptable-bench");
        try (GatewayProcess gateway = GatewayProcess.start(data, Map.of("PREPTABLE_SAAVOR_SECRET", SECRET,
                "PREPTABLE_ADMIN_EMAIL", "bench@preptable.local", "PREPTABLE_ADMIN_PASSWORD", "Bench-Pass-1"))) {
            String base = "http://127.0.0.1:" + gateway.port();
            var api = TestClients.forBaseUrl(base);
            String token = api.login("bench@preptable.local", "Bench-Pass-1");
            String harlingen = api.as(token).get("/locations").json().get(0).get("id").asText();

            if (warmUp > 0) {
                System.out.printf("bench: warming up (%d s at the same rate, not counted)%n", warmUp);
                round(base, token, harlingen, subscribers, rate, Duration.ofSeconds(warmUp), 0);
            } else {
                System.out.println("bench: no warm-up: the first orders meet the gateway as it started (issue 23)");
            }
            System.out.printf("bench: %d subscribers, %.0f orders/s for %d s%n", subscribers, rate, seconds);
            ProcessCpu before = ProcessCpu.read(gateway.pid(), data);
            Result main = round(base, token, harlingen, subscribers, rate, Duration.ofSeconds(seconds), 1);
            System.out.println("bench: " + main);
            System.out.println("bench: " + ProcessCpu.perUnit(before, ProcessCpu.read(gateway.pid(), data),
                    main.orders(), "order"));
            if (!ramping) {
                return;
            }
            System.out.println("bench: finding the highest rate with p99 under 50 ms (10 s per step)");
            double[] ramp = {100, 200, 400, 800};
            for (int i = 0; i < ramp.length; i++) {
                Result step = round(base, token, harlingen, subscribers, ramp[i], Duration.ofSeconds(10), 100 + i);
                System.out.println("bench: " + step);
                if (step.p99() > 50 || step.lost() > 0 || step.achievedRate() < ramp[i] * 0.9) {
                    break;
                }
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    record Result(double rate, double achievedRate, int orders, int subscribers, long p50, long p99, long max,
                  long lost, long duplicated) {
        @Override
        public String toString() {
            return String.format("%.0f orders/s asked, %.1f sent; %d orders x %d subscribers: p50 %d ms, p99 %d ms,"
                    + " max %d ms; lost %d, duplicated %d", rate, achievedRate, orders, subscribers, p50, p99, max,
                    lost, duplicated);
        }
    }

    private static Result round(String base, String token, String location, int subscriberCount, double rate,
                                Duration duration, long seed) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Set<String>> seen = new ConcurrentHashMap<>();
        AtomicLong duplicated = new AtomicLong();
        List<RawSseSubscriber> clients = new ArrayList<>();
        java.net.URI uri = java.net.URI.create(base);
        for (int i = 0; i < subscriberCount; i++) {
            RawSseSubscriber client = new RawSseSubscriber(uri.getHost(), uri.getPort(),
                    "/api/v1/locations/" + location + "/events", token);
            clients.add(client);
            Set<String> mine = ConcurrentHashMap.newKeySet();
            seen.put(i, mine);
            Thread.ofPlatform().daemon().start(() -> client.read((data, arrived) ->
                    record(data, arrived, mine, latencies, duplicated)));
        }
        Set<String> sent = ConcurrentHashMap.newKeySet();
        List<Long> responses = Collections.synchronizedList(new ArrayList<>());
        Instant started = Instant.now();
        SaavorSimulator.RunReport report;
        try (SaavorSimulator simulator = SaavorSimulator.builder(base, SECRET).storeRef("harlingen-main").seed(seed)
                .onSent(event -> {
                    if (event.accepted() && event.event().type().equals("order.created")) {
                        sent.add(event.event().order().id());
                        responses.add(event.responseTime().toMillis());
                    }
                }).build()) {
            report = simulator.run(rate, duration, 0, 0);
        }
        double achieved = report.created() / Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        Thread.sleep(2_000);
        int resumes = 0;
        for (RawSseSubscriber client : clients) {
            client.close();
            resumes += client.resumes();
        }
        long lost = 0;
        for (Set<String> mine : seen.values()) {
            Set<String> missing = new HashSet<>(sent);
            missing.removeAll(mine);
            lost += missing.size();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        List<Long> webhook = new ArrayList<>(responses);
        Collections.sort(webhook);
        System.out.printf("bench:   webhook response p50 %d ms, p99 %d ms; subscribers cut off and resumed: %d%n",
                percentile(webhook, 50), percentile(webhook, 99), resumes);
        return new Result(rate, achieved, sent.size(), subscriberCount, percentile(sorted, 50), percentile(sorted, 99),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1), lost, duplicated.get());
    }

    /**
     * Counts a new order's payload once per subscriber and its latency from {@code placed_at}. The fields are
     * found by text search rather than parsed: 150 000 parsed trees a minute made the measuring JVM pause for
     * garbage collection, and each pause was counted as gateway latency.
     */
    private static void record(String data, Instant arrived, Set<String> seen, List<Long> latencies,
                               AtomicLong duplicated) {
        String placedAt = field(data, "placed_at");
        String orderId = field(data, "saavor_order_id");
        if (!"queued".equals(field(data, "prep_state")) || placedAt == null || orderId == null) {
            return;
        }
        if (!seen.add(orderId)) {
            duplicated.incrementAndGet();
            return;
        }
        latencies.add(Duration.between(Instant.parse(placedAt), arrived).toMillis());
    }

    /** The value of a top-level string field in the gateway's compact JSON, or null. */
    private static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key);
        if (start < 0) {
            return null;
        }
        start += key.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
