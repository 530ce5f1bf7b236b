package org.preptable.gateway.auth.invitations;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.auth.Role;

/** The SQL of invitations. Tokens are looked up by their SHA-256; the state is computed by the database. */
public final class InvitationRepository {

    private static final String COLUMNS = """
            id, email, role, location_ids, first_run, created_by, created_at, expires_at, used_at, used_by,
            revoked_at, CASE WHEN revoked_at IS NOT NULL THEN 'revoked' WHEN used_at IS NOT NULL THEN 'used'
                             WHEN expires_at <= now() THEN 'expired' ELSE 'pending' END AS state""";

    public Invitation insert(SqlClient tx, byte[] tokenHash, String email, Role role, List<UUID> locationIds,
                             boolean firstRun, UUID createdBy, int hours) {
        return one(tx.preparedQuery("""
                        INSERT INTO invitations (token_hash, email, role, location_ids, first_run, created_by, expires_at)
                        VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7)) RETURNING """ + " " + COLUMNS)
                .execute(Tuple.from(new Object[] {Buffer.buffer(tokenHash), email, role.opsName(),
                        locationIds.toArray(UUID[]::new), firstRun, createdBy, hours})).await()).orElseThrow();
    }

    public List<Invitation> list(SqlClient client) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM invitations ORDER BY created_at DESC, id")
                .execute().await());
    }

    public Optional<Invitation> findByToken(SqlClient client, byte[] tokenHash) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM invitations WHERE token_hash = $1")
                .execute(Tuple.of(Buffer.buffer(tokenHash))).await());
    }

    /** The invitation, locked until the transaction ends: registration and revocation cannot both win. */
    public Optional<Invitation> lock(SqlClient tx, UUID id) {
        return one(tx.preparedQuery("SELECT " + COLUMNS + " FROM invitations WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(id)).await());
    }

    public Invitation revoke(SqlClient tx, UUID id) {
        return one(tx.preparedQuery("UPDATE invitations SET revoked_at = now() WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id)).await()).orElseThrow();
    }

    public Invitation markUsed(SqlClient tx, UUID id, UUID userId) {
        return one(tx.preparedQuery("UPDATE invitations SET used_at = now(), used_by = $2 WHERE id = $1 RETURNING "
                        + COLUMNS)
                .execute(Tuple.of(id, userId)).await()).orElseThrow();
    }

    /** Revokes every first-run invitation still open: a new one replaces them (their tokens cannot be shown again). */
    public List<Invitation> revokeOpenFirstRun(SqlClient tx) {
        return all(tx.preparedQuery("""
                        UPDATE invitations SET revoked_at = now()
                        WHERE first_run AND revoked_at IS NULL AND used_at IS NULL AND expires_at > now()
                        RETURNING """ + " " + COLUMNS)
                .execute().await());
    }

    private static Optional<Invitation> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Invitation> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(InvitationRepository::map).toList();
    }

    private static Invitation map(Row row) {
        UUID[] locations = row.getArrayOfUUIDs("location_ids");
        return new Invitation(row.getUUID("id"), row.getString("email"), Role.fromStored(row.getString("role")),
                locations == null ? List.of() : Arrays.asList(locations), row.getBoolean("first_run"),
                row.getUUID("created_by"), instant(row, "created_at"), instant(row, "expires_at"),
                instant(row, "used_at"), row.getUUID("used_by"), instant(row, "revoked_at"), row.getString("state"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
