package org.preptable.gateway.auth.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * A passkey account's life over HTTP, against webauthn4j's authenticator emulator: registered from an invitation,
 * signed in without an email, a second passkey added, renamed, one removed and the last one kept; its sessions
 * listed, one revoked and logged out.
 */
@ExtendWith(GatewayExtension.class)
class PasskeyLifecycleTest {

    @Test
    void registerLogInAddRenameRemoveAndKeepTheLast(TestGateway gateway, ApiClient api) {
        String location = gateway.sql().text("INSERT INTO locations (name) VALUES ('Passkey Hall') RETURNING id::text");
        String token = Passkeys.invite(api, "ana@kitchen.com", "manager", List.of(location));
        JsonNode open = api.get("/auth/invitations/" + token).json();
        assertThat(open.get("email").asText()).isEqualTo("ana@kitchen.com");
        assertThat(open.get("role").asText()).isEqualTo("manager");
        assertThat(open.get("location_ids").get(0).asText()).isEqualTo(location);

        PasskeyBrowser phone = new PasskeyBrowser(Passkeys.origin(gateway));
        long mark = AuditTrail.mark(gateway);
        ApiResponse registered = Passkeys.register(api, phone, token);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("role").asText()).isEqualTo("manager");
        assertThat(registered.json().get("location_ids").get(0).asText()).isEqualTo(location);
        assertThat(registered.header("Set-Cookie")).doesNotContain("Secure"); // http origin
        assertThat(AuditTrail.since(gateway, mark)).singleElement().asString().startsWith("register users ");
        ApiClient first = Passkeys.withCookie(gateway, api, registered);
        assertThat(first.get("/auth/me").json().get("email").asText()).isEqualTo("ana@kitchen.com");

        // the invitation was used: the link is gone, and a second registration from it too
        assertThat(api.get("/auth/invitations/" + token).assertError(410)).contains("used");
        assertThat(api.post("/auth/register/options", Map.of("token", token, "first_name", "Eve",
                "last_name", "Ros")).assertError(410)).contains("used");
        ApiClient admin = api.as(api.admin());
        assertThat(admin.get("/admin/invitations").json().get("invitations").findValuesAsText("state")).contains("used");

        // discoverable login: no email at all
        mark = AuditTrail.mark(gateway);
        ApiResponse loggedIn = Passkeys.login(api, phone);
        assertThat(loggedIn.status()).as(loggedIn.body()).isEqualTo(200);
        assertThat(loggedIn.json().get("email").asText()).isEqualTo("ana@kitchen.com");
        assertThat(AuditTrail.since(gateway, mark)).singleElement().asString().startsWith("login users ");
        ApiClient second = Passkeys.withCookie(gateway, api, loggedIn);

        // a second passkey (a security key) for the same account
        PasskeyBrowser key = new PasskeyBrowser(Passkeys.origin(gateway));
        ApiResponse addOptions = second.post("/auth/credentials/options", Map.of("name", "Yellow key"));
        assertThat(addOptions.json().get("excludeCredentials")).hasSize(1);
        mark = AuditTrail.mark(gateway);
        ApiResponse added = second.post("/auth/credentials/verify", key.create(addOptions.json()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("name").asText()).isEqualTo("Yellow key");
        assertThat(AuditTrail.since(gateway, mark)).singleElement().asString().startsWith("passkey_added passkeys ");
        JsonNode list = second.get("/auth/credentials").json().get("credentials");
        assertThat(list.findValuesAsText("name")).containsExactly("Work phone", "Yellow key");
        assertThat(list.get(0).get("last_used_at").isNull()).isFalse();
        assertThat(list.get(0).get("transports").toString()).contains("internal");
        assertThat(Passkeys.login(api, key).status()).isEqualTo(200);

        String phoneId = list.get(0).get("id").asText();
        String keyId = list.get(1).get("id").asText();
        ApiResponse renamed = second.patch("/auth/credentials/" + phoneId, Map.of("name", "Old phone"));
        assertThat(renamed.json().get("name").asText()).isEqualTo("Old phone");

        mark = AuditTrail.mark(gateway);
        assertThat(second.delete("/auth/credentials/" + phoneId).status()).isEqualTo(204);
        assertThat(AuditTrail.since(gateway, mark)).singleElement().asString().startsWith("passkey_removed passkeys ");
        assertThat(second.delete("/auth/credentials/" + keyId).assertError(409)).contains("only passkey");
        assertThat(Passkeys.login(api, phone).assertError(401)).contains("Passkey sign-in failed");
        assertThat(second.get("/auth/credentials").json().get("credentials")).hasSize(1);
    }

