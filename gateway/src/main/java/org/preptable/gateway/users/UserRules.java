package org.preptable.gateway.users;

import java.util.Locale;
import java.util.regex.Pattern;
import org.preptable.gateway.http.ApiError;

/** Input rules for users, with the kitchen-planning reference's messages (400 on any violation). */
public final class UserRules {

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9+_.-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
    private static final int NAME_MAX = 50;
    private static final int EMAIL_MAX = 100;
    private static final int PASSWORD_MIN = 8;
    private static final int PASSWORD_MAX = 128;

    private UserRules() {
    }

    /** Returns the trimmed name. */
    public static String name(String value, String label) {
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest(label + " cannot be empty");
        }
        String trimmed = value.trim();
        if (trimmed.length() < 2) {
            throw ApiError.badRequest(label + " must be at least 2 characters");
        }
        if (trimmed.length() > NAME_MAX) {
            throw ApiError.badRequest(label + " must be at most " + NAME_MAX + " characters");
        }
        return trimmed;
    }

    /** Returns the email trimmed and lowercased, the form it is stored and compared in. */
    public static String email(String value) {
        if (value == null) {
            throw ApiError.badRequest("Email cannot be null.");
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        if (normalized.length() > EMAIL_MAX || !EMAIL.matcher(normalized).matches()) {
            throw ApiError.badRequest("Invalid email format");
        }
        return normalized;
    }

    public static String password(String value) {
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest("Password cannot be empty");
        }
        if (value.length() < PASSWORD_MIN) {
            throw ApiError.badRequest("Password must be at least " + PASSWORD_MIN + " characters");
        }
        if (value.length() > PASSWORD_MAX) {
            throw ApiError.badRequest("Password must be at most " + PASSWORD_MAX + " characters");
        }
        if (value.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            throw ApiError.badRequest("Password must contain at least one uppercase letter");
        }
        if (value.chars().noneMatch(Character::isDigit)) {
            throw ApiError.badRequest("Password must contain at least one number");
        }
        return value;
    }
}
