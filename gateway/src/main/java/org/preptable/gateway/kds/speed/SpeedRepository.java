package org.preptable.gateway.kds.speed;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The speed-of-service query: one statement over {@code grill_orders}, {@code grill_order_stations} and
 * {@code prep_transitions} that finds each (order, station)'s first transitions and answers the count and
 * {@code percentile_cont} p50/p90 of each interval per station and daypart, plus per station over all dayparts
 * (one {@code GROUPING SETS} pass). docs/speed-of-service.md has the definitions.
 */
public final class SpeedRepository {

    /**
     * $1 location, $2/$3 the window [from, to) of placed times as instants, $4 the zone for the local time of day (a
     * PostgreSQL zone name, see {@link SpeedWindow#postgresZone}), $5 a station or null for all. Placed is
     * {@code coalesce(placed_at, created_at)}, the expression V11's index holds; queued is {@code created_at}. Public
     * so {@code scripts/bench/speed} explains the very statement the route runs.
     */
    public static final String SQL = """
            WITH by_minute AS MATERIALIZED (
                -- the daypart of each of the 1 440 minutes of a local day (dayparts are whole minutes) as one array, so
                -- each order finds its daypart by subscript instead of testing every window; the earliest start wins
                -- should two windows ever overlap (the daypart routes refuse it), as in the current menu. A zero uuid
                -- stands for "no daypart": an array without nulls is read in constant time.
                SELECT array_agg(coalesce((SELECT d.id FROM dayparts d
                                            WHERE d.location_id = $1
                                              AND CASE WHEN d.end_time > d.start_time
                                                       THEN m.t >= d.start_time AND m.t < d.end_time
                                                       ELSE m.t >= d.start_time OR m.t < d.end_time END
                                            ORDER BY d.start_time LIMIT 1),
                                          '00000000-0000-0000-0000-000000000000') ORDER BY m.t) AS dayparts
                  FROM (SELECT time '00:00' + make_interval(mins => n) AS t FROM generate_series(0, 1439) n) m
            ), pairs AS (
                -- every (order, station) of the orders placed in the window: the stations with lines in the order
                SELECT g.id AS order_id, s.station_id, g.created_at AS queued,
                       nullif((SELECT dayparts FROM by_minute)[1 + date_part('hour', placed.local)::int * 60
                                                                 + date_part('minute', placed.local)::int],
                              '00000000-0000-0000-0000-000000000000') AS daypart_id
                  FROM grill_orders g
                 CROSS JOIN LATERAL (SELECT coalesce(g.placed_at, g.created_at) AT TIME ZONE $4 AS local) placed
                  JOIN grill_order_stations s ON s.order_id = g.id AND ($5::bigint IS NULL OR s.station_id = $5)
                 WHERE g.location_id = $1
                   AND coalesce(g.placed_at, g.created_at) >= $2 AND coalesce(g.placed_at, g.created_at) < $3
                   AND g.prep_state <> 'voided'
            ), firsts AS (
                -- each pair's first preparing, ready and cleared: its station's own transitions and the whole order's
                -- (station_id null, made by expo), the earliest winning, so a station's own earlier bump stands.
                -- Only transitions within a day of the order reaching the kitchen count (a ticket cleared the next
                -- morning is no service time); that bound also lets a month read a month of transitions through
                -- V11's index (location, at), not the year's.
                SELECT p.station_id, any_value(p.daypart_id) AS daypart_id, any_value(p.queued) AS queued,
                       min(t.at) FILTER (WHERE t.to_state = 'preparing') AS preparing,
                       min(t.at) FILTER (WHERE t.to_state = 'ready') AS ready,
                       min(t.at) FILTER (WHERE t.to_state = 'cleared') AS cleared
                  FROM pairs p
                  LEFT JOIN prep_transitions t ON t.order_id = p.order_id
                       AND (t.station_id = p.station_id OR t.station_id IS NULL)
                       AND t.to_state IN ('preparing', 'ready', 'cleared')
                       AND t.location_id = $1 AND t.at >= $2 - interval '1 day' AND t.at < $3 + interval '2 days'
                       AND t.at < p.queued + interval '1 day'
                 GROUP BY p.order_id, p.station_id
            ), spans AS (
                -- an interval counts only when both ends exist and are in order; a preparing after the station was
                -- already ready (expo moving the whole order on) is no step of this station
                SELECT station_id, daypart_id,
                       CASE WHEN prep >= queued THEN date_part('epoch', prep - queued) END AS q2p,
                       CASE WHEN ready >= prep THEN date_part('epoch', ready - prep) END AS p2r,
                       CASE WHEN cleared >= ready THEN date_part('epoch', cleared - ready) END AS r2c,
                       CASE WHEN ready >= queued THEN date_part('epoch', ready - queued) END AS q2r
                  FROM (SELECT f.*, CASE WHEN f.ready IS NULL OR f.preparing <= f.ready THEN f.preparing END AS prep
                          FROM firsts f) x
            ), figures AS (
                SELECT station_id, daypart_id, grouping(daypart_id) = 1 AS all_day, count(*) AS orders,
                       count(q2p) AS q2p_n, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY q2p) AS q2p,
                       count(p2r) AS p2r_n, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY p2r) AS p2r,
                       count(r2c) AS r2c_n, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY r2c) AS r2c,
                       count(q2r) AS q2r_n, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY q2r) AS q2r
                  FROM spans
                 GROUP BY GROUPING SETS ((station_id, daypart_id), (station_id))
            )
            SELECT f.station_id, st.name AS station_name, f.daypart_id, f.all_day, f.orders,
                   f.q2p_n, round(f.q2p[1]::numeric, 1) AS q2p_p50, round(f.q2p[2]::numeric, 1) AS q2p_p90,
                   f.p2r_n, round(f.p2r[1]::numeric, 1) AS p2r_p50, round(f.p2r[2]::numeric, 1) AS p2r_p90,
                   f.r2c_n, round(f.r2c[1]::numeric, 1) AS r2c_p50, round(f.r2c[2]::numeric, 1) AS r2c_p90,
                   f.q2r_n, round(f.q2r[1]::numeric, 1) AS q2r_p50, round(f.q2r[2]::numeric, 1) AS q2r_p90
              FROM figures f JOIN stations st ON st.id = f.station_id
             ORDER BY lower(st.name), f.station_id, f.all_day, f.daypart_id
            """;

