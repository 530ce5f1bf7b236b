package org.preptable.kiosk.print;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.preptable.model.device.Settings;
import java.util.Set;

/**
 * The ticket printer's part of the kiosk properties file:
 * <pre>
 * printer.port              = /dev/ttyUSB0      (empty or missing: no printer)
 * printer.baud              = 19200
 * printer.print-on          = any of new, ready, void | none   (default new, void)
 * printer.queue-dir         = /var/lib/preptable-kiosk/print-queue
 * printer.write-timeout-ms  = 10000   (watchdog: longest a single write may stall)
 * printer.status-timeout-ms = 1000    (wait for each DLE EOT answer)
 * printer.retry-ms          = 3000    (pause between status checks while the printer cannot print)
 * printer.width             = 42      (characters per line: 42 for 80 mm paper, 32 for 58 mm)
 * printer.status            = auto    (auto | query | none: how the printer's condition is learnt)
 * printer.status-tries      = 3       (auto: status checks without any answer before printing blind)
 * </pre>
 *
 * @param port   the serial device, or "" for no printer
 * @param printOn when tickets are printed; empty means never
 * @param status  whether the printer is asked for its condition ({@code DLE EOT}) or printed to blind
 * @param statusTries in {@link StatusMode#AUTO}: silent status checks, with no answer ever, before printing blind
 */
