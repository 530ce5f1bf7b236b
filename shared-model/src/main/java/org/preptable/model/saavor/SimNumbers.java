package org.preptable.model.saavor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the simulator's order numbers stopped, per store, so the next run continues (#112, #113, …) instead of
 * starting at #100 again and putting two tickets #100 on the screens. Kept beside the gateway's data (a new data
 * folder is a new kitchen, and starts at 100); a file that cannot be read or written only costs the continuation.
 */
final class SimNumbers {

    private final Path file;

    SimNumbers(Path file) {
        this.file = file;
    }

    /** The number to continue from for this store, or null when none was kept. */
    Long next(String storeRef) {
        String value = load().getProperty(storeRef);
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void remember(String storeRef, long next) {
        Properties numbers = load();
        numbers.setProperty(storeRef, Long.toString(next));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                numbers.store(out, "next order number per store, written by scripts/saavor-sim");
            }
        } catch (IOException e) {
            // numbering restarts next time; not worth failing a finished run for
        }
    }

    private Properties load() {
        Properties numbers = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                numbers.load(in);
            } catch (IOException e) {
                return new Properties();
            }
        }
        return numbers;
    }
}
