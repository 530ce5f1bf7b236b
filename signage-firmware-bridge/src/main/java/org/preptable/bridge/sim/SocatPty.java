package org.preptable.bridge.sim;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A serial cable in software: two pseudo-terminals joined by {@code socat}, at fixed symlinks in a folder
 * ({@code board} for the board's end, {@code host} for the bridge's). Stopping socat makes both devices vanish,
 * the way a USB serial adapter does when it is pulled out; {@link #restart()} brings them back at the same paths.
 */
public final class SocatPty implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);

    private final Path boardSide;
    private final Path hostSide;
    private final Path log;
    private Process socat;

    private SocatPty(Path dir) {
        this.boardSide = dir.resolve("board");
        this.hostSide = dir.resolve("host");
        this.log = dir.resolve("socat.log");
    }

    /** Starts socat with its links in {@code dir}; waits until both devices exist. */
    public static SocatPty start(Path dir) throws IOException {
        if (!isInstalled()) {
            throw new IOException("socat is not installed (apt-get install socat); it makes the pseudo-terminal pair");
        }
        SocatPty pty = new SocatPty(dir);
        pty.restart();
        return pty;
    }

    /** True when a {@code socat} executable is on the PATH. */
    public static boolean isInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    public Path boardSide() {
        return boardSide;
    }

    public Path hostSide() {
        return hostSide;
    }

    public synchronized boolean isRunning() {
        return socat != null && socat.isAlive();
    }

    /** Starts socat again (after {@link #stop()}): new devices behind the same two paths. */
    public synchronized void restart() throws IOException {
        stop();
        // A link left by a killed socat would make the wait below succeed before the new devices exist.
        Files.deleteIfExists(boardSide);
        Files.deleteIfExists(hostSide);
        socat = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + boardSide, "pty,raw,echo=0,link=" + hostSide)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!(Files.exists(boardSide) && Files.exists(hostSide))) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                stop();
                throw new IOException("socat did not create its pseudo-terminals: " + Files.readString(log));
            }
            sleepBriefly();
        }
    }

    /** Ends socat: both devices vanish, and whoever had them open reads errors. */
    public synchronized void stop() {
        if (socat == null) {
            return;
        }
        socat.destroy();
        try {
            if (!socat.waitFor(2, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socat.destroyForcibly();
        }
        socat = null;
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleepBriefly() throws IOException {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for socat");
        }
    }
}
