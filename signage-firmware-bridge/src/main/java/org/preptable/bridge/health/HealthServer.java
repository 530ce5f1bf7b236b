package org.preptable.bridge.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.preptable.model.Json;

/**
 * {@code GET http://127.0.0.1:<health.port>/healthz}: the {@link BridgeStatus} as JSON, 200 when healthy (gateway
 * feed live, board up) and 503 otherwise, for a monitoring agent or {@code curl}. Loopback only: it says which
 * orders are ready, and nobody off the Pi needs that from here.
 */
public final class HealthServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("health-http").factory());

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /** @param port 0 for any free port (tests) */
    public static HealthServer start(int port, BridgeStatus status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        HealthServer health = new HealthServer(server);
        server.createContext("/healthz", exchange -> health.answer(exchange, status));
        server.setExecutor(health.executor);
        server.start();
        return health;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange, BridgeStatus status) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/healthz")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = (Json.write(status.snapshot()) + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            int code = status.healthy() ? 200 : 503;
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(code, -1);
                return;
            }
            exchange.sendResponseHeaders(code, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
