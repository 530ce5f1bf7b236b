package org.preptable.kiosk.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading typed values out of the kiosk's properties file. Every reader appends a sentence naming the key, the
 * bad value and an example to {@code problems} and returns the default, so one start shows every mistake at once.
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

    public static int intIn(Properties properties, String key, int min, int max, int fallback, List<String> problems) {
        String value = value(properties, key);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.matches("[0-9]{1,9}")) {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        }
        problems.add(key + " must be a whole number from " + min + " to " + max + ", was '" + value + "'");
        return fallback;
    }

    public static boolean bool(Properties properties, String key, boolean fallback, List<String> problems) {
        String value = value(properties, key).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> fallback;
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.add(key + " must be true or false, was '" + value + "'");
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
}
