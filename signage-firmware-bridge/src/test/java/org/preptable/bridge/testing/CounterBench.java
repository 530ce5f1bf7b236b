package org.preptable.bridge.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.preptable.bridge.config.BridgeConfig;
import org.preptable.bridge.config.ButtonAction;
import org.preptable.bridge.daemon.Bridge;
import org.preptable.bridge.daemon.GatewaySession;
import org.preptable.bridge.gpio.Gpio;
import org.preptable.bridge.link.Eventually;
import org.preptable.bridge.signals.Lamp;
import org.preptable.bridge.sim.BoardSimulator;
import org.preptable.bridge.sim.BoardState;
import org.preptable.bridge.sim.SocatPty;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;

/**
 * The counter on a test bench: a location on a real test gateway with its kiosk token, the board simulator on a
 * socat pty pair, and a {@link Bridge} with Pi4J's mock GPIO wired to both (lamps on BCM 17 and 27, buzzer on 22,
 * buttons on 5, 6 and 13, active low). The POS side is the signed Saavor webhook, the kitchen side the admin's
 * transition route. Skips the test on a machine without socat.
 */
public final class CounterBench implements AutoCloseable {

    public static final Duration SOON = Duration.ofSeconds(10);
    /** Fast retries, so a test that breaks something sees the recovery quickly. */
    public static final GatewaySession.Timings FAST = new GatewaySession.Timings(Duration.ofMillis(50),
            Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(45));

    public final TestGateway gateway;
    public final ApiClient admin;
    public final String storeRef;
    public final String locationId;
    public final String token;
    public final Path dir;
    public final SocatPty pty;
    public final BoardSimulator board;
    private Bridge bridge;

    private CounterBench(TestGateway gateway, Path dir, SocatPty pty, BoardSimulator board) {
        this.gateway = gateway;
        this.admin = gateway.client().as(gateway.client().admin());
        this.storeRef = "bridge-" + UUID.randomUUID().toString().substring(0, 8);
        var location = admin.post("/locations", Map.of("name", "Pass " + storeRef, "saavor_store_ref", storeRef));
        this.locationId = location.json().get("id").asText();
        this.token = admin.post("/locations/" + locationId + "/kiosk_token/rotate", null).json().get("token").asText();
        this.dir = dir;
        this.pty = pty;
        this.board = board;
    }

    /** A new location and a powered board simulator with {@code slots} slots; the bridge is not started yet. */
    public static CounterBench create(TestGateway gateway, Path dir, int slots) throws IOException {
        assumeTrue(SocatPty.isInstalled(), "socat is not installed (apt-get install socat)");
        SocatPty pty = SocatPty.start(Files.createDirectories(dir.resolve("pty")));
        BoardSimulator board = new BoardSimulator(BoardSimulator.DEFAULT_FIRMWARE, slots);
        board.attach(pty.boardSide());
        return new CounterBench(gateway, dir, pty, board);
    }

    /** The bench's config: this location, the simulator's pty, mock GPIO; {@code overrides} replace or add keys. */
    public Properties config(String... overrides) {
        Properties p = new Properties();
        p.setProperty("gateway.url", gateway.baseUrl());
        p.setProperty("kiosk.token", token);
        p.setProperty("board.port", pty.hostSide().toString());
        p.setProperty("board.keepalive-ms", "300");
        p.setProperty("board.reconnect-max-ms", "250");
        p.setProperty("gpio.provider", "mock");
        p.setProperty("gpio.lamp.new", "17");
        p.setProperty("gpio.lamp.ready", "27");
        p.setProperty("gpio.buzzer", "22");
        p.setProperty("gpio.button.handoff", "5");
        p.setProperty("gpio.button.runner", "6");
        p.setProperty("gpio.button.recall", "13");
        p.setProperty("gpio.debounce-ms", "0"); // the tests press faster than a thumb can
        p.setProperty("status.file", dir.resolve("status.json").toString());
        for (int i = 0; i < overrides.length; i += 2) {
            p.setProperty(overrides[i], overrides[i + 1]);
        }
        return p;
    }

    /** Starts the bridge, waits until its feed is live and the board is up, and puts the buttons at rest. */
    public Bridge start(Properties config) throws IOException {
        launch(config);
        Eventually.await("the bridge live with the board up", SOON, () -> bridge.status().healthy(),
                () -> bridge.status().snapshot());
        return bridge;
    }

    /** Starts the bridge without waiting for the gateway (which may be away on purpose); buttons at rest. */
    public Bridge launch(Properties config) throws IOException {
        return launch(config, FAST);
    }

