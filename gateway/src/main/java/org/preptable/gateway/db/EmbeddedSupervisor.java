package org.preptable.gateway.db;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded PostgreSQL this gateway owns. When its postmaster dies (killed, out of memory, crashed),
 * the gateway restarts it on the same cluster and port and the connection pool reconnects by itself; while it is
 * down, {@link #databaseLost()} is true, so {@code /healthz} answers 503 and API calls 503 with {@code Retry-After}.
 * If it cannot be brought back within {@code giveUpAfter}, {@code onGiveUp} runs (the real gateway exits non-zero,
 * so its service manager restarts the whole process) — the gateway never limps on with a dead database.
 */
public final class EmbeddedSupervisor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSupervisor.class);

    private final EmbeddedDatabase database;
    private final Duration giveUpAfter;
    private final Runnable onGiveUp;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preptable-embedded-db-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile long lostSince;

    public EmbeddedSupervisor(EmbeddedDatabase database, Duration every, Duration giveUpAfter, Runnable onGiveUp) {
        this.database = database;
        this.giveUpAfter = giveUpAfter;
        this.onGiveUp = onGiveUp;
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True from the moment the postmaster is found dead until it answers again. */
    public boolean databaseLost() {
        return lostSince != 0;
    }

    /** The running postmaster's process id. */
    public java.util.Optional<Long> postmasterPid() {
        return database.pid();
    }

    /** How many times the postmaster was brought back. */
    public int restarts() {
        return restarts.get();
    }

    private void check() {
        try {
            if (database.alive()) {
                return;
            }
            long now = System.nanoTime();
            if (lostSince == 0) {
                lostSince = now;
                LOG.error("Embedded PostgreSQL has stopped (it was killed or crashed); restarting it. API calls answer"
                        + " 503 until it is back.");
            }
            try {
                database.restart();
                restarts.incrementAndGet();
                LOG.warn("Embedded PostgreSQL is running again (pid {}) after {} ms; connections resume",
                        database.pid().orElse(-1L), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lostSince));
                lostSince = 0;
            } catch (Exception notYet) {
                if (System.nanoTime() - lostSince > giveUpAfter.toNanos()) {
                    LOG.error("Embedded PostgreSQL could not be restarted within {} s: {}. Giving up.",
                            giveUpAfter.toSeconds(), notYet.toString());
                    timer.shutdown();
                    onGiveUp.run();
                } else {
                    LOG.warn("Embedded PostgreSQL did not start yet ({}); trying again", notYet.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Watching the embedded PostgreSQL failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
