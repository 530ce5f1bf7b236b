package org.preptable.gateway.auth.cache;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.preptable.gateway.auth.CurrentUser;

/**
 * This gateway's memory of its callers: each user's row and locations, and each cookie session's owner and expiry.
 * It answers only while it is provably current ({@link #serving}): while {@link AuthChangeFeed} has heard its own
 * ping back within the last moments, so every change committed before that ping has already been applied here, and
 * while this gateway's lease is renewed, so writers wait for it. Otherwise every lookup misses and the caller reads
 * PostgreSQL as before.
 *
 * <p>A read that started before an eviction must not put back what the eviction removed: {@link #generation} is
 * taken before the read and the result is kept only if no eviction happened meanwhile.
 */
public final class PrincipalCache {

    /** A cookie session as the authenticator needs it. {@code lastSeenMark}: when last_seen_at was last written. */
    public record CachedSession(UUID id, UUID userId, Instant expiresAt, AtomicLong lastSeenMark) {
    }

    private final boolean enabled;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<UUID, CurrentUser> users = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CachedSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private volatile long heardUntil;
    private volatile long leasedUntil;
    private volatile boolean everHeard;
    private volatile boolean everLeased;

    public PrincipalCache(boolean enabled) {
        this(enabled, System::nanoTime);
    }

    PrincipalCache(boolean enabled, LongSupplier nanoTime) {
        this.enabled = enabled;
        this.nanoTime = nanoTime;
    }

    /** Whether lookups may be answered from memory right now. */
    public boolean serving() {
        long now = nanoTime.getAsLong();
        return enabled && everHeard && everLeased && now - heardUntil < 0 && now - leasedUntil < 0;
    }

    /** The generation to pass to {@link #putUser}/{@link #putSession} for a read about to start. */
    public long generation() {
        return generation.get();
    }

    public Optional<CurrentUser> user(UUID userId) {
        CurrentUser user = serving() ? users.get(userId) : null;
        countHit(user != null);
        return Optional.ofNullable(user);
    }

    /** A live session by its token's hash; an expired one is dropped and missed. */
    public Optional<CachedSession> session(String tokenHash) {
        CachedSession session = serving() ? sessions.get(tokenHash) : null;
        if (session != null && !session.expiresAt().isAfter(Instant.now())) {
            sessions.remove(tokenHash, session);
            session = null;
        }
        countHit(session != null);
        return Optional.ofNullable(session);
    }

    /** Keeps a user read at {@code readGeneration}, unless something was evicted since. */
    public void putUser(long readGeneration, CurrentUser user) {
        if (enabled) {
            users.put(user.id(), user);
            if (generation.get() != readGeneration) {
                users.remove(user.id(), user);
            }
        }
    }

    public void putSession(long readGeneration, String tokenHash, CachedSession session) {
        if (enabled) {
            sessions.put(tokenHash, session);
            if (generation.get() != readGeneration) {
                sessions.remove(tokenHash, session);
            }
        }
    }

    /** Forgets the user and every session of theirs. */
    public void evictUser(UUID userId) {
        generation.incrementAndGet();
        users.remove(userId);
        sessions.values().removeIf(session -> session.userId().equals(userId));
    }

    /** Forgets everything: the change feed was interrupted and may have missed changes. */
    public void evictAll() {
        generation.incrementAndGet();
        users.clear();
        sessions.clear();
    }

    /** The feed heard a ping sent at {@code sentNanos}: every change committed before it has been applied. */
    void heard(long sentNanos, long freshForNanos) {
        long until = sentNanos + freshForNanos;
        if (!everHeard || until - heardUntil > 0) {
            heardUntil = until;
            everHeard = true;
        }
    }

    /** The lease was renewed by a request sent at {@code sentNanos}; writers count this gateway until then. */
    void leased(long sentNanos, long validForNanos) {
        long until = sentNanos + validForNanos;
        if (!everLeased || until - leasedUntil > 0) {
            leasedUntil = until;
            everLeased = true;
        }
    }

    private void countHit(boolean hit) {
        if (hit) {
            hits.increment();
        }
    }

    /** Lookups answered from memory, for diagnostics and tests. */
    public long hits() {
        return hits.sum();
    }
}
