package org.preptable.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.testing.TestClients;
import org.preptable.model.saavor.SaavorSimulator;

/**
 * Issue 23, less per screen: what one screen of each kind receives while the Saavor simulator posts orders (with
 * some fulfilled and voided, so updates and removals are in the mix): a whole stream (expo, and every screen before
 * {@code ?station_id=}) and one station stream per demo station of Harlingen. Figures per screen: bytes per event of
 * the location's feed, events received, and events per write (HTTP chunk), i.e. how well events that arrive together
 * are written together. Run by {@code scripts/bench/station-bytes [orders/s (50)] [seconds (20)] [screens per
 * stream (2)]}; the gateway runs in its own JVM, as in {@code scripts/bench/delivery}.
 */
public final class StationBytesBench {

    private static final String SECRET = "bench-saavor-secret";

    public static void main(String[] args) throws Exception {
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int perStream = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        // "whole": the same screens, all without station_id (the comparison: what every screen got before)
        boolean whole = args.length > 3 && args[3].equals("whole");
        Path data = Files.createTempDirectory("preptable-bench");
        try (GatewayProcess gateway = GatewayProcess.start(data, Map.of("PREPTABLE_SAAVOR_SECRET", SECRET,
                "PREPTABLE_ADMIN_EMAIL", "bench@preptable.local", "PREPTABLE_ADMIN_PASSWORD", "Bench-Pass-1"))) {
            String base = "http://127.0.0.1:" + gateway.port();
            var api = TestClients.forBaseUrl(base);
            String token = api.login("bench@preptable.local", "Bench-Pass-1");
            String harlingen = api.as(token).get("/locations").json().get(0).get("id").asText();
            List<String> names = new ArrayList<>(List.of("whole (expo)"));
            List<String> queries = new ArrayList<>(List.of(""));
            for (JsonNode station : api.as(token).get("/stations").json()) {
                names.add(station.get("name").asText());
                queries.add(whole ? "" : "?station_id=" + station.get("id").asLong());
            }
            URI uri = URI.create(base);
            List<List<RawSseSubscriber>> screens = new ArrayList<>();
            for (String query : queries) {
                List<RawSseSubscriber> same = new ArrayList<>();
                for (int i = 0; i < perStream; i++) {
                    RawSseSubscriber screen = new RawSseSubscriber(uri.getHost(), uri.getPort(),
                            "/api/v1/locations/" + harlingen + "/events" + query, token);
                    Thread.ofPlatform().daemon().start(() -> screen.read((json, arrived) -> { }));
                    same.add(screen);
                }
                screens.add(same);
            }
            System.out.println("bench: warming up (10 s at the same rate, not counted; a cold gateway's first seconds"
                    + " are JIT warm-up)");
            try (SaavorSimulator simulator = SaavorSimulator.builder(base, SECRET).storeRef("harlingen-main").seed(22)
                    .build()) {
                simulator.run(rate, Duration.ofSeconds(10), 0.3, 0.05);
            }
            Thread.sleep(2_000);
            long[][] warm = counters(screens);
            System.out.printf("bench: %.0f orders/s for %d s (30 %% fulfilled, 5 %% voided), %d screens per stream%n",
                    rate, seconds, perStream);
            try (SaavorSimulator simulator = SaavorSimulator.builder(base, SECRET).storeRef("harlingen-main").seed(23)
                    .build()) {
                var report = simulator.run(rate, Duration.ofSeconds(seconds), 0.3, 0.05);
                System.out.printf("bench: sent %d created, %d fulfilled, %d voided; answers %s, %d failed (first: %s)%n",
                        report.created(), report.fulfilled(), report.voided(), report.statuses(), report.failed(), report.firstFailure());
            }
            Thread.sleep(2_000);
            long[][] before = table("orders from Saavor", names, screens, warm);
            // expo's bumps: order.updated for every order, so each station stream also gets the short
            // "not on this screen" order.removed for the orders it has no line in
            var expo = api.as(token);
            int bumped = 0;
            for (JsonNode order : expo.get("/locations/" + harlingen + "/orders?state=queued").json()) {
                if (bumped == 300) {
                    break;
                }
                expo.post("/locations/" + harlingen + "/orders/" + order.get("id").asText() + "/transition",
                        Map.of("to", "preparing"));
                bumped++;
            }
            Thread.sleep(2_000);
            System.out.printf("bench: expo moved %d orders to preparing, one at a time%n", bumped);
            table("expo's bumps only", names, screens, before);
            for (List<RawSseSubscriber> same : screens) {
                for (RawSseSubscriber screen : same) {
                    screen.close();
                }
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Events, event bytes and event chunks so far of the first screen of each stream. */
    private static long[][] counters(List<List<RawSseSubscriber>> screens) {
        long[][] now = new long[screens.size()][];
        for (int s = 0; s < screens.size(); s++) {
            RawSseSubscriber screen = screens.get(s).getFirst();
            now[s] = new long[] {screen.events(), screen.eventBytes(), screen.eventChunks()};
        }
        return now;
    }

    /** Prints what the first screen of each stream got (since {@code before}, when given); answers the counters. */
    private static long[][] table(String what, List<String> names, List<List<RawSseSubscriber>> screens,
                                  long[][] before) {
        long[][] now = counters(screens);
        long feed = now[0][0] - (before == null ? 0 : before[0][0]);
        System.out.println("bench: " + what);
        System.out.println("| stream | events received | bytes per feed event | bytes per event received"
                + " | events per write |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int s = 0; s < screens.size(); s++) {
            long events = now[s][0] - (before == null ? 0 : before[s][0]);
            long bytes = now[s][1] - (before == null ? 0 : before[s][1]);
            long chunks = now[s][2] - (before == null ? 0 : before[s][2]);
            System.out.printf("| %s | %d of %d | %.0f | %.0f | %.2f |%n", names.get(s), events, feed,
                    bytes / (double) Math.max(1, feed), bytes / (double) Math.max(1, events),
                    events / (double) Math.max(1, chunks));
        }
        return now;
    }
}