    @Test
    void passkeySessionsAreListedRevokedAtOnceAndLoggedOut(TestGateway gateway, ApiClient api) {
        PasskeyBrowser phone = new PasskeyBrowser(Passkeys.origin(gateway));
        ApiResponse registered = Passkeys.register(api, phone, Passkeys.invite(api, "sam@kitchen.com", "staff", List.of()));
        ApiClient one = Passkeys.withCookie(gateway, api, registered);
        ApiClient two = Passkeys.withCookie(gateway, api, Passkeys.login(api, phone));
        ApiClient three = Passkeys.withCookie(gateway, api, Passkeys.login(api, phone));

        JsonNode sessions = one.get("/auth/sessions").json().get("sessions");
        assertThat(sessions).hasSize(3);
        assertThat(sessions.findValuesAsText("kind")).containsOnly("passkey");
        String twoId = two.get("/auth/sessions").json().get("sessions").findParents("current").stream()
                .filter(s -> s.get("current").asBoolean()).findFirst().orElseThrow().get("id").asText();

        assertThat(one.post("/auth/sessions/revoke", Map.of("id", twoId)).status()).isEqualTo(204);
        assertThat(two.get("/auth/me").assertError(401)).contains("revoked");
        assertThat(one.get("/auth/sessions").json().get("sessions")).hasSize(2);

        assertThat(three.post("/auth/logout", null).status()).isEqualTo(204);
        three.get("/auth/me").assertError(401);
        assertThat(one.get("/auth/me").status()).isEqualTo(200);
    }

    @Test
    void aKioskCannotManagePasskeysAndAdminsSeeEveryInvitationsState(TestGateway gateway, ApiClient api) {
        ApiClient admin = api.as(api.admin());
        String pending = Passkeys.invite(api, "pending@kitchen.com", "staff", List.of());
        String expired = Passkeys.invite(api, "late@kitchen.com", "staff", List.of());
        gateway.sql().execute("UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = ?",
                "late@kitchen.com");
        JsonNode created = admin.post("/admin/invitations", Map.of("email", "gone@kitchen.com", "role", "HEAD_CHEF"))
                .json();
        assertThat(created.get("role").asText()).isEqualTo("admin");
        long mark = AuditTrail.mark(gateway);
        assertThat(admin.delete("/admin/invitations/" + created.get("id").asText()).status()).isEqualTo(204);
        assertThat(AuditTrail.since(gateway, mark)).singleElement().asString().startsWith("invitation_revoked");
        assertThat(api.get("/auth/invitations/" + created.get("token").asText()).assertError(410)).contains("revoked");
        assertThat(api.get("/auth/invitations/" + expired).assertError(410)).contains("expired");
        assertThat(api.post("/auth/register/options", Map.of("token", expired, "first_name", "La",
                "last_name", "Te")).assertError(410)).contains("expired");
        assertThat(api.get("/auth/invitations/" + pending).status()).isEqualTo(200);
        assertThat(api.get("/auth/invitations/neverIssued").assertError(404)).contains("not known");

        JsonNode states = admin.get("/admin/invitations").json().get("invitations");
        Map<String, String> byEmail = new java.util.HashMap<>();
        states.forEach(i -> byEmail.put(i.get("email").asText(), i.get("state").asText()));
        assertThat(byEmail).containsEntry("pending@kitchen.com", "pending").containsEntry("late@kitchen.com", "expired")
                .containsEntry("gone@kitchen.com", "revoked");
        assertThat(admin.post("/admin/invitations", Map.of("email", TestGateway.ADMIN_EMAIL, "role", "staff"))
                .assertError(409)).contains("already exists");
        assertThat(admin.post("/admin/invitations", Map.of("email", "k@kitchen.com", "role", "kiosk"))
                .assertError(400)).contains("kiosk");
    }
}
