package org.preptable.bridge.daemon;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import org.preptable.bridge.health.BridgeStatus;
import org.preptable.bridge.health.BridgeStatus.GatewayState;
import org.preptable.model.client.BoardModel;
import org.preptable.model.client.KioskClient;
import org.preptable.model.client.LinkSettings;
import org.preptable.model.client.OrderFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge's side of the gateway: signs in with the kiosk token (retrying with back-off while the gateway is
 * unreachable or refuses the token), then keeps an {@link OrderFeed} running, which loads the orders and follows the
 * location's event stream with {@code Last-Event-ID} resume. A stream that goes silent for longer than
 * {@link Timings#silence()} (5 s; the gateway sends a heartbeat every 2 s) is taken for a dead connection that TCP
 * has not noticed (or a hung gateway): the feed says so and reconnects from the last event it applied, at most 1 s
 * apart while offline ({@link OrderFeed#DEFAULT_MAX_PAUSE}), so LIVE returns within about 2 s of the gateway. One log line per change of state or
 * reason.
 */
public final class GatewaySession implements AutoCloseable {

    /**
     * Back-off for signing in, the feed's first reconnect pause (it doubles to the same cap as signing in while
     * offline), and how long a live stream may stay silent (4.5 s by default: OFFLINE within 5 s of a hung gateway or
     * dead link). Every pause stays short: a board switched on before the gateway is live about a second after it.
     */
    public record Timings(Duration signInMin, Duration signInMax, Duration feedRetry, Duration silence) {
        public static final Timings DEFAULT = of(LinkSettings.defaults());

        /** The timings a bridge config's {@code link.*} keys ask for. */
        public static Timings of(LinkSettings link) {
            Duration first = Duration.ofMillis(250);
            return new Timings(first.compareTo(link.retryMax()) > 0 ? link.retryMax() : first, link.retryMax(),
                    first, link.silence());
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(GatewaySession.class);

    private final URI gatewayUrl;
    private final String kioskToken;
    private final KioskClient client;
    private final BoardModel model;
    private final BridgeStatus status;
    private final Timings timings;
    private final Thread thread;
    private final Object lock = new Object();

    // Guarded by lock.
    private OrderFeed feed;
    private GatewayState reported;
    private String reportedDetail;

    private volatile boolean closed;

    public GatewaySession(URI gatewayUrl, String kioskToken, KioskClient client, BoardModel model,
            BridgeStatus status, Timings timings) {
        this.gatewayUrl = gatewayUrl;
        this.kioskToken = kioskToken;
        this.client = client;
        this.model = model;
        this.status = status;
        this.timings = timings;
        this.thread = Thread.ofPlatform().daemon().name("gateway-session").unstarted(this::run);
    }

    public void start() {
        thread.start();
    }

    /** The id of the last event applied, -1 before the first snapshot. */
    public long lastEventId() {
        synchronized (lock) {
            return feed == null ? -1 : feed.lastEventId();
        }
    }

    private void run() {
        try {
            signIn();
            openFeed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void signIn() throws InterruptedException {
        report(GatewayState.SIGNING_IN, "");
        Duration pause = timings.signInMin();
        while (!closed) {
            try {
                KioskClient.SignIn signIn = client.signIn(kioskToken);
                LOG.info("Signed in at {} for location {} ({})", gatewayUrl, signIn.locationName(), signIn.locationId());
                status.signedIn(signIn.locationName(), this::lastEventId);
                return;
            } catch (IOException e) {
                report(GatewayState.OFFLINE, "sign-in failed: " + describe(e));
            }
            Thread.sleep(pause);
            pause = pause.multipliedBy(2).compareTo(timings.signInMax()) > 0 ? timings.signInMax() : pause.multipliedBy(2);
        }
    }

    private void openFeed() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            feed = new OrderFeed(client, model, timings.feedRetry(), this::feedStatus);
            feed.silenceLimit(timings.silence());
            feed.maxPause(timings.signInMax());
            feed.start();
        }
    }

    /** The feed's status line: "live", or "offline: why". */
    private void feedStatus(String line) {
        if (closed) {
            return;
        }
        if (line.equals("live")) {
            report(GatewayState.LIVE, "");
        } else {
            String why = line.startsWith("offline: ") ? line.substring("offline: ".length()) : line;
            // The feed words its line from the exception's message, which the JDK's HTTP client often leaves empty.
            why = why.isBlank() || why.equals("null") ? "cannot connect (is the gateway running?)" : why;
            java.time.Instant since;
            synchronized (lock) {
                since = feed == null ? null : feed.downSince();
            }
            // When the link dropped (not the last event): the same for every retry of one outage, so it is one line.
            report(GatewayState.OFFLINE, since == null ? why
                    : why + " (link down since " + java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                            since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + ")");
        }
    }

    /** Logs and publishes a change; the same state and reason again (one more retry) is not a change. */
    private void report(GatewayState state, String detail) {
        synchronized (lock) {
            if (state == reported && Objects.equals(detail, reportedDetail)) {
                LOG.debug("Gateway still {}: {}", state, detail);
                return;
            }
            reported = state;
            reportedDetail = detail;
        }
        switch (state) {
            case STARTING, SIGNING_IN -> LOG.info("Gateway: signing in at {}", gatewayUrl);
            case LIVE -> LOG.info("Gateway feed LIVE at {}", gatewayUrl);
            case OFFLINE -> LOG.warn("Gateway OFFLINE: {}; retrying", detail);
        }
        status.gateway(state, detail);
    }

    /** A sentence for the log without a stack trace: the JDK's HTTP client often throws exceptions without one. */
    static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "cannot connect (is the gateway running, and is gateway.url right?)";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        synchronized (lock) {
            if (feed != null) {
                feed.close();
            }
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
