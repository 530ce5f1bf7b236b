package org.preptable.gateway.auth.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.PasskeyBrowser;
import org.preptable.gateway.testing.TestGateway;

/** What a passkey ceremony must refuse: replays, other origins, other ceremonies, stale challenges and clones. */
@ExtendWith(GatewayExtension.class)
class PasskeyRefusalTest {

    private static PasskeyBrowser registered(TestGateway gateway, ApiClient api, String email) {
        PasskeyBrowser browser = new PasskeyBrowser(Passkeys.origin(gateway));
        ApiResponse answer = Passkeys.register(api, browser, Passkeys.invite(api, email, "staff", List.of()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return browser;
    }

    private static String failedReason(TestGateway gateway, long mark) {
        assertThat(AuditTrail.since(gateway, mark)).singleElement().asString().startsWith("login_failed users");
        return gateway.sql().text("SELECT after->>'reason' FROM audit_log WHERE id > ? AND action = 'login_failed'", mark);
    }

    @Test
    void aReplayedLoginIsRefusedAndAudited(TestGateway gateway, ApiClient api) {
        PasskeyBrowser browser = registered(gateway, api, "replay@kitchen.com");
        var answer = browser.get(api.post("/auth/login/options", Map.of()).json());
        assertThat(api.post("/auth/login/verify", answer).status()).isEqualTo(200);
        long mark = AuditTrail.mark(gateway);
        assertThat(api.post("/auth/login/verify", answer).assertError(401)).contains("Passkey sign-in failed");
        assertThat(failedReason(gateway, mark)).contains("challenge");
    }

    @Test
    void aReplayedRegistrationIsRefused(TestGateway gateway, ApiClient api) {
        PasskeyBrowser browser = new PasskeyBrowser(Passkeys.origin(gateway));
        String token = Passkeys.invite(api, "twice@kitchen.com", "staff", List.of());
        ApiResponse options = api.post("/auth/register/options", Map.of("token", token, "first_name", "Tw",
                "last_name", "Ice"));
        var answer = browser.create(options.json());
        assertThat(api.post("/auth/register/verify", answer).status()).isEqualTo(201);
        assertThat(api.post("/auth/register/verify", answer).assertError(400)).contains("challenge");
    }

    @Test
    void aWrongOriginIsRefusedForLoginAndRegistration(TestGateway gateway, ApiClient api) {
        PasskeyBrowser browser = registered(gateway, api, "phished@kitchen.com");
        browser.at("https://preptable.evil.example");
        long mark = AuditTrail.mark(gateway);
        assertThat(Passkeys.login(api, browser).assertError(401)).contains("Passkey sign-in failed");
        assertThat(failedReason(gateway, mark)).containsIgnoringCase("origin");

        String token = Passkeys.invite(api, "elsewhere@kitchen.com", "staff", List.of());
        assertThat(Passkeys.register(api, new PasskeyBrowser("https://preptable.evil.example"), token)
                .assertError(400)).containsIgnoringCase("origin");
        assertThat(api.get("/auth/invitations/" + token).status()).as("the invitation stays open").isEqualTo(200);
    }

    @Test
    void aChallengeWorksOnlyForItsOwnCeremonyAndUntilItExpires(TestGateway gateway, ApiClient api) {
        PasskeyBrowser browser = registered(gateway, api, "bound@kitchen.com");
        // a login answer to a challenge issued for adding a passkey
        ApiClient signedIn = Passkeys.withCookie(gateway, api, Passkeys.login(api, browser));
        var addOptions = signedIn.post("/auth/credentials/options", Map.of()).json();
        var asLogin = org.preptable.model.Json.MAPPER.createObjectNode()
                .put("challenge", addOptions.get("challenge").asText()).put("rpId", addOptions.get("rp").get("id").asText())
                .put("timeout", 120000);
        long bound = AuditTrail.mark(gateway);
        assertThat(api.post("/auth/login/verify", browser.get(asLogin)).assertError(401)).contains("failed");
        assertThat(failedReason(gateway, bound)).contains("another ceremony");

        var options = api.post("/auth/login/options", Map.of()).json();
        gateway.sql().execute("UPDATE webauthn_challenges SET expires_at = now() - interval '1 second'");
        long mark = AuditTrail.mark(gateway);
        assertThat(api.post("/auth/login/verify", browser.get(options)).assertError(401)).contains("failed");
        assertThat(failedReason(gateway, mark)).contains("expired");
        assertThat(Passkeys.login(api, browser).status()).as("fresh options work").isEqualTo(200);
    }

    @Test
    void aSignatureCounterThatGoesBackIsRefusedAndAudited(TestGateway gateway, ApiClient api) {
        PasskeyBrowser browser = registered(gateway, api, "clone@kitchen.com");
        assertThat(Passkeys.login(api, browser).status()).isEqualTo(200);
        // the other copy of a cloned authenticator has signed more often than this one
        gateway.sql().execute("UPDATE passkeys SET sign_count = sign_count + 100");
        long mark = AuditTrail.mark(gateway);
        assertThat(Passkeys.login(api, browser).assertError(401)).contains("Passkey sign-in failed");
        assertThat(failedReason(gateway, mark)).contains("counter");
        assertThat(gateway.sql().text("SELECT after->>'email' FROM audit_log WHERE id > ?", mark))
                .isEqualTo("clone@kitchen.com");

        // a copy whose counter stands still is refused the same way
        gateway.sql().execute("UPDATE passkeys SET sign_count = 0");
        browser.freezeCounter();
        assertThat(Passkeys.login(api, browser).status()).isEqualTo(200);
        mark = AuditTrail.mark(gateway);
        assertThat(Passkeys.login(api, browser).assertError(401)).contains("Passkey sign-in failed");
        assertThat(failedReason(gateway, mark)).contains("counter");
    }

    @Test
    void anInvitationRevokedDuringTheCeremonyIsGone(TestGateway gateway, ApiClient api) {
        PasskeyBrowser browser = new PasskeyBrowser(Passkeys.origin(gateway));
        ApiClient admin = api.as(api.admin());
        var created = admin.post("/admin/invitations", Map.of("email", "late.revoke@kitchen.com", "role", "staff")).json();
        ApiResponse options = api.post("/auth/register/options", Map.of("token", created.get("token").asText(),
                "first_name", "La", "last_name", "Te"));
        admin.delete("/admin/invitations/" + created.get("id").asText());
        assertThat(api.post("/auth/register/verify", browser.create(options.json())).assertError(410)).contains("revoked");
        assertThat(gateway.sql().count("SELECT count(*) FROM users WHERE email = 'late.revoke@kitchen.com'")).isZero();
    }
}
