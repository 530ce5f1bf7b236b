package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.kiosk;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.rotate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.ops.OpsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/**
 * {@code GET /admin/sessions} and {@code DELETE /admin/sessions/{id}} (issue 22's admin console): everyone's live
 * sessions with their owner, and ending one of them. Here with kiosk sessions, the cookie sessions a test can open
 * without a passkey ceremony; the routes do not tell kinds apart.
 */
@ExtendWith(GatewayExtension.class)
class AdminSessionsTest {

    @Test
    void anAdminListsAnotherUsersSessionAndRevokesIt(TestGateway gateway, ApiClient api) {
        ApiClient admin = api.as(api.admin());
        UUID location = new OpsFixtures(api).location("Harlingen");
        ApiClient screen = kiosk(api, rotate(admin, location));
        String sessionId = screen.get("/auth/sessions").json().get("sessions").get(0).get("id").asText();

        var listed = admin.get("/admin/sessions");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode row = null;
        for (JsonNode session : listed.json().get("sessions")) {
            if (session.get("id").asText().equals(sessionId)) {
                row = session;
            }
        }
        assertThat(row).as("the kiosk's session in %s", listed.body()).isNotNull();
        assertThat(row.get("kind").asText()).isEqualTo("kiosk");
        assertThat(row.get("current").asBoolean()).isFalse();
        assertThat(row.get("user").get("email").asText()).isEqualTo(KioskService.kioskEmail(location));
        assertThat(row.get("user").get("role").asText()).isEqualTo("kiosk");

        long mark = AuditTrail.mark(gateway);
        assertThat(admin.delete("/admin/sessions/" + sessionId).status()).isEqualTo(204);
        assertThat(screen.get("/auth/me").status()).isEqualTo(401);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("session_revoke sessions " + sessionId);
        assertThat(admin.get("/admin/sessions").body()).doesNotContain(sessionId);

        // once only; an unknown id and a malformed one
        assertThat(admin.delete("/admin/sessions/" + sessionId).status()).isEqualTo(404);
        assertThat(admin.delete("/admin/sessions/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(admin.delete("/admin/sessions/1-1-1-1-1").status()).isEqualTo(400);
    }

    @Test
    void onlyAnAdminMay(ApiClient api) {
        ApiClient manager = api.as(api.newUser("SOUS_CHEF"));
        ApiClient staff = api.as(api.newUser("LINE_COOK"));
        assertThat(manager.get("/admin/sessions").status()).isEqualTo(403);
        assertThat(staff.delete("/admin/sessions/" + UUID.randomUUID()).status()).isEqualTo(403);
        assertThat(api.get("/admin/sessions").status()).isEqualTo(401);
    }
}
