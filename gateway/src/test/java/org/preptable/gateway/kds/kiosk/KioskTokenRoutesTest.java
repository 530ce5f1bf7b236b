package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.fieldNames;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.kiosk;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.rotate;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.sha256Hex;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.signIn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.ops.OpsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** {@code POST /locations/{id}/kiosk_token/rotate} and {@code POST /locations/kiosk_token/rotate_all} (admin). */
@ExtendWith(GatewayExtension.class)
class KioskTokenRoutesTest {

    private static ApiClient admin;
    private static OpsFixtures ops;

    @BeforeAll
    static void setUp(ApiClient api) {
        admin = api.as(api.admin());
        ops = new OpsFixtures(api);
    }

    @Test
    void rotateShowsTheTokenOnceStoresItsHashAndCreatesTheKioskAccount(TestGateway gateway) {
        UUID location = ops.location("Harlingen");
        String name = gateway.sql().text("SELECT name FROM locations WHERE id = ?::uuid", location.toString());
        long mark = AuditTrail.mark(gateway);

        var rotated = admin.post("/locations/" + location + "/kiosk_token/rotate", null);

        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(fieldNames(rotated.json())).containsExactly("location_id", "token", "qr_svg");
        assertThat(rotated.json().get("location_id").asText()).isEqualTo(location.toString());
        String token = rotated.json().get("token").asText();
        assertThat(token).matches("ptk_[A-Za-z0-9_-]{43}");
        assertThat(rotated.header("Cache-Control")).isEqualTo("no-store");
        assertThat(gateway.sql().text("SELECT encode(token_hash, 'hex') || ' ' || rotated_by_email FROM kiosk_tokens"
                + " WHERE location_id = ?::uuid", location.toString()))
                .isEqualTo(sha256Hex(token) + " head.chef@test.preptable");

        String email = KioskService.kioskEmail(location);
        assertThat(email).isEqualTo("kiosk-" + location + "@kiosk.preptable.local");
        assertThat(gateway.sql().text("SELECT concat_ws('|', role, status, first_name, last_name,"
                + " coalesce(password_hash, 'no password')) FROM users WHERE email = ?", email))
                .isEqualTo("kiosk|active|Kiosk|" + name + "|no password");
        String kioskId = gateway.sql().text("SELECT id::text FROM users WHERE email = ?", email);
        assertThat(gateway.sql().text("SELECT string_agg(location_id::text, ',') FROM user_locations"
                + " WHERE user_id = ?::uuid", kioskId)).isEqualTo(location.toString());
        assertThat(AuditTrail.since(gateway, mark))
                .containsExactly("create users " + kioskId, "kiosk_token_rotate locations " + location);
        assertThat(gateway.sql().text("SELECT actor_email || ' ' || after::text FROM audit_log"
                + " WHERE action = 'kiosk_token_rotate' ORDER BY id DESC LIMIT 1"))
                .isEqualTo("head.chef@test.preptable {\"kiosk_user_id\": \"" + kioskId + "\", \"sessions_revoked\": 0}");
        // a service account, not a person: not in the people lists
        assertThat(admin.get("/admin/users").json().findValuesAsText("email")).doesNotContain(email);
    }

    @Test
    void rotatingAgainEndsTheOldTokenAndEverySessionItOpened(TestGateway gateway, ApiClient api) {
        UUID location = ops.location("Waco");
        String first = rotate(admin, location);
        ApiClient tablet = kiosk(api, first);
        ApiClient wallScreen = kiosk(api, first);
        assertThat(tablet.get("/auth/me").status()).isEqualTo(200);

        long mark = AuditTrail.mark(gateway);
        String second = rotate(admin, location);

        assertThat(second).isNotEqualTo(first);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("kiosk_token_rotate locations " + location);
        assertThat(gateway.sql().text("SELECT after->>'sessions_revoked' FROM audit_log WHERE id > ?", mark))
                .isEqualTo("2");
        assertThat(signIn(api, first).assertError(401)).isEqualTo("Invalid kiosk token");
        assertThat(tablet.get("/auth/me").assertError(401)).contains("Session expired or revoked");
        assertThat(wallScreen.get("/auth/me").status()).isEqualTo(401);
        assertThat(kiosk(api, second).get("/auth/me").status()).isEqualTo(200);
        assertThat(gateway.sql().count("SELECT count(*) FROM users WHERE email = ?", KioskService.kioskEmail(location)))
                .as("one kiosk account per location").isEqualTo(1);
    }

