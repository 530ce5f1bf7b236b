package org.preptable.gateway.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on the data folder, held for the life of the gateway. Two gateways writing one embedded
 * PostgreSQL folder would corrupt it; the second one must stop with a message instead.
 */
public final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataDirLock acquire(Path dataDir) {
        Path lockFile = dataDir.resolve("gateway.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyInUse(dataDir);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            return new DataDirLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyInUse(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Cannot use the data folder " + dataDir + ": " + e.getMessage()
                    + ". Set PREPTABLE_DATA_DIR to a folder this user can write.", e);
        } catch (DataDirInUseException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static DataDirInUseException alreadyInUse(Path dataDir) {
        return new DataDirInUseException("Another PrepTable gateway is already running on the data folder " + dataDir
                + ". Stop it first, or give this one its own folder with PREPTABLE_DATA_DIR"
                + " (or share one database with PREPTABLE_DB_URL).");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the channel is being abandoned after a failure that is already being reported
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process is shutting down; the OS releases the lock with the file handle anyway
        }
    }

    /** Raised when the data folder belongs to a gateway that is still running. */
    public static final class DataDirInUseException extends IllegalStateException {
        public DataDirInUseException(String message) {
            super(message);
        }
    }
}
