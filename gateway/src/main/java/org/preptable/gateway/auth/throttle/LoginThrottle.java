package org.preptable.gateway.auth.throttle;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.preptable.gateway.GatewayConfig.LoginProtection;
import org.preptable.gateway.Sha256;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.throttle.LoginCounter.Key;
import org.preptable.gateway.auth.throttle.LoginCounter.Scope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login protection (docs/login-protection.md). Every sign-in is first {@linkplain #begin begun}: the attempt is
 * counted against the account and the client address <em>before</em> its credentials are checked (so a hundred
 * parallel guesses cannot all pass the limit), slowed once a counter is past its slow-down threshold, and refused
 * with 429 and {@code Retry-After} while a counter is locked. The caller then reports the outcome on the
 * {@link Attempt}: {@link Attempt#failed} starts a lock when the threshold is reached, {@link Attempt#succeeded}
 * clears the account's counter and takes the attempt back from the address's. The counters are rows in PostgreSQL,
 * so every gateway on the database shares them.
 *
 * <p>Password logins pass the typed email and the address. Passkey logins pass {@code null} for the account: they
 * are held to the address's limit only, so a passkey still works while a stranger's guesses lock the password of
 * the account.
 */
public final class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    /** Longer keys (a hostile "email") are stored as their hash, so a key always fits the index. */
    private static final int MAX_KEY = 254;

    private final Vertx vertx;
    private final Db db;
    private final LoginAttemptRepository attempts = new LoginAttemptRepository();
    private final LoginProtection rules;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    public LoginThrottle(Vertx vertx, Db db, LoginProtection rules, Clock clock) {
        this.vertx = vertx;
        this.db = db;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Counts one sign-in attempt for {@code account} (the email as typed; null for a passkey login, which is held
     * to the address's limit only) from {@code address}, waits out the slow-down if a counter is past its
     * threshold, and returns the attempt to report on. Call it after the request is known to be well-formed and
     * before checking credentials. Blocks the calling virtual thread only by awaiting (a timer, the database).
     *
     * @throws ApiError 429 with {@code Retry-After} while the account or the address is locked
     */
    public Attempt begin(String account, String address) {
        purgeNowAndThen();
        List<Key> keys = keys(account, address);
        Instant now = clock.instant();
        Outcome outcome = db.tx(tx -> {
            attempts.ensure(tx, keys, now);
            List<LoginCounter> counters = new ArrayList<>();
            for (LoginCounter stored : attempts.lock(tx, keys)) {
                counters.add(stored.at(now, rules.window()));
            }
            ApiError refusal = refusal(counters, now);
            Duration delay = Duration.ZERO;
            for (LoginCounter counter : counters) {
                LoginCounter next = refusal == null ? counter.reserve(now) : counter;
                if (refusal == null) {
                    delay = max(delay, delay(counter));
                }
                attempts.save(tx, next, next.forgetAfter(rules.window()));
            }
            return new Outcome(refusal, delay);
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        if (outcome.delay().isPositive()) {
            vertx.timer(outcome.delay().toMillis()).await();
        }
        return new Attempt(keys);
    }

    private record Outcome(ApiError refusal, Duration delay) {
    }

    /** A sign-in counted by {@link #begin}, waiting for its outcome. Report it once, in the login's transaction. */
    public final class Attempt {

        private final List<Key> keys;

        private Attempt(List<Key> keys) {
            this.keys = keys;
        }

        /**
         * The credentials were wrong. Call it in the transaction that writes the {@code login_failed} row; if this
         * failure reaches a lock threshold, the lock starts now and a {@code login_locked} row is written too.
         */
        public void failed(SqlConnection tx, AuditActor actor) {
            Instant now = clock.instant();
            for (LoginCounter stored : attempts.lock(tx, keys)) {
                LoginCounter counter = stored.at(now, rules.window());
                if (counter.lockedAt(now) || counter.failures() < lockAfter(counter.key().scope())) {
                    continue;
                }
                LoginCounter locked = counter.lock(now, rules.lock());
                attempts.save(tx, locked, locked.forgetAfter(rules.window()));
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("scope", counter.key().scope().stored());
                details.put("key", counter.key().name());
                details.put("failures", counter.failures());
                details.put("locked_until", locked.lockedUntil().toString());
                AuditLog.record(tx, actor, AuditEvent.of("login_locked", "login_attempts",
                        counter.key().scope().stored() + ":" + counter.key().name(), details));
            }
        }

        /**
         * The credentials were right: the account's counter starts again from nothing, and the address's forgets
         * this attempt (but not the address's other failures, or one good login would wash away a stranger's
         * guesses from the same address).
         */
        public void succeeded(SqlConnection tx) {
            for (LoginCounter counter : attempts.lock(tx, keys)) {
                if (counter.key().scope() == Scope.ACCOUNT) {
                    attempts.delete(tx, counter.key());
                } else {
                    LoginCounter released = counter.release();
                    attempts.save(tx, released, released.forgetAfter(rules.window()));
                }
            }
        }
    }

    private ApiError refusal(List<LoginCounter> counters, Instant now) {
        ApiError refusal = null;
        long longest = 0;
        for (LoginCounter counter : counters) {
            boolean account = counter.key().scope() == Scope.ACCOUNT;
            long seconds;
            String message;
            if (counter.lockedAt(now)) {
                seconds = secondsBetween(now, counter.lockedUntil());
                message = account
                        ? "Too many failed sign-ins for this account. Try again " + in(seconds)
                                + ", or sign in with a passkey."
                        : "Too many failed sign-ins from your network address. Try again " + in(seconds) + ".";
            } else if (counter.failures() >= lockAfter(counter.key().scope())) {
                // the last attempts below the limit are still being checked; their outcome decides
                seconds = 1;
                message = "Too many sign-in attempts at once" + (account ? " for this account" : "")
                        + ". Try again " + in(seconds) + ".";
            } else {
                continue;
            }
            // the longest wait is the one to tell; on a tie the address's (the passkey hint would not help there)
            if (seconds > longest || (seconds == longest && !account)) {
                longest = seconds;
                refusal = ApiError.tooManyRequests(message, seconds);
            }
        }
        return refusal;
    }

    /** The wait before checking this attempt: the base delay, doubled per failure past the threshold, capped. */
    private Duration delay(LoginCounter counter) {
        int past = counter.failures() - slowAfter(counter.key().scope());
        if (past < 0 || rules.delay().isZero()) {
            return Duration.ZERO;
        }
        Duration delay = rules.delay().multipliedBy(1L << Math.min(past, 20));
        return delay.compareTo(rules.maxDelay()) > 0 ? rules.maxDelay() : delay;
    }

    private int slowAfter(Scope scope) {
        return scope == Scope.ACCOUNT ? rules.accountSlowAfter() : rules.addressSlowAfter();
    }

    private int lockAfter(Scope scope) {
        return scope == Scope.ACCOUNT ? rules.accountLockAfter() : rules.addressLockAfter();
    }

    /** Old counters go now and then, from whichever gateway gets there first (a delete is safe to repeat). */
    private void purgeNowAndThen() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return;
        }
        attempts.purge(db.pool(), now)
                .onSuccess(count -> {
                    if (count > 0) {
                        LOG.debug("Forgot {} old login counter(s)", count);
                    }
                })
                .onFailure(failure -> LOG.warn("Could not delete old login counters: {}", failure.toString()));
    }

    static List<Key> keys(String account, String address) {
        List<Key> keys = new ArrayList<>(2);
        if (account != null && !account.isBlank()) {
            keys.add(new Key(Scope.ACCOUNT, keyOf(account.trim().toLowerCase(Locale.ROOT))));
        }
        keys.add(new Key(Scope.ADDRESS, keyOf(address == null || address.isBlank() ? "unknown" : address)));
        return keys;
    }

    private static String keyOf(String text) {
        if (text.length() <= MAX_KEY) {
            return text;
        }
        return "sha256:" + HexFormat.of().formatHex(Sha256.of(text));
    }

    private static long secondsBetween(Instant from, Instant to) {
        long millis = Duration.between(from, to).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** "in 40 seconds", "in 15 minutes": rounded up, so the client never comes back too early. */
    static String in(long seconds) {
        if (seconds < 60) {
            return "in " + seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
