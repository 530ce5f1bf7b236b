package org.preptable.gateway.bootstrap;

import java.security.SecureRandom;
import java.util.Optional;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.users.UserService;

/**
 * Makes sure an install always has an admin: on a database without one, creates it from
 * {@code PREPTABLE_ADMIN_EMAIL}/{@code PREPTABLE_ADMIN_PASSWORD}, or with a generated password that is shown once.
 * With password login switched off (passkey-only installs) a password would be no way in, so nothing is created
 * and {@link FirstRunInvitation} prints the first admin's passkey invitation instead (docs/auth.md).
 */
public final class FirstAdmin {

    public static final String DEFAULT_EMAIL = "admin@preptable.local";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The admin created now; {@code shownPassword} is empty when the password came from the environment. */
    public record Created(String email, Optional<String> shownPassword) {
    }

    private FirstAdmin() {
    }

    public static Optional<Created> ensure(UserService users, Optional<String> email, Optional<String> password,
                                           boolean passwordLogin) {
        if (!passwordLogin || users.anyActiveAdmin()) {
            return Optional.empty();
        }
        String adminEmail = email.orElse(DEFAULT_EMAIL);
        var existing = users.findByEmail(adminEmail);
        if (existing.isPresent()) {
            // The named account exists but lost its admin role: restore it rather than leave the install headless.
            users.changeRole(existing.get().id().toString(), Role.ADMIN, AuditActor.system("first admin"));
            return Optional.of(new Created(adminEmail, Optional.empty()));
        }
        String adminPassword = password.orElseGet(FirstAdmin::generatePassword);
        users.register(new UserService.Registration("Head", "Chef", adminEmail, adminPassword), Role.ADMIN,
                AuditActor.system("first admin"));
        return Optional.of(new Created(adminEmail, password.isPresent() ? Optional.empty() : Optional.of(adminPassword)));
    }

    /** 18 characters with at least one capital and one digit, so it passes the password rules. */
    public static String generatePassword() {
        while (true) {
            StringBuilder candidate = new StringBuilder();
            for (int i = 0; i < 18; i++) {
                candidate.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String value = candidate.toString();
            if (value.chars().anyMatch(Character::isUpperCase) && value.chars().anyMatch(Character::isDigit)) {
                return value;
            }
        }
    }
}
