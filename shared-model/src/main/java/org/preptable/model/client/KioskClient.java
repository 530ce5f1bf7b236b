package org.preptable.model.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.model.Json;
import org.preptable.model.kds.KitchenOrder;

/**
 * The kiosk's side of the gateway API: sign in with the location's kiosk token (a session cookie), read the
 * active orders with the event id they include, open the event stream from there, and bump orders. Writes carry
 * {@code Origin: <gateway>} because the gateway checks it on cookie-authenticated writes.
 */
public final class KioskClient {

    /**
     * What {@code POST /signage/auth} tells the kiosk about its location, and the screen it signed in as (null when it
     * named none, or the gateway predates screens).
     */
    public record SignIn(UUID locationId, String locationName, String timezone, int readyHoldSeconds, Screen screen) {

        /** A sign-in without a screen, as the kitchen display's first part knew it. */
        public SignIn(UUID locationId, String locationName, String timezone, int readyHoldSeconds) {
            this(locationId, locationName, timezone, readyHoldSeconds, null);
        }
    }

    /**
     * The screen a kiosk signed in as and its central settings; a null setting leaves the device file's in force
     * ({@code stationId} null: the device file decides which station, if any, the screen shows).
     */
    public record Screen(UUID id, String name, Long stationId, Integer warnSeconds, Integer lateSeconds) {
    }

    /** Active orders and the last event id they include. */
    public record Snapshot(List<KitchenOrder> orders, long lastEventId) {
    }

    /** A transition's status and the order as the gateway now has it (on 200 and on 409), else null. */
    public record TransitionResult(int status, KitchenOrder current) {
    }

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String cookie;
    private volatile SignIn signIn;
    private volatile String kioskToken;
    private volatile String screenName;

    public KioskClient(URI gateway) {
        this.gateway = gateway;
    }

    public SignIn signIn(String kioskToken) throws IOException, InterruptedException {
        return signIn(kioskToken, null);
    }

    /**
     * Signs in as the screen {@code screen} (the device file's {@code kiosk.screen}; null for none): the gateway
     * finds or creates it and answers its central settings in {@link SignIn#screen()}. Later automatic sign-ins
     * (after a 401) name the same screen.
     */
    public SignIn signIn(String kioskToken, String screen) throws IOException, InterruptedException {
        this.kioskToken = kioskToken;
        this.screenName = screen;
        Map<String, String> payload = screen == null ? Map.of("token", kioskToken)
                : Map.of("token", kioskToken, "screen", screen);
        HttpResponse<String> response = http.send(request("/api/v1/signage/auth")
                .header("Content-Type", "application/json").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(payload))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the gateway refused the kiosk token (HTTP " + response.statusCode()
                    + "); rotate a new one in Admin → Kiosks and put it in this device's config file");
        }
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow(
                () -> new IOException("the gateway signed the kiosk in but sent no session cookie"));
        cookie = setCookie.substring(0, setCookie.indexOf(';') < 0 ? setCookie.length() : setCookie.indexOf(';'));
        JsonNode body = Json.MAPPER.readTree(response.body());
        signIn = new SignIn(UUID.fromString(body.get("location_id").asText()), body.get("location_name").asText(),
                body.get("timezone").asText(), body.get("ready_hold_seconds").asInt(), screen(body.get("screen")));
        return signIn;
    }

    private static Screen screen(JsonNode screen) {
        if (screen == null || !screen.isObject()) {
            return null;
        }
        JsonNode station = screen.path("station_id");
        JsonNode warn = screen.path("warn_seconds");
        JsonNode late = screen.path("late_seconds");
        return new Screen(UUID.fromString(screen.get("id").asText()), screen.get("name").asText(),
                station.isNumber() ? station.asLong() : null, warn.isNumber() ? warn.asInt() : null,
                late.isNumber() ? late.asInt() : null);
    }

    public Snapshot activeOrders() throws IOException, InterruptedException {
        HttpResponse<String> response = send(() -> request(locationPath("/orders")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        requireOk(response.statusCode(), "reading the orders");
        List<KitchenOrder> orders = Json.MAPPER.readValue(response.body(), new TypeReference<>() { });
        long last = Long.parseLong(response.headers().firstValue("Last-Event-ID").orElse("0"));
        return new Snapshot(orders, last);
    }

    /** Opens the event stream after {@code lastEventId}; the caller reads and closes the stream. */
    public InputStream openEvents(long lastEventId) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = send(() -> request(locationPath("/events"))
                        .header("Accept", "text/event-stream").header("Last-Event-ID", Long.toString(lastEventId))
                        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            requireOk(response.statusCode(), "opening the event stream");
        }
        return response.body();
    }

    /**
     * A signed-in GET of {@code /api/v1/locations/{id}<rest>} (e.g. {@code /menu/current}); the caller decides what a
     * status means (signage treats 404 as "this gateway has no menus yet").
     */
    public HttpResponse<String> getLocation(String rest) throws IOException, InterruptedException {
        return send(() -> request(locationPath(rest)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A signed-in POST of {@code body} as JSON to {@code /api/v1<apiPath>} (e.g. {@code /saavor/orders/prepared}),
     * with the {@code Origin} the gateway's CSRF check wants; the caller decides what a status means.
     */
    public HttpResponse<String> postJson(String apiPath, Object body) throws IOException, InterruptedException {
        String json = Json.write(body);
        return send(() -> request("/api/v1" + apiPath).header("Content-Type", "application/json")
                        .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public SignIn currentSignIn() {
        return signIn;
    }

    /**
     * Bumps an order. 200: moved; 409: the screen was stale (or this bump was already applied before a lost answer,
     * which is what makes replaying an offline bump safe), with the gateway's current order.
     */
    public TransitionResult transition(String orderId, String from, String to) throws IOException, InterruptedException {
        String body = Json.write(from == null ? Map.of("to", to) : Map.of("from", from, "to", to));
        HttpResponse<String> response = send(() -> request(locationPath("/orders/" + orderId + "/transition"))
                        .header("Content-Type", "application/json").header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new TransitionResult(response.statusCode(), currentOrder(response));
    }

    private static KitchenOrder currentOrder(HttpResponse<String> response) {
        if (response.statusCode() != 200 && response.statusCode() != 409) {
            return null;
        }
        try {
            JsonNode json = Json.MAPPER.readTree(response.body());
            JsonNode order = response.statusCode() == 409 ? json.get("order") : json;
            return order == null || !order.isObject() ? null : Json.MAPPER.treeToValue(order, KitchenOrder.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Sends, and when the session has ended (401: expired, or the token was rotated and signed in again elsewhere)
     * signs in once more with the same token and resends; a rotated token then fails sign-in with a clear message.
     */
    private <T> HttpResponse<T> send(java.util.function.Supplier<HttpRequest> request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        HttpResponse<T> response = http.send(request.get(), body);
        if (response.statusCode() == 401 && kioskToken != null) {
            if (response.body() instanceof InputStream in) {
                in.close();
            }
            signIn(kioskToken, screenName);
            response = http.send(request.get(), body);
        }
        return response;
    }

    private String locationPath(String rest) {
        if (signIn == null) {
            throw new IllegalStateException("sign in first");
        }
        return "/api/v1/locations/" + signIn.locationId() + rest;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(10));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private String origin() {
        return gateway.getScheme() + "://" + gateway.getAuthority();
    }

    private static void requireOk(int status, String what) throws IOException {
        if (status != 200) {
            throw new IOException(what + " failed with HTTP " + status
                    + (status == 401 ? "; the kiosk session ended, sign in again" : ""));
        }
    }
}
