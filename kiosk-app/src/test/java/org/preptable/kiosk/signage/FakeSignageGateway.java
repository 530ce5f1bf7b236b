package org.preptable.kiosk.signage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.preptable.model.Json;
import org.preptable.model.kds.KitchenOrder;

/**
 * The slice of the gateway a signage screen uses, on a JDK HTTP server, for what the real gateway cannot do yet (its
 * menu routes come later): kiosk sign-in with a session cookie, the order snapshot with {@code Last-Event-ID}, an
 * event stream the test pushes events into, and {@code /menu/current} answering whatever the test queues.
 * Requests without the session cookie get 401, as on the real gateway.
 */
final class FakeSignageGateway implements AutoCloseable {

    static final UUID LOCATION = UUID.fromString("5b0e8f3c-2f6a-4a53-9d55-0c8f1f6f7a10");
    private static final String COOKIE = "preptable_session";

    /** A canned answer for {@code /menu/current}. */
    record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    /** Every event pushed, in order, as (id, frame): a stream resumes after its Last-Event-ID, as the gateway does. */
    private final List<Map.Entry<Long, String>> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> menuAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicLong eventIds = new AtomicLong(10);
    private final AtomicInteger signIns = new AtomicInteger();
    private final AtomicInteger eventStreams = new AtomicInteger();
    private final AtomicInteger menuRequests = new AtomicInteger();
    private volatile Answer menuDefault;
    private volatile List<KitchenOrder> orders = List.of();
    private volatile String session = "s1";
    private volatile boolean closed;

    private FakeSignageGateway(Answer menu) throws IOException {
        this.menuDefault = menu;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/v1/signage/auth", this::signIn);
        server.createContext("/api/v1/locations/" + LOCATION + "/orders", this::orders);
        server.createContext("/api/v1/locations/" + LOCATION + "/events", this::events);
        server.createContext("/api/v1/locations/" + LOCATION + "/menu/current", this::menu);
        server.start();
    }

    static FakeSignageGateway start(Answer menu) throws IOException {
        return new FakeSignageGateway(menu);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void setOrders(List<KitchenOrder> snapshot) {
        orders = List.copyOf(snapshot);
    }

    /** The default answer from now on; queued answers go first. */
    void answerMenu(Answer answer) {
        menuDefault = answer;
    }

    void queueMenuAnswer(Answer answer) {
        menuAnswers.add(answer);
    }

    /** Ends the current kiosk session: the next request with the old cookie gets 401 until the kiosk signs in. */
    void expireSession() {
        session = "s" + UUID.randomUUID();
    }

    /** How many times a client opened the event stream. */
    int eventStreams() {
        return eventStreams.get();
    }

    /** Pushes one event to the open stream (or the next one opened). */
    void push(String name, String data) {
        long id = eventIds.incrementAndGet();
        events.add(Map.entry(id, "id: " + id + "\nevent: " + name + "\ndata: " + data + "\n\n"));
    }

    int signIns() {
        return signIns.get();
    }

    int menuRequests() {
        return menuRequests.get();
    }

    private void signIn(HttpExchange exchange) throws IOException {
        Map<?, ?> body = Json.MAPPER.readValue(exchange.getRequestBody(), Map.class);
        if (!"POST".equals(exchange.getRequestMethod()) || !"kiosk-token".equals(body.get("token"))) {
            respond(exchange, 401, "Unauthorized");
            return;
        }
        signIns.incrementAndGet();
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax");
        respond(exchange, 200, Json.write(Map.of("location_id", LOCATION.toString(), "location_name", "Nørrebro Food Hall",
                "timezone", "Europe/Copenhagen", "ready_hold_seconds", 300)));
    }

    private void orders(HttpExchange exchange) throws IOException {
        if (signedIn(exchange)) {
            exchange.getResponseHeaders().add("Last-Event-ID", Long.toString(eventIds.get()));
            respond(exchange, 200, Json.write(orders));
        }
    }

    private void menu(HttpExchange exchange) throws IOException {
        if (signedIn(exchange)) {
            menuRequests.incrementAndGet();
            Answer queued = menuAnswers.poll();
            Answer answer = queued != null ? queued : menuDefault;
            respond(exchange, answer.status(), answer.body());
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        if (!signedIn(exchange)) {
            return;
        }
        // Only the newest stream sends: an older one may be a connection the client gave up on.
        int stream = eventStreams.incrementAndGet();
        String lastHeader = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        long last = lastHeader == null || lastHeader.isBlank() ? 0 : Long.parseLong(lastHeader.strip());
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(": hello\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed && stream == eventStreams.get()) {
                for (Map.Entry<Long, String> event : events) {
                    if (event.getKey() > last) {
                        out.write(event.getValue().getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        last = event.getKey();
                    }
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException | IOException e) {
            // the kiosk closed the stream or the test is over
        }
    }

    private boolean signedIn(HttpExchange exchange) throws IOException {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie == null || !cookie.contains(COOKIE + "=" + session)) {
            respond(exchange, 401, "Unauthorized");
            return false;
        }
        return true;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "text/plain");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        executor.shutdownNow();
    }
}
