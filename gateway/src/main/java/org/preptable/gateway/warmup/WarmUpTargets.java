package org.preptable.gateway.warmup;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the API warm-up points its requests at, read once: an active admin to act as (only ever in a token that
 * stays in this process), the first locations with their newest screen event, and a store. Read-only.
 */
record WarmUpTargets(Optional<Admin> admin, List<Place> places, Optional<UUID> store) {

    /** How many locations a round visits: enough for every code path, few enough for a large installation. */
    static final int PLACES = 2;
    /** Events a screen stream replays per round: the catch-up read and the framing without a long stream. */
    static final int REPLAY = 20;

    record Admin(UUID id, long number, String email) {
    }

    /**
     * A location, its Saavor store reference (null: it takes no webhook orders), and where a screen stream resumes
     * to be sent the location's last {@code replayed} events (at most {@link #REPLAY}).
     */
    record Place(UUID id, String storeRef, long resumeFrom, long replayed) {
    }

    static WarmUpTargets read(SqlClient client) {
        Optional<Admin> admin = first(client.query("""
                        SELECT id, number, email FROM users
                        WHERE role = 'admin' AND status = 'active' ORDER BY number LIMIT 1""").execute().await())
                .map(row -> new Admin(row.getUUID("id"), row.getLong("number"), row.getString("email")));
        List<Place> places = new ArrayList<>();
        // the locations that take webhook orders first: those are the hot path of a kitchen
        for (Row row : client.preparedQuery("""
                        SELECT l.id, l.saavor_store_ref, coalesce(min(e.seq) - 1, 0) AS resume_from,
                               count(e.seq) AS replayed
                        FROM (SELECT id, saavor_store_ref, created_at FROM locations
                              ORDER BY saavor_store_ref IS NULL, created_at LIMIT $1) l
                        LEFT JOIN LATERAL (SELECT seq FROM location_events WHERE location_id = l.id
                                           ORDER BY seq DESC LIMIT $2) e ON true
                        GROUP BY l.id, l.saavor_store_ref, l.created_at
                        ORDER BY l.saavor_store_ref IS NULL, l.created_at""")
                .execute(Tuple.of(PLACES, REPLAY)).await()) {
            places.add(new Place(row.getUUID("id"), row.getString("saavor_store_ref"), row.getLong("resume_from"),
                    row.getLong("replayed")));
        }
        Optional<UUID> store = places.isEmpty() ? Optional.empty()
                : first(client.preparedQuery("SELECT id FROM stores WHERE location_id = $1 ORDER BY created_at LIMIT 1")
                        .execute(Tuple.of(places.get(0).id())).await())
                        .map(row -> row.getUUID("id"));
        return new WarmUpTargets(admin, List.copyOf(places), store);
    }

    private static Optional<Row> first(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
    }
}
