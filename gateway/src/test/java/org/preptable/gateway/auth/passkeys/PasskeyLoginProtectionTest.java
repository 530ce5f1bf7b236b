package org.preptable.gateway.auth.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.PasskeyBrowser;
import org.preptable.gateway.testing.TestGateway;

/**
 * Login protection with real passkeys (docs/login-protection.md): a stranger's wrong passwords lock the account's
 * password sign-in but not its passkey, and failed passkey sign-ins count against the address they come from until
 * that address is refused with 429, while the owner elsewhere still signs in. Small thresholds; 127.0.0.1 is a
 * trusted proxy, so {@code X-Forwarded-For} plays the different client addresses.
 */
class PasskeyLoginProtectionTest {

    private static TestGateway gateway;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of(
                "PREPTABLE_TRUSTED_PROXIES", "127.0.0.1",
                "PREPTABLE_LOGIN_ACCOUNT_SLOW_AFTER", "3",
                "PREPTABLE_LOGIN_ACCOUNT_LOCK_AFTER", "5",
                "PREPTABLE_LOGIN_ADDRESS_SLOW_AFTER", "4",
                "PREPTABLE_LOGIN_ADDRESS_LOCK_AFTER", "6",
                "PREPTABLE_LOGIN_DELAY_MS", "0"));
        api = gateway.client();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static ApiClient from(String address) {
        return api.withHeader("X-Forwarded-For", address);
    }

    @Test
    void aPasskeyWorksDuringAnAccountLockAndItsFailuresLockOnlyTheirAddress() {
        ApiClient owner = from("198.51.100.7");
        PasskeyBrowser phone = new PasskeyBrowser(Passkeys.origin(gateway));
        String token = Passkeys.invite(api, "lock@kitchen.com", "staff", List.of());
        assertThat(Passkeys.register(owner, phone, token).status()).isEqualTo(201);

        ApiClient guesser = from("203.0.113.50");
        for (int i = 0; i < 5; i++) {
            guesser.post("/auth/login", Map.of("email", "lock@kitchen.com", "password", "Wrong-" + i)).assertError(401);
        }
        ApiResponse passwordLocked = guesser.post("/auth/login", Map.of("email", "lock@kitchen.com",
                "password", "Wrong-5"));
        assertThat(passwordLocked.assertError(429)).contains("sign in with a passkey");
        assertThat(Passkeys.login(owner, phone).status()).as("the passkey during the account lock").isEqualTo(200);

        ApiClient phisher = from("203.0.113.51");
        for (int i = 0; i < 6; i++) {
            assertThat(Passkeys.login(phisher, phone.at("https://preptable.evil.example")).status()).isEqualTo(401);
        }
        phone.at(Passkeys.origin(gateway));
        ApiResponse refused = Passkeys.login(phisher, phone);
        assertThat(refused.assertError(429)).contains("from your network address");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(gateway.sql().text("SELECT count(*)::text FROM audit_log WHERE action = 'login_locked'"
                + " AND entity_id = 'address:203.0.113.51'")).isEqualTo("1");

        assertThat(Passkeys.login(owner, phone).status()).as("the owner from their own address").isEqualTo(200);
    }
}
