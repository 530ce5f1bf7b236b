package org.preptable.kiosk.input;

import com.fazecast.jSerialComm.SerialPort;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial bump bar read by jSerialComm on its own thread: each byte is looked up in the {@link SerialByteMap}
 * and the action submitted to the {@link InputHandler}; unmapped bytes are ignored.
 *
 * <p>Bump bars get unplugged. When a read fails (the USB device vanished) or the port cannot be opened, the
 * reader closes it and tries again with back-off (doubling up to a cap), resolving the path afresh each time so
 * a {@code /dev/serial/by-id/…} link that comes back pointing at a new tty is followed. {@link #close()} stops the
 * thread within about one read timeout.
 */
public final class SerialBumpBar implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SerialBumpBar.class);

    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration MAX_RETRY = Duration.ofSeconds(10);
    // Short so close() is prompt: the reader checks for stop between reads.
    private static final int READ_TIMEOUT_MS = 100;

    private final String portPath;
    private final int baud;
    private final SerialByteMap bytes;
    private final InputHandler handler;
    private final String source;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final AtomicInteger opens = new AtomicInteger();
    private final Thread reader;
    private volatile boolean connected;
    private final AtomicReference<KeyLearner> learner = new AtomicReference<>();

    SerialBumpBar(SerialSettings settings, InputHandler handler, Duration firstRetry, Duration maxRetry) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException(InputSettings.SERIAL_PORT + " is empty: no serial bump bar configured");
        }
        this.portPath = settings.port();
        this.baud = settings.baud();
        this.bytes = settings.map();
        this.handler = Objects.requireNonNull(handler, "handler");
        this.source = "serial:" + portPath;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.reader = Thread.ofPlatform().name("serial-bump-bar " + portPath).daemon().unstarted(this::run);
    }

    /** Starts reading {@code settings.port()} in the background; the port need not exist yet. */
    public static SerialBumpBar start(SerialSettings settings, InputHandler handler) {
        return start(settings, handler, FIRST_RETRY, MAX_RETRY);
    }

    static SerialBumpBar start(SerialSettings settings, InputHandler handler, Duration firstRetry, Duration maxRetry) {
        SerialBumpBar bar = new SerialBumpBar(settings, handler, firstRetry, maxRetry);
        bar.reader.start();
        return bar;
    }

    /** Whether the port is open right now (false while unplugged), e.g. for a status indicator. */
    public boolean isConnected() {
        return connected;
    }

    /** How many times the port has been opened; more than once means it came back after going away. */
    int timesOpened() {
        return opens.get();
    }

    /** The next byte goes to {@code learner} instead of acting (unless a key got there first). */
    public void learnNext(KeyLearner learner) {
        this.learner.set(learner);
    }

    @Override
    public void close() {
        stop.countDown();
        try {
            reader.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reader.isAlive()) {
            log.warn("Serial bump bar reader for {} did not stop within 2 s", portPath);
        }
    }

    private boolean stopping() {
        return stop.getCount() == 0;
    }

    private void run() {
        Duration wait = firstRetry;
        boolean reportedDown = false;
        while (!stopping()) {
            SerialPort port = open();
            if (port == null) {
                if (!reportedDown) {
                    log.warn("Serial bump bar {} cannot be opened; retrying in the background", portPath);
                    reportedDown = true;
                }
                if (sleep(wait)) {
                    return;
                }
                Duration doubled = wait.multipliedBy(2);
                wait = doubled.compareTo(maxRetry) > 0 ? maxRetry : doubled;
                continue;
            }
            log.info("Serial bump bar {} open at {} baud", portPath, baud);
            opens.incrementAndGet();
            reportedDown = false;
            wait = firstRetry;
            connected = true;
            try {
                readUntilGone(port);
            } catch (RuntimeException e) {
                log.error("Reading serial bump bar {} failed", portPath, e);
            } finally {
                connected = false;
                port.closePort();
            }
            if (stopping()) {
                return;
            }
            log.warn("Serial bump bar {} went away; reopening", portPath);
            // A pause even on the fast path: USB needs a moment to re-enumerate, and a port that opens but
            // fails every read must not spin.
            if (sleep(firstRetry)) {
                return;
            }
        }
    }

    private SerialPort open() {
        try {
            // A new SerialPort each time: getCommPort resolves symlinks once, and the device may come back elsewhere.
            SerialPort port = SerialPort.getCommPort(portPath);
            port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
            return port.openPort() ? port : null;
        } catch (RuntimeException e) {
            // jSerialComm throws SerialPortInvalidPortException for a path that does not exist (yet).
            log.debug("Opening {} failed", portPath, e);
            return null;
        }
    }

    private void readUntilGone(SerialPort port) {
        byte[] buffer = new byte[64];
        while (!stopping()) {
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                received(buffer[i] & 0xFF);
            }
        }
    }

    private void received(int unsignedByte) {
        KeyLearner l = learner.getAndSet(null);
        if (l != null && l.offerByte(unsignedByte)) {
            return;
        }
        bytes.actionFor(unsignedByte).ifPresentOrElse(action -> handler.submit(action, source),
                () -> log.debug("Ignoring unmapped byte {} from {}", SerialByteMap.hex(unsignedByte), portPath));
    }

    /** Waits, returning true if close() was called meanwhile. */
    private boolean sleep(Duration duration) {
        try {
            return stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
