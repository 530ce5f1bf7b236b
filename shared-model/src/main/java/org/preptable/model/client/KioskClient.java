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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's side of the gateway API: sign in with the location's kiosk token (a session cookie), read the
 * active orders with the event id they include, open the event stream from there, and bump orders. Writes carry
 * {@code Origin: <gateway>} because the gateway checks it on cookie-authenticated writes.
 */
public final class KioskClient {

    private static final Logger LOG = LoggerFactory.getLogger(KioskClient.class);

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

    /** A kitchen-planning station as sign-in lists it: the id order lines carry, and its name. */
    public record Station(long id, String name) {
    }

    /** Active orders and the last event id they include. */
    public record Snapshot(List<KitchenOrder> orders, long lastEventId) {
    }

    /**
     * A transition's status and the order as the gateway now has it (on 200 and on 409), else null; {@code reason} is
     * the machine-readable why of a refusal (e.g. {@code allergen_confirmation_required}), null when none was sent.
     */
    public record TransitionResult(int status, KitchenOrder current, String reason) {

        public static final String ALLERGEN_CONFIRMATION_REQUIRED = "allergen_confirmation_required";

        public TransitionResult(int status, KitchenOrder current) {
            this(status, current, null);
        }

        public boolean needsAllergenConfirmation() {
            return status == 409 && ALLERGEN_CONFIRMATION_REQUIRED.equals(reason);
        }
    }

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String cookie;
    private volatile SignIn signIn;
    private volatile String kioskToken;
    private volatile String screenName;
    private volatile List<Station> stations = List.of();
    private volatile java.util.function.Consumer<SignIn> signInListener = signIn -> { };

    public KioskClient(URI gateway) {
        this.gateway = gateway;
    }

    public SignIn signIn(String kioskToken) throws IOException, InterruptedException {
        return signIn(kioskToken, null);
    }

    /**
     * Signs in as the named screen ({@code screenName} null or blank: no screen). The gateway answers with the
     * screen's central settings. A gateway from before screens refuses the unknown field with 400; then the kiosk
     * signs in without it (and {@link SignIn#screen()} is null), so a new kiosk still works with an old gateway.
     */
    public SignIn signIn(String kioskToken, String screenName) throws IOException, InterruptedException {
        this.kioskToken = kioskToken;
        this.screenName = screenName == null || screenName.isBlank() ? null : screenName.strip();
        HttpResponse<String> response = postSignIn(kioskToken, this.screenName);
        if (response.statusCode() == 400 && this.screenName != null) {
            LOG.warn("The gateway refused the screen name at sign-in (HTTP 400: {}); signing in without it",
                    response.body());
            response = postSignIn(kioskToken, null);
        }
        if (response.statusCode() != 200) {
            throw new IOException("the gateway refused the kiosk token (HTTP " + response.statusCode()
                    + "); rotate a new one (an admin's POST /api/v1/locations/{id}/kiosk_token/rotate; scripts/run"
                    + " prints the demo's) and put it in kiosk.token in this device's config file");
        }
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow(
                () -> new IOException("the gateway signed the kiosk in but sent no session cookie"));
        cookie = setCookie.substring(0, setCookie.indexOf(';') < 0 ? setCookie.length() : setCookie.indexOf(';'));
        JsonNode body = Json.MAPPER.readTree(response.body());
        List<Station> listed = new java.util.ArrayList<>();
        for (JsonNode station : body.path("stations")) {
            if (station.path("id").canConvertToLong()) {
                listed.add(new Station(station.get("id").asLong(), station.path("name").asText("")));
            }
        }
        stations = List.copyOf(listed);
        signIn = new SignIn(UUID.fromString(body.get("location_id").asText()), body.get("location_name").asText(),
                body.get("timezone").asText(), body.get("ready_hold_seconds").asInt(), screen(body.get("screen")));
        signInListener.accept(signIn);
        return signIn;
    }

    /**
     * Hears every successful sign-in, also the automatic one after a 401 (a session that ran out), on the thread that
     * made it: the kiosk applies a screen's changed central settings then.
     */
    public void onSignIn(java.util.function.Consumer<SignIn> listener) {
        this.signInListener = listener;
    }

    /** The location's stations as the last sign-in listed them (empty before it, or from a gateway listing none). */
    public List<Station> stations() {
        return stations;
    }

