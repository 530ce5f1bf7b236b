package org.preptable.kiosk.print;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Two connected pseudo-terminals made by {@code socat}: what is written to one comes out of the other, like the two
 * ends of a serial cable. The kiosk opens {@link #hostSide()}, the simulated printer {@link #printerSide()}.
 * Tests are skipped (not failed) on a machine without socat.
 */
final class SocatPtyPair implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);

    private final Process socat;
    private final Path printerSide;
    private final Path hostSide;

    private SocatPtyPair(Process socat, Path printerSide, Path hostSide) {
        this.socat = socat;
        this.printerSide = printerSide;
        this.hostSide = hostSide;
    }

    static SocatPtyPair start(Path dir) throws IOException, InterruptedException {
        Path printer = dir.resolve("printer");
        Path host = dir.resolve("host");
        Process process;
        try {
            process = new ProcessBuilder("socat", "-d", "-d",
                    "pty,raw,echo=0,link=" + printer, "pty,raw,echo=0,link=" + host)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("socat.log").toFile())
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "socat is not installed (apt-get install socat): " + e.getMessage());
            throw e;
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!(Files.exists(printer) && Files.exists(host))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("socat did not create its pseudo-terminals: "
                        + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(5);
        }
        return new SocatPtyPair(process, printer, host);
    }

    Path printerSide() {
        return printerSide;
    }

    Path hostSide() {
        return hostSide;
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(2, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
        }
    }
}
