package org.preptable.gateway.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the web app once over loopback before the gateway says it is ready, as a browser would: the page, then every
 * module and stylesheet it reaches by its links, imports and the router's page modules. A fresh gateway served the
 * first browser's 20 files in about 1.3 s (class loading and the interpreter in the static file path); warmed, a
 * screen is on screen in under 0.3 s (docs/performance.md, scripts/bench/webapp). Nothing is cached here: the point
 * is the code path, not the bytes.
 */
public final class WebAppWarmUp {

    /**
     * Links of the page, module imports (static and dynamic), the router's {@code module:} entries, and the import
     * map's targets ({@code "chart.js":"/webjars/..."}): a library imported by a bare name (Chart.js, its colour
     * library) is reached only through the map, and was otherwise served cold to the first stock-reports screen.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:href=\"|href:\\s*'|src=\"|from\\s*'|import\\s*'|import\\('|module:\\s*'|\":\\s*\")([^\"']+\\.(?:js|css))");
    /** Rounds over the same files: the first loads the classes, the next ones give the JIT something to see. */
    private static final int ROUNDS = 3;

    private WebAppWarmUp() {
    }

    /** Where this gateway answers itself: loopback when it listens on every address. */
    public static String origin(String host, int port) {
        String to = host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (to.contains(":") ? "[" + to + "]" : to) + ":" + port;
    }

    /** Fetches the app from {@code origin}; answers the paths served (200) in the first round. */
    public static Set<String> run(String origin) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Set<String> files = crawl(client, origin);
        for (int round = 1; round < ROUNDS; round++) {
            for (String path : files) {
                get(client, origin, path);
            }
        }
        return files;
    }

    private static Set<String> crawl(HttpClient client, String origin) throws InterruptedException {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> served = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        seen.add("/");
        while (!queue.isEmpty()) {
            String path = queue.poll();
            String body = get(client, origin, path);
            if (body == null) {
                continue;
            }
            served.add(path);
            Matcher matcher = REFERENCE.matcher(body);
            while (matcher.find()) {
                String next = resolve(path, matcher.group(1));
                if (next != null && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return served;
    }

    /** A reference made absolute against the file it is in; null for anything outside the app and its webjars. */
    static String resolve(String from, String reference) {
        String path = reference.startsWith("/") ? reference
                : URI.create("http://x" + from).resolve(reference).getPath();
        return path.startsWith("/app/") || path.startsWith("/webjars/") ? path : null;
    }

    private static String get(HttpClient client, String origin, String path) throws InterruptedException {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(origin + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? answer.body() : null;
        } catch (IOException e) {
            return null; // a warm-up that cannot reach the app only leaves the first visit slower
        }
    }
}
