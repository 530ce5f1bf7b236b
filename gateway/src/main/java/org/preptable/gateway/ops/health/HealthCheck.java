package org.preptable.gateway.ops.health;

import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.preptable.gateway.GatewayConfig.MenuHealthThresholds;
import org.preptable.gateway.ops.health.HealthRepository.Meal;

/** One of the five menu-health checks: reads what it needs and says what it found, in any order. */
interface HealthCheck {

    List<Finding> run(Context context);

    /**
     * What every check sees: one read-only snapshot of the database, the location's schedule from its local today,
     * the meal catalogue, the gateway's "now" and the configured thresholds.
     */
    record Context(SqlClient client, HealthRepository repository, UUID locationId, Instant now, Schedule schedule,
                   List<Meal> meals, MenuHealthThresholds thresholds) {
    }
}
