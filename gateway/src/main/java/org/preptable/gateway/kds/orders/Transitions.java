package org.preptable.gateway.kds.orders;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * The stored history of prep transitions ({@code prep_transitions}): who moved what, at which station (null: the
 * whole order), from which screen, with or without an allergen confirmation. Speed of service is computed from it.
 */
public final class Transitions {

    /** One transition; {@code sessionId} finds the screen the caller's kiosk session signed in as. */
    public record Made(UUID locationId, UUID orderId, Long stationId, String from, String to, UUID actorId,
                       UUID sessionId, boolean allergensConfirmed) {
    }

    public Future<?> send(SqlClient tx, Made made) {
        return tx.preparedQuery("""
                        INSERT INTO prep_transitions (location_id, order_id, station_id, from_state, to_state, actor_id,
                                                      screen_id, allergens_confirmed)
                        VALUES ($1, $2, $3, $4, $5, $6, (SELECT screen_id FROM sessions WHERE id = $7), $8)""")
                .execute(Tuple.from(new Object[] {made.locationId(), made.orderId(), made.stationId(), made.from(),
                        made.to(), made.actorId(), made.sessionId(), made.allergensConfirmed()}));
    }

    public void record(SqlClient tx, Made made) {
        send(tx, made).await();
    }

    /** The name of the screen a session signed in as, for audit rows; null for people and unnamed screens. */
    public String screenName(SqlClient tx, UUID sessionId) {
        if (sessionId == null) {
            return null;
        }
        var rows = tx.preparedQuery("SELECT k.name FROM sessions s JOIN kiosk_screens k ON k.id = s.screen_id"
                + " WHERE s.id = $1").execute(Tuple.of(sessionId)).await();
        return rows.rowCount() == 0 ? null : rows.iterator().next().getString("name");
    }
}
