package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.rotate;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.signIn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.GatewayConfig.ConfigException;
import org.preptable.gateway.ops.OpsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;

/** {@code PREPTABLE_KIOSK_SESSION_HOURS} sets the session's length; an https passkey origin makes the cookie Secure. */
class KioskSessionHoursTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_KIOSK_SESSION_HOURS", "1",
                "WEBAUTHN_RP_ORIGIN", "https://kitchen.example"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aOneHourShiftAndASecureCookie() {
        ApiClient api = gateway.client();
        ApiClient admin = api.as(api.admin());
        UUID location = new OpsFixtures(api).location("Esbjerg");

        var signedIn = signIn(api, rotate(admin, location));

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.header("Set-Cookie")).matches(
                "preptable_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600; Secure");
        assertThat(Instant.parse(signedIn.json().get("expires_at").asText()))
                .isCloseTo(Instant.now().plus(1, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));
        assertThat(gateway.sql().count("SELECT count(*) FROM sessions WHERE kind = 'kiosk'"
                + " AND expires_at BETWEEN now() + interval '59 minutes' AND now() + interval '61 minutes'"))
                .isEqualTo(1);
    }

    @Test
    void theSettingDefaultsToTwelveHoursAndAllowsOneHourToAWeek() {
        assertThat(GatewayConfig.from(Map.of()).kioskSessionHours()).isEqualTo(12);
        assertThat(GatewayConfig.from(Map.of("PREPTABLE_KIOSK_SESSION_HOURS", "168")).kioskSessionHours())
                .isEqualTo(168);
        for (String wrong : new String[] {"0", "169", "half"}) {
            assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_KIOSK_SESSION_HOURS", wrong)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("PREPTABLE_KIOSK_SESSION_HOURS=" + wrong + " is not a whole number from 1 to 168");
        }
        assertThat(GatewayConfig.from(Map.of()).secureCookies()).isFalse();
        assertThat(GatewayConfig.from(Map.of("WEBAUTHN_RP_ORIGIN", "http://localhost:8080")).secureCookies())
                .isFalse();
        assertThat(GatewayConfig.from(Map.of("WEBAUTHN_RP_ORIGIN", "HTTPS://kitchen.example")).secureCookies())
                .isTrue();
    }
}
