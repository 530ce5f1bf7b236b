package org.preptable.gateway.auth;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.Sha256;

/**
 * Cookie sessions as rows: created by passkey and kiosk logins, expiring, listable and revocable. The cookie holds
 * a random token; only its SHA-256 is stored, so a leaked database cannot be replayed as cookies.
 */
public final class SessionStore {

    public static final String COOKIE = "preptable_session";

    /** A new session and the cookie value that opens it; the value exists only in this object and the cookie. */
    public record NewSession(UUID id, String token, Instant expiresAt) {
    }

    /** A session as listed to its owner. */
    public record Session(UUID id, UUID userId, String kind, Instant createdAt, Instant lastSeenAt,
                          Instant expiresAt, String ip, String userAgent) {
    }

    /** A live session as the admin console lists it: with whose it is. */
    public record OwnedSession(Session session, String email, String firstName, String lastName, String role) {
    }

    public NewSession create(SqlClient client, UUID userId, String kind, Duration lifetime, String ip,
                             String userAgent) {
        String token = RandomTokens.base64Url(32);
        Instant expiresAt = Instant.now().plus(lifetime);
        Row row = client.preparedQuery("""
                        INSERT INTO sessions (user_id, token_hash, kind, expires_at, ip, user_agent)
                        VALUES ($1, $2, $3, $4, $5, $6) RETURNING id""")
                .execute(Tuple.of(userId, io.vertx.core.buffer.Buffer.buffer(hash(token)), kind, utc(expiresAt), ip,
                        userAgent))
                .await().iterator().next();
        return new NewSession(row.getUUID("id"), token, expiresAt);
    }

    /** The live session a cookie value opens: not revoked, not expired. Marks it seen at most once a minute. */
    public Optional<Session> findActive(SqlClient client, String token) {
        var rows = client.preparedQuery("""
                        UPDATE sessions SET last_seen_at = CASE
                            WHEN last_seen_at < now() - interval '1 minute' THEN now() ELSE last_seen_at END
                        WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
                        RETURNING id, user_id, kind, created_at, last_seen_at, expires_at, ip, user_agent""")
                .execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(hash(token)))).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(toSession(rows.iterator().next()));
    }

    /** Marks a session seen now, without waiting: the cached path's once-a-minute last_seen_at. */
    public void touch(SqlClient client, UUID sessionId) {
        client.preparedQuery("UPDATE sessions SET last_seen_at = now() WHERE id = $1").execute(Tuple.of(sessionId));
    }

    public List<Session> listActive(SqlClient client, UUID userId) {
        var rows = client.preparedQuery("""
                        SELECT id, user_id, kind, created_at, last_seen_at, expires_at, ip, user_agent FROM sessions
                        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at DESC""")
                .execute(Tuple.of(userId)).await();
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false).map(SessionStore::toSession).toList();
    }

    /** Every live session of every user (kiosk accounts included), most recently seen first. */
    public List<OwnedSession> listAllActive(SqlClient client) {
        var rows = client.preparedQuery("""
                        SELECT s.id, s.user_id, s.kind, s.created_at, s.last_seen_at, s.expires_at, s.ip, s.user_agent,
                               u.email, u.first_name, u.last_name, u.role
                        FROM sessions s JOIN users u ON u.id = s.user_id
                        WHERE s.revoked_at IS NULL AND s.expires_at > now()
                        ORDER BY s.last_seen_at DESC, s.id""")
                .execute().await();
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .map(row -> new OwnedSession(toSession(row), row.getString("email"), row.getString("first_name"),
                        row.getString("last_name"), row.getString("role")))
                .toList();
    }

    /** Revokes any user's live session (admin); the owner's id, or empty when there is no such live session. */
    public Optional<UUID> revokeAny(SqlClient client, UUID sessionId) {
        var rows = client.preparedQuery("""
                        UPDATE sessions SET revoked_at = now()
                        WHERE id = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING user_id""")
                .execute(Tuple.of(sessionId)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("user_id"));
    }

    /** Moves a live session's expiry to {@code lifetime} from now; empty when it is no longer live. */
    public Optional<Instant> extend(SqlClient client, UUID sessionId, Duration lifetime) {
        Instant expiresAt = Instant.now().plus(lifetime);
        int updated = client.preparedQuery("""
                        UPDATE sessions SET expires_at = $2, last_seen_at = now()
                        WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()""")
                .execute(Tuple.of(sessionId, utc(expiresAt))).await().rowCount();
        return updated == 1 ? Optional.of(expiresAt) : Optional.empty();
    }

    /** Revokes one of the user's sessions; false when the user has no such live session. */
    public boolean revoke(SqlClient client, UUID userId, UUID sessionId) {
        return client.preparedQuery(
                        "UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL")
                .execute(Tuple.of(sessionId, userId)).await().rowCount() == 1;
    }

    private static Session toSession(Row row) {
        return new Session(row.getUUID("id"), row.getUUID("user_id"), row.getString("kind"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("last_seen_at").toInstant(),
                row.getOffsetDateTime("expires_at").toInstant(), row.getString("ip"), row.getString("user_agent"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The {@code Set-Cookie} value for a session: HTTP-only and SameSite=Lax always, Secure when the gateway is
     * served over https (DESIGN.md §2). Written out by hand so the attributes read exactly as documented.
     */
    public static String setCookie(String token, Duration maxAge, boolean secure) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + maxAge.toSeconds()
                + (secure ? "; Secure" : "");
    }

    /** SHA-256 of a secret handed to a client (session cookies, kiosk tokens): what the database keeps instead. */
    public static byte[] hash(String token) {
        return Sha256.of(token); // tokens are base64url: their UTF-8 bytes are their ASCII bytes
    }
}
