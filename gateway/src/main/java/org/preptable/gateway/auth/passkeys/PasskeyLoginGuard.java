package org.preptable.gateway.auth.passkeys;

import java.util.UUID;

/**
 * Where login protection plugs into passkey logins (docs/auth.md, "Login protection"). {@link PasskeyService}
 * calls it around every passkey login, and every failure goes through {@link #failed} once, whatever went wrong
 * (unknown or replayed challenge, unknown credential, bad signature, wrong origin, counter regression). The
 * default does nothing; the throttle built for password logins implements it.
 */
public interface PasskeyLoginGuard {

    PasskeyLoginGuard NONE = new PasskeyLoginGuard() {
    };

    /** Before a login is verified; may throw an {@code ApiError} (429 with Retry-After) to refuse the attempt. */
    default void beforeAttempt(String clientAddress) {
    }

    /**
     * A failed passkey login. {@code userId} and {@code email} are the account the credential belongs to, when it is
     * a known credential (null otherwise).
     */
    default void failed(UUID userId, String email, String clientAddress) {
    }

    default void succeeded(UUID userId, String clientAddress) {
    }
}
