package org.preptable.gateway.warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.gateway.auth.JwtTokens;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.AccessLog;
import org.preptable.gateway.kds.saavor.SaavorWebhook;
import org.preptable.model.Json;
import org.preptable.model.saavor.SaavorEvent;
import org.preptable.model.saavor.SaavorOrderFactory;

/**
 * Drives the hot API paths of a freshly started gateway for a few seconds before {@code /readyz} says ready
 * (issue 23): a fresh JVM interprets and compiles as it goes, and answered its first 10 s of orders with p99 36-365
 * ms against 14-47 ms once warm. Over loopback, as a client would: the reads a kitchen makes all day (locations,
 * orders, inventory, dishes, menus, menu health, the public menu, an error envelope), each location's screen
 * stream replaying its last events, and the Saavor webhook rehearsed in-process with a realistic order whose
 * transaction is rolled back ({@link SaavorWebhook#rehearse}).
 *
 * <p>Nothing is written that anyone could see: the reads act as the first active admin through a token that is
 * made here and never leaves the process (tokens are not stored), the rehearsed orders roll back, and the access
 * log leaves out requests carrying this start's random {@link AccessLog#WARM_UP_HEADER} key (the gateway logs one
 * summary line instead of thousands). Bounded by the budget: no request starts after it.
 */
public final class ApiWarmUp {

    /** Two clients at once: the gateway's event loops and virtual threads then also meet as under real load. */
    private static final int WORKERS = 2;
    private static final Duration STREAM_READ = Duration.ofMillis(500);
    /** Rehearsed orders per location and round. */
    private static final int ORDERS = 5;

    /** What the warm-up did. */
    public record Report(int rounds, int requests, int failed, int rehearsed, int streams, long millis) {
        public static final Report NONE = new Report(0, 0, 0, 0, 0, 0);
    }

    private final String origin;
    private final String key;
    private final WarmUpTargets targets;
    private final Optional<String> token;
    private final SaavorWebhook webhook;
    private final HttpClient client;
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger rehearsed = new AtomicInteger();
    private final AtomicInteger streams = new AtomicInteger();

    private ApiWarmUp(String origin, String key, WarmUpTargets targets, Optional<String> token, SaavorWebhook webhook,
                      HttpClient client) {
        this.origin = origin;
        this.key = key;
        this.targets = targets;
        this.token = token;
        this.webhook = webhook;
        this.client = client;
    }

