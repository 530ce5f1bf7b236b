package org.preptable.gateway.auth.passkeys;

import org.preptable.gateway.http.ApiError;

/** A passkey's name, as its owner sees it in the list ("Work laptop"); "Passkey" when none is given. */
final class PasskeyNames {

    static final int MAX = 100;

    private PasskeyNames() {
    }

    static String of(String raw) {
        if (raw == null) {
            return "Passkey";
        }
        String name = raw.strip();
        if (name.isEmpty() || name.length() > MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiError.badRequest("A passkey's name must be 1-" + MAX + " characters without control characters");
        }
        return name;
    }
}
