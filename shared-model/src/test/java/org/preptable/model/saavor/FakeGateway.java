package org.preptable.model.saavor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.preptable.model.Json;

/**
 * A real HTTP server on 127.0.0.1 standing in for the gateway's webhook: records every request, answers 200 to a
 * good signature and 401 to a bad one (or {@link #answer} when set), after {@link #delayMillis}.
 */
final class FakeGateway implements AutoCloseable {

    record Received(String method, String path, String contentType, String signature, byte[] body, Instant at) {
        SaavorEvent event() {
            try {
                return Json.STRICT.readValue(body, SaavorEvent.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int answer;
    volatile long delayMillis;
    private final String secret;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    FakeGateway(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<SaavorEvent> events() {
        return received.stream().map(Received::event).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst(SaavorSignature.HEADER);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), signature, body, Instant.now()));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = answer != 0 ? answer : SaavorSignature.verify(secret, body, signature) ? 200 : 401;
        byte[] reply = (status == 200 ? "{\"status\":\"accepted\"}"
                : "{\"statusCode\":" + status + ",\"message\":\"fake gateway says " + status + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
