package org.preptable.bridge.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.preptable.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code status.file} up to date with {@link BridgeStatus#snapshot()} as JSON. A burst of changes (a
 * snapshot of many orders, a redraw) becomes one write, {@link #COALESCE_MS} after the first; each write replaces
 * the file in one move, so a reader never sees half of it.
 */
public final class StatusFile implements AutoCloseable {

    static final long COALESCE_MS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(StatusFile.class);

    private final Path file;
    private final BridgeStatus status;
    private final ScheduledExecutorService writer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("status-file").factory());
    private final AtomicBoolean due = new AtomicBoolean();
    private String failure; // only touched on the writer thread

    public StatusFile(Path file, BridgeStatus status) {
        this.file = file;
        this.status = status;
        status.onChange(this::changed);
        changed();
    }

    public Path path() {
        return file;
    }

    private void changed() {
        if (due.compareAndSet(false, true)) {
            try {
                writer.schedule(this::write, COALESCE_MS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                due.set(false); // closed
            }
        }
    }

    private void write() {
        due.set(false);
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, Json.write(status.snapshot()) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            if (failure != null) {
                LOG.info("Status file {} written again", file);
                failure = null;
            }
        } catch (IOException | RuntimeException e) {
            String why = e.toString();
            if (!why.equals(failure)) {
                LOG.warn("Cannot write the status file {}: {} (the bridge runs on; check {} and the folder's owner)",
                        file, why, StatusSettings.STATUS_FILE);
                failure = why;
            }
        }
    }

    /** Writes the last state and stops. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write();
    }
}
