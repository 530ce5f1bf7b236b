package org.preptable.gateway.kds.screens;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code kiosk_screens} and the screen a kiosk session signed in as ({@code sessions.screen_id}). */
public final class ScreenRepository {

    /** A screen written, and whether the write created it. */
    public record Written(Screen screen, boolean created) {
    }

    private static final String COLUMNS = "id, location_id, name, station_id, warn_seconds, late_seconds, last_seen_at,"
            + " created_at, updated_at";

    public List<Screen> list(SqlClient client, UUID locationId) {
        var rows = client.preparedQuery("SELECT " + COLUMNS + " FROM kiosk_screens WHERE location_id = $1 ORDER BY name")
                .execute(Tuple.of(locationId)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(ScreenRepository::map).toList();
    }

    /** The screen, locked until the transaction ends, so replacing it and its audit row see the same before. */
    public Optional<Screen> lock(SqlClient tx, UUID locationId, String name) {
        return one(tx.preparedQuery("SELECT " + COLUMNS + " FROM kiosk_screens WHERE location_id = $1 AND name = $2"
                + " FOR UPDATE").execute(Tuple.of(locationId, name)).await());
    }

    /** Creates the screen or replaces its settings (a concurrent create of the same name becomes a replace). */
    public Written put(SqlClient tx, UUID locationId, String name, Long stationId, Integer warnSeconds,
                       Integer lateSeconds) {
        return written(tx.preparedQuery("""
                        INSERT INTO kiosk_screens (location_id, name, station_id, warn_seconds, late_seconds)
                        VALUES ($1, $2, $3, $4, $5)
                        ON CONFLICT (location_id, name) DO UPDATE SET station_id = EXCLUDED.station_id,
                            warn_seconds = EXCLUDED.warn_seconds, late_seconds = EXCLUDED.late_seconds,
                            updated_at = now()
                        RETURNING\s""" + COLUMNS + ", (xmax = 0) AS created")
                .execute(Tuple.of(locationId, name, stationId, warnSeconds, lateSeconds)).await());
    }

    /**
     * The screen a kiosk signs in as, created with no settings the first time its name is seen; either way marked
     * seen now. Settings are left as they are.
     */
    public Written signIn(SqlClient tx, UUID locationId, String name) {
        return written(tx.preparedQuery("""
                        INSERT INTO kiosk_screens (location_id, name, last_seen_at) VALUES ($1, $2, now())
                        ON CONFLICT (location_id, name) DO UPDATE SET last_seen_at = now()
                        RETURNING\s""" + COLUMNS + ", (xmax = 0) AS created")
                .execute(Tuple.of(locationId, name)).await());
    }

    /** Records which screen a session is (null: none), so its bumps and clears say where they were made. */
    public void attach(SqlClient tx, UUID sessionId, UUID screenId) {
        tx.preparedQuery("UPDATE sessions SET screen_id = $2 WHERE id = $1").execute(Tuple.of(sessionId, screenId))
                .await();
    }

    public void delete(SqlClient tx, UUID id) {
        tx.preparedQuery("DELETE FROM kiosk_screens WHERE id = $1").execute(Tuple.of(id)).await();
    }

    public boolean stationExists(SqlClient client, long stationId) {
        return client.preparedQuery("SELECT 1 FROM stations WHERE id = $1").execute(Tuple.of(stationId)).await()
                .rowCount() > 0;
    }

    private static Written written(RowSet<Row> rows) {
        Row row = rows.iterator().next();
        return new Written(map(row), row.getBoolean("created"));
    }

    private static Optional<Screen> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static Screen map(Row row) {
        return new Screen(row.getUUID("id"), row.getUUID("location_id"), row.getString("name"),
                row.getLong("station_id"), row.getInteger("warn_seconds"), row.getInteger("late_seconds"),
                instant(row, "last_seen_at"), instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
