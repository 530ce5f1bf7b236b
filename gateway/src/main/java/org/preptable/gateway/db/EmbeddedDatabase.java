package org.preptable.gateway.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 run from the gateway's data folder ({@code <data>/postgres}), so one command gives a working
 * install. The binaries unpack once into {@code <data>/runtime}; the cluster is created on first start and
 * reused afterwards.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "preptable";

    private final Path clusterDir;
    private final Path runtimeDir;
    private final boolean durable;
    private volatile EmbeddedPostgres postgres;
    private final DatabaseTarget target;

    private EmbeddedDatabase(Path clusterDir, Path runtimeDir, boolean durable, EmbeddedPostgres postgres,
                             DatabaseTarget target) {
        this.clusterDir = clusterDir;
        this.runtimeDir = runtimeDir;
        this.durable = durable;
        this.postgres = postgres;
        this.target = target;
    }

    /**
     * Starts the cluster in {@code dataDir}. The caller must hold the {@link DataDirLock}: only then is a postmaster
     * still running from the folder known to be an orphan of a killed gateway.
     *
     * @param durable whether commits are flushed to disk (always, except for throw-away test clusters)
     */
    public static EmbeddedDatabase start(Path dataDir, boolean durable) throws IOException {
        Path clusterDir = dataDir.resolve("postgres");
        Path runtimeDir = dataDir.resolve("runtime");
        Files.createDirectories(runtimeDir);
        stopOrphanedPostmaster(clusterDir);
        EmbeddedPostgres postgres = build(clusterDir, runtimeDir, durable, 0);
        createDatabaseIfMissing(postgres);
        return new EmbeddedDatabase(clusterDir, runtimeDir, durable, postgres,
                new DatabaseTarget("localhost", postgres.getPort(), DATABASE, "postgres", ""));
    }

    /** Starts the postmaster on the cluster; {@code port} 0 picks a free one. */
    private static EmbeddedPostgres build(Path clusterDir, Path runtimeDir, boolean durable, int port)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(runtimeDir.toFile())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100");
        if (durable) {
            // The library's defaults are tuned for throw-away test databases (fsync off); kitchen data is not.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Whether the postmaster this process started is still running (it can be killed, or crash). */
    public boolean alive() {
        return postmasterPid(clusterDir).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The postmaster's process id, from its lock file. */
    public Optional<Long> pid() {
        return postmasterPid(clusterDir);
    }

    /**
     * Starts the postmaster again on the same cluster and port, after it died: clients reconnect to the same
     * address, and every committed transaction is still there (the cluster is durable). Its backends exit when
     * they notice their postmaster is gone; until they have, PostgreSQL refuses to start, so the caller retries.
     */
    public synchronized void restart() throws IOException {
        try {
            postgres.close(); // pg_ctl stop fails on a dead postmaster; what matters is the lock it releases
        } catch (IOException | RuntimeException ignored) {
            // the server is gone already
        }
        postgres = build(clusterDir, runtimeDir, durable, target.port());
    }

    public DatabaseTarget target() {
        return target;
    }

    /** Creates a fresh database on this cluster, for tests that want one database per test class. */
    public DatabaseTarget createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be a lowercase identifier: " + name);
        }
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return new DatabaseTarget("localhost", postgres.getPort(), name, "postgres", "");
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rows.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
                LOG.info("Created database {}", DATABASE);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL started but cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * A gateway killed with SIGKILL leaves its postmaster running and holding the cluster. Since this process now
     * holds the data-folder lock, that postmaster has no owner: ask it to shut down before starting a new one.
     */
    private static Optional<Long> postmasterPid(Path clusterDir) {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        try {
            return Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst()
                    .map(String::trim).filter(line -> line.matches("\\d+")).map(Long::parseLong);
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    private static void stopOrphanedPostmaster(Path clusterDir) throws IOException {
        Optional<Long> pid = postmasterPid(clusterDir);
        Optional<ProcessHandle> orphan = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warn("Stopping PostgreSQL (pid {}) left running by a gateway that did not shut down cleanly", pid.get());
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("PostgreSQL pid " + pid.get() + " from an earlier run still holds " + clusterDir
                    + "; stop it (kill " + pid.get() + ") and start again", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
