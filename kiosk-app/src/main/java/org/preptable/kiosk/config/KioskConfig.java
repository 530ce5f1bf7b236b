package org.preptable.kiosk.config;

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
import java.util.OptionalLong;
import java.util.Properties;
import org.preptable.model.client.LinkSettings;
import org.preptable.kiosk.input.InputSettings;
import org.preptable.kiosk.print.PrinterSettings;
import org.preptable.kiosk.signage.SignageSettings;

/**
 * What a kiosk needs to reach its gateway, read from a properties file:
 * <pre>
 * gateway.url = https://kitchen.example:8080   (required, http or https)
 * kiosk.token = …                              (required, the location's kiosk token)
 * station     = 3 | all | expo                 (optional, default all = expo: every line of every order)
 * kiosk.screen = grill-1                       (optional; the screen's name on the gateway, whose settings win)
 * mode        = kitchen | signage              (optional, default kitchen)
 * data.dir    = /var/lib/preptable-kiosk       (optional; where bumps made offline wait for the gateway)
 * </pre>
 * plus the screen's {@link DisplaySettings}, the bump bars' {@link InputSettings}, the ticket printer's
 * {@link PrinterSettings} and signage mode's {@link SignageSettings}. The raw properties are kept for the input and printer settings.
 *
 * @param gatewayUrl the gateway's base URL, without a trailing slash
 * @param stationId  the numeric kitchen-planning station shown, or empty for all stations (expo); a screen's
 *                   station on the gateway wins over it
 * @param screenName the screen's name on the gateway ({@code kiosk.screen}), or "" for none
 */
public record KioskConfig(URI gatewayUrl, String kioskToken, String screenName, OptionalLong stationId, Mode mode,
        Path dataDir,
        DisplaySettings display, InputSettings input, PrinterSettings printer, SignageSettings signage,
        LinkSettings link, Properties properties) {

    /** What the screen is for: a kitchen display (tickets, bumps) or a guest-facing menu and order-ready board. */
    public enum Mode { KITCHEN, SIGNAGE }

    public static final String GATEWAY_URL = "gateway.url";
    public static final String KIOSK_TOKEN = "kiosk.token";
    public static final String STATION = "station";
    public static final String SCREEN = "kiosk.screen";
    public static final String MODE = "mode";
    public static final String DATA_DIR = "data.dir";
    public static final Path DEFAULT_DATA_DIR = Path.of("/var/lib/preptable-kiosk");

    public KioskConfig {
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(kioskToken, "kioskToken");
        Objects.requireNonNull(screenName, "screenName");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(signage, "signage");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(properties, "properties");
    }

    public static KioskConfig load(Path file) {
        Properties properties = new Properties();
        // UTF-8 rather than the ISO-8859-1 of Properties.load(InputStream): people edit this file by hand.
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new KioskConfigException("Kiosk config file " + file + " does not exist", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new KioskConfigException("Kiosk config file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return from(properties, file.toString());
    }

    /** Validates every key before failing, so one start-up attempt shows every mistake in the file. */
    public static KioskConfig from(Properties properties, String source) {
        List<String> problems = new ArrayList<>();
        URI url = GatewayUrl.parse(GATEWAY_URL, value(properties, GATEWAY_URL), problems);
        String token = value(properties, KIOSK_TOKEN);
        if (token.isEmpty()) {
            problems.add(KIOSK_TOKEN + " is required (the location's kiosk token from the admin app)");
        }
        OptionalLong station = parseStation(value(properties, STATION), problems);
        // The gateway lower-cases screen names; so does the kiosk, so "Grill-1" in the file is the same screen.
        String screen = value(properties, SCREEN).toLowerCase(Locale.ROOT);
        if (!screen.isEmpty() && !screen.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
            problems.add(SCREEN + " must be 1–40 lower-case letters, digits, '-' or '_', starting with a letter or"
                    + " digit (e.g. grill-1), was '" + screen + "'");
        }
        Mode mode = parseMode(value(properties, MODE), problems);
        String dataDir = value(properties, DATA_DIR);
        Path data = dataDir.isEmpty() ? DEFAULT_DATA_DIR : Path.of(dataDir);
        DisplaySettings display = DisplaySettings.from(properties, problems);
        InputSettings input = InputSettings.from(properties, problems);
        PrinterSettings printer = PrinterSettings.from(properties, problems);
        SignageSettings signage = SignageSettings.from(properties, problems);
        LinkSettings link = LinkSettings.from(properties, problems);
        if (value(properties, PrinterSettings.QUEUE_DIR).isEmpty()) {
            // Queued tickets live with the kiosk's other state unless the file says otherwise.
            printer = printer.withQueueDir(data.resolve("print-queue"));
        }
        if (!problems.isEmpty()) {
            throw new KioskConfigException("Kiosk config file " + source + ": " + String.join("; ", problems));
        }
        Properties copy = new Properties();
        copy.putAll(properties);
        return new KioskConfig(url, token, screen, station, mode, data, display, input, printer, signage, link, copy);
    }

    /** The value for the {@code Origin} header the gateway's CSRF check expects on kiosk writes. */
    public String origin() {
        int port = gatewayUrl.getPort();
        return gatewayUrl.getScheme() + "://" + gatewayUrl.getHost() + (port < 0 ? "" : ":" + port);
    }

    public boolean showsAllStations() {
        return stationId.isEmpty();
    }

    /** Keeps the token out of logs; it grants a kiosk session for the whole location. */
    @Override
    public String toString() {
        return "KioskConfig[gatewayUrl=" + gatewayUrl + ", kioskToken=***, screen=" + screenName + ", station="
                + (showsAllStations() ? "all" : stationId.getAsLong()) + ", mode=" + mode + ", dataDir=" + dataDir + "]";
    }

    // Trimmed because trailing spaces survive Properties parsing and are invisible in an editor.
    private static String value(Properties properties, String key) {
        return Settings.value(properties, key);
    }

    private static Mode parseMode(String value, List<String> problems) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "kitchen" -> Mode.KITCHEN;
            case "signage" -> Mode.SIGNAGE;
            default -> {
                problems.add(MODE + " must be kitchen or signage, was '" + value + "'");
                yield Mode.KITCHEN;
            }
        };
    }

    private static OptionalLong parseStation(String value, List<String> problems) {
        if (value.isEmpty() || value.equalsIgnoreCase("all") || value.equalsIgnoreCase("expo")) {
            return OptionalLong.empty();
        }
        if (value.matches("[0-9]{1,18}") && Long.parseLong(value) > 0) {
            return OptionalLong.of(Long.parseLong(value));
        }
        problems.add(STATION + " must be a station number (1, 2, …), 'all' or 'expo', was '" + value + "'");
        return OptionalLong.empty();
    }
}