public record PrinterSettings(
        String port,
        int baud,
        Set<TicketKind> printOn,
        Path queueDir,
        Duration writeTimeout,
        Duration statusTimeout,
        Duration retry,
        int width,
        StatusMode status,
        int statusTries) {

    /** How the printer's condition is learnt (key {@code printer.status}). */
    public enum StatusMode {
        /**
         * Ask with {@code DLE EOT}; a printer that has not answered one request since the kiosk started, after
         * {@code printer.status-tries} checks, is taken for one that cannot, and is printed to blind.
         */
        AUTO,
        /** Always ask; silence means offline and nothing prints (the safe choice for printers that answer). */
        QUERY,
        /** Never ask: print blind, and only a port that cannot be opened or written counts as offline. */
        NONE;

        String configWord() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String PORT = "printer.port";
    public static final String BAUD = "printer.baud";
    public static final String PRINT_ON = "printer.print-on";
    public static final String QUEUE_DIR = "printer.queue-dir";
    public static final String WRITE_TIMEOUT_MS = "printer.write-timeout-ms";
    public static final String STATUS_TIMEOUT_MS = "printer.status-timeout-ms";
    public static final String RETRY_MS = "printer.retry-ms";
    public static final String WIDTH = "printer.width";
    public static final String STATUS = "printer.status";
    public static final String STATUS_TRIES = "printer.status-tries";

    public static final int DEFAULT_BAUD = 19200;
    public static final Path DEFAULT_QUEUE_DIR = Path.of("/var/lib/preptable-kiosk/print-queue");
    public static final int DEFAULT_WIDTH = 42;
    public static final int DEFAULT_STATUS_TRIES = 3;

    // The rates ESC/POS printers offer on their DIP switches or setup menus.
    private static final List<Integer> BAUD_RATES = List.of(2400, 4800, 9600, 19200, 38400, 57600, 115200);

    public PrinterSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(queueDir, "queueDir");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        Objects.requireNonNull(statusTimeout, "statusTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(status, "status");
        if (statusTries < 1) {
            throw new IllegalArgumentException("statusTries must be at least 1, was " + statusTries);
        }
        printOn = printOn.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(TicketKind.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(printOn));
    }

    /** The settings before {@code printer.status} existed: status mode {@code auto}. */
    public PrinterSettings(String port, int baud, Set<TicketKind> printOn, Path queueDir, Duration writeTimeout,
            Duration statusTimeout, Duration retry, int width) {
        this(port, baud, printOn, queueDir, writeTimeout, statusTimeout, retry, width, StatusMode.AUTO,
                DEFAULT_STATUS_TRIES);
    }

    /** A copy with another status mode. */
    public PrinterSettings withStatus(StatusMode mode, int tries) {
        return new PrinterSettings(port, baud, printOn, queueDir, writeTimeout, statusTimeout, retry, width, mode, tries);
    }

    /** A copy with another queue directory. */
    public PrinterSettings withQueueDir(Path dir) {
        return new PrinterSettings(port, baud, printOn, dir, writeTimeout, statusTimeout, retry, width, status,
                statusTries);
    }

    /** No printer: {@link TicketPrinter} does nothing with these settings. */
    public static PrinterSettings disabled() {
        return new PrinterSettings("", DEFAULT_BAUD, EnumSet.of(TicketKind.NEW, TicketKind.VOID), DEFAULT_QUEUE_DIR,
                Duration.ofMillis(10_000), Duration.ofMillis(1_000), Duration.ofMillis(3_000), DEFAULT_WIDTH);
    }

    /**
     * Reads the {@code printer.*} keys. Every mistake is appended to {@code problems} (naming the key and showing an
     * example) so the caller can report all of them at once; on a mistake the key's default is used.
     */
    public static PrinterSettings from(Properties properties, List<String> problems) {
        PrinterSettings defaults = disabled();
        String port = parsePort(value(properties, PORT), problems);
        int baud = parseBaud(value(properties, BAUD), problems);
        Set<TicketKind> printOn = parsePrintOn(value(properties, PRINT_ON), problems);
        Path queueDir = parseQueueDir(value(properties, QUEUE_DIR), problems);
        Duration writeTimeout = Settings.millis(properties, WRITE_TIMEOUT_MS, defaults.writeTimeout(), 100, 600_000, problems);
        Duration statusTimeout = Settings.millis(properties, STATUS_TIMEOUT_MS, defaults.statusTimeout(), 10, 60_000, problems);
        Duration retry = Settings.millis(properties, RETRY_MS, defaults.retry(), 50, 3_600_000, problems);
        int width = parseWidth(value(properties, WIDTH), problems);
        StatusMode status = parseStatus(value(properties, STATUS), problems);
        int statusTries = parseStatusTries(value(properties, STATUS_TRIES), problems);
        return new PrinterSettings(port, baud, printOn, queueDir, writeTimeout, statusTimeout, retry, width, status,
                statusTries);
    }

    /** True when a port is set and at least one kind of ticket is printed. */
    public boolean enabled() {
        return !port.isEmpty() && !printOn.isEmpty();
    }

    public boolean printsOn(TicketKind kind) {
        return printOn.contains(kind);
    }

    private static String value(Properties properties, String key) {
        return Settings.value(properties, key);
    }

    private static String parsePort(String value, List<String> problems) {
        // jSerialComm also accepts COM3 on Windows, which is handy on a developer's laptop.
        boolean looksLikeDevice = value.matches("/\\S+") || value.matches("(?i)COM[0-9]{1,3}");
        if (value.isEmpty() || looksLikeDevice) {
            return value;
        }
        problems.add(PORT + " must be a device path like /dev/ttyUSB0 (or empty for no printer), was '" + value + "'");
        return "";
    }

    private static int parseBaud(String value, List<String> problems) {
        if (value.isEmpty()) {
            return DEFAULT_BAUD;
        }
        if (value.matches("[0-9]{1,7}") && BAUD_RATES.contains(Integer.parseInt(value))) {
            return Integer.parseInt(value);
        }
        problems.add(BAUD + " must be one of " + BAUD_RATES + " (e.g. 19200), was '" + value + "'");
        return DEFAULT_BAUD;
    }

    private static Set<TicketKind> parsePrintOn(String value, List<String> problems) {
        if (value.isEmpty()) {
            return EnumSet.of(TicketKind.NEW, TicketKind.VOID);
        }
        String hint = PRINT_ON + " must be a list of 'new', 'ready' and 'void' (e.g. 'new, void'), or 'none', was '"
                + value + "'";
        if (value.equalsIgnoreCase("none")) {
            return EnumSet.noneOf(TicketKind.class);
        }
        Set<TicketKind> kinds = EnumSet.noneOf(TicketKind.class);
        for (String word : value.split(",", -1)) {
            var kind = TicketKind.fromConfigWord(word);
            if (kind.isEmpty()) {
                problems.add(hint);
                return EnumSet.of(TicketKind.NEW, TicketKind.VOID);
            }
            kinds.add(kind.get());
        }
        return kinds;
    }

    private static Path parseQueueDir(String value, List<String> problems) {
        if (value.isEmpty()) {
            return DEFAULT_QUEUE_DIR;
        }
        try {
            Path path = Path.of(value);
            // A relative queue would move with the working directory, and tickets would be lost between starts.
            if (path.isAbsolute()) {
                return path;
            }
        } catch (InvalidPathException e) {
            // reported below
        }
        problems.add(QUEUE_DIR + " must be an absolute directory like " + DEFAULT_QUEUE_DIR + ", was '" + value + "'");
        return DEFAULT_QUEUE_DIR;
    }

    private static int parseWidth(String value, List<String> problems) {
        if (value.isEmpty()) {
            return DEFAULT_WIDTH;
        }
        if (value.matches("[0-9]{1,3}")) {
            int width = Integer.parseInt(value);
            if (width >= 24 && width <= 80) {
                return width;
            }
        }
        problems.add(WIDTH + " must be the characters per line from 24 to 80 (42 for 80 mm paper, 32 for 58 mm), was '"
                + value + "'");
        return DEFAULT_WIDTH;
    }

    private static StatusMode parseStatus(String value, List<String> problems) {
        if (value.isEmpty()) {
            return StatusMode.AUTO;
        }
        for (StatusMode mode : StatusMode.values()) {
            if (mode.configWord().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        problems.add(STATUS + " must be 'auto', 'query' or 'none' (e.g. none for a printer that never answers"
                + " status requests), was '" + value + "'");
        return StatusMode.AUTO;
    }

    private static int parseStatusTries(String value, List<String> problems) {
        if (value.isEmpty()) {
            return DEFAULT_STATUS_TRIES;
        }
        if (value.matches("[0-9]{1,3}")) {
            int tries = Integer.parseInt(value);
            if (tries >= 1 && tries <= 100) {
                return tries;
            }
        }
        problems.add(STATUS_TRIES + " must be a number of status checks from 1 to 100 (e.g. 3), was '" + value + "'");
        return DEFAULT_STATUS_TRIES;
    }
}
