package org.preptable.gateway.auth.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Login protection over HTTP (docs/login-protection.md), with thresholds small enough to reach quickly: an account
 * is slowed after 3 failures and locked after 5; an address slowed after 6 and locked after 8; locks last 15
 * minutes of the test's clock. The gateway trusts 127.0.0.1 as a proxy, so {@code X-Forwarded-For} plays the part
 * of different client addresses. Each test uses its own accounts and addresses.
 */
class LoginThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static TestGateway gateway;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of(
                "PREPTABLE_TRUSTED_PROXIES", "127.0.0.1",
                "PREPTABLE_LOGIN_ACCOUNT_SLOW_AFTER", "3",
                "PREPTABLE_LOGIN_ACCOUNT_LOCK_AFTER", "5",
                "PREPTABLE_LOGIN_ADDRESS_SLOW_AFTER", "6",
                "PREPTABLE_LOGIN_ADDRESS_LOCK_AFTER", "8",
                "PREPTABLE_LOGIN_WINDOW_SECONDS", "900",
                "PREPTABLE_LOGIN_DELAY_MS", "200",
                "PREPTABLE_LOGIN_MAX_DELAY_MS", "400"), CLOCK);
        api = gateway.client();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** A client address of its own for each use: 203.0.113.1, .2, ... */
    private static ApiClient from(String address) {
        return api.withHeader("X-Forwarded-For", address);
    }

    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    private static ApiResponse login(ApiClient client, String email, String password) {
        return client.post("/auth/login", Map.of("email", email, "password", password));
    }

    private static long elapsedMillis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void anAccountIsSlowedThenRefusedWith429AndRetryAfterEvenForTheRightPassword() {
        TestUser cook = api.newUser("LINE_COOK");
        ApiClient stranger = from(newAddress());
        long mark = AuditTrail.mark(gateway);

        for (int i = 1; i <= 3; i++) {
            assertThat(login(stranger, cook.email(), "Wrong-" + i).assertError(401)).isEqualTo("Invalid email or password");
        }
        // past the slow-down threshold, each answer waits (200 ms, then doubling to the 400 ms cap)
        long slowed = elapsedMillis(() -> login(stranger, cook.email(), "Wrong-4").assertError(401));
        assertThat(slowed).isGreaterThanOrEqualTo(200);
        login(stranger, cook.email(), "Wrong-5").assertError(401);

        ApiResponse refused = login(stranger, cook.email(), "Wrong-6");
        assertThat(refused.assertError(429))
                .isEqualTo("Too many failed sign-ins for this account. Try again in 15 minutes, or sign in with a passkey.");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(890L, 900L);
        // the right password does not lift the lock, from this address or from the owner's own
        assertThat(login(stranger, cook.email(), cook.password()).assertError(429)).contains("this account");
        assertThat(login(from(newAddress()), cook.email(), cook.password()).assertError(429)).contains("this account");
        // the email is matched as the login matches it: trimmed, any case
        assertThat(login(from(newAddress()), " " + cook.email().toUpperCase() + " ", cook.password()).status())
                .isEqualTo(429);

        // five login_failed rows and one login_locked row; refusals during the lock write nothing
        List<String> audit = AuditTrail.since(gateway, mark);
        assertThat(audit.stream().filter(row -> row.startsWith("login_failed "))).hasSize(5);
        assertThat(audit.stream().filter(row -> row.startsWith("login_locked "))).containsExactly(
                "login_locked login_attempts account:" + cook.email());
        assertThat(gateway.sql().text("SELECT ip FROM audit_log WHERE action = 'login_locked' AND entity_id = ?",
                "account:" + cook.email())).isEqualTo(stranger.headers().get("X-Forwarded-For"));

        // another account from another address is not held up
        TestUser other = api.newUser("LINE_COOK");
        assertThat(login(from(newAddress()), other.email(), other.password()).status()).isEqualTo(200);
    }

    @Test
    void aPasskeyLoginIsHeldToTheAddressLimitOnlySoItWorksDuringAnAccountLock() {
        TestUser chef = api.newUser("SOUS_CHEF");
        for (int i = 1; i <= 5; i++) {
            login(from(newAddress()), chef.email(), "Wrong-" + i).assertError(401);
        }
        assertThat(login(from(newAddress()), chef.email(), chef.password()).status()).isEqualTo(429);

        // what the passkey login does: no account key, only the client address
        LoginThrottle throttle = gateway.gateway().services().loginThrottle();
        var db = gateway.gateway().services().db();
        LoginThrottle.Attempt attempt = throttle.begin(null, newAddress());
        db.tx(tx -> {
            attempt.succeeded(tx);
            return null;
        });
        // and its failures count for the address like password failures do
        String address = newAddress();
        for (int i = 1; i <= 8; i++) {
            LoginThrottle.Attempt failing = throttle.begin(null, address);
            db.tx(tx -> {
                failing.failed(tx, new org.preptable.gateway.audit.AuditActor(null, null, address, "test", "passkey"));
                return null;
            });
        }
        assertThatThrownBy(() -> throttle.begin(null, address)).isInstanceOfSatisfying(ApiError.class, error -> {
            assertThat(error.status()).isEqualTo(429);
            assertThat(error.retryAfterSeconds()).isBetween(890L, 900L);
            assertThat(error.getMessage()).startsWith("Too many failed sign-ins from your network address");
        });
        assertThat(login(from(address), chef.email(), chef.password()).assertError(429)).contains("network address");
    }

    @Test
    void anAddressIsRefusedAcrossAccountsWhileOtherAddressesGoOn() {
        String attacker = newAddress();
        for (int i = 1; i <= 8; i++) {
            // a different (unknown) account each time: no account reaches its own limit
            login(from(attacker), "guess" + i + "@" + attacker + ".example", "Wrong-1").assertError(401);
        }
        TestUser cook = api.newUser("LINE_COOK");
        ApiResponse refused = login(from(attacker), cook.email(), cook.password());
        assertThat(refused.assertError(429))
                .isEqualTo("Too many failed sign-ins from your network address. Try again in 15 minutes.");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE action = 'login_locked' AND entity_id = ?",
                "address:" + attacker)).isEqualTo(1);

        // the same account from another address, and the attacker's targets, are not locked
        assertThat(login(from(newAddress()), cook.email(), cook.password()).status()).isEqualTo(200);
        assertThat(login(from(newAddress()), "guess1@" + attacker + ".example", "Wrong-2").status()).isEqualTo(401);
    }

    @Test
    void theLockEndsAfterItsWindowAndCountingStartsAfresh() {
        TestUser cook = api.newUser("LINE_COOK");
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            login(from(address), cook.email(), "Wrong-" + i).assertError(401);
        }
        assertThat(login(from(address), cook.email(), cook.password()).status()).isEqualTo(429);

        CLOCK.advance(Duration.ofMinutes(14));
        ApiResponse stillLocked = login(from(address), cook.email(), cook.password());
        assertThat(stillLocked.assertError(429)).contains("Try again in 1 minute");
        assertThat(Long.parseLong(stillLocked.header("Retry-After"))).isBetween(50L, 60L);

        CLOCK.advance(Duration.ofMinutes(1));
        assertThat(login(from(address), cook.email(), cook.password()).status()).isEqualTo(200);
        // a fresh count: four more failures are plain 401s again
        for (int i = 1; i <= 4; i++) {
            login(from(address), cook.email(), "Wrong-" + i).assertError(401);
        }
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsCount() {
        TestUser cook = api.newUser("LINE_COOK");
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= 4; i++) {
                login(from(newAddress()), cook.email(), "Wrong-" + i).assertError(401);
            }
            assertThat(login(from(newAddress()), cook.email(), cook.password()).status()).isEqualTo(200);
        }
        assertThat(gateway.sql().count("SELECT count(*) FROM login_attempts WHERE scope = 'account' AND key = ?",
                cook.email())).isZero();
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        TestUser cook = api.newUser("LINE_COOK");
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String password = "Wrong-" + i;
            guesses.add(() -> login(from(newAddress()), cook.email(), password).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> answer : pool.invokeAll(guesses)) {
                statuses.add(answer.get());
            }
        }
        // at most five passwords were ever checked; every other guess was refused unchecked
        assertThat(statuses.stream().filter(status -> status == 401).count()).isEqualTo(5);
        assertThat(statuses.stream().filter(status -> status == 429).count()).isEqualTo(11);
        assertThat(login(from(newAddress()), cook.email(), cook.password()).status()).isEqualTo(429);
    }

    @Test
    void oldCountersAreForgotten() throws InterruptedException {
        String address = newAddress();
        login(from(address), "forgotten@" + address + ".example", "Wrong-1").assertError(401);
        assertThat(gateway.sql().count("SELECT count(*) FROM login_attempts WHERE key = ?", address)).isEqualTo(1);

        CLOCK.advance(Duration.ofMinutes(16)); // past the window; the next login sweeps (at most every 10 minutes)
        login(from(newAddress()), "someone@example.com", "Wrong-1").assertError(401);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (gateway.sql().count("SELECT count(*) FROM login_attempts WHERE key IN (?, ?)", address,
                "forgotten@" + address + ".example") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the old counters of " + address + " were never deleted");
            }
            Thread.sleep(20); // the sweep runs beside the login, not inside it
        }
    }
}
