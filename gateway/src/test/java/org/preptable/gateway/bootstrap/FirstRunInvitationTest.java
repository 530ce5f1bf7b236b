package org.preptable.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.PasskeyBrowser;
import org.preptable.gateway.testing.TestGateway;

/**
 * Seed 002's first run: on a database without an admin the gateway prints a one-time admin invitation, which
 * registers the first admin with a passkey; once an admin exists a production start prints none, while a dev-mode
 * start (localhost origin) always does.
 */
class FirstRunInvitationTest {

    private static final String ORIGIN = "https://kitchen.example.com";
    /** A passkey-only production install: no password admin, a real https origin. */
    private static final Map<String, String> PASSKEY_ONLY = Map.of("PREPTABLE_ADMIN_EMAIL", "",
            "PREPTABLE_ADMIN_PASSWORD", "", "PREPTABLE_PASSWORD_LOGIN", "false", "WEBAUTHN_RP_ORIGIN", ORIGIN);

    private static List<String> invitations(TestGateway gateway) {
        return gateway.gateway().notices().stream().filter(line -> line.startsWith("Admin invitation")).toList();
    }

    @Test
    void anEmptyDatabaseGetsAnAdminInvitationAndNoneOnceTheAdminRegistered() {
        TestGateway first = TestGateway.start(PASSKEY_ONLY);
        String token;
        try {
            assertThat(first.sql().count("SELECT count(*) FROM users WHERE role = 'admin'")).isZero();
            List<String> notices = invitations(first);
            assertThat(notices).singleElement().asString().contains("no admin yet").contains(ORIGIN + "/invite/");
            token = notices.getFirst().substring(notices.getFirst().lastIndexOf('/') + 1);
            ApiClient api = first.client();
            var open = api.get("/auth/invitations/" + token).json();
            assertThat(open.get("role").asText()).isEqualTo("admin");
            assertThat(open.get("email").isNull()).as("the first admin gives their own email").isTrue();

            ApiResponse options = api.post("/auth/register/options", Map.of("token", token,
                    "email", "Owner@Kitchen.example.com", "first_name", "Olga", "last_name", "Owner"));
            assertThat(options.status()).as(options.body()).isEqualTo(200);
            assertThat(options.json().get("rp").get("id").asText()).isEqualTo("kitchen.example.com");
            ApiResponse admin = api.post("/auth/register/verify", new PasskeyBrowser(ORIGIN).create(options.json()));
            assertThat(admin.status()).as(admin.body()).isEqualTo(201);
            assertThat(admin.json().get("role").asText()).isEqualTo("admin");
            assertThat(admin.json().get("email").asText()).isEqualTo("owner@kitchen.example.com");
            assertThat(admin.header("Set-Cookie")).contains("HttpOnly", "SameSite=Lax", "Secure");
            assertThat(first.sql().text("SELECT actor_email FROM audit_log WHERE action = 'invitation_created'"))
                    .isEqualTo("system");
        } finally {
            first.close();
        }
        TestGateway again = TestGateway.startOn(first.database(), first.environment());
        try {
            assertThat(invitations(again)).as("an admin exists now").isEmpty();
            assertThat(again.client().get("/auth/invitations/" + token).assertError(410)).contains("used");
        } finally {
            again.close();
        }
    }

    @Test
    void aRestartWithoutAnAdminReplacesTheUnusedInvitation() {
        TestGateway first = TestGateway.start(PASSKEY_ONLY);
        String old = invitations(first).getFirst().replaceAll(".*/invite/", "");
        first.close();
        TestGateway again = TestGateway.startOn(first.database(), first.environment());
        try {
            assertThat(invitations(again)).hasSize(1);
            assertThat(again.client().get("/auth/invitations/" + old).assertError(410)).contains("revoked");
            assertThat(again.sql().count("SELECT count(*) FROM invitations WHERE first_run AND revoked_at IS NULL"))
                    .isEqualTo(1);
        } finally {
            again.close();
        }
    }

    @Test
    void aProductionStartWithAnAdminPrintsNoneAndADevStartAlwaysDoes() {
        try (TestGateway production = TestGateway.start(Map.of("WEBAUTHN_RP_ORIGIN", ORIGIN))) {
            assertThat(invitations(production)).isEmpty();
            assertThat(production.sql().count("SELECT count(*) FROM invitations")).isZero();
        }
        try (TestGateway dev = TestGateway.start()) {
            assertThat(invitations(dev)).singleElement().asString().contains("dev mode")
                    .contains("http://localhost:" + dev.gateway().port() + "/invite/");
        }
    }
}
