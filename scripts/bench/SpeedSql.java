import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The SQL half of scripts/bench/speed, run with the gateway jar on the class path (its PostgreSQL driver and the
 * speed query itself), so the bench needs no psql:
 *
 * <pre>
 * java -cp preptable-gateway.jar SpeedSql.java seed    JDBC_URL LOCATION ZONE STATION,STATION,... ORDERS
 * java -cp preptable-gateway.jar SpeedSql.java explain JDBC_URL LOCATION ZONE FROM TO
 * </pre>
 *
 * {@code seed}: ORDERS orders spread over the 365 local days up to today (06:00 to 02:00), each at one station or,
 * every other order, two; every (order, station) gets a preparing and a ready transition and every order a cleared
 * one, so 250 000 orders give 375 000 (order, station) rows and 1 000 000 transitions. {@code explain}: EXPLAIN
 * ANALYZE of the route's own statement ({@code SpeedRepository.SQL}) for the local dates FROM..TO.
 */
public class SpeedSql {

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "");
             Statement sql = db.createStatement()) {
            switch (args[0]) {
                case "seed" -> seed(sql, args[2], args[3], args[4].split(","), Integer.parseInt(args[5]));
                case "explain" -> explain(sql, args[2], args[3], LocalDate.parse(args[4]), LocalDate.parse(args[5]));
                default -> throw new IllegalArgumentException("seed or explain, got " + args[0]);
            }
        }
    }

    private static void seed(Statement sql, String location, String zone, String[] stations, int orders)
            throws SQLException {
        String array = "ARRAY[" + String.join(",", stations) + "]::bigint[]";
        int n = stations.length;
        sql.execute("CREATE TEMP TABLE bench_orders AS"
                + " SELECT i, gen_random_uuid() AS id,"
                + "   ((now() AT TIME ZONE '" + zone + "')::date - (i % 365)"
                + "     + make_interval(mins => 360 + (i * 7919) % 1200)) AT TIME ZONE '" + zone + "' AS placed"
                + " FROM generate_series(1, " + orders + ") i");
        // one station per order, a second on even orders; preparing 15 s to 4 min after the order, ready 1 to 11 min
        // later: varied, deterministic spans
        sql.execute("CREATE TEMP TABLE bench_pairs AS"
                + " SELECT order_id, i, station_id, preparing,"
                + "   preparing + make_interval(secs => 60 + (i * 53 + k * 17) % 600) AS ready"
                + " FROM (SELECT o.id AS order_id, o.i, k,"
                + "   (" + array + ")[1 + CASE WHEN k = 1 THEN o.i % " + n
                + "     ELSE (o.i % " + n + " + 1 + (o.i / 2) % " + (n - 1) + ") % " + n + " END] AS station_id,"
                + "   o.placed + interval '2 seconds' + make_interval(secs => 15 + (o.i * 37 + k * 11) % 240) AS preparing"
                + "   FROM bench_orders o, generate_series(1, CASE WHEN o.i % 2 = 0 THEN 2 ELSE 1 END) k) p");
        sql.execute("CREATE TEMP TABLE bench_cleared AS"
                + " SELECT order_id, max(ready) + make_interval(secs => 20 + (min(i) * 11) % 300) AS cleared"
                + " FROM bench_pairs GROUP BY order_id");
        long placed = sql.executeUpdate("INSERT INTO grill_orders (id, location_id, saavor_order_id, number, channel,"
                + " placed_at, prep_state, state_changed_at, saavor_occurred_at, handed_off_at, created_at, updated_at)"
                + " SELECT o.id, '" + location + "', 'BENCH-' || o.i, (o.i % 1000)::text, 'counter', o.placed,"
                + "   'fulfilled', c.cleared, o.placed, c.cleared, o.placed + interval '2 seconds', c.cleared"
                + " FROM bench_orders o JOIN bench_cleared c ON c.order_id = o.id");
        long pairs = sql.executeUpdate("INSERT INTO grill_order_stations (order_id, station_id, prep_state,"
                + " state_changed_at) SELECT order_id, station_id, 'ready', ready FROM bench_pairs");
        long transitions = sql.executeUpdate("INSERT INTO prep_transitions (location_id, order_id, station_id,"
                + " from_state, to_state, at)"
                + " SELECT '" + location + "'::uuid, order_id, station_id, 'queued', 'preparing', preparing"
                + "   FROM bench_pairs"
                + " UNION ALL SELECT '" + location + "'::uuid, order_id, station_id, 'preparing', 'ready', ready"
                + "   FROM bench_pairs"
                + " UNION ALL SELECT '" + location + "'::uuid, order_id, NULL, 'ready', 'cleared', cleared"
                + "   FROM bench_cleared ORDER BY 6");
        sql.execute("VACUUM ANALYZE grill_orders");
        sql.execute("VACUUM ANALYZE grill_order_stations");
        sql.execute("VACUUM ANALYZE prep_transitions");
        System.out.printf("bench: seeded %,d orders, %,d (order, station) rows, %,d transitions%n", placed, pairs,
                transitions);
    }

    private static void explain(Statement sql, String location, String zone, LocalDate from, LocalDate to)
            throws Exception {
        ZoneId id = ZoneId.of(zone);
        String sqlText = (String) Class.forName("org.preptable.gateway.kds.speed.SpeedRepository")
                .getField("SQL").get(null);
        sql.execute("PREPARE speed (uuid, timestamptz, timestamptz, text, bigint) AS " + sqlText);
        try (ResultSet plan = sql.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE speed ('" + location + "', '"
                + from.atStartOfDay(id).toInstant() + "', '" + to.plusDays(1).atStartOfDay(id).toInstant() + "', '"
                + zone + "', NULL)")) {
            while (plan.next()) {
                System.out.println("  " + plan.getString(1));
            }
        }
    }
}
