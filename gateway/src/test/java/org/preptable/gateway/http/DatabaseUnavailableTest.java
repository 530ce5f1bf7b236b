package org.preptable.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** Which failures are the database's own (503 with Retry-After) and which are the request's (500). */
class DatabaseUnavailableTest {

    @Test
    void aConnectionClosedUnderATransactionIsTheDatabaseGoingAway() {
        // what a transaction got while the embedded postmaster was killed (EmbeddedRecoveryTest, once)
        assertThat(DatabaseUnavailable.is(new VertxException("Connection is not active now, current status: CLOSED")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("wrapped",
                new VertxException("Connection is not active now, current status: CLOSED")))).isTrue();
        assertThat(DatabaseUnavailable.is(new SocketException("Connection reset"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.is(new VertxException("something else"))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalArgumentException("bad"))).isFalse();
    }
}
