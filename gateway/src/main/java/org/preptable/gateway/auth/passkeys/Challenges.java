package org.preptable.gateway.auth.passkeys;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.preptable.model.Json;

/**
 * Ceremony challenges in PostgreSQL, so that options from one gateway can be verified by another. A challenge is
 * deleted by the first verify that names it, whatever the outcome: it works once, for its own ceremony, until it
 * expires.
 */
public final class Challenges {

    public static final String REGISTER = "register";
    public static final String LOGIN = "login";
    public static final String ADD = "add";

    /** An issued challenge, as its verify finds it. */
    public record Issued(String ceremony, UUID userId, UUID invitationId, Map<String, Object> details, boolean live) {

        public String detail(String key) {
            Object value = details.get(key);
            return value == null ? null : value.toString();
        }
    }

    private final int seconds;

    public Challenges(int seconds) {
        this.seconds = seconds;
    }

    public int seconds() {
        return seconds;
    }

    public void issue(SqlClient client, String challenge, String ceremony, UUID userId, UUID invitationId,
                      Map<String, Object> details) {
        // expired challenges are swept here, where they are made, instead of by a background job
        client.preparedQuery("DELETE FROM webauthn_challenges WHERE expires_at < now() - interval '1 minute'")
                .execute().await();
        client.preparedQuery("""
                        INSERT INTO webauthn_challenges (challenge, ceremony, user_id, invitation_id, details, expires_at)
                        VALUES ($1, $2, $3, $4, $5::text::jsonb, now() + make_interval(secs => $6))""")
                .execute(Tuple.from(new Object[] {challenge, ceremony, userId, invitationId, Json.write(details),
                        seconds})).await();
    }

    /** Takes the challenge out (it cannot be used again); empty when it was never issued or is already used. */
    public Optional<Issued> consume(SqlClient client, String challenge) {
        var rows = client.preparedQuery("""
                        DELETE FROM webauthn_challenges WHERE challenge = $1
                        RETURNING ceremony, user_id, invitation_id, details::text AS details, expires_at > now() AS live""")
                .execute(Tuple.of(challenge)).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new Issued(row.getString("ceremony"), row.getUUID("user_id"), row.getUUID("invitation_id"),
                details(row.getString("details")), row.getBoolean("live")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(String json) {
        try {
            return Json.MAPPER.readValue(json, Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a challenge's details are JSON the gateway wrote itself", e);
        }
    }
}
