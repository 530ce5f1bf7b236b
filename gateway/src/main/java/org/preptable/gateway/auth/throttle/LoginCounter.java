package org.preptable.gateway.auth.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One row of {@code login_attempts}: the failed (or still undecided) sign-ins of one account or one client address
 * since {@code windowStarted}, and the lock they caused, if any. Pure state changes; {@link LoginThrottle} stores them.
 */
record LoginCounter(Key key, int failures, Instant windowStarted, Instant lockedUntil) {

    /** What a counter counts for: an account (the email as typed, lowercased) or a client address. */
    enum Scope {
        ACCOUNT, ADDRESS;

        String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Scope fromStored(String stored) {
            return valueOf(stored.toUpperCase(Locale.ROOT));
        }
    }

    record Key(Scope scope, String name) {
    }

    /** This counter as of {@code now}: once its lock or its window is over, it starts again from nothing. */
    LoginCounter at(Instant now, Duration window) {
        boolean lockOver = lockedUntil != null && !lockedUntil.isAfter(now);
        boolean windowOver = lockedUntil == null && !windowStarted.plus(window).isAfter(now);
        return lockOver || windowOver ? new LoginCounter(key, 0, now, null) : this;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One more attempt counted before its outcome is known; the first one opens the window. */
    LoginCounter reserve(Instant now) {
        return new LoginCounter(key, failures + 1, failures == 0 ? now : windowStarted, lockedUntil);
    }

    /** The attempt counted by {@link #reserve} succeeded: it is taken back. */
    LoginCounter release() {
        return new LoginCounter(key, Math.max(0, failures - 1), windowStarted, lockedUntil);
    }

    LoginCounter lock(Instant now, Duration lock) {
        return new LoginCounter(key, failures, windowStarted, now.plus(lock));
    }

    /** When the row stops mattering: its window is over and so is its lock. */
    Instant forgetAfter(Duration window) {
        Instant windowEnd = windowStarted.plus(window);
        return lockedUntil != null && lockedUntil.isAfter(windowEnd) ? lockedUntil : windowEnd;
    }
}
