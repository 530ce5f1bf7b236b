package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;

/** Kiosk tokens and sessions over HTTP, the way the kiosk app holds them: the cookie is read and sent by hand. */
final class KioskFixtures {

    private KioskFixtures() {
    }

    /** Rotates the location's token as {@code admin}; fails the test unless it answers 200. */
    static String rotate(ApiClient admin, UUID locationId) {
        ApiResponse rotated = admin.post("/locations/" + locationId + "/kiosk_token/rotate", null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        return rotated.json().get("token").asText();
    }

    static ApiResponse signIn(ApiClient api, String token) {
        return api.post("/signage/auth", Map.of("token", token));
    }

    /** {@code preptable_session=<value>} from a response's Set-Cookie, ready for a {@code Cookie:} header. */
    static String cookie(ApiResponse response) {
        String setCookie = response.header("Set-Cookie");
        assertThat(setCookie).as("Set-Cookie of %s", response.body()).startsWith(SessionStore.COOKIE + "=");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** A client holding the kiosk session that {@code token} opens. */
    static ApiClient kiosk(ApiClient api, String token) {
        ApiResponse signedIn = signIn(api, token);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return api.withHeader("Cookie", cookie(signedIn));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
