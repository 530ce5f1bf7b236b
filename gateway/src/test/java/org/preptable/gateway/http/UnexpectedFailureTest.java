package org.preptable.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** Breaks this class's own database on purpose, so it runs alone on its gateway. */
@ExtendWith(GatewayExtension.class)
class UnexpectedFailureTest {

    @Test
    void aFailureNobodyExpectedIsA500WithAReferenceAndNoInternals(TestGateway gateway, ApiClient api) {
        String token = api.admin().token();
        gateway.sql().execute("ALTER TABLE audit_log RENAME TO audit_log_gone");
        try {
            // unchecked: a 500 is what this test provokes on purpose, and no operation of the contract lists it
            var response = api.unchecked().as(token).patch("/users/1/role", Map.of("userRole", "HEAD_CHEF"));

            String message = response.assertError(500);
            String reference = response.json().get("referenceId").asText();
            assertThat(message).isEqualTo("An unexpected error occurred. Reference: " + reference);
            assertThat(response.body()).doesNotContain("audit_log", "Exception", "at org.");
        } finally {
            gateway.sql().execute("ALTER TABLE audit_log_gone RENAME TO audit_log");
        }
    }

    @Test
    void readinessFailsWhileTheDatabaseRefusesConnections(TestGateway gateway, ApiClient api) {
        String database = gateway.database().database();
        onMaintenanceDatabase(gateway, "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
        onMaintenanceDatabase(gateway, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database + "'");
        try {
            var ready = api.get("/readyz");
            assertThat(ready.assertError(503)).contains("database");
            assertThat(api.get("/healthz").status()).isEqualTo(200);
        } finally {
            onMaintenanceDatabase(gateway, "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
        }
        assertThat(api.get("/readyz").status()).isEqualTo(200);
    }

    /** Runs SQL on the cluster's {@code postgres} database, since a database cannot lock itself out. */
    private static void onMaintenanceDatabase(TestGateway gateway, String sql) {
        var target = gateway.database();
        String url = "jdbc:postgresql://" + target.host() + ":" + target.port() + "/postgres";
        try (var connection = java.sql.DriverManager.getConnection(url, target.user(), target.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
