package org.preptable.model.device;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed values out of a device's properties file (the kiosk's, the bridge's). Every reader appends a sentence naming the key, the bad value
 * and an example to {@code problems} and returns the default, so one start shows every mistake in the file at once.
 */
public final class Settings {

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})\\s*(ms|s|m|h)?");

    private Settings() {
    }

    /** The trimmed value, "" when absent: trailing spaces survive Properties parsing and are invisible in an editor. */
    public static String value(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null ? "" : value.strip();
    }

    /** A whole number from {@code min} to {@code max}; the default is also the example in the problem sentence. */
    public static int intIn(Properties properties, String key, int min, int max, int fallback, List<String> problems) {
        OptionalInt parsed = optionalIntIn(properties, key, min, max, fallback, problems);
        return parsed.orElse(fallback);
    }

    /** Like {@link #intIn}, but empty when the key is absent or blank (or wrong, after reporting it). */
    public static OptionalInt optionalIntIn(Properties properties, String key, int min, int max, int example,
            List<String> problems) {
        String value = value(properties, key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.matches("[0-9]{1,9}")) {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return OptionalInt.of(parsed);
            }
        }
        problems.add(key + " must be a whole number from " + min + " to " + max + " (e.g. " + example + "), was '"
                + value + "'");
        return OptionalInt.empty();
    }

    public static boolean bool(Properties properties, String key, boolean fallback, List<String> problems) {
        String value = value(properties, key).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> fallback;
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.add(key + " must be true or false (e.g. " + fallback + "), was '" + value + "'");
                yield fallback;
            }
        };
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, {@code 250ms}; a bare number is seconds. */
    public static Duration duration(Properties properties, String key, Duration fallback, List<String> problems) {
        String value = value(properties, key).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return fallback;
        }
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            problems.add(key + " must be a duration like 90s, 5m or 1h, was '" + value + "'");
            return fallback;
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** A whole number of milliseconds from {@code min} to {@code max}; the default is the example in the problem. */
    public static Duration millis(Properties properties, String key, Duration fallback, int min, int max,
            List<String> problems) {
        String value = value(properties, key);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.matches("[0-9]{1,9}")) {
            int millis = Integer.parseInt(value);
            if (millis >= min && millis <= max) {
                return Duration.ofMillis(millis);
            }
        }
        problems.add(key + " must be a whole number of milliseconds from " + min + " to " + max + " (e.g. "
                + fallback.toMillis() + "), was '" + value + "'");
        return fallback;
    }
}
