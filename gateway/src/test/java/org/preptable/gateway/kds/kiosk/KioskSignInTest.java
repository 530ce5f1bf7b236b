package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.cookie;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.fieldNames;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.kiosk;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.rotate;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.signIn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** {@code POST /signage/auth}: a kiosk token for a session cookie scoped to its location (DESIGN.md §2). */
@ExtendWith(GatewayExtension.class)
class KioskSignInTest {

    private static final String COOKIE_SHAPE = "preptable_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax;"
            + " Max-Age=43200";

    private static ApiClient admin;
    private static OpsFixtures ops;
    private static long grill;
    private static long pastry;

    @BeforeAll
    static void setUp(ApiClient api) {
        admin = api.as(api.admin());
        ops = new OpsFixtures(api);
        grill = station("Grill", "STK-RIB", "CHK-GRL");
        pastry = station("Pastry");
    }

    private static long station(String name, String... codes) {
        var created = admin.post("/stations", Map.of("name", name, "description", name + " station"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var replaced = admin.put("/stations/" + id + "/item-codes", Map.of("itemCodes", List.of(codes)));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        return id;
    }

    private static UUID location(String name, int readyHoldSeconds) {
        var created = admin.post("/locations", Map.of("name", name, "timezone", "Europe/Copenhagen",
                "ready_hold_seconds", readyHoldSeconds));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    @Test
    void theTokenOpensASessionScopedToItsLocation(TestGateway gateway, ApiClient api) {
        UUID location = location("Odense", 240);
        String token = rotate(admin, location);
        long mark = AuditTrail.mark(gateway);

        var signedIn = signIn(api, token);

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        var body = signedIn.json();
        assertThat(fieldNames(body)).containsExactly("location_id", "location_name", "timezone",
                "ready_hold_seconds", "stations", "expires_at", "screen");
        assertThat(body.get("location_id").asText()).isEqualTo(location.toString());
        assertThat(body.get("location_name").asText()).isEqualTo("Odense");
        assertThat(body.get("timezone").asText()).isEqualTo("Europe/Copenhagen");
        assertThat(body.get("ready_hold_seconds").asInt()).isEqualTo(240);
        assertThat(body.get("stations").toString()).isEqualTo("[{\"id\":" + grill
                + ",\"name\":\"Grill\",\"item_codes\":[\"CHK-GRL\",\"STK-RIB\"]},{\"id\":" + pastry
                + ",\"name\":\"Pastry\",\"item_codes\":[]}]");
        assertThat(body.get("stations").get(0).get("id").isIntegralNumber()).as("numeric kitchen ids").isTrue();
        Instant expiresAt = Instant.parse(body.get("expires_at").asText());
        assertThat(expiresAt).isCloseTo(Instant.now().plus(12, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));
        assertThat(signedIn.headers().allValues("Set-Cookie")).singleElement().asString().matches(COOKIE_SHAPE);
        assertThat(signedIn.header("Cache-Control")).isEqualTo("no-store");

        ApiClient screen = api.withHeader("Cookie", cookie(signedIn));
        var me = screen.get("/auth/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("role").asText()).isEqualTo("kiosk");
        assertThat(me.json().get("email").asText()).isEqualTo(KioskService.kioskEmail(location));
        assertThat(me.json().get("location_ids").toString()).isEqualTo("[\"" + location + "\"]");
        var sessions = screen.get("/auth/sessions").json().get("sessions");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).get("kind").asText()).isEqualTo("kiosk");
        assertThat(sessions.get(0).get("current").asBoolean()).isTrue();

        String kioskId = me.json().get("id").asText();
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("login users " + kioskId);
        assertThat(gateway.sql().text("SELECT concat_ws(' ', actor_id, actor_email, after->>'method',"
                + " after->>'refreshed') FROM audit_log WHERE id > ?", mark))
                .isEqualTo(kioskId + " " + KioskService.kioskEmail(location) + " kiosk false");
    }

    @Test
    void postingTheTokenAgainExtendsTheSameSession(TestGateway gateway, ApiClient api) {
        UUID location = location("Aarhus", 300);
        String token = rotate(admin, location);
        var first = signIn(api, token);
        String cookie = cookie(first);
        String kioskUser = gateway.sql().text("SELECT id::text FROM users WHERE email = ?",
                KioskService.kioskEmail(location));
        // as if the shift were nearly over
        gateway.sql().execute("UPDATE sessions SET expires_at = now() + interval '1 hour' WHERE user_id = ?::uuid",
                kioskUser);
        String sessionId = gateway.sql().text("SELECT id::text FROM sessions WHERE user_id = ?::uuid", kioskUser);

        var again = api.withHeader("Cookie", cookie).post("/signage/auth", Map.of("token", token));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(cookie(again)).as("the same cookie, with a new Max-Age").isEqualTo(cookie);
        assertThat(again.header("Set-Cookie")).matches(COOKIE_SHAPE);
        assertThat(gateway.sql().count("SELECT count(*) FROM sessions WHERE user_id = ?::uuid", kioskUser))
                .isEqualTo(1);
        assertThat(gateway.sql().text("SELECT id::text FROM sessions WHERE user_id = ?::uuid", kioskUser))
                .isEqualTo(sessionId);
        assertThat(gateway.sql().count("SELECT count(*) FROM sessions WHERE id = ?::uuid"
                + " AND expires_at > now() + interval '11 hours 59 minutes'", sessionId)).isEqualTo(1);
        assertThat(Instant.parse(again.json().get("expires_at").asText()))
                .isCloseTo(Instant.now().plus(12, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));
        assertThat(gateway.sql().text("SELECT after->>'refreshed' FROM audit_log WHERE action = 'login'"
                + " ORDER BY id DESC LIMIT 1")).isEqualTo("true");

        // without the cookie, or with one that is not this location's live kiosk session, a new session opens
        assertThat(cookie(signIn(api, token))).isNotEqualTo(cookie);
        String otherKiosk = cookie(signIn(api, rotate(admin, location("Aalborg", 300))));
        assertThat(cookie(api.withHeader("Cookie", otherKiosk).post("/signage/auth", Map.of("token", token))))
                .isNotEqualTo(otherKiosk);
        assertThat(api.withHeader("Cookie", "preptable_session=made-up").post("/signage/auth",
                Map.of("token", token)).status()).isEqualTo(200);
        assertThat(gateway.sql().count("SELECT count(*) FROM sessions WHERE user_id = ?::uuid", kioskUser))
                .isEqualTo(4);
    }

    @Test
    void missingTokensAre400AndWrongOnesAll401(TestGateway gateway, ApiClient api) {
        assertThat(api.post("/signage/auth", null).assertError(400)).isEqualTo("Request body is required");
        assertThat(api.post("/signage/auth", Map.of()).assertError(400)).isEqualTo("token is required");
        assertThat(api.post("/signage/auth", Map.of("token", "  ")).assertError(400)).isEqualTo("token is required");
        assertThat(api.post("/signage/auth", Map.of("token", List.of("ptk_"))).assertError(400))
                .isEqualTo("Field 'token' must be a string");
        assertThat(api.post("/signage/auth", Map.of("token", "x", "station", 1)).assertError(400))
                .isEqualTo("Unknown field 'station'");

        long mark = AuditTrail.mark(gateway);
        for (String wrong : new String[] {"ptk_" + "A".repeat(43), "not-a-token", "ptk_" + "é".repeat(43)}) {
            var refused = signIn(api, wrong);
            assertThat(refused.assertError(401)).isEqualTo("Invalid kiosk token");
            assertThat(refused.header("Set-Cookie")).isNull();
        }
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("login_failed users ", "login_failed users ",
                "login_failed users ");
        // a token whose kiosk account was deleted opens nothing either
        UUID location = location("Vejle", 300);
        String token = rotate(admin, location);
        gateway.sql().execute("DELETE FROM users WHERE email = ?", KioskService.kioskEmail(location));
        assertThat(signIn(api, token).assertError(401)).isEqualTo("Invalid kiosk token");
    }

    @Test
    void aKioskIsRefusedWhereKiosksAreNotListed(TestGateway gateway, ApiClient api) {
        UUID home = location("Roskilde", 300);
        UUID other = location("Kolding", 300);
        UUID otherStore = ops.store(other, "Walk-in");
        UUID homeStore = ops.store(home, "Walk-in");
        ApiClient screen = kiosk(api, rotate(admin, home)).withHeader("Origin", gateway.baseUrl());

        assertThat(screen.get("/stores/" + otherStore).assertError(403)).isEqualTo(
                "Insufficient role. Required: [admin, manager, staff]");
        assertThat(screen.get("/stores/" + homeStore).status()).isEqualTo(403);
        assertThat(screen.get("/locations").status()).isEqualTo(403);
        assertThat(screen.get("/locations/" + other + "/inventory").status()).isEqualTo(403);
        assertThat(screen.get("/admin/users").status()).isEqualTo(403);
        assertThat(screen.get("/stations").status()).isEqualTo(403);
        assertThat(screen.post("/locations/kiosk_token/rotate_all", null).status()).isEqualTo(403);
        assertThat(screen.get("/auth/me").status()).isEqualTo(200);
    }
}
