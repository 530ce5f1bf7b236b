package org.preptable.gateway.kds.orders;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL for each station's part of an order ({@code grill_order_stations}) and the order state derived from them:
 * queued while every station is queued, ready when every station is ready, preparing in between. An order whose
 * lines no station takes has no station rows, and its state is its own (expo moves it).
 */
public final class OrderStations {

    /** States in their one-way order, for "at least this far" comparisons in SQL. */
    private static final String RANK = "array_position(ARRAY['queued','preparing','ready']::text[], %s)";

    /**
     * Gives every station with lines in the order a row (new ones start queued) and removes the rows of stations
     * whose lines are gone. Sent without waiting, after the lines.
     */
    public Future<?> sendSync(SqlClient tx, UUID orderId) {
        return tx.preparedQuery("""
                        WITH wanted AS (SELECT DISTINCT station_id FROM grill_order_lines
                                        WHERE order_id = $1 AND station_id IS NOT NULL),
                             gone AS (DELETE FROM grill_order_stations s WHERE s.order_id = $1
                                      AND s.station_id NOT IN (SELECT station_id FROM wanted))
                        INSERT INTO grill_order_stations (order_id, station_id, prep_state)
                        SELECT $1, station_id, 'queued' FROM wanted
                        ON CONFLICT (order_id, station_id) DO NOTHING""")
                .execute(Tuple.of(orderId));
    }

    /**
     * Sets an active order's state to the one its stations give, when it has stations and the state differs (a
     * Saavor update that adds a station's line to a ready order makes it preparing again).
     */
    public Future<?> sendDerive(SqlClient tx, UUID orderId) {
        return tx.preparedQuery("""
                        WITH derived AS (
                            SELECT CASE WHEN bool_and(prep_state = 'ready') THEN 'ready'
                                        WHEN bool_and(prep_state = 'queued') THEN 'queued'
                                        ELSE 'preparing' END AS state
                            FROM grill_order_stations WHERE order_id = $1 HAVING count(*) > 0)
                        UPDATE grill_orders o SET prep_state = derived.state, state_changed_at = clock_timestamp(),
                                                  updated_at = clock_timestamp()
                        FROM derived
                        WHERE o.id = $1 AND o.prep_state IN ('queued', 'preparing', 'ready')
                          AND o.prep_state <> derived.state""")
                .execute(Tuple.of(orderId));
    }

    /** The station's state, locked with the order already locked by the caller; empty if it has no lines there. */
    public Optional<PrepState> state(SqlClient tx, UUID orderId, long stationId) {
        var rows = tx.preparedQuery("SELECT prep_state FROM grill_order_stations WHERE order_id = $1 AND station_id = $2"
                        + " FOR UPDATE")
                .execute(Tuple.of(orderId, stationId)).await();
        return rows.rowCount() == 0 ? Optional.empty()
                : PrepState.parse(rows.iterator().next().getString("prep_state"));
    }

    public void move(SqlClient tx, UUID orderId, long stationId, PrepState to) {
        tx.preparedQuery("UPDATE grill_order_stations SET prep_state = $3, state_changed_at = clock_timestamp()"
                + " WHERE order_id = $1 AND station_id = $2").execute(Tuple.of(orderId, stationId, to.wire())).await();
    }

    /** Expo moved the whole order: every station not yet that far is brought to it. */
    public void raiseAll(SqlClient tx, UUID orderId, PrepState to) {
        tx.preparedQuery("UPDATE grill_order_stations SET prep_state = $2, state_changed_at = clock_timestamp()"
                        + " WHERE order_id = $1 AND " + RANK.formatted("prep_state") + " < " + RANK.formatted("$2"))
                .execute(Tuple.of(orderId, to.wire())).await();
    }

    /** Names of the allergens on the lines a move concerns (one station's, or all), for the confirmation rule. */
    public java.util.List<String> allergenNames(SqlClient tx, UUID orderId, Long stationId) {
        var rows = tx.preparedQuery("""
                        SELECT DISTINCT a->>'name_en' AS name, (a->>'display_number')::int AS number
                        FROM grill_order_lines l, jsonb_array_elements(l.allergens) a
                        WHERE l.order_id = $1 AND ($2::bigint IS NULL OR l.station_id = $2)
                        ORDER BY number""")
                .execute(Tuple.of(orderId, stationId)).await();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Row row : rows) {
            names.add(row.getString("name"));
        }
        return names;
    }
}
