package org.preptable.gateway.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real WebSocket client for tests and benchmarks (the JDK's {@link java.net.http.WebSocket}): collects text
 * messages in arrival order, stamped when they arrived, and the close code and reason the server sent.
 */
public final class WsClient implements AutoCloseable {

    /** One text message as received. */
    public record Message(String text, Instant receivedAt, long receivedNanos) {
    }

    /** The server's close frame. */
    public record Close(int code, String reason) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private WsClient(URI uri, Map<String, String> headers, HttpClient http) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        socket = builder.buildAsync(uri, new Listener()).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Opens {@code path} (e.g. {@code /api/v1/notifications?token=…}) on {@code baseUrl} (http://host:port). */
    public static WsClient open(String baseUrl, String path, Map<String, String> headers) {
        return open(baseUrl, path, headers, HTTP);
    }

    /** The same with a client of the caller's (a benchmark opens hundreds and sizes its own). */
    public static WsClient open(String baseUrl, String path, Map<String, String> headers, HttpClient http) {
        return new WsClient(URI.create(baseUrl.replaceFirst("^http", "ws") + path), headers, http);
    }

    /** The next text message, failing the test after {@code seconds}. */
    public Message next(int seconds) throws InterruptedException {
        Message message = messages.poll(seconds, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no WebSocket message within " + seconds + " s");
        }
        return message;
    }

    /** Every message that arrives within {@code millis}. */
    public List<Message> drain(long millis) throws InterruptedException {
        Thread.sleep(millis);
        List<Message> rest = new ArrayList<>();
        messages.drainTo(rest);
        return rest;
    }

    /** The close frame the server sent, failing after {@code seconds}. */
    public Close closeFrame(int seconds) {
        return closed.orTimeout(seconds, TimeUnit.SECONDS).join();
    }

    /** Messages arriving from now on go to {@code sink} instead of the queue (for a benchmark's counting). */
    public void onMessage(java.util.function.Consumer<Message> sink) {
        this.sink = sink;
    }

    private volatile java.util.function.Consumer<Message> sink;

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(failure -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Message message = new Message(partial.toString(), Instant.now(), System.nanoTime());
                partial.setLength(0);
                var target = sink;
                if (target != null) {
                    target.accept(message);
                } else {
                    messages.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Close(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Close(-1, String.valueOf(error)));
        }
    }
}
