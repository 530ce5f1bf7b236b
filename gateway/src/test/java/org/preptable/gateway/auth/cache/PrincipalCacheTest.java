package org.preptable.gateway.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Role;

/** The rules that make a remembered caller safe to use, on a clock the test moves. */
class PrincipalCacheTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final PrincipalCache cache = new PrincipalCache(true, now::get);
    private final CurrentUser cook = new CurrentUser(UUID.randomUUID(), 7, "cook@example.com", Role.STAFF, Set.of(),
            null);

    @Test
    void answersOnlyWhileItsPingsComeBackAndItsLeaseHolds() {
        cache.putUser(cache.generation(), cook);
        assertThat(cache.user(cook.id())).as("never heard its feed").isEmpty();
        cache.leased(now.get(), 7 * SECOND);
        cache.heard(now.get(), 1_500_000_000L);
        assertThat(cache.user(cook.id())).contains(cook);

        now.addAndGet(1_600_000_000L);
        assertThat(cache.user(cook.id())).as("no ping heard for 1.6 s").isEmpty();
        cache.heard(now.get(), 1_500_000_000L);
        assertThat(cache.user(cook.id())).contains(cook);

        now.addAndGet(6 * SECOND);
        cache.heard(now.get(), 1_500_000_000L);
        assertThat(cache.user(cook.id())).as("lease not renewed for 7 s").isEmpty();
        assertThat(cache.hits()).isEqualTo(2);
    }

    @Test
    void aReadThatStartedBeforeAnEvictionIsNotKept() {
        serving();
        long readStarted = cache.generation();
        cache.evictUser(cook.id()); // the change commits while the read is under way
        cache.putUser(readStarted, cook);
        assertThat(cache.user(cook.id())).isEmpty();

        cache.putUser(cache.generation(), cook);
        assertThat(cache.user(cook.id())).contains(cook);
    }

    @Test
    void evictingAUserForgetsTheirSessionsAndExpiredSessionsAreNotAnswered() {
        serving();
        var live = new PrincipalCache.CachedSession(UUID.randomUUID(), cook.id(), Instant.now().plusSeconds(60),
                new AtomicLong());
        var expired = new PrincipalCache.CachedSession(UUID.randomUUID(), UUID.randomUUID(),
                Instant.now().minusSeconds(1), new AtomicLong());
        cache.putSession(cache.generation(), "live", live);
        cache.putSession(cache.generation(), "expired", expired);
        assertThat(cache.session("live")).contains(live);
        assertThat(cache.session("expired")).isEmpty();

        cache.evictUser(cook.id());
        assertThat(cache.session("live")).isEmpty();
    }

    private void serving() {
        cache.leased(now.get(), 7 * SECOND);
        cache.heard(now.get(), 1_500_000_000L);
        assertThat(cache.serving()).isTrue();
    }
}
