package org.preptable.bridge.config;

import org.preptable.model.client.LinkSettings;
import org.preptable.model.device.GatewayUrl;
import org.preptable.model.device.Settings;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.preptable.bridge.gpio.GpioSettings;
import org.preptable.bridge.health.StatusSettings;
import org.preptable.bridge.link.BoardLinkSettings;

/**
 * The bridge's properties file (docs/bridge.md has every key):
 * <pre>
 * gateway.url = http://gateway.local:8080   (required: scheme, host and port of the gateway)
 * kiosk.token = …                           (required: the location's kiosk token; never logged)
 * </pre>
 * plus the board link's {@link BoardLinkSettings} ({@code board.port}, {@code board.baud}, …), the counter's
 * {@link CounterSettings} ({@code board.slots}, buzzer and recall timings, board buttons), the {@link GpioSettings}
 * ({@code gpio.*}), the {@link StatusSettings} ({@code status.file}, {@code health.port}) and the gateway link's
 * {@link LinkSettings} ({@code link.silence-ms}, {@code link.retry-max-ms}).
 */
public record BridgeConfig(URI gatewayUrl, String kioskToken, BoardLinkSettings board, CounterSettings counter,
        GpioSettings gpio, StatusSettings status, LinkSettings link) {

    public static final String GATEWAY_URL = "gateway.url";
    public static final String KIOSK_TOKEN = "kiosk.token";
    public static final Path DEFAULT_FILE = Path.of("/etc/preptable/bridge.properties");

    public BridgeConfig {
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(kioskToken, "kioskToken");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(gpio, "gpio");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(link, "link");
    }

    public static BridgeConfig load(Path file) {
        Properties properties = new Properties();
        // UTF-8 rather than the ISO-8859-1 of Properties.load(InputStream): people edit this file by hand.
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new BridgeConfigException("Bridge config file " + file + " does not exist (copy"
                    + " scripts/pi/bridge.properties.example there and fill it in)", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new BridgeConfigException("Bridge config file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return from(properties, file.toString());
    }

    /** Checks every key before failing, so one start shows every mistake in the file. */
    public static BridgeConfig from(Properties properties, String source) {
        List<String> problems = new ArrayList<>();
        URI url = GatewayUrl.parse(GATEWAY_URL, Settings.value(properties, GATEWAY_URL), problems);
        String token = Settings.value(properties, KIOSK_TOKEN);
        if (token.isEmpty()) {
            problems.add(KIOSK_TOKEN + " is required (the location's kiosk token, shown once when an admin rotates it)");
        }
        BoardLinkSettings board = BoardLinkSettings.from(properties, problems);
        CounterSettings counter = CounterSettings.from(properties, problems);
        GpioSettings gpio = GpioSettings.from(properties, problems);
        StatusSettings status = StatusSettings.from(properties, problems);
        LinkSettings link = LinkSettings.from(properties, problems);
        if (!board.enabled() && !gpio.enabled()) {
            problems.add(BoardLinkSettings.PORT + " and every gpio.* pin are empty: the bridge would drive nothing"
                    + " (set board.port, e.g. /dev/ttyACM0, and/or pins such as gpio.lamp.ready = 27)");
        }
        if (!problems.isEmpty()) {
            throw new BridgeConfigException("Bridge config " + source + " has " + problems.size()
                    + (problems.size() == 1 ? " problem: " : " problems: ") + String.join("; ", problems));
        }
        return new BridgeConfig(url, token, board, counter, gpio, status, link);
    }

    /** Keeps the token out of logs: it opens a kiosk session for the whole location. */
    @Override
    public String toString() {
        return "BridgeConfig[gatewayUrl=" + gatewayUrl + ", kioskToken=***, board=" + board + ", counter=" + counter
                + ", gpio=" + gpio + ", status=" + status + ", link=" + link + "]";
    }
}