    /**
     * Warms up the gateway at {@code origin} for about {@code budget}.
     *
     * @param key this start's value of {@link AccessLog#WARM_UP_HEADER}, which the access log knows
     */
    public static Report run(String origin, String key, Db db, JwtTokens tokens, SaavorWebhook webhook,
                             Duration budget) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        WarmUpTargets targets = WarmUpTargets.read(db.pool());
        Optional<String> token = targets.admin().map(admin ->
                tokens.issue(admin.id(), admin.number(), admin.email(), Role.ADMIN));
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build()) {
            ApiWarmUp warmUp = new ApiWarmUp(origin, key, targets, token, webhook, client);
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                int seed = i;
                workers.add(Thread.ofVirtual().name("api-warm-up-" + i).start(() -> warmUp.loop(deadline, seed)));
            }
            try {
                for (Thread worker : workers) {
                    worker.join();
                }
            } finally {
                workers.forEach(Thread::interrupt); // the gateway is closing: stop at the next request
            }
            return new Report(warmUp.rounds.get(), warmUp.requests.get(), warmUp.failed.get(),
                    warmUp.rehearsed.get(), warmUp.streams.get(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Rounds until the deadline, which is checked before every request, so the warm-up ends within one request of
     * its budget even when a busy machine makes the first (class-loading) round slow. The two workers take the
     * halves of a round in opposite order: a short budget still covers both the reads and the orders.
     */
    private void loop(long deadline, int worker) {
        SaavorOrderFactory orders = new SaavorOrderFactory(new Random(worker), 0);
        try {
            while (System.nanoTime() < deadline) {
                if (worker % 2 == 0) {
                    reads(deadline);
                    orders(deadline, orders);
                } else {
                    orders(deadline, orders);
                    reads(deadline);
                }
                rounds.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reads a kitchen makes all day, a 401 and a 404 envelope. */
    private void reads(long deadline) throws InterruptedException {
        List<String> paths = new ArrayList<>(List.of("/api/v1/locations", "/api/v1/items", "/api/v1/dishes",
                "/api/v1/menus", "/api/v1/weekly-menus/current", "/api/v1/stations",
                "/api/v1/locations/" + UUID.randomUUID()));
        targets.store().ifPresent(store -> paths.add("/api/v1/stores/" + store + "/inventory"));
        for (WarmUpTargets.Place place : targets.places()) {
            String location = "/api/v1/locations/" + place.id();
            paths.addAll(List.of(location + "/orders", location + "/inventory", location + "/menu/current",
                    "/api/v1/menu-health?location_id=" + place.id()));
        }
        for (String path : paths) {
            if (System.nanoTime() >= deadline) {
                return;
            }
            get(path, true);
        }
        if (System.nanoTime() < deadline) {
            get("/api/v1/locations", false); // the 401 envelope
        }
        for (WarmUpTargets.Place place : targets.places()) {
            if (System.nanoTime() < deadline) {
                get("/api/v1/locations/" + place.id() + "/menu/public", false);
            }
        }
    }

    /**
     * The kitchen display's path: each location's screen stream, and orders through the webhook (rehearsed,
     * {@link #ORDERS} per location and round: it is the path that has to be fast from the first second).
     */
    private void orders(long deadline, SaavorOrderFactory orders) throws InterruptedException {
        for (WarmUpTargets.Place place : targets.places()) {
            if (System.nanoTime() < deadline) {
                stream(place);
            }
            for (int i = 0; i < ORDERS && place.storeRef() != null; i++) {
                if (System.nanoTime() >= deadline) {
                    return;
                }
                Instant now = Instant.now();
                SaavorEvent event = new SaavorEvent(orders.eventId(now), "order.created", now, place.storeRef(),
                        orders.newOrder(now));
                try {
                    webhook.rehearse(Json.write(event).getBytes(StandardCharsets.UTF_8));
                    rehearsed.incrementAndGet();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            }
        }
    }

    private void get(String path, boolean authenticated) throws InterruptedException {
        if (authenticated && token.isEmpty() || Thread.currentThread().isInterrupted()) {
            return;
        }
        try {
            HttpResponse<byte[]> answer = client.send(request(path, authenticated).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            count(answer.statusCode());
        } catch (IOException e) {
            failed.incrementAndGet();
        }
    }

    /**
     * A screen's stream of the location, resumed a few events back so the catch-up read, the stored
     * frames and the socket writes all run; read until those frames are in (or briefly), then hung up.
     */
    private void stream(WarmUpTargets.Place place) throws InterruptedException {
        if (token.isEmpty()) {
            return;
        }
        HttpRequest request = request("/api/v1/locations/" + place.id() + "/events", true)
                .header("Last-Event-ID", Long.toString(place.resumeFrom())).build();
        try {
            HttpResponse<InputStream> answer = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            count(answer.statusCode());
            try (InputStream body = answer.body()) {
                // a read blocks until the stream says something: closing it from here ends a quiet one on time
                Thread closer = Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(STREAM_READ);
                        body.close();
                    } catch (InterruptedException | IOException ignored) {
                        // read to the end, or already closed
                    }
                });
                try {
                    readFrames(body, place.replayed());
                } finally {
                    closer.interrupt();
                }
            }
            streams.incrementAndGet();
        } catch (IOException e) {
            // the stream was hung up on time: what was read is what there was
            streams.incrementAndGet();
        }
    }

    private static void readFrames(InputStream body, long expected) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        boolean opened = false;
        long frames = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            opened |= line.startsWith("retry:");
            if (line.startsWith("id:")) {
                frames++;
            }
            if (line.equals("event: reset") || opened && frames >= expected) {
                return;
            }
        }
    }

    private HttpRequest.Builder request(String path, boolean authenticated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofSeconds(5)).header(AccessLog.WARM_UP_HEADER, key);
        if (authenticated) {
            request.header("Authorization", "Bearer " + token.orElseThrow());
        }
        return request;
    }

    private void count(int status) {
        requests.incrementAndGet();
        if (status >= 500) {
            failed.incrementAndGet();
        }
    }
}
