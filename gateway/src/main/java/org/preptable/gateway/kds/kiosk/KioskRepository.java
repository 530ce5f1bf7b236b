package org.preptable.gateway.kds.kiosk;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code kiosk_tokens}, the kiosk account's sessions and what a kiosk is told at sign-in. */
public final class KioskRepository {

    /** A location as rotation needs it: the id and the name its kiosk account is named after. */
    public record LocationRef(UUID id, String name) {
    }

    /**
     * Locks the location against concurrent rotations (so two first rotations cannot both create its kiosk account)
     * without blocking the rows that merely reference it.
     */
    public Optional<LocationRef> lockLocation(SqlClient transaction, UUID id) {
        RowSet<Row> rows = transaction.preparedQuery("SELECT id, name FROM locations WHERE id = $1 FOR NO KEY UPDATE")
                .execute(Tuple.of(id)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(locationRef(rows.iterator().next()));
    }

    /** Every location, locked in name order, so a fleet-wide rotation and a single one cannot deadlock. */
    public List<LocationRef> lockAllLocations(SqlClient transaction) {
        RowSet<Row> rows = transaction.preparedQuery(
                        "SELECT id, name FROM locations ORDER BY lower(name), id FOR NO KEY UPDATE")
                .execute().await();
        return StreamSupport.stream(rows.spliterator(), false).map(KioskRepository::locationRef).toList();
    }

    /** Stores the location's new token hash, replacing the old one, which stops working with this commit. */
    public void saveToken(SqlClient transaction, UUID locationId, byte[] tokenHash, String rotatedByEmail) {
        transaction.preparedQuery("""
                        INSERT INTO kiosk_tokens (location_id, token_hash, rotated_by_email) VALUES ($1, $2, $3)
                        ON CONFLICT (location_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(),
                            rotated_by_email = EXCLUDED.rotated_by_email""")
                .execute(Tuple.of(locationId, Buffer.buffer(tokenHash), rotatedByEmail)).await();
    }

    /** The location whose current token has this hash. */
    public Optional<UUID> locationOfToken(SqlClient client, byte[] tokenHash) {
        RowSet<Row> rows = client.preparedQuery("SELECT location_id FROM kiosk_tokens WHERE token_hash = $1")
                .execute(Tuple.of(Buffer.buffer(tokenHash))).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("location_id"));
    }

    /** Ends every live session of the kiosk account; returns how many were live. */
    public int revokeSessions(SqlClient transaction, UUID kioskUserId) {
        return transaction.preparedQuery("""
                        UPDATE sessions SET revoked_at = now()
                        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()""")
                .execute(Tuple.of(kioskUserId)).await().rowCount();
    }

    /** Every station with its item codes, in the order of {@code GET /stations}; codes sorted byte-wise. */
    public List<KioskStation> stations(SqlClient client) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT s.id, s.name,
                               array_remove(array_agg(c.item_code ORDER BY c.item_code COLLATE "C"), NULL) AS codes
                        FROM stations s LEFT JOIN station_item_codes c ON c.station_id = s.id
                        GROUP BY s.id ORDER BY lower(s.name), s.id""")
                .execute().await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> {
            String[] codes = row.getArrayOfStrings("codes");
            return new KioskStation(row.getLong("id"), row.getString("name"),
                    codes == null ? List.of() : Arrays.asList(codes));
        }).toList();
    }

    private static LocationRef locationRef(Row row) {
        return new LocationRef(row.getUUID("id"), row.getString("name"));
    }
}