    /** A station's name from the last sign-in's list, if it is there. */
    public java.util.Optional<String> stationName(long stationId) {
        return stations.stream().filter(s -> s.id() == stationId).map(Station::name).findFirst();
    }

    private HttpResponse<String> postSignIn(String kioskToken, String screen) throws IOException, InterruptedException {
        Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("token", kioskToken);
        if (screen != null) {
            body.put("screen", screen);
        }
        return http.send(request("/api/v1/signage/auth")
                .header("Content-Type", "application/json").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(),
                HttpResponse.BodyHandlers.ofString());
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
        return activeOrders(null);
    }

    /** The active orders, cut to one station's lines ({@code stationId} null: whole orders, every line). */
    public Snapshot activeOrders(Long stationId) throws IOException, InterruptedException {
        HttpResponse<String> response = send(() -> request(locationPath("/orders" + stationQuery(stationId))).GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        requireOk(response.statusCode(), "reading the orders");
        List<KitchenOrder> orders = Json.MAPPER.readValue(response.body(), new TypeReference<>() { });
        long last = Long.parseLong(response.headers().firstValue("Last-Event-ID").orElse("0"));
        return new Snapshot(orders, last);
    }

    /** Opens the event stream after {@code lastEventId}; the caller reads and closes the stream. */
    public InputStream openEvents(long lastEventId) throws IOException, InterruptedException {
        return openEvents(lastEventId, null);
    }

    /**
     * The event stream cut to one station's lines, as {@link #activeOrders(Long)} cuts the snapshot
     * ({@code stationId} null: whole orders); open it with the same station as the snapshot it follows.
     */
    public InputStream openEvents(long lastEventId, Long stationId) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = send(() -> request(locationPath("/events" + stationQuery(stationId)))
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
        return transition(orderId, from, to, null, false);
    }

    /**
     * Bumps one station's part of an order ({@code stationId} null: the whole order, as expo does).
     * {@code allergensConfirmed} says the cook confirmed the allergens on screen; a move to ready of lines with
     * allergens without it is a 409 whose {@link TransitionResult#needsAllergenConfirmation()} is true. The two
     * fields are left out when not used, so a gateway from before stations accepts the body.
     */
    public TransitionResult transition(String orderId, String from, String to, Long stationId,
            boolean allergensConfirmed) throws IOException, InterruptedException {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        if (from != null) {
            fields.put("from", from);
        }
        fields.put("to", to);
        if (stationId != null) {
            fields.put("station_id", stationId);
        }
        if (allergensConfirmed) {
            fields.put("allergens_confirmed", true);
        }
        String body = Json.write(fields);
        HttpResponse<String> response = send(() -> request(locationPath("/orders/" + orderId + "/transition"))
                        .header("Content-Type", "application/json").header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new TransitionResult(response.statusCode(), currentOrder(response), reason(response));
    }

    /**
     * A signed-in POST of {@code body} as JSON to {@code /api/v1/locations/{id}<rest>} (e.g.
     * {@code /orders/{orderId}/priority}), read as a transition's answer: 200 with the order, 409 with it under
     * {@code order}.
     */
    public TransitionResult postOrderAction(String rest, Object body) throws IOException, InterruptedException {
        String json = Json.write(body);
        HttpResponse<String> response = send(() -> request(locationPath(rest)).header("Content-Type", "application/json")
                        .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new TransitionResult(response.statusCode(), currentOrder(response), reason(response));
    }

    /** Expo's clear: the hand-off of a ready order ({@code POST /saavor/orders/prepared}). 200 also on a repeat. */
    public TransitionResult clear(String orderId) throws IOException, InterruptedException {
        HttpResponse<String> response = postJson("/saavor/orders/prepared", Map.of("order_id", orderId));
        // The 200 answer is {status, order_id}, not an order; the order's new state arrives as an event.
        return new TransitionResult(response.statusCode(), response.statusCode() == 409 ? currentOrder(response) : null,
                reason(response));
    }

    private static String reason(HttpResponse<String> response) {
        if (response.statusCode() < 400) {
            return null;
        }
        try {
            JsonNode reason = Json.MAPPER.readTree(response.body()).get("reason");
            return reason == null || !reason.isTextual() ? null : reason.asText();
        } catch (IOException | RuntimeException e) {
            return null;
        }
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

    private static String stationQuery(Long stationId) {
        return stationId == null ? "" : "?station_id=" + stationId;
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
