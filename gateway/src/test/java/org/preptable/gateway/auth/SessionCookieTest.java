package org.preptable.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Cookie sessions belong to the core (kiosk and passkey logins only create them). Sessions are opened here through
 * the gateway's own {@link SessionStore}, exactly as those logins will, and then used over HTTP.
 */
@ExtendWith(GatewayExtension.class)
class SessionCookieTest {

    private static String openSession(TestGateway gateway, TestUser user, Duration lifetime) {
        var session = gateway.gateway().services().sessions()
                .create(gateway.gateway().services().db().pool(), user.id(), "passkey", lifetime, "127.0.0.1", "test");
        return SessionStore.COOKIE + "=" + session.token();
    }

    @Test
    void aSessionCookieAuthenticatesEveryRoute(TestGateway gateway, ApiClient api) {
        TestUser manager = api.newUser("manager");
        ApiClient browser = api.withHeader("Cookie", openSession(gateway, manager, Duration.ofHours(1)));

        var me = browser.get("/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asText()).isEqualTo("manager");
        assertThat(browser.get("/users/me").json().get("userRole").asText()).isEqualTo("SOUS_CHEF");
        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
        assertThat(gateway.sql().count("SELECT count(*) FROM sessions WHERE user_id = ?::uuid", manager.id().toString()))
                .isEqualTo(1);
    }

    @Test
    void cookieWritesMustComeFromTheGatewaysOwnOrigin(TestGateway gateway, ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        ApiClient browser = api.withHeader("Cookie", openSession(gateway, cook, Duration.ofHours(1)));
        var rename = Map.of("firstName", "Cookie", "lastName", "Monster");

        assertThat(browser.put("/users/" + cook.number(), rename).assertError(403)).contains("Origin");
        assertThat(browser.withHeader("Origin", "https://evil.example").put("/users/" + cook.number(), rename)
                .assertError(403)).contains("Cross-site request refused");
        var sameOrigin = browser.withHeader("Origin", gateway.baseUrl()).put("/users/" + cook.number(), rename);
        assertThat(sameOrigin.status()).as(sameOrigin.body()).isEqualTo(200);
        assertThat(browser.withHeader("Referer", gateway.baseUrl() + "/app/profile").put("/users/" + cook.number(),
                rename).status()).isEqualTo(200);
        // bearer tokens are not sent automatically by browsers, so they need no Origin, and a foreign one is no matter
        assertThat(api.as(cook).put("/users/" + cook.number(), rename).status()).isEqualTo(200);
        assertThat(api.as(cook).withHeader("Origin", "https://evil.example").put("/users/" + cook.number(), rename)
                .status()).isEqualTo(200);
    }

    @Test
    void sessionsAreListedRevokedAndEndedByLogout(TestGateway gateway, ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        ApiClient laptop = api.withHeader("Cookie", openSession(gateway, cook, Duration.ofHours(1)))
                .withHeader("Origin", gateway.baseUrl());
        ApiClient phone = api.withHeader("Cookie", openSession(gateway, cook, Duration.ofHours(1)))
                .withHeader("Origin", gateway.baseUrl());

        var sessions = laptop.get("/auth/sessions").json().get("sessions");
        assertThat(sessions).hasSize(2);
        String phoneId = java.util.stream.StreamSupport
                .stream(phone.get("/auth/sessions").json().get("sessions").spliterator(), false)
                .filter(session -> session.get("current").asBoolean()).findFirst().orElseThrow().get("id").asText();

        assertThat(laptop.post("/auth/sessions/revoke", Map.of("id", phoneId)).status()).isEqualTo(204);
        assertThat(phone.get("/auth/me").assertError(401)).contains("Session expired or revoked");
        assertThat(laptop.post("/auth/sessions/revoke", Map.of("id", phoneId)).assertError(404)).contains("Session");

        var logout = laptop.post("/auth/logout", "{}");
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("Set-Cookie")).contains(SessionStore.COOKIE + "=").contains("Max-Age=0");
        assertThat(laptop.get("/auth/me").status()).isEqualTo(401);
    }

    @Test
    void expiredSessionsAndSessionsOfOtherUsersDoNotWork(TestGateway gateway, ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        TestUser other = api.newUser("LINE_COOK");
        ApiClient expired = api.withHeader("Cookie", openSession(gateway, cook, Duration.ofSeconds(-1)));
        assertThat(expired.get("/auth/me").assertError(401)).contains("Session expired");
        assertThat(api.withHeader("Cookie", SessionStore.COOKIE + "=made-up").get("/auth/me").status()).isEqualTo(401);

        ApiClient otherBrowser = api.withHeader("Cookie", openSession(gateway, other, Duration.ofHours(1)))
                .withHeader("Origin", gateway.baseUrl());
        String cooksSession = api.withHeader("Cookie", openSession(gateway, cook, Duration.ofHours(1)))
                .get("/auth/sessions").json().get("sessions").get(0).get("id").asText();
        assertThat(otherBrowser.post("/auth/sessions/revoke", Map.of("id", cooksSession)).status()).isEqualTo(404);
    }
}
