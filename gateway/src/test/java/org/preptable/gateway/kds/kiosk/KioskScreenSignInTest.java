package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.cookie;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.rotate;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.sha256Hex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** {@code POST /signage/auth} with {@code "screen"}: the kiosk's screen, found or created, on its session (issue 17). */
@ExtendWith(GatewayExtension.class)
class KioskScreenSignInTest {

    private static ApiClient admin;
    private static long grill;

    @BeforeAll
    static void setUp(ApiClient api) {
        admin = api.as(api.admin());
        var created = admin.post("/stations", Map.of("name", "Grill", "description", "Grill station"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        grill = created.json().get("id").asLong();
    }

    private static UUID location(String name) {
        var created = admin.post("/locations", Map.of("name", name, "timezone", "Europe/Copenhagen",
                "ready_hold_seconds", 120));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    private static ApiResponse signIn(ApiClient api, String token, String screen) {
        Map<String, Object> body = new HashMap<>();
        body.put("token", token);
        body.put("screen", screen);
        return api.post("/signage/auth", body);
    }

    /** The screen id stored on the session the answer's cookie opens ("none" when it has none). */
    private static String sessionScreen(TestGateway gateway, ApiResponse signedIn) {
        String value = cookie(signedIn).substring("preptable_session=".length());
        return gateway.sql().text("SELECT coalesce(screen_id::text, 'none') FROM sessions"
                + " WHERE encode(token_hash, 'hex') = ?", sha256Hex(value));
    }

    @Test
    void theFirstSignInCreatesTheScreenAndLaterOnesReuseIt(TestGateway gateway, ApiClient api) {
        UUID location = location("Aarhus");
        String token = rotate(admin, location);
        long mark = AuditTrail.mark(gateway);

        var first = signIn(api, token, "Grill-1");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var screen = first.json().get("screen");
        assertThat(KioskFixtures.fieldNames(screen)).containsExactly("id", "name", "station_id", "warn_seconds",
                "late_seconds");
        assertThat(screen.get("name").asText()).isEqualTo("grill-1");
        assertThat(screen.get("station_id").isNull()).isTrue();
        assertThat(screen.get("warn_seconds").isNull()).isTrue();
        assertThat(screen.get("late_seconds").isNull()).isTrue();
        String id = screen.get("id").asText();
        assertThat(sessionScreen(gateway, first)).isEqualTo(id);
        assertThat(gateway.sql().text("SELECT (last_seen_at IS NOT NULL)::text FROM kiosk_screens WHERE id = ?::uuid",
                id)).isEqualTo("true");
        List<String> audit = AuditTrail.since(gateway, mark);
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).isEqualTo("create kiosk_screens " + id);
        assertThat(audit.get(1)).startsWith("login users ");
        assertThat(gateway.sql().text("SELECT after->>'screen' FROM audit_log WHERE id = (SELECT max(id) FROM audit_log"
                + " WHERE action = 'login')")).isEqualTo("grill-1");

        // a manager sets it centrally; the next sign-in (a new session) is the same screen with those settings
        assertThat(admin.put("/locations/" + location + "/screens/grill-1", Map.of("station_id", grill,
                "warn_seconds", 240, "late_seconds", 480)).status()).isEqualTo(200);
        String seen = gateway.sql().text("SELECT last_seen_at::text FROM kiosk_screens WHERE id = ?::uuid", id);
        long again = AuditTrail.mark(gateway);
        var second = signIn(api, token, "grill-1");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("screen").toString()).isEqualTo("{\"id\":\"" + id + "\",\"name\":\"grill-1\","
                + "\"station_id\":" + grill + ",\"warn_seconds\":240,\"late_seconds\":480}");
        assertThat(sessionScreen(gateway, second)).isEqualTo(id);
        assertThat(gateway.sql().count("SELECT count(*) FROM kiosk_screens WHERE location_id = ?::uuid",
                location.toString())).isEqualTo(1);
        assertThat(gateway.sql().text("SELECT last_seen_at::text FROM kiosk_screens WHERE id = ?::uuid", id))
                .isNotEqualTo(seen);
        assertThat(AuditTrail.since(gateway, again)).hasSize(1).allMatch(row -> row.startsWith("login users "));
    }

    @Test
    void withoutAScreenTheAnswerSaysNullAndTheSessionHasNone(TestGateway gateway, ApiClient api) {
        UUID location = location("Aalborg");
        String token = rotate(admin, location);

        var plain = api.post("/signage/auth", Map.of("token", token));
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.json().has("screen")).isTrue();
        assertThat(plain.json().get("screen").isNull()).isTrue();
        assertThat(sessionScreen(gateway, plain)).isEqualTo("none");
        assertThat(signIn(api, token, null).json().get("screen").isNull()).isTrue();

        // a refresh of a session that was a screen, without naming one, is no screen any more
        var named = signIn(api, token, "expo");
        ApiClient kiosk = api.withHeader("Cookie", cookie(named));
        var refreshed = signIn(kiosk, token, null);
        assertThat(cookie(refreshed)).isEqualTo(cookie(named));
        assertThat(sessionScreen(gateway, refreshed)).isEqualTo("none");
        var renamed = signIn(kiosk, token, "pass");
        assertThat(sessionScreen(gateway, renamed)).isEqualTo(renamed.json().get("screen").get("id").asText());
    }

    @Test
    void aMalformedScreenNameIs400AndCreatesNothing(TestGateway gateway, ApiClient api) {
        UUID location = location("Esbjerg");
        String token = rotate(admin, location);
        for (String bad : List.of("", " expo", "-expo", "e".repeat(41), "expo/1", "ëxpo")) {
            assertThat(signIn(api, token, bad).assertError(400)).as(bad).startsWith("screen must be 1 to 40");
        }
        assertThat(api.post("/signage/auth", "{\"token\": \"" + token + "\", \"screen\": 7}").status())
                .isEqualTo(400);
        // a bad token with a good screen creates no screen either
        assertThat(signIn(api, "ptk_" + "A".repeat(43), "expo").status()).isEqualTo(401);
        assertThat(gateway.sql().count("SELECT count(*) FROM kiosk_screens WHERE location_id = ?::uuid",
                location.toString())).isZero();
    }
}
