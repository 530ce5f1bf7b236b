package org.preptable.kiosk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair from socat standing in for a serial device (bump bar, ticket printer): bytes written to
 * {@link #device()} come out of {@link #host()}, the path the kiosk opens, and back. Stopping socat removes both
 * links and closes the ptys, which is what the kiosk sees when a USB device is unplugged.
 */
public final class SocatPty implements AutoCloseable {

    private final Path device;
    private final Path host;
    private final Path log;
    private Process socat;

    SocatPty(Path dir) {
        this.device = dir.resolve("device");
        this.host = dir.resolve("host");
        this.log = dir.resolve("socat.log");
    }

    public static SocatPty start(Path dir) throws IOException {
        SocatPty pair = new SocatPty(dir);
        pair.start();
        return pair;
    }

    public Path device() {
        return device;
    }

    public Path host() {
        return host;
    }

    public void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + host)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            socat = builder.start();
        } catch (IOException e) {
            throw new IOException("These tests need socat (apt-get install socat): " + e.getMessage(), e);
        }
        // Files.exists follows the links, so this also waits for the ptys behind them.
        Await.until("socat created " + device + " and " + host, Duration.ofSeconds(5),
                () -> Files.exists(device) && Files.exists(host));
    }

    /** Like unplugging the bump bar: socat exits, the ptys close and the links disappear. */
    public void stop() throws InterruptedException {
        if (socat == null) {
            return;
        }
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor();
        }
        socat = null;
        Await.until("socat removed its links", Duration.ofSeconds(5),
                () -> !Files.exists(device, LinkOption.NOFOLLOW_LINKS));
    }

    /** What a bump bar sends: the bytes of its keys. */
    public void send(int... bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
            for (int b : bytes) {
                out.write(b);
            }
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
