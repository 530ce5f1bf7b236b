package org.preptable.bridge.config;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * Typed values out of the bridge's properties file. Every reader appends a sentence naming the key, the bad value
 * and an example to {@code problems} and returns the default, so one start shows every mistake in the file at once.
 */
public final class Settings {

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
}
