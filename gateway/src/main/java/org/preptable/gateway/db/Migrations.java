package org.preptable.gateway.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the schema in {@code resources/db/migration}. Blocking: runs at start-up, before the HTTP server. */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult apply(DatabaseTarget target) {
        return Flyway.configure()
                .dataSource(target.jdbcUrl(), target.user(), target.password())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
