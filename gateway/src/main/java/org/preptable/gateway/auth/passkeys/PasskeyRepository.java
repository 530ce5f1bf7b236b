package org.preptable.gateway.auth.passkeys;

import io.vertx.core.Future;
import io.vertx.ext.auth.webauthn4j.Authenticator;
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

/** The SQL of passkeys. */
public final class PasskeyRepository {

    private static final String COLUMNS =
            "id, user_id, credential_id, sign_count, aaguid, transports, name, created_at, last_used_at";

    public Passkey insert(SqlClient tx, UUID userId, Authenticator verified, List<String> transports, String name) {
        return one(tx.preparedQuery("""
                        INSERT INTO passkeys (user_id, credential_id, public_key, sign_count, aaguid, transports, name)
                        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING """ + " " + COLUMNS)
                .execute(Tuple.from(new Object[] {userId, verified.getCredID(), verified.getPublicKey(),
                        verified.getCounter(), verified.getAaguid(), transports.toArray(String[]::new), name}))
                .await()).orElseThrow();
    }

    public List<Passkey> listByUser(SqlClient client, UUID userId) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM passkeys WHERE user_id = $1"
                + " ORDER BY created_at, id").execute(Tuple.of(userId)).await());
    }

    /** The user's passkeys, locked: two removals at once cannot both pass the last-passkey check. */
    public List<Passkey> lockByUser(SqlClient tx, UUID userId) {
        return all(tx.preparedQuery("SELECT " + COLUMNS + " FROM passkeys WHERE user_id = $1 ORDER BY created_at, id"
                + " FOR UPDATE").execute(Tuple.of(userId)).await());
    }

    public Optional<Passkey> findByCredential(SqlClient client, String credentialId) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM passkeys WHERE credential_id = $1")
                .execute(Tuple.of(credentialId)).await());
    }

    public Passkey rename(SqlClient tx, UUID id, String name) {
        return one(tx.preparedQuery("UPDATE passkeys SET name = $2 WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id, name)).await()).orElseThrow();
    }

    public void delete(SqlClient tx, UUID id) {
        tx.preparedQuery("DELETE FROM passkeys WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /**
     * Records a login's signature counter, only if it moved forward (or both are 0: authenticators that keep no
     * counter, as synced passkeys do). False when another login got there first with a higher one: a clone.
     */
    public Optional<Passkey> advance(SqlClient tx, UUID id, long signCount) {
        return one(tx.preparedQuery("""
                        UPDATE passkeys SET sign_count = $2, last_used_at = now()
                        WHERE id = $1 AND (sign_count < $2 OR (sign_count = 0 AND $2 = 0)) RETURNING\s""" + COLUMNS)
                .execute(Tuple.of(id, signCount)).await());
    }

    /**
     * The lookup vertx-auth-webauthn4j makes during a ceremony (by the account's email, a credential id or both),
     * as a future: the library may call it from a thread that cannot block. Only active accounts' passkeys.
     */
    public Future<List<Authenticator>> find(SqlClient client, String email, String credentialId) {
        return client.preparedQuery("""
                        SELECT p.credential_id, p.public_key, p.sign_count, p.aaguid, u.email
                        FROM passkeys p JOIN users u ON u.id = p.user_id
                        WHERE u.status = 'active' AND ($1::text IS NULL OR lower(u.email) = lower($1))
                          AND ($2::text IS NULL OR p.credential_id = $2)""")
                .execute(Tuple.of(email, credentialId))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(row -> new Authenticator()
                        .setType("public-key")
                        .setUsername(row.getString("email"))
                        .setCredID(row.getString("credential_id"))
                        .setPublicKey(row.getString("public_key"))
                        .setCounter(row.getLong("sign_count"))
                        .setAaguid(row.getString("aaguid"))).toList());
    }

    private static Optional<Passkey> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Passkey> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(PasskeyRepository::map).toList();
    }

    private static Passkey map(Row row) {
        String[] transports = row.getArrayOfStrings("transports");
        return new Passkey(row.getUUID("id"), row.getUUID("user_id"), row.getString("credential_id"),
                row.getLong("sign_count"), row.getString("aaguid"),
                transports == null ? List.of() : Arrays.asList(transports), row.getString("name"),
                instant(row, "created_at"), instant(row, "last_used_at"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