    /** The count and the rounded p50/p90 seconds of one interval; null percentiles when the count is 0. */
    public record Span(long count, BigDecimal p50, BigDecimal p90) {

        static final Span NONE = new Span(0, null, null);
    }

    /** One group: a station in a daypart ({@code daypartId} null: no daypart), or the station's whole day. */
    public record Figures(long stationId, String stationName, UUID daypartId, boolean allDay, long count,
                          Span queuedToPreparing, Span preparingToReady, Span readyToCleared, Span queuedToReady) {
    }

    public List<Figures> figures(SqlClient client, UUID locationId, Instant from, Instant to, String zone,
                                 Long stationId) {
        List<Figures> figures = new ArrayList<>();
        for (Row row : client.preparedQuery(SQL).execute(Tuple.of(locationId, from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC), zone, stationId)).await()) {
            figures.add(new Figures(row.getLong("station_id"), row.getString("station_name"),
                    row.getUUID("daypart_id"), row.getBoolean("all_day"), row.getLong("orders"),
                    span(row, "q2p"), span(row, "p2r"), span(row, "r2c"), span(row, "q2r")));
        }
        return figures;
    }

    /** The station's name, if there is such a station. */
    public Optional<String> stationName(SqlClient client, long stationId) {
        var rows = client.preparedQuery("SELECT name FROM stations WHERE id = $1").execute(Tuple.of(stationId))
                .await();
        return rows.rowCount() == 0 ? Optional.empty()
                : Optional.of(rows.iterator().next().getString("name"));
    }

    private static Span span(Row row, String name) {
        long count = row.getLong(name + "_n");
        return count == 0 ? Span.NONE : new Span(count, row.getBigDecimal(name + "_p50"),
                row.getBigDecimal(name + "_p90"));
    }
}
