package org.preptable.model.saavor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.preptable.model.Json;

/**
 * A Saavor POS simulator: rings up realistic orders ({@link SaavorOrderFactory}), signs them like Saavor
 * ({@link SaavorSignature}) and posts them to a gateway's {@code /api/v1/saavor/webhook}; fulfils and voids them.
 * Used by {@code scripts/saavor-sim} ({@link #main}), the modules' tests and the benchmark.
 *
 * <p>Every event is stamped with the instant it is sent, to the millisecond: an order's {@code placed_at} (on
 * {@code order.created}) and the event's {@code occurred_at}, so a subscriber's latency is receive time minus
 * {@code placed_at}. Events about one order get strictly increasing {@code occurred_at}.
 */
public final class SaavorSimulator implements AutoCloseable {

    public static final String WEBHOOK_PATH = "/api/v1/saavor/webhook";

    /**
     * One send: the event (null for {@link #sendRaw}), the instant it was stamped and sent, the HTTP status (0 when no
     * response came), the response body, how long the response took, and the failure when none came.
     */
    public record SentEvent(SaavorEvent event, Instant sentAt, int status, String responseBody, Duration responseTime,
            Throwable failure) {
        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * What {@link #run} sent and got back. {@code statuses} counts responses by HTTP status; {@code failed} counts
     * sends that got none (connection refused, timeout; the first one's message is {@code firstFailure}).
     * {@code maxScheduleLag} is how far behind its fixed schedule the sender ever was.
     */
    public record RunReport(int created, int fulfilled, int voided, Map<Integer, Long> statuses, long failed,
            String firstFailure, Duration elapsed, Duration maxScheduleLag, Duration medianResponse,
            Duration p99Response) {
        public int sent() {
            return created + fulfilled + voided;
        }

        public long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        public long accepted() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    private record Tracked(SaavorEvent.Order order, Instant lastOccurred) {
    }

    private final URI webhook;
    private final String secret;
    private final String storeRef;
    private final Clock clock;
    private final Duration requestTimeout;
    private final int fulfilAfterOrders;
    private final Consumer<SentEvent> onSent;
    private final SaavorOrderFactory orders;
    private final HttpClient client;
    private final Map<String, Tracked> open = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    private SaavorSimulator(Builder b) {
        String base = b.baseUrl.endsWith("/") ? b.baseUrl.substring(0, b.baseUrl.length() - 1) : b.baseUrl;
        this.webhook = URI.create(base + WEBHOOK_PATH);
        if (!"http".equals(webhook.getScheme()) && !"https".equals(webhook.getScheme())) {
            throw new IllegalArgumentException("the gateway URL must start with http:// or https://, was " + b.baseUrl);
        }
        this.secret = Objects.requireNonNull(b.secret, "secret");
        this.storeRef = b.storeRef;
        this.clock = b.clock;
        this.requestTimeout = b.requestTimeout;
        this.fulfilAfterOrders = b.fulfilAfterOrders;
        this.onSent = b.onSent;
        this.orders = new SaavorOrderFactory(b.seed == null ? new Random() : new Random(b.seed), b.unroutedRatio,
                b.rushRatio);
        if (b.firstNumber != null) {
            orders.startNumbersAt(b.firstNumber);
        }
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A simulator posting to {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}) signed with {@code secret}. */
    /** The number the next order would be called by (to continue from in a later run). */
    public long nextNumber() {
        return orders.nextNumber();
    }

    public static Builder builder(String baseUrl, String secret) {
        return new Builder(baseUrl, secret);
    }

    /** The CLI of {@code scripts/saavor-sim}; see {@link SaavorSimulatorCli}. */
    public static void main(String[] args) {
        SaavorSimulatorCli.main(args);
    }

    public URI webhook() {
        return webhook;
    }

    /** The last state this simulator sent of an order it has not yet fulfilled or voided. */
    public Optional<SaavorEvent.Order> order(String orderId) {
        return Optional.ofNullable(open.get(orderId)).map(Tracked::order);
    }

    /** Rings up a new random order ({@code order.created}). */
    public SentEvent sendOrderCreated() {
        return await(dispatch(created()));
    }

    /** Adds a line to an order this simulator created ({@code order.updated}). */
    public SentEvent sendUpdated(String orderId) {
        Tracked tracked = tracked(orderId);
        return await(dispatch(next("order.updated", orders.withExtraLine(tracked.order()), tracked)));
    }

    public SentEvent sendFulfilled(String orderId) {
        Tracked tracked = tracked(orderId);
        return await(dispatch(next("order.fulfilled", tracked.order(), tracked)));
    }

    public SentEvent sendVoided(String orderId) {
        Tracked tracked = tracked(orderId);
        return await(dispatch(next("order.voided", tracked.order(), tracked)));
    }

    /** Sends {@code event} as it is, signed; {@code sentAt} is the clock at sending, whatever the event says. */
    public SentEvent send(SaavorEvent event) {
        return await(dispatch(event, now()));
    }

    /** Sends {@code body} with {@code signatureHeader} as {@code X-Saavor-Signature} (none when null), for bad input. */
    public SentEvent sendRaw(byte[] body, String signatureHeader) {
        return await(post(null, now(), body, signatureHeader));
    }

    /**
     * Sends {@code ordersPerSecond} new orders for {@code duration} on a fixed schedule (order {@code i} is due at
     * start + i/rate, whatever the previous responses took; sends do not wait for responses). Of the orders created,
     * about {@code voidRatio} are voided after the next order and about {@code fulfilRatio} fulfilled after
     * {@code fulfilAfterOrders} more; fates not yet due when the run ends are not sent. Waits for every response.
     * Non-2xx statuses and connection failures are counted in the report, never thrown. {@link #stop()} ends it early.
     */
    public RunReport run(double ordersPerSecond, Duration duration, double fulfilRatio, double voidRatio) {
        if (!(ordersPerSecond > 0) || duration.isNegative() || !(fulfilRatio >= 0) || !(voidRatio >= 0)
                || fulfilRatio + voidRatio > 1.0000001) {
            throw new IllegalArgumentException("need a positive rate, a duration, and ratios 0..1 summing to at most 1");
        }
        stopped = false;
        warmUp();
        return new SaavorRun(this, fulfilAfterOrders, requestTimeout).run(ordersPerSecond, duration, fulfilRatio, voidRatio);
    }

    /** Loads what the first send needs (Jackson, HMAC, the HTTP client), so that it does not put a run behind. */
    void warmUp() {
        var line = new SaavorEvent.Line("1", "FRY", "Fries", 1, List.of(), null);
        var event = new SaavorEvent("evt_warmup", "order.created", Instant.EPOCH, storeRef,
                new SaavorEvent.Order("S-0", "0", "counter", "Ana", Instant.EPOCH, List.of(line)));
        byte[] body = Json.write(event).getBytes(StandardCharsets.UTF_8);
        HttpRequest.newBuilder(webhook).header(SaavorSignature.HEADER, SaavorSignature.sign(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Ends a {@link #run} in progress after its current send (safe from any thread). */
    public void stop() {
        stopped = true;
    }

    @Override
    public void close() {
        stop();
        client.close();
    }

    boolean stopped() {
        return stopped;
    }

    double nextDouble() {
        return orders.nextDouble();
    }

    /** The next event of {@code type} about an open order, or empty when it is already fulfilled or voided. */
    Optional<SaavorEvent> next(String orderId, String type) {
        Tracked tracked = open.get(orderId);
        return tracked == null ? Optional.empty() : Optional.of(next(type, tracked.order(), tracked));
    }

    SaavorEvent created() {
        Instant at = now();
        return new SaavorEvent(orders.eventId(at), "order.created", at, storeRef, orders.newOrder(at));
    }

    /** The next event about an order: {@code occurred_at} is now, but always after the order's previous event. */
    private SaavorEvent next(String type, SaavorEvent.Order order, Tracked previous) {
        Instant at = now();
        if (!at.isAfter(previous.lastOccurred())) {
            at = previous.lastOccurred().plusMillis(1);
        }
        return new SaavorEvent(orders.eventId(at), type, at, storeRef, order);
    }

    private Tracked tracked(String orderId) {
        Tracked tracked = open.get(orderId);
        if (tracked == null) {
            throw new IllegalArgumentException("order " + orderId + " was not created by this simulator, or is "
                    + "already fulfilled or voided; use send(SaavorEvent) for anything else");
        }
        return tracked;
    }

    /** Signs and sends an event the simulator made, stamped with the send instant ({@code occurred_at}). */
    CompletableFuture<SentEvent> dispatch(SaavorEvent event) {
        return dispatch(event, event.occurredAt());
    }

    private CompletableFuture<SentEvent> dispatch(SaavorEvent event, Instant sentAt) {
        SaavorEvent.Order order = event.order();
        if (order != null && order.id() != null) {
            if ("order.fulfilled".equals(event.type()) || "order.voided".equals(event.type())) {
                open.remove(order.id());
            } else if (event.occurredAt() != null) {
                open.put(order.id(), new Tracked(order, event.occurredAt()));
            }
        }
        byte[] body = Json.write(event).getBytes(StandardCharsets.UTF_8);
        return post(event, sentAt, body, SaavorSignature.sign(secret, body));
    }

    private CompletableFuture<SentEvent> post(SaavorEvent event, Instant sentAt, byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook).timeout(requestTimeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(SaavorSignature.HEADER, signature);
        }
        long t0 = System.nanoTime();
        CompletableFuture<SentEvent> sent = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> error == null
                        ? new SentEvent(event, sentAt, response.statusCode(), response.body(),
                                Duration.ofNanos(System.nanoTime() - t0), null)
                        : new SentEvent(event, sentAt, 0, null, Duration.ofNanos(System.nanoTime() - t0),
                                error instanceof CompletionException && error.getCause() != null ? error.getCause() : error));
        return onSent == null ? sent : sent.thenApply(outcome -> { // the listener has run before the send counts as done
            try {
                onSent.accept(outcome);
            } catch (RuntimeException e) {
                System.err.println("saavor-sim: the onSent listener failed: " + e);
            }
            return outcome;
        });
    }

    private static SentEvent await(CompletableFuture<SentEvent> send) {
        SentEvent sent = send.join();
        if (sent.failure() instanceof IOException io) {
            throw new UncheckedIOException(describe(io), io);
        } else if (sent.failure() != null) {
            throw new IllegalStateException(describe(sent.failure()), sent.failure());
        }
        return sent;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Options; only the gateway URL and the secret are required. */
    public static final class Builder {
        private final String baseUrl;
        private final String secret;
        private String storeRef = "harlingen-main";
        private Long seed;
        private double unroutedRatio;
        private double rushRatio;
        private Long firstNumber;
        private int fulfilAfterOrders = 5;
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();
        private Consumer<SentEvent> onSent;

        private Builder(String baseUrl, String secret) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            this.secret = secret;
        }

        /** The location's {@code saavor_store_ref}; default {@code harlingen-main} (the demo's). */
        public Builder storeRef(String storeRef) {
            this.storeRef = storeRef;
            return this;
        }

        /** Seeds what is ordered (not the ids); default a random seed. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Each line's chance of being the unrouted {@code SPECIAL-1} (expo only); default 0. */
        public Builder unroutedRatio(double ratio) {
            this.unroutedRatio = ratio;
            return this;
        }

        /** The number the first order is called by; default 100. */
        public Builder firstNumber(long number) {
            this.firstNumber = number;
            return this;
        }

        /** Each order's chance of being a rush ({@code "priority": "rush"}); default 0. */
        public Builder rushRatio(double ratio) {
            this.rushRatio = ratio;
            return this;
        }

        /** In {@link #run}, how many orders later an order is fulfilled; default 5. */
        public Builder fulfilAfterOrders(int orders) {
            if (orders < 1) {
                throw new IllegalArgumentException("fulfilAfterOrders must be at least 1");
            }
            this.fulfilAfterOrders = orders;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Called with every send's outcome as its response arrives (on an HTTP client thread), before the send
         * methods return and before {@link #run} counts the send, so a run has called it for every send it reports.
         */
        public Builder onSent(Consumer<SentEvent> listener) {
            this.onSent = listener;
            return this;
        }

        public SaavorSimulator build() {
            return new SaavorSimulator(this);
        }
    }
}
