package org.preptable.gateway.kds.events;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.live.Journal;
import org.preptable.model.Json;

/**
 * The per-location event log ({@code location_events}) that kitchen screens stream. Events are appended in the
 * writer's transaction and announced with {@code pg_notify}, which PostgreSQL delivers at commit, so every
 * gateway on the database learns of exactly the committed events.
 */
public final class EventLog implements Journal<EventLog.Event> {

    /** How long events are kept for screens to resume from; older resume points get a reset. */
    public static final Duration RETENTION = Duration.ofDays(7);

    public static final String CHANNEL = "preptable_location_events";

    /**
     * A stored event: its sequence number (the SSE {@code id:}), name and JSON data, and its SSE frame. The frame
     * is encoded once here and the same bytes are written to every screen of the location, instead of one string
     * and one encoding per screen.
     */
    public record Event(long seq, UUID locationId, String name, String data, Buffer sseFrame) implements Journal.Entry {
        public Event(long seq, UUID locationId, String name, String data) {
            this(seq, locationId, name, data,
                    Buffer.buffer("id: " + seq + "\nevent: " + name + "\ndata: " + data + "\n\n"));
        }
    }

    /**
     * Appends an event. The advisory lock, held to commit, makes sequence numbers of one location commit in
     * order, so a screen that saw {@code n} has seen everything below {@code n}.
     */
    public long append(SqlClient tx, UUID locationId, String name, Object data) {
        return send(tx, locationId, name, data).await();
    }

    /** {@link #append} without waiting, to pipeline with other statements of the transaction. */
    public Future<Long> send(SqlClient tx, UUID locationId, String name, Object data) {
        // one round trip: the insert selects from the lock, so the sequence number is drawn after the lock is held
        return tx.preparedQuery(APPEND).execute(Tuple.of(locationId, name, Json.write(data), CHANNEL))
                .map(rows -> rows.iterator().next().getLong("seq"));
    }

    private static final String APPEND = """
            WITH locked AS (SELECT pg_advisory_xact_lock(hashtextextended($1::uuid::text, 0))),
                 appended AS (INSERT INTO location_events (location_id, name, data)
                              SELECT $1::uuid, $2::text, $3::text FROM locked RETURNING seq)
            SELECT seq, pg_notify($4::text, $1::uuid::text || ':' || seq) FROM appended""";

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** The payload is {@code <location id>:<seq>}. */
    @Override
    public UUID feedOf(String payload) {
        return UUID.fromString(payload.substring(0, payload.indexOf(':')));
    }

    /** Events of a location after {@code afterSeq}, oldest first, at most {@code limit}. */
    @Override
    public Future<List<Event>> after(SqlClient client, UUID locationId, long afterSeq, int limit) {
        return client.preparedQuery("SELECT seq, location_id, name, data FROM location_events"
                        + " WHERE location_id = $1 AND seq > $2 ORDER BY seq LIMIT $3")
                .execute(Tuple.of(locationId, afterSeq, limit))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(EventLog::event).toList());
    }

    /** The newest sequence number of a location, 0 when it has none. */
    @Override
    public long latest(SqlClient client, UUID locationId) {
        Row row = client.preparedQuery("SELECT coalesce(max(seq), 0) AS seq FROM location_events WHERE location_id = $1")
                .execute(Tuple.of(locationId)).await().iterator().next();
        return row.getLong("seq");
    }

    /** Whether a screen that last saw {@code seq} missed events that have since been purged. */
    @Override
    public boolean purgedAfter(SqlClient client, UUID locationId, long seq) {
        return client.preparedQuery("SELECT 1 FROM location_event_purges"
                        + " WHERE location_id = $1 AND purged_below_seq - 1 > $2")
                .execute(Tuple.of(locationId, seq)).await().rowCount() > 0;
    }

    /** Deletes events older than the retention and records how far each location was purged. */
    @Override
    public Future<?> purge(SqlClient tx) {
        return tx.preparedQuery("""
                        WITH gone AS (
                          DELETE FROM location_events WHERE created_at < now() - make_interval(secs => $1)
                          RETURNING location_id, seq)
                        INSERT INTO location_event_purges (location_id, purged_below_seq)
                        SELECT location_id, max(seq) + 1 FROM gone GROUP BY location_id
                        ON CONFLICT (location_id) DO UPDATE
                        SET purged_below_seq = greatest(location_event_purges.purged_below_seq,
                                                        excluded.purged_below_seq)""")
                .execute(Tuple.of((double) RETENTION.toSeconds()));
    }

    private static Event event(Row row) {
        return new Event(row.getLong("seq"), row.getUUID("location_id"), row.getString("name"), row.getString("data"));
    }
}
