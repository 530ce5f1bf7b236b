package org.preptable.gateway.kitchen.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.weeklymenus.MenuFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Without {@code PREPTABLE_TRANSLATE_URL} and {@code PREPTABLE_TRANSLATE_KEY}, or with a URL nothing listens on,
 * every translate route answers 502 and writes nothing; its 400s and 404s still come first.
 */
class TranslationNotConfiguredTest {

    private static TestGateway unconfigured;
    private static TestGateway unreachable;

    @BeforeAll
    static void start() throws Exception {
        unconfigured = TestGateway.start(Map.of("PREPTABLE_TRANSLATE_KEY", "a-key-but-no-url"));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        unreachable = TestGateway.start(Map.of("PREPTABLE_TRANSLATE_URL", "http://127.0.0.1:" + closedPort,
                "PREPTABLE_TRANSLATE_KEY", "test-key"));
    }

    @AfterAll
    static void stop() {
        unconfigured.close();
        unreachable.close();
    }

    @Test
    void withoutConfigurationEveryTranslateRouteIsA502() {
        ApiClient api = unconfigured.client();
        TestUser admin = api.admin();
        ApiClient headChef = api.as(admin);
        MenuFixtures fixtures = new MenuFixtures(unconfigured, headChef, admin.id());
        long hot = fixtures.station("Hot Kitchen");
        long dish = fixtures.dish(hot, "Stegt Flæsk", "Med persillesovs og kartofler");
        long menu = fixtures.menu(30, 2026);
        long slot = fixtures.slot(menu, "MONDAY", hot, dish);
        String notConfigured = "External service unavailable: translation is not configured"
                + " (PREPTABLE_TRANSLATE_URL and PREPTABLE_TRANSLATE_KEY)";
        long mark = AuditTrail.mark(unconfigured);

        assertThat(headChef.post("/dishes/" + dish + "/translate", null).assertError(502)).isEqualTo(notConfigured);
        assertThat(headChef.post("/weekly-menus/" + menu + "/translate", null).assertError(502))
                .isEqualTo(notConfigured);
        assertThat(headChef.post("/weekly-menus/" + menu + "/slots/" + slot + "/translate", null).assertError(502))
                .isEqualTo(notConfigured);
        assertThat(headChef.post("/dishes/999999/translate", null).assertError(404))
                .isEqualTo("Dish with ID 999999 was not found.");
        assertThat(headChef.post("/dishes/" + dish + "/translate?lang=IT", null).assertError(400))
                .startsWith("Unsupported target language: IT");

        assertThat(AuditTrail.since(unconfigured, mark)).isEmpty();
        assertThat(unconfigured.sql().count("SELECT count(*) FROM dishes WHERE name_en IS NULL")).isEqualTo(1);
    }

    @Test
    void aServiceNothingListensOnIsA502() {
        ApiClient api = unreachable.client();
        TestUser admin = api.admin();
        ApiClient headChef = api.as(admin);
        MenuFixtures fixtures = new MenuFixtures(unreachable, headChef, admin.id());
        long dish = fixtures.dish(fixtures.station("Pastry"), "Chokolademousse", "Mørk chokolade med flødeskum");
        long mark = AuditTrail.mark(unreachable);

        assertThat(headChef.post("/dishes/" + dish + "/translate", null).assertError(502))
                .startsWith("External service unavailable: the translation service cannot be reached");

        assertThat(AuditTrail.since(unreachable, mark)).isEmpty();
        assertThat(unreachable.sql().count("SELECT count(*) FROM dishes WHERE name_en IS NULL")).isEqualTo(1);
    }
}
