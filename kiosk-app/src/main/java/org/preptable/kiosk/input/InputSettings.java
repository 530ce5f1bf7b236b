package org.preptable.kiosk.input;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Every kiosk input setting, read from the kiosk's properties file:
 * <pre>
 * input.keys.&lt;action&gt;   = KEY[,KEY…]         keyboard / USB bump bar keys (see {@link KeyMap})
 * input.serial.port       = /dev/ttyUSB0        serial bump bar; empty = none
 * input.serial.baud       = 9600
 * input.serial.map        = 0x31:SELECT_1,…     see {@link SerialByteMap}; empty = default
 * input.gpio.provider     = gpiod | mock        default gpiod
 * input.gpio.pins         = 17:BUMP,27:RECALL   BCM pin:action; empty = no buttons
 * input.gpio.debounce-ms  = 30
 * input.gpio.active-low   = true                button to ground, pull-up on
 * </pre>
 */
public record InputSettings(KeyMap keys, SerialSettings serial, GpioSettings gpio) {

    public static final String SERIAL_PORT = "input.serial.port";
    public static final String SERIAL_BAUD = "input.serial.baud";
    public static final String SERIAL_MAP = "input.serial.map";
    public static final String GPIO_PROVIDER = "input.gpio.provider";
    public static final String GPIO_PINS = "input.gpio.pins";
    public static final String GPIO_DEBOUNCE_MS = "input.gpio.debounce-ms";
    public static final String GPIO_ACTIVE_LOW = "input.gpio.active-low";

    /** Highest BCM number on the Pi's 40-pin header. */
    public static final int MAX_BCM_PIN = 27;

    private static final int MAX_BAUD = 4_000_000;
    private static final int MAX_DEBOUNCE_MS = 1000;
    private static final Set<String> KNOWN = Set.of(SERIAL_PORT, SERIAL_BAUD, SERIAL_MAP, GPIO_PROVIDER, GPIO_PINS,
            GPIO_DEBOUNCE_MS, GPIO_ACTIVE_LOW);

    public InputSettings {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(gpio, "gpio");
    }

    /** Default keys, no serial bump bar, no GPIO buttons. */
    public static InputSettings defaults() {
        return new InputSettings(KeyMap.defaults(), SerialSettings.none(), GpioSettings.none());
    }

    /**
     * Reads every input setting, appending a human-readable line to {@code problems} for each mistake so the
     * caller can show them all at once. Bad values fall back to their defaults in the result, which is only
     * meant to be used when no problems were added.
     */
    public static InputSettings from(Properties properties, List<String> problems) {
        reportUnknownSettings(properties, problems);
        KeyMap keys = KeyMap.from(properties, problems);
        SerialSettings serial = new SerialSettings(value(properties, SERIAL_PORT),
                parseInt(properties, SERIAL_BAUD, SerialSettings.DEFAULT_BAUD, 1, MAX_BAUD, "like 9600", problems),
                SerialByteMap.parse(SERIAL_MAP, value(properties, SERIAL_MAP), problems));
        GpioSettings gpio = new GpioSettings(parseProvider(properties, problems),
                parsePins(value(properties, GPIO_PINS), problems),
                Duration.ofMillis(parseInt(properties, GPIO_DEBOUNCE_MS, (int) GpioSettings.DEFAULT_DEBOUNCE.toMillis(),
                        0, MAX_DEBOUNCE_MS, "in milliseconds, 0 to turn it off", problems)),
                parseBoolean(properties, GPIO_ACTIVE_LOW, true, problems));
        return new InputSettings(keys, serial, gpio);
    }

    // Only our own sub-namespaces: other parts of the kiosk may put settings under input.* later.
    private static void reportUnknownSettings(Properties properties, List<String> problems) {
        properties.stringPropertyNames().stream().sorted()
                .filter(name -> name.startsWith("input.serial.") || name.startsWith("input.gpio."))
                .filter(name -> !KNOWN.contains(name))
                .forEach(name -> problems.add(name + ": unknown setting (known: "
                        + String.join(", ", KNOWN.stream().sorted().toList()) + ")"));
    }

    // Trimmed because trailing spaces survive Properties parsing and are invisible in an editor.
    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null ? "" : value.strip();
    }

    private static int parseInt(Properties properties, String key, int fallback, int min, int max, String hint,
            List<String> problems) {
        String text = value(properties, key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, same message as out of range
        }
        problems.add(key + " must be a whole number from " + min + " to " + max + " (" + hint + "), was '" + text + "'");
        return fallback;
    }

    private static boolean parseBoolean(Properties properties, String key, boolean fallback, List<String> problems) {
        String text = value(properties, key).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "" -> fallback;
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(key + " must be true or false, was '" + value(properties, key) + "'");
                yield fallback;
            }
        };
    }

    private static GpioSettings.Provider parseProvider(Properties properties, List<String> problems) {
        String text = value(properties, GPIO_PROVIDER);
        if (text.isEmpty()) {
            return GpioSettings.Provider.GPIOD;
        }
        Optional<GpioSettings.Provider> provider = GpioSettings.Provider.parse(text);
        if (provider.isEmpty()) {
            problems.add(GPIO_PROVIDER + " must be gpiod (a Raspberry Pi) or mock (tests), was '" + text + "'");
        }
        return provider.orElse(GpioSettings.Provider.GPIOD);
    }

    private static Map<Integer, KioskAction> parsePins(String value, List<String> problems) {
        return NumberedActions.parse(GPIO_PINS, value, "17:BUMP (BCM pin:action)", new NumberedActions.Kind(
                text -> Optional.ofNullable(parsePin(text)),
                "is not a BCM pin number from 0 to " + MAX_BCM_PIN + " (BCM numbers, not physical header positions)",
                (pin, first, second) -> "pin " + pin + " is listed twice (" + first + " and " + second + ")"),
                problems);
    }

    private static Integer parsePin(String text) {
        try {
            int pin = Integer.parseInt(text);
            return pin >= 0 && pin <= MAX_BCM_PIN ? pin : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
