package org.preptable.bridge.link;

import org.preptable.model.device.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The order-ready board's part of the bridge's properties file:
 * <pre>
 * board.port             = /dev/ttyUSB0   (empty or missing: no board)
 * board.baud             = 115200
 * board.keepalive-ms     = 2000    (PING after this long without an exchange, so an idle unplug is noticed)
 * board.reconnect-max-ms = 5000    (longest pause between reopen attempts while the board is away)
 * </pre>
 * The ACK timeout (200 ms) and the number of tries (3) are part of the protocol, not settings.
 */
public record BoardLinkSettings(String port, int baud, Duration keepAlive, Duration reconnectMin,
        Duration reconnectMax) {

    public static final String PORT = "board.port";
    public static final String BAUD = "board.baud";
    public static final String KEEPALIVE_MS = "board.keepalive-ms";
    public static final String RECONNECT_MAX_MS = "board.reconnect-max-ms";

    public static final int DEFAULT_BAUD = 115_200;
    public static final Duration DEFAULT_KEEPALIVE = Duration.ofSeconds(2);
    public static final Duration DEFAULT_RECONNECT_MIN = Duration.ofMillis(250);
    public static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(5);

    private static final List<Integer> BAUD_RATES = List.of(9_600, 19_200, 38_400, 57_600, 115_200, 230_400);

    public BoardLinkSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(reconnectMin, "reconnectMin");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException(
                    "reconnectMax " + reconnectMax + " is below reconnectMin " + reconnectMin);
        }
    }

    /** The protocol's defaults for a board on {@code port}. */
    public static BoardLinkSettings of(String port) {
        return new BoardLinkSettings(port, DEFAULT_BAUD, DEFAULT_KEEPALIVE, DEFAULT_RECONNECT_MIN,
                DEFAULT_RECONNECT_MAX);
    }

    /**
     * Reads the {@code board.*} keys. Every mistake is appended to {@code problems}, naming the key, so the caller
     * can report all of them at once; on a mistake the key's default is used.
     */
    public static BoardLinkSettings from(Properties properties, List<String> problems) {
        String port = value(properties, PORT);
        if (!port.isEmpty() && !(port.matches("/\\S+") || port.matches("(?i)COM[0-9]{1,3}"))) {
            problems.add(PORT + " must be a device path like /dev/ttyUSB0 (or empty for no board), was '" + port + "'");
            port = "";
        }
        int baud = DEFAULT_BAUD;
        String baudText = value(properties, BAUD);
        if (!baudText.isEmpty()) {
            if (baudText.matches("[0-9]{1,7}") && BAUD_RATES.contains(Integer.parseInt(baudText))) {
                baud = Integer.parseInt(baudText);
            } else {
                problems.add(BAUD + " must be one of " + BAUD_RATES + " (the board protocol uses 115200), was '"
                        + baudText + "'");
            }
        }
        Duration keepAlive = Settings.millis(properties, KEEPALIVE_MS, DEFAULT_KEEPALIVE, 100, 60_000, problems);
        Duration reconnectMax = Settings.millis(properties, RECONNECT_MAX_MS, DEFAULT_RECONNECT_MAX,
                (int) DEFAULT_RECONNECT_MIN.toMillis(), 600_000, problems);
        return new BoardLinkSettings(port, baud, keepAlive, DEFAULT_RECONNECT_MIN, reconnectMax);
    }

    /** True when a board is configured. */
    public boolean enabled() {
        return !port.isEmpty();
    }

    public BoardLinkSettings withPort(String newPort) {
        return new BoardLinkSettings(newPort, baud, keepAlive, reconnectMin, reconnectMax);
    }

    public BoardLinkSettings withKeepAlive(Duration newKeepAlive) {
        return new BoardLinkSettings(port, baud, newKeepAlive, reconnectMin, reconnectMax);
    }

    public BoardLinkSettings withReconnect(Duration min, Duration max) {
        return new BoardLinkSettings(port, baud, keepAlive, min, max);
    }

    private static String value(Properties properties, String key) {
        return Settings.value(properties, key);
    }
}
