package org.preptable.gateway.auth.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.PasskeyBrowser;
import org.preptable.gateway.testing.TestGateway;

/** Test steps shared by the passkey tests: invite, register, log in, and a client holding the session cookie. */
final class Passkeys {

    private Passkeys() {
    }

    /** The origin a browser on this test gateway shows: the default passkey origin, http://localhost:<port>. */
    static String origin(TestGateway gateway) {
        return "http://localhost:" + gateway.gateway().port();
    }

    static String invite(ApiClient api, String email, String role, List<String> locations) {
        ApiClient admin = api.as(api.admin());
        ApiResponse created = admin.post("/admin/invitations", Map.of("email", email, "role", role,
                "location_ids", locations));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("token").asText();
    }

    static ApiResponse register(ApiClient api, PasskeyBrowser browser, String token) {
        ApiResponse options = api.post("/auth/register/options", Map.of("token", token, "first_name", "Ana",
                "last_name", "Ros", "passkey_name", "Work phone"));
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        return api.post("/auth/register/verify", browser.create(options.json()));
    }

    static ApiResponse login(ApiClient api, PasskeyBrowser browser) {
        ApiResponse options = api.post("/auth/login/options", Map.of());
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        return api.post("/auth/login/verify", browser.get(options.json()));
    }

    /** A client sending the session cookie an answer set, with the Origin a browser sends on writes. */
    static ApiClient withCookie(TestGateway gateway, ApiClient api, ApiResponse signedIn) {
        String setCookie = signedIn.header("Set-Cookie");
        assertThat(setCookie).startsWith(SessionStore.COOKIE + "=").contains("HttpOnly", "SameSite=Lax");
        return api.withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                .withHeader("Origin", gateway.baseUrl());
    }
}
