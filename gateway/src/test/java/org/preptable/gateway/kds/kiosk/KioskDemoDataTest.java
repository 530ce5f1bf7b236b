package org.preptable.gateway.kds.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kds.kiosk.KioskFixtures.signIn;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.TestGateway;

/** The demo kitchen's kiosk tokens (one per location) are printed once among the start-up notices, and they work. */
class KioskDemoDataTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void harlingensTokenIsShownOnceAndOpensAHarlingenSession() {
        String notice = gateway.gateway().notices().stream()
                .filter(line -> line.startsWith("Demo kiosk token for Harlingen: ")).findFirst().orElseThrow();
        assertThat(notice).matches("Demo kiosk token for Harlingen: ptk_[A-Za-z0-9_-]{43}  \\(shown once\\)");
        String token = notice.substring("Demo kiosk token for Harlingen: ".length(), notice.indexOf("  ("));

        var signedIn = signIn(gateway.client(), token);

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().get("location_name").asText()).isEqualTo("Harlingen");
        assertThat(signedIn.json().get("stations").findValuesAsText("name"))
                .containsExactly("Cold Kitchen", "Expo", "Grill", "Hot Kitchen", "Pastry");
        assertThat(gateway.sql().text("SELECT actor_email || ' ' || route FROM audit_log"
                + " WHERE action = 'kiosk_token_rotate' LIMIT 1")).isEqualTo("system demo data");
        String waco = gateway.gateway().notices().stream()
                .filter(line -> line.startsWith("Demo kiosk token for Waco: ")).findFirst().orElseThrow();
        var wacoSession = signIn(gateway.client(), waco.substring("Demo kiosk token for Waco: ".length(),
                waco.indexOf("  (")));
        assertThat(wacoSession.json().get("location_name").asText()).isEqualTo("Waco");
        assertThat(gateway.sql().count("SELECT count(*) FROM kiosk_tokens")).as("one per demo location").isEqualTo(2);
    }
}
