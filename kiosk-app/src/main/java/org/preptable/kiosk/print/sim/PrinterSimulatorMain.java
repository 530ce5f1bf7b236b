package org.preptable.kiosk.print.sim;

import ch.qos.logback.classic.Level;
import com.fazecast.jSerialComm.SerialPort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.preptable.kiosk.print.EscPosDecoder;
import org.preptable.kiosk.print.sim.PrinterSimulator.Condition;
import org.slf4j.LoggerFactory;

/**
 * {@code scripts/printer-sim}: an ESC/POS ticket printer on a pseudo-terminal (or a real serial port), which answers
 * the kiosk's status requests as told and shows every printed ticket as text. Point the kiosk's {@code printer.port}
 * at the path it prints.
 */
public final class PrinterSimulatorMain {

    private static final String USAGE = """
            Usage: scripts/printer-sim [--status CONDITION] [--port DEVICE] [--baud N] [--width N] [--verbose]
              --status C   ready (default), paper-low, paper-out, cover-open, or silent (never answers DLE EOT)
              --port DEV   use this serial device (e.g. a USB adapter wired to the kiosk's) instead of a socat pty pair
              --baud N     the device's speed (default 19200); ignored on the pty pair
              --width N    characters a line on the paper (default 42; 32 for 58 mm)
              --verbose    also show every byte received, in hex
            """;
    private static final String COMMANDS = """
            Commands: ready | paper-low | paper-out | cover-open | silent   change what status requests get
                      q                                                 quit""";

    private final PrintStream out;
    private final PrinterSimulator printer;
    private final SerialPort port;
    private final boolean verbose;
    private volatile boolean running = true;

    private PrinterSimulatorMain(PrintStream out, SerialPort port, Condition condition, int width, boolean verbose) {
        this.out = out;
        this.port = port;
        this.verbose = verbose;
        AtomicInteger count = new AtomicInteger();
        this.printer = new PrinterSimulator(
                answer -> port.writeBytes(answer, answer.length),
                ticket -> {
                    String title = "ticket " + count.incrementAndGet() + " · "
                            + LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
                    out.print(TicketPicture.render(ticket, width, title));
                    out.flush();
                },
                note -> out.println("  . " + note));
        printer.setCondition(condition);
    }

    public static void main(String[] args) throws Exception {
        Condition condition = Condition.READY;
        String device = "";
        int baud = 19200;
        int width = 42;
        boolean verbose = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--status" -> condition = Condition.fromWord(next(args, ++i));
                    case "--port" -> device = next(args, ++i);
                    case "--baud" -> baud = number(next(args, ++i), 300, 921_600, "--baud");
                    case "--width" -> width = number(next(args, ++i), 24, 80, "--width");
                    case "--verbose" -> verbose = true;
                    case "--help", "-h" -> {
                        System.out.print(USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        }
        quietLogging(verbose);
        Path dir = null;
        Process socat = null;
        String kioskSide = device;
        if (device.isEmpty()) {
            dir = Files.createTempDirectory("printer-sim-");
            socat = startSocat(dir);
            device = dir.resolve("printer").toString();
            kioskSide = dir.resolve("kiosk").toString();
        }
        SerialPort port = SerialPort.getCommPort(device);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        if (!port.openPort()) {
            fail("cannot open " + device + " (error " + port.getLastErrorCode() + ")");
        }
        PrinterSimulatorMain main = new PrinterSimulatorMain(System.out, port, condition, width, verbose);
        Path tempDir = dir;
        Process pair = socat;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> main.shutDown(pair, tempDir)));
        System.out.println("ESC/POS printer simulator, " + width + " characters a line, answering status as: "
                + condition.word() + ".");
        System.out.println("Point the kiosk at it:  printer.port = " + kioskSide);
        System.out.println(COMMANDS);
        Thread.ofPlatform().daemon().name("printer-sim-reader").start(main::readLoop);
        main.commands();
        System.exit(0);
    }

    private void readLoop() {
        byte[] buffer = new byte[4096];
        while (running) {
            int read = port.readBytes(buffer, buffer.length);
            if (read < 0) {
                if (running) { // not the shutdown hook closing it
                    out.println("  . the port failed (error " + port.getLastErrorCode() + "); stopping");
                    running = false;
                }
                return;
            }
            if (read > 0) {
                if (verbose) {
                    out.println("  < " + HexFormat.ofDelimiter(" ").formatHex(buffer, 0, read));
                }
                printer.accept(buffer, read);
            }
        }
    }

    private void commands() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        while (running && (command = in.readLine()) != null) {
            String word = command.strip();
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals("q") || word.equals("quit") || word.equals("exit")) {
                return;
            }
            try {
                printer.setCondition(Condition.fromWord(word));
                out.println("  . status requests now get: " + word);
            } catch (IllegalArgumentException e) {
                out.println("unknown command '" + word + "'\n" + COMMANDS);
            }
        }
        if (!running) {
            return;
        }
        // Started without a terminal (e.g. in the background): keep printing until killed.
        out.println("stdin closed; simulating until stopped (Ctrl-C)");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Process startSocat(Path dir) throws IOException, InterruptedException {
        Path printerSide = dir.resolve("printer");
        Path kioskSide = dir.resolve("kiosk");
        Process socat;
        try {
            socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + printerSide,
                    "pty,raw,echo=0,link=" + kioskSide)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        } catch (IOException e) {
            fail("socat is not installed (apt-get install socat); it makes the pseudo-terminal pair, or use --port");
            return null;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        // Files.exists follows the links, so this also waits for the ptys behind them.
        while (!(Files.exists(printerSide) && Files.exists(kioskSide))) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                fail("socat did not create its pseudo-terminals: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(10);
        }
        return socat;
    }

    private void shutDown(Process socat, Path dir) {
        running = false;
        port.closePort();
        if (socat != null) {
            socat.destroy();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private static String next(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int number(String value, int min, int max, String option) {
        if (value.matches("[0-9]{1,7}")) {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw new IllegalArgumentException(option + " must be a number from " + min + " to " + max + ", was '"
                + value + "'");
    }

    // The simulator talks through its tickets and notes; logging stays for warnings unless asked for.
    private static void quietLogging(boolean verbose) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(verbose ? Level.DEBUG : Level.WARN);
        }
    }

    private static void fail(String message) {
        System.err.println("printer-sim: " + message);
        System.err.print(USAGE);
        System.exit(2);
    }
}
