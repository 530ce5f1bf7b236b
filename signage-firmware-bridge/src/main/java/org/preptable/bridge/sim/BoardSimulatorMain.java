package org.preptable.bridge.sim;

import ch.qos.logback.classic.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * {@code scripts/board-sim}: an order-ready board on a pseudo-terminal, drawn in the terminal whenever it changes,
 * with keyboard commands to press buttons and to cause faults. Point the bridge's {@code board.port} at the path
 * it prints.
 */
public final class BoardSimulatorMain {

    private static final String USAGE = """
            Usage: scripts/board-sim [--slots N] [--fw VERSION] [--verbose]
              --slots N      text slots on the board, 1 to 99 (default 8)
              --fw VERSION   firmware version it reports in HELLO (default 1.0.0)
              --verbose      also log every frame
            """;
    private static final String COMMANDS = """
            Commands: b <id>    press and release button <id>
                      drop <n>  drop the next n ACKs (3 or more make the bridge reconnect)
                      noise     junk on the line and one garbled frame
                      unplug    pull the cable: the device vanishes, the board loses power
                      plug      plug it back in (same path; the board starts blank)
                      q         quit""";
    // Coalesces the burst of changes of a full redraw into one picture.
    private static final long PICTURE_DELAY_MS = 80;

    private final PrintStream out;
    private final BoardSimulator board;
    private final SocatPty pty;
    private final ScheduledExecutorService painter = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("board-sim-picture").factory());
    private final AtomicBoolean pictureDue = new AtomicBoolean();
    private String lastPicture = "";

    private BoardSimulatorMain(PrintStream out, BoardSimulator board, SocatPty pty) {
        this.out = out;
        this.board = board;
        this.pty = pty;
    }

    public static void main(String[] args) throws Exception {
        int slots = BoardSimulator.DEFAULT_SLOTS;
        String firmware = BoardSimulator.DEFAULT_FIRMWARE;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--slots" -> slots = parseSlots(i + 1 < args.length ? args[++i] : "");
                case "--fw" -> firmware = i + 1 < args.length ? args[++i] : "";
                case "--verbose" -> verbose = true;
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> fail("unknown option '" + args[i] + "'");
            }
        }
        if (!firmware.matches("[!-)+-~]{1,32}")) {
            fail("--fw must be 1 to 32 printable characters without spaces or '*', was '" + firmware + "'");
        }
        quietLogging(verbose);
        Path dir = Files.createTempDirectory("board-sim-");
        SocatPty pty;
        try {
            pty = SocatPty.start(dir);
        } catch (IOException e) {
            fail(e.getMessage());
            return;
        }
        BoardSimulator board = new BoardSimulator(firmware, slots);
        BoardSimulatorMain main = new BoardSimulatorMain(System.out, board, pty);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> main.shutDown(dir)));
        main.run();
        System.exit(0);
    }

    private void run() throws IOException {
        board.onChange(state -> schedulePicture());
        board.onNote(note -> out.println("  . " + note));
        board.attach(pty.boardSide());
        out.println("Order-ready board simulator: firmware " + board.state().firmware() + ", "
                + board.state().slots().size() + " slots.");
        out.println("Point the bridge at it:  board.port = " + pty.hostSide());
        out.println(COMMANDS);
        schedulePicture();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        while ((command = in.readLine()) != null) {
            if (!handle(command.strip())) {
                return;
            }
        }
        // Started without a terminal (e.g. in the background): keep simulating until killed.
        out.println("stdin closed; simulating until stopped (Ctrl-C)");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** False to quit. */
    private boolean handle(String command) throws IOException {
        String[] words = command.split("\\s+");
        switch (words[0]) {
            case "" -> {
            }
            case "q", "quit", "exit" -> {
                return false;
            }
            case "b" -> {
                if (words.length == 2 && words[1].matches("[!-)+-~]{1,16}")) {
                    board.press(words[1]);
                } else {
                    out.println("usage: b <id>   (a button id: letters or digits, e.g. b 1)");
                }
            }
            case "drop" -> {
                if (words.length == 2 && words[1].matches("[0-9]{1,3}")) {
                    board.dropAcks(Integer.parseInt(words[1]));
                } else {
                    out.println("usage: drop <n>   (e.g. drop 1)");
                }
            }
            case "noise" -> board.noise();
            case "unplug" -> {
                board.unplug();
                board.detach();
                pty.stop();
            }
            case "plug" -> {
                if (pty.isRunning()) {
                    out.println("already plugged in");
                } else {
                    pty.restart();
                    board.attach(pty.boardSide());
                    board.plug();
                }
            }
            default -> out.println("unknown command '" + command + "'\n" + COMMANDS);
        }
        return true;
    }

    private void schedulePicture() {
        if (pictureDue.compareAndSet(false, true)) {
            painter.schedule(this::paint, PICTURE_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void paint() {
        pictureDue.set(false);
        String picture = BoardPicture.render(board.state());
        if (!picture.equals(lastPicture)) {
            lastPicture = picture;
            out.print(picture);
            out.flush();
        }
    }

    private void shutDown(Path dir) {
        painter.shutdownNow();
        board.close();
        pty.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static int parseSlots(String value) {
        if (value.matches("[0-9]{1,2}") && Integer.parseInt(value) >= 1) {
            return Integer.parseInt(value);
        }
        fail("--slots must be a number from 1 to 99, was '" + value + "'");
        return 0;
    }

    // The simulator talks through its picture and notes; logging stays for warnings unless asked for.
    private static void quietLogging(boolean verbose) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(verbose ? Level.DEBUG : Level.WARN);
        }
    }

    private static void fail(String message) {
        System.err.println("board-sim: " + message);
        System.err.print(USAGE);
        System.exit(2);
    }
}
