package org.preptable.gateway.kitchen;

import java.util.regex.Pattern;
import org.preptable.gateway.http.ApiError;

/**
 * The kitchen-planning reference's text rules (its {@code validateName} and {@code validateDescription}) with its
 * messages, so a client written against the reference sees the same 400s. Values are checked and returned trimmed.
 */
public final class KitchenText {

    /**
     * The reference's whitelist: letters in any script (æøå), digits, whitespace and {@code & , - . ( ) :}. Quotes,
     * slashes, {@code <} and {@code !} stay out of names that menus, tickets and signage print.
     */
    private static final Pattern SAFE_TEXT = Pattern.compile("[\\p{L}0-9\\s&,\\-.():]*");

    private KitchenText() {
    }

    /** A name: 2-100 characters. */
    public static String name(String value, String label) {
        return text(value, label, 2, 100);
    }

    /** A description: 5-200 characters. */
    public static String description(String value, String label) {
        return text(value, label, 5, 200);
    }

    /** Any other text under the same rules, e.g. a rejection's feedback (5-255). */
    public static String text(String value, String label, int min, int max) {
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest(label + " cannot be blank");
        }
        String trimmed = value.trim();
        if (trimmed.length() < min) {
            throw ApiError.badRequest(label + " must be at least " + min + " characters");
        }
        if (trimmed.length() > max) {
            throw ApiError.badRequest(label + " must be at most " + max + " characters");
        }
        if (!SAFE_TEXT.matcher(trimmed).matches()) {
            throw ApiError.badRequest(
                    label + " can only contain letters, numbers, and common symbols like '&', '-', or '.'.");
        }
        return trimmed;
    }

    /** "2 dish(es) and 1 weekly-menu slot(s)" from counts by name, leaving out the zeros; empty when all are zero. */
    public static String counted(java.util.Map<String, Long> counts) {
        java.util.List<String> parts = counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getValue() + " " + entry.getKey()).toList();
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
