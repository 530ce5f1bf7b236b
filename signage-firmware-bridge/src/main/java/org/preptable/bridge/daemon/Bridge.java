package org.preptable.bridge.daemon;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.preptable.bridge.config.BridgeConfig;
import org.preptable.bridge.gpio.Gpio;
import org.preptable.bridge.handoff.HandOffs;
import org.preptable.bridge.health.BridgeStatus;
import org.preptable.bridge.health.HealthServer;
import org.preptable.bridge.health.StatusFile;
import org.preptable.bridge.link.BoardDisplay;
import org.preptable.bridge.link.BoardLink;
import org.preptable.bridge.signals.BoardIndicators;
import org.preptable.bridge.signals.Indicators;
import org.preptable.model.client.BoardModel;
import org.preptable.model.client.KioskClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running bridge: the gateway session and its live orders, the board link and display, the GPIO lamps, buzzer
 * and buttons, the counter logic between them, and the status file and health endpoint. Everything but the board's
 * and the gateway's availability is checked at start: a wrong GPIO pin or a taken health port fails {@link #start}.
 */
public final class Bridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bridge.class);

    private final List<AutoCloseable> parts = new ArrayList<>(); // closed in reverse order
    private BridgeStatus status;
    private BoardLink link;
    private BoardDisplay display;
    private Gpio gpio;
    private HealthServer health;
    private GatewaySession session;

    private Bridge() {
    }

    public static Bridge start(BridgeConfig config, Clock clock) throws IOException {
        return start(config, clock, GatewaySession.Timings.of(config.link()));
    }

    /**
     * @throws IOException           when the health port cannot be opened
     * @throws IllegalStateException when GPIO cannot start (wrong provider, pins taken, no access)
     */
    public static Bridge start(BridgeConfig config, Clock clock, GatewaySession.Timings timings) throws IOException {
        Bridge bridge = new Bridge();
        try {
            bridge.wire(config, clock, timings);
        } catch (IOException | RuntimeException e) {
            bridge.close();
            throw e;
        }
        return bridge;
    }

    private void wire(BridgeConfig config, Clock clock, GatewaySession.Timings timings) throws IOException {
        status = new BridgeStatus(clock, config.gatewayUrl().toString(), config.board().port());
        if (config.status().statusFile().isPresent()) {
            parts.add(new StatusFile(config.status().statusFile().get(), status));
        }
        if (config.status().healthPort().isPresent()) {
            int port = config.status().healthPort().getAsInt();
            try {
                health = parts(HealthServer.start(port, status));
            } catch (IOException e) {
                throw new IOException("the health endpoint cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                        + "); pick another health.port or leave it empty", e);
            }
        }
        List<Indicators> indicators = new ArrayList<>();
        if (config.board().enabled()) {
            link = parts(new BoardLink(config.board()));
            display = parts(new BoardDisplay(link)); // registers with the link: before start, and closed before it
            if (config.counter().mirrorToBoard()) {
                indicators.add(new BoardIndicators(display));
            }
        }
        if (config.gpio().enabled()) {
            gpio = parts(Gpio.open(config.gpio()));
            indicators.add(gpio);
        }
        KioskClient client = new KioskClient(config.gatewayUrl());
        HandOffs handOffs = parts(new HandOffs(client, status::handOff));
        CounterController counter = parts(new CounterController(config.counter(), clock, display,
                Indicators.all(indicators), handOffs, status));
        if (gpio != null) {
            gpio.listen(counter::press);
        }
        if (link != null) {
            link.onStateChange(state -> {
                status.board(state);
                counter.boardChanged(state);
            });
            link.onButton(counter::boardButton);
        }
        BoardModel orders = new BoardModel();
        orders.onChange(counter::ordersChanged);
        session = parts(new GatewaySession(config.gatewayUrl(), config.kioskToken(), client, orders, status, timings));

        LOG.info("PrepTable bridge starting: gateway {}, board {}, GPIO {}, status file {}, health {}",
                config.gatewayUrl(),
                link == null ? "none" : config.board().port() + " at " + config.board().baud() + " baud",
                gpio == null ? "none" : config.gpio().provider().configName(),
                config.status().statusFile().map(Object::toString).orElse("none"),
                health == null ? "off" : "http://127.0.0.1:" + health.port() + "/healthz");
        if (link != null) {
            link.start();
        }
        session.start();
    }

    private <T extends AutoCloseable> T parts(T part) {
        parts.add(part);
        return part;
    }

    public BridgeStatus status() {
        return status;
    }

    public Optional<Gpio> gpio() {
        return Optional.ofNullable(gpio);
    }

    public Optional<BoardDisplay> display() {
        return Optional.ofNullable(display);
    }

    /** The health endpoint's port (useful when {@code health.port} asked for any free one). */
    public Optional<Integer> healthPort() {
        return Optional.ofNullable(health).map(HealthServer::port);
    }

    public long lastEventId() {
        return session == null ? -1 : session.lastEventId();
    }

    /** Stops the feed, then the counter, board, GPIO (lamps off) and the status outputs. */
    @Override
    public void close() {
        for (AutoCloseable part : parts.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("{} did not close cleanly: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
        parts.clear();
        LOG.info("PrepTable bridge stopped");
    }
}
