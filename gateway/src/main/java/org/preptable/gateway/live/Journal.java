package org.preptable.gateway.live;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;

/**
 * A stored, append-only stream that an {@link EventHub} delivers live: the kitchen display's per-location events,
 * the kitchen-planning notifications per user. Entries of one feed must commit in the order of their sequence
 * numbers (the writer holds an advisory lock to commit), and each commit is announced on {@link #channel()} with a
 * payload naming its feed, so a client that saw {@code n} has seen everything of its feed below {@code n}.
 */
public interface Journal<E extends Journal.Entry> {

    /** A stored entry: its sequence number (the SSE {@code id:}) and its SSE frame, encoded once for every client. */
    interface Entry {
        long seq();

        Buffer sseFrame();
    }

    /** The LISTEN/NOTIFY channel the writers announce commits on. */
    String channel();

    /** The feed a NOTIFY payload names. */
    UUID feedOf(String payload);

    /** Entries of a feed after {@code afterSeq}, oldest first, at most {@code limit}. */
    Future<List<E>> after(SqlClient client, UUID feed, long afterSeq, int limit);

    /** The newest sequence number of a feed, 0 when it has none (awaited: called on a request's virtual thread). */
    long latest(SqlClient client, UUID feed);

    /** Whether a client that last saw {@code seq} missed entries that have since been purged. */
    default boolean purgedAfter(SqlClient client, UUID feed, long seq) {
        return false;
    }

    /** Deletes entries past the retention, if the journal has one. */
    default Future<?> purge(SqlClient tx) {
        return Future.succeededFuture();
    }
}
