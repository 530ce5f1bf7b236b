package org.preptable.gateway.auth.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/** The counters live in PostgreSQL: gateways behind one load balancer count together. */
class LoginThrottleSharedTest {

    private static final Map<String, String> SMALL_LIMITS = Map.of(
            "PREPTABLE_LOGIN_ACCOUNT_SLOW_AFTER", "4",
            "PREPTABLE_LOGIN_ACCOUNT_LOCK_AFTER", "4",
            "PREPTABLE_LOGIN_ADDRESS_SLOW_AFTER", "6",
            "PREPTABLE_LOGIN_ADDRESS_LOCK_AFTER", "6",
            "PREPTABLE_LOGIN_DELAY_MS", "0");

    private static void fail(ApiClient api, String email) {
        api.post("/auth/login", Map.of("email", email, "password", "Wrong-password-1")).assertError(401);
    }

    @Test
    void failuresOnTwoGatewaysAddUpAndBothRefuse() {
        try (TestGateway first = TestGateway.start(SMALL_LIMITS);
             TestGateway second = TestGateway.startOn(first.database(), SMALL_LIMITS)) {
            TestUser cook = first.client().newUser("LINE_COOK");
            fail(first.client(), cook.email());
            fail(second.client(), cook.email());
            fail(first.client(), cook.email());
            fail(second.client(), cook.email());

            var login = Map.of("email", cook.email(), "password", cook.password());
            assertThat(first.client().post("/auth/login", login).assertError(429)).contains("this account");
            assertThat(second.client().post("/auth/login", login).assertError(429)).contains("this account");
        }
    }

    @Test
    void aClientsOwnXForwardedForIsIgnoredWithoutATrustedProxy() {
        try (TestGateway gateway = TestGateway.start(SMALL_LIMITS)) {
            ApiClient api = gateway.client();
            TestUser cook = api.newUser("LINE_COOK");
            for (int i = 1; i <= 6; i++) {
                // a new "address" each time, and a new account: only the real peer address can add these up
                fail(api.withHeader("X-Forwarded-For", "198.51.100." + i), "nobody" + i + "@example.com");
            }
            assertThat(api.withHeader("X-Forwarded-For", "198.51.100.99").post("/auth/login",
                    Map.of("email", cook.email(), "password", cook.password())).assertError(429))
                    .contains("network address");
            assertThat(gateway.sql().text("SELECT string_agg(DISTINCT ip, ',') FROM audit_log"
                    + " WHERE action = 'login_failed'")).isEqualTo("127.0.0.1");
        }
    }
}
