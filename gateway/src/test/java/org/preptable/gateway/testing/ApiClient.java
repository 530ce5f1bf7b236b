package org.preptable.gateway.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.model.Json;

/**
 * Talks real HTTP to a test gateway. Paths are relative to {@code /api/v1} unless they start with {@code /api/},
 * {@code /healthz} or {@code /readyz}. Bodies are objects (sent as JSON) or strings (sent as they are, so tests can
 * send malformed JSON). Every answer is checked against the API contract ({@link ContractShapes}): a status or a
 * body the contract does not describe fails the test. Each client is immutable: {@link #as}, {@link #withHeader}
 * return a changed copy.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger USER_COUNTER = new AtomicInteger();

    private final String baseUrl;
    private final Map<String, String> headers;
    private final boolean contractChecked;

    ApiClient(String baseUrl) {
        this(baseUrl, Map.of(), true);
    }

    private ApiClient(String baseUrl, Map<String, String> headers, boolean contractChecked) {
        this.baseUrl = baseUrl;
        this.headers = Map.copyOf(headers);
        this.contractChecked = contractChecked;
    }

    /**
     * A copy whose answers are not checked against the contract: only for tests that break the gateway on purpose
     * (a dropped database answers 500, which no operation lists).
     */
    public ApiClient unchecked() {
        return new ApiClient(baseUrl, headers, false);
    }

    /** A copy that sends this bearer token. */
    public ApiClient as(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    /** A copy that sends the user's token. */
    public ApiClient as(TestUser user) {
        return as(user.token());
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiClient(baseUrl, copy, contractChecked);
    }

    /** The headers this client sends (credentials among them), for a request sent some other way. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The base URL, {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return baseUrl;
    }

    public ApiResponse get(String path) {
        return send("GET", path, null);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, body);
    }

    public ApiResponse put(String path, Object body) {
        return send("PUT", path, body);
    }

    public ApiResponse patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    public ApiResponse send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + fullPath(path)))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String raw ? raw : Json.write(body);
            if (!headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            HttpResponse<java.io.InputStream> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String text;
            try (java.io.InputStream in = response.body()) {
                // An event stream never ends: only its status and headers are read here (SseClient reads events).
                text = contentType != null && contentType.startsWith("text/event-stream") ? ""
                        : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (contractChecked) {
                ContractShapes.check(method, fullPath(path), response.statusCode(), contentType, text);
            }
            return new ApiResponse(response.statusCode(), response.headers(), text);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fullPath(String path) {
        if (path.startsWith("/api/") || path.startsWith("/healthz") || path.startsWith("/readyz")) {
            return path;
        }
        return "/api/v1" + path;
    }

    /** Logs in with a password and returns the bearer token; fails the test if login does not answer 200. */
    public String login(String email, String password) {
        ApiResponse response = post("/auth/login", Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login as " + email + " answered " + response.status() + ": " + response.body());
        }
        return response.json().get("token").asText();
    }

    public TestUser admin() {
        return me(TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
    }

    /** Registers a new person, gives them {@code role} (either spelling) as the admin, and logs them in. */
    public TestUser newUser(String role) {
        String email = "cook" + USER_COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6)
                + "@test.preptable";
        String password = "Kitchen-Pass-" + USER_COUNTER.get();
        ApiResponse registered = post("/auth/register",
                Map.of("firstName", "Test", "lastName", "Cook", "email", email, "password", password));
        if (registered.status() != 201) {
            throw new AssertionError("register answered " + registered.status() + ": " + registered.body());
        }
        if (!Objects.equals(role, "CUSTOMER") && !Objects.equals(role, "customer")) {
            String number = registered.json().get("id").asText();
            ApiResponse changed = as(admin()).patch("/users/" + number + "/role", Map.of("userRole", role));
            if (changed.status() != 200) {
                throw new AssertionError("role change answered " + changed.status() + ": " + changed.body());
            }
        }
        return me(email, password);
    }

    private TestUser me(String email, String password) {
        String token = login(email, password);
        var me = as(token).get("/auth/me").json();
        var kitchen = as(token).get("/users/me");
        long number = kitchen.status() == 200 ? kitchen.json().get("id").asLong() : -1;
        return new TestUser(UUID.fromString(me.get("id").asText()), number, email, password, token);
    }
}