    @Test
    void rotateAllIssuesEveryLocationANewTokenInNameOrder(TestGateway gateway, ApiClient api) {
        UUID zeta = ops.location("Zeta");
        UUID alpha = ops.location("Alpha");
        String oldZeta = rotate(admin, zeta);
        ApiClient zetaScreen = kiosk(api, oldZeta);
        long locations = gateway.sql().count("SELECT count(*) FROM locations");
        long mark = AuditTrail.mark(gateway);

        var all = admin.post("/locations/kiosk_token/rotate_all", null);

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.header("Cache-Control")).isEqualTo("no-store");
        assertThat(all.json()).hasSize((int) locations);
        List<String> ids = new ArrayList<>();
        var tokens = new HashSet<String>();
        all.json().forEach(entry -> {
            assertThat(fieldNames(entry)).containsExactly("location_id", "token", "qr_svg");
            ids.add(entry.get("location_id").asText());
            tokens.add(entry.get("token").asText());
        });
        assertThat(String.join(",", ids)).isEqualTo(gateway.sql().text(
                "SELECT string_agg(id::text, ',' ORDER BY lower(name), id) FROM locations"));
        assertThat(ids.indexOf(alpha.toString())).isLessThan(ids.indexOf(zeta.toString()));
        assertThat(tokens).hasSize((int) locations).allMatch(token -> token.matches("ptk_[A-Za-z0-9_-]{43}"));
        assertThat(AuditTrail.since(gateway, mark).stream().filter(row -> row.startsWith("kiosk_token_rotate")))
                .hasSize((int) locations);

        assertThat(signIn(api, oldZeta).status()).isEqualTo(401);
        assertThat(zetaScreen.get("/auth/me").status()).isEqualTo(401);
        for (var entry : all.json()) {
            var signedIn = signIn(api, entry.get("token").asText());
            assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
            assertThat(signedIn.json().get("location_id").asText()).isEqualTo(entry.get("location_id").asText());
        }
    }

    @Test
    void onlyAdminsRotateAndUnknownLocationsAre404(TestGateway gateway, ApiClient api) {
        UUID location = ops.location("Guarded");
        String path = "/locations/" + location + "/kiosk_token/rotate";
        for (String role : new String[] {"manager", "staff"}) {
            ApiClient user = api.as(api.newUser(role));
            assertThat(user.post(path, null).assertError(403)).isEqualTo("Insufficient role. Required: [admin]");
            assertThat(user.post("/locations/kiosk_token/rotate_all", null).assertError(403))
                    .isEqualTo("Insufficient role. Required: [admin]");
        }
        ApiClient kiosk = kiosk(api, rotate(admin, location)).withHeader("Origin", gateway.baseUrl());
        assertThat(kiosk.post(path, null).assertError(403)).isEqualTo("Insufficient role. Required: [admin]");
        assertThat(api.post(path, null).status()).isEqualTo(401);

        UUID unknown = UUID.randomUUID();
        assertThat(admin.post("/locations/" + unknown + "/kiosk_token/rotate", null).assertError(404))
                .isEqualTo("Location with ID " + unknown + " was not found.");
        assertThat(admin.post("/locations/harlingen/kiosk_token/rotate", null).assertError(400))
                .contains("must be a UUID");
        assertThat(gateway.sql().count("SELECT count(*) FROM kiosk_tokens WHERE location_id = ?::uuid",
                unknown.toString())).isZero();
    }

    @Test
    void auditRowsNeverHoldATokenOrItsHash(TestGateway gateway, ApiClient api) {
        UUID location = ops.location("Secretive");
        List<String> secrets = new ArrayList<>();
        String token = rotate(admin, location);
        secrets.add(token);
        signIn(api, token);
        signIn(api, "ptk_" + "x".repeat(43));
        admin.post("/locations/kiosk_token/rotate_all", null).json()
                .forEach(entry -> secrets.add(entry.get("token").asText()));

        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE concat(before::text, after::text, route)"
                + " LIKE '%ptk\\_%'")).isZero();
        for (String secret : secrets) {
            assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE concat(before::text, after::text)"
                    + " ILIKE '%' || ? || '%'", sha256Hex(secret))).isZero();
        }
    }

    @Test
    void aKioskWhoseScopeWasWidenedIsPinnedBackToItsLocationOnRotation(TestGateway gateway, ApiClient api) {
        UUID home = ops.location("Home");
        UUID elsewhere = ops.location("Elsewhere");
        rotate(admin, home);
        String kioskId = gateway.sql().text("SELECT id::text FROM users WHERE email = ?",
                KioskService.kioskEmail(home));
        var widened = admin.put("/admin/users/" + kioskId + "/locations",
                Map.of("location_ids", List.of(home.toString(), elsewhere.toString())));
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);

        long mark = AuditTrail.mark(gateway);
        String token = rotate(admin, home);

        assertThat(AuditTrail.since(gateway, mark)).containsExactly("campus_assigned user_locations " + kioskId,
                "kiosk_token_rotate locations " + home);
        assertThat(kiosk(api, token).get("/auth/me").json().get("location_ids").toString())
                .isEqualTo("[\"" + home + "\"]");
    }

    @Test
    void aPersonHoldingTheKioskEmailBlocksRotationWith409(TestGateway gateway, ApiClient api) {
        UUID location = ops.location("Squatted");
        var registered = api.post("/auth/register", Map.of("firstName", "Sneaky", "lastName", "Person",
                "email", KioskService.kioskEmail(location), "password", "Sneaky-Pass-1"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        assertThat(admin.post("/locations/" + location + "/kiosk_token/rotate", null).assertError(409))
                .contains("belongs to a customer account");
        assertThat(gateway.sql().count("SELECT count(*) FROM kiosk_tokens WHERE location_id = ?::uuid",
                location.toString())).isZero();
    }
}
