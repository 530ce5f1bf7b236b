package org.preptable.gateway.testing;

import java.util.HashMap;
import java.util.Map;
import org.preptable.gateway.Gateway;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.db.DatabaseTarget;

/**
 * A real gateway on a random port, backed by its own fresh database on the shared test PostgreSQL. The first admin
 * is {@link #ADMIN_EMAIL} / {@link #ADMIN_PASSWORD}; demo data is off unless a test turns it on.
 */
public final class TestGateway implements AutoCloseable {

    public static final String ADMIN_EMAIL = "head.chef@test.preptable";
    public static final String ADMIN_PASSWORD = "Admin-Pass-1";
    public static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-signing";
    public static final String SAAVOR_SECRET = "test-saavor-webhook-secret";

    private final Gateway gateway;
    private final DatabaseTarget database;
    private final Map<String, String> environment;

    private TestGateway(Gateway gateway, DatabaseTarget database, Map<String, String> environment) {
        this.gateway = gateway;
        this.database = database;
        this.environment = environment;
    }

    public static TestGateway start() {
        return start(Map.of());
    }

    /** Starts with extra environment settings, e.g. {@code PREPTABLE_SELF_REGISTRATION=false}. */
    public static TestGateway start(Map<String, String> overrides) {
        return startOn(TestPostgres.freshDatabase(), overrides);
    }

    /** Starts with extra settings and a clock of the test's (a {@link MutableClock} to move "now" by hand). */
    public static TestGateway start(Map<String, String> overrides, java.time.Clock clock) {
        return startOn(TestPostgres.freshDatabase(), overrides, clock);
    }

    /** A second gateway on the same database as another, as behind a load balancer. */
    public static TestGateway startOn(DatabaseTarget database, Map<String, String> overrides) {
        return startOn(database, overrides, java.time.Clock.systemUTC());
    }

    private static TestGateway startOn(DatabaseTarget database, Map<String, String> overrides,
                                       java.time.Clock clock) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PREPTABLE_HTTP_HOST", "127.0.0.1");
        environment.put("PREPTABLE_HTTP_PORT", "0");
        environment.put("PREPTABLE_DB_URL", "postgresql://" + database.host() + ":" + database.port() + "/"
                + database.database());
        environment.put("PREPTABLE_DB_USER", database.user());
        environment.put("PREPTABLE_JWT_SECRET", JWT_SECRET);
        environment.put("PREPTABLE_SAAVOR_SECRET", SAAVOR_SECRET);
        environment.put("PREPTABLE_ADMIN_EMAIL", ADMIN_EMAIL);
        environment.put("PREPTABLE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("PREPTABLE_DEMO_DATA", "false");
        environment.put("PREPTABLE_WEB_WARM_UP", "false"); // a test that times the web app turns it on
        environment.put("PREPTABLE_API_WARM_UP", "false"); // ApiWarmUpTest turns it on
        environment.putAll(overrides);
        return new TestGateway(launch(environment, clock), database, environment);
    }

    private static Gateway launch(Map<String, String> environment, java.time.Clock clock) {
        try {
            return Gateway.start(GatewayConfig.from(environment).withClock(clock), line -> { });
        } catch (Exception e) {
            throw new IllegalStateException("test gateway did not start: " + e.getMessage(), e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + gateway.port();
    }

    public Gateway gateway() {
        return gateway;
    }

    public DatabaseTarget database() {
        return database;
    }

    /** A client for this gateway's {@code /api/v1}. */
    public ApiClient client() {
        return new ApiClient(baseUrl());
    }

    /** Direct SQL against this gateway's database, for assertions about rows (audit log, sessions). */
    public Sql sql() {
        return new Sql(database);
    }

    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
