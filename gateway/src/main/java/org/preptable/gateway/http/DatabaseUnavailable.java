package org.preptable.gateway.http;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure of the database itself (refused, closed or dropped connections, a server shutting down or
 * starting up) from a failure of the request, so the client gets 503 with {@code Retry-After} instead of a 500.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // SocketException covers a refused connect and a connection reset by a server that died mid-query
            // (seen when the embedded postmaster was killed under load).
            if (cause instanceof SocketException || cause instanceof ClosedChannelException
                    || cause instanceof ClosedConnectionException || cause instanceof TimeoutException
                    || cause instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
            // a transaction whose pooled connection the dying server closed under it: Vert.x says so with a plain
            // VertxException (seen once in EmbeddedRecoveryTest, 1 run in 3, as a 500)
            if (cause instanceof io.vertx.core.VertxException && cause.getMessage() != null
                    && cause.getMessage().startsWith("Connection is not active now")) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
