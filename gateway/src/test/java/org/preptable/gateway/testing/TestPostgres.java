package org.preptable.gateway.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.gateway.db.DatabaseTarget;
import org.preptable.gateway.db.EmbeddedDatabase;

/**
 * One embedded PostgreSQL per test JVM (started on first use, stopped at JVM exit); each caller gets a fresh
 * database on it, so test classes never see each other's rows.
 */
public final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase cluster;

    private TestPostgres() {
    }

    public static synchronized DatabaseTarget freshDatabase() {
        if (cluster == null) {
            cluster = startCluster();
        }
        return cluster.createDatabase("t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet());
    }

    private static EmbeddedDatabase startCluster() {
        try {
            Path dir = Files.createTempDirectory("preptable-test-pg");
            // Not durable: a test cluster is thrown away, and fsync would only slow the suite down.
            EmbeddedDatabase started = EmbeddedDatabase.start(dir, false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temp cluster dies with it
                }
                deleteQuietly(dir); // about 1 GB per test JVM: left behind, a day of runs fills a disk
            }, "test-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // best effort at exit; the folder is under the system temp directory
        }
    }
}