    public Bridge launch(Properties config, GatewaySession.Timings timings) throws IOException {
        bridge = Bridge.start(BridgeConfig.from(config, "bench"), Clock.systemUTC(), timings);
        for (ButtonAction action : ButtonAction.values()) {
            gpio().button(action).ifPresent(input -> ((MockDigitalInput) input).mockState(DigitalState.HIGH));
        }
        return bridge;
    }

    /** The gateway part of the status: state, detail, … */
    @SuppressWarnings("unchecked")
    public Map<String, Object> gatewayStatus() {
        return (Map<String, Object>) bridge.status().snapshot().get("gateway");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> boardStatus() {
        return (Map<String, Object>) bridge.status().snapshot().get("board");
    }

    /** Pulls the board's cable: the board loses power and both pty devices vanish. */
    public void unplugBoard() {
        board.unplug();
        board.detach();
        pty.stop();
    }

    /** Plugs it back in at the same path; the board powers up blank and says HELLO. */
    public void plugBoard() throws IOException {
        pty.restart();
        board.attach(pty.boardSide());
        board.plug();
    }

    public Bridge bridge() {
        return bridge;
    }

    public Gpio gpio() {
        return bridge.gpio().orElseThrow();
    }

    /** Presses and releases a GPIO button (active low: pressed pulls the pin to ground). */
    public void press(ButtonAction action) {
        MockDigitalInput input = (MockDigitalInput) gpio().button(action).orElseThrow();
        input.mockState(DigitalState.LOW);
        input.mockState(DigitalState.HIGH);
    }

    public DigitalOutput lamp(Lamp lamp) {
        return gpio().lampOutput(lamp).orElseThrow();
    }

    public DigitalOutput buzzer() {
        return gpio().buzzerOutput().orElseThrow();
    }

    // ---- the POS and the kitchen ----

    /** Rings up an order at the POS (a signed {@code order.created} webhook) and returns its number. */
    public String posOrder(String saavorId) {
        ApiResponse created = new WebhookSender(gateway.client()).send(event("order.created", storeRef, saavorId,
                Instant.now(), line("BRG-CLS", "Classic burger", 1)));
        if (created.status() / 100 != 2) {
            throw new AssertionError("webhook answered " + created.status() + ": " + created.body());
        }
        return column(saavorId, "number");
    }

    /** The kitchen moves the order (the admin's transition route, as a kiosk's bump would). */
    public ApiResponse transition(String saavorId, String from, String to) {
        ApiResponse moved = admin.post("/locations/" + locationId + "/orders/" + column(saavorId, "id")
                + "/transition", Map.of("from", from, "to", to));
        if (moved.status() != 200) {
            throw new AssertionError("transition answered " + moved.status() + ": " + moved.body());
        }
        return moved;
    }

    /** The POS reports the order picked up. */
    public void fulfil(String saavorId) {
        new WebhookSender(gateway.client()).send(event("order.fulfilled", storeRef, saavorId, Instant.now()));
    }

    /**
     * Nobody collects the order and the POS never fulfils it: it is made to look placed 13 hours ago, so the
     * gateway's expiry job (12 h by default; the gateway must run it often, PREPTABLE_ORDER_EXPIRY_EVERY_MS) takes it.
     */
    public void forget(String saavorId) {
        gateway.sql().execute("UPDATE grill_orders SET placed_at = now() - interval '13 hours'"
                + " WHERE saavor_order_id = ?", saavorId);
    }

    public boolean handedOff(String saavorId) {
        return gateway.sql().count("SELECT count(*) FROM grill_orders WHERE saavor_order_id = ? AND handed_off_at IS"
                + " NOT NULL", saavorId) == 1;
    }

    private String column(String saavorId, String column) {
        String value = gateway.sql().text("SELECT " + column + "::text FROM grill_orders WHERE saavor_order_id = ?",
                saavorId);
        if (value == null) {
            throw new AssertionError("no order " + saavorId + " at the gateway");
        }
        return value;
    }

    // ---- the board ----

    /** The slots without the highlight marker. */
    public List<String> slots() {
        return board.state().slots().stream().map(CounterBench::plain).toList();
    }

    public static String plain(String slot) {
        return BoardState.isHighlighted(slot) ? slot.substring(1, slot.length() - 1) : slot;
    }

    public void awaitSlots(String what, List<String> expected) {
        Eventually.await(what, SOON, () -> slots().equals(expected), () -> "board shows " + board.state().slots());
    }

    @Override
    public void close() {
        if (bridge != null) {
            bridge.close();
        }
        board.close();
        pty.close();
    }
}
