package org.preptable.gateway.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.db.DatabaseTarget;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;

/**
 * The start-up warm-up of the API (issue 23): {@code /readyz} says 503 until it is done, it really drives the hot
 * paths (reads, screen streams, rehearsed webhook orders), and it leaves the database as it found it: no order, no
 * payload, no screen event, no audit row, no session.
 */
class ApiWarmUpTest {

    @Test
    void readinessWaitsForTheWarmUpWhichLeavesNoRowBehind() throws Exception {
        DatabaseTarget database;
        Map<String, Long> before;
        // the demo kitchen (locations with Saavor store refs, stores, dishes, menus) loaded by a first start; a
        // passkey origin that is not localhost, or every start would add a dev-mode invitation of its own
        Map<String, String> kitchen = Map.of("PREPTABLE_DEMO_DATA", "true",
                "WEBAUTHN_RP_ORIGIN", "https://kitchen.preptable.test");
        try (TestGateway first = TestGateway.start(kitchen)) {
            database = first.database();
            before = rowCounts(database);
        }
        assertThat(before.get("locations")).isPositive();

        Map<String, String> warming = new HashMap<>(kitchen);
        warming.putAll(Map.of("PREPTABLE_API_WARM_UP", "true", "PREPTABLE_API_WARM_UP_MS", "2500"));
        try (TestGateway gateway = TestGateway.startOn(database, warming)) {
            // the warm-up runs for its whole budget, so the gateway that has just started is not ready yet
            ApiResponse early = gateway.client().get("/readyz"); // checked against the contract: 503, envelope
            assertThat(gateway.gateway().apiWarmedUp()).isNotDone();
            assertThat(early.status()).isEqualTo(503);
            assertThat(early.assertError(503)).contains("warming up");

            ApiWarmUp.Report report = gateway.gateway().apiWarmedUp().get(30, TimeUnit.SECONDS);
            assertThat(report.millis()).isGreaterThanOrEqualTo(2500);
            assertThat(report.rounds()).isPositive();
            assertThat(report.requests()).isGreaterThan(10);
            assertThat(report.rehearsed()).isPositive();
            assertThat(report.streams()).isPositive();
            assertThat(report.failed()).isZero();

            ApiResponse ready = gateway.client().get("/readyz");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("ready");
            assertThat(rowCounts(database)).isEqualTo(before);
        }
    }

    @Test
    void switchedOffTheGatewayIsReadyAtOnce() throws Exception {
        try (TestGateway gateway = TestGateway.start()) {
            assertThat(gateway.gateway().apiWarmedUp()).isCompletedWithValue(ApiWarmUp.Report.NONE);
            assertThat(gateway.client().get("/readyz").status()).isEqualTo(200);
        }
    }

    /** Every table's row count: whatever the warm-up touched would show up as a difference. */
    private static Map<String, Long> rowCounts(DatabaseTarget database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
