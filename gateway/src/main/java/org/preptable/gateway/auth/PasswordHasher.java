package org.preptable.gateway.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in PHC string form. Parameters follow OWASP's minimum for Argon2id (19 MiB, 2 passes,
 * 1 lane); a hash keeps its own parameters, so raising them later does not invalidate old hashes.
 * Hashing is deliberately slow: callers run it off the event loop.
 */
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    /** Verified against when the email is unknown, so a wrong email costs as long as a wrong password. */
    private static final String DUMMY_HASH = hash("no-such-user-password");

    private PasswordHasher() {
    }

    public static String hash(String plain) {
        return Password.hash(plain).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String plain, String storedHash) {
        if (storedHash == null) {
            Password.check(plain, DUMMY_HASH).with(ARGON2ID);
            return false;
        }
        return Password.check(plain, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }
}
