package org.preptable.gateway.auth;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens (session cookies, kiosk tokens, generated secrets): random bytes, base64url, no padding. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    public static String base64Url(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
