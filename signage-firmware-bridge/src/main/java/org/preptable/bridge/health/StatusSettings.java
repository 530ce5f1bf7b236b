package org.preptable.bridge.health;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.preptable.model.device.Settings;

/**
 * Where the bridge tells how it is doing:
 * <pre>
 * status.file = /run/preptable-bridge/status.json   (default; empty: no status file)
 * health.port = 8091                                (optional; serves http://127.0.0.1:8091/healthz)
 * </pre>
 */
public record StatusSettings(Optional<Path> statusFile, OptionalInt healthPort) {

    public static final String STATUS_FILE = "status.file";
    public static final String HEALTH_PORT = "health.port";
    public static final Path DEFAULT_STATUS_FILE = Path.of("/run/preptable-bridge/status.json");

    public static StatusSettings from(Properties properties, List<String> problems) {
        Optional<Path> file = properties.containsKey(STATUS_FILE)
                ? Optional.of(Settings.value(properties, STATUS_FILE)).filter(value -> !value.isEmpty()).map(Path::of)
                : Optional.of(DEFAULT_STATUS_FILE);
        if (file.isPresent() && !file.get().isAbsolute()) {
            problems.add(STATUS_FILE + " must be an absolute path like " + DEFAULT_STATUS_FILE + " (or empty for none),"
                    + " was '" + file.get() + "'");
            file = Optional.empty();
        }
        OptionalInt port = Settings.optionalIntIn(properties, HEALTH_PORT, 1, 65_535, 8091, problems);
        return new StatusSettings(file, port);
    }
}
