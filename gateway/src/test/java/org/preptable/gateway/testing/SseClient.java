package org.preptable.gateway.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Server-Sent Events client for tests: opens the stream over HTTP, parses {@code id/event/data} blocks on
 * a background thread and hands out events in arrival order. Comments (heartbeats) are counted.
 */
public final class SseClient implements AutoCloseable {

    /** One event as received, stamped when its last line arrived. */
    public record Event(String id, String name, String data, java.time.Instant receivedAt) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;
    private volatile int heartbeats;
    private volatile Stream<String> lines;

    private SseClient(HttpRequest request) {
        response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread.ofVirtual().name("sse-test-client").start(this::read);
    }

    /** Opens {@code path} (relative to /api/v1) on {@code baseUrl} with these request headers. */
    public static SseClient open(String baseUrl, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1" + path))
                .header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        return new SseClient(request.build());
    }

    private void read() {
        try {
            HttpResponse<Stream<String>> answer = response.get(10, TimeUnit.SECONDS);
            status = answer.statusCode();
            lines = answer.body();
            List<String> block = new ArrayList<>();
            lines.forEach(line -> {
                if (!line.isEmpty()) {
                    block.add(line);
                    return;
                }
                String id = null;
                String name = "message";
                StringBuilder data = null;
                for (String field : block) {
                    if (field.startsWith(":")) {
                        heartbeats++;
                    } else if (field.startsWith("id:")) {
                        id = field.substring(3).trim();
                    } else if (field.startsWith("event:")) {
                        name = field.substring(6).trim();
                    } else if (field.startsWith("data:")) {
                        data = (data == null ? new StringBuilder() : data.append('\n')).append(field.substring(5).trim());
                    }
                }
                if (data != null) {
                    events.add(new Event(id, name, data.toString(), java.time.Instant.now()));
                }
                block.clear();
            });
        } catch (Exception closedOrFailed) {
            // the stream ended: the test closed it, or the server went away
        }
    }

    /** The next event, or an AssertionError after {@code seconds}. */
    public Event next(int seconds) throws InterruptedException {
        Event event = events.poll(seconds, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + seconds + " s (HTTP status " + status + ")");
        }
        return event;
    }

    /** Whatever arrives within {@code millis}; for asserting that nothing (more) arrives. */
    public List<Event> drain(long millis) throws InterruptedException {
        Thread.sleep(millis);
        List<Event> rest = new ArrayList<>();
        events.drainTo(rest);
        return rest;
    }

    public int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    public int heartbeats() {
        return heartbeats;
    }

    @Override
    public void close() {
        response.cancel(true);
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
    }
}
