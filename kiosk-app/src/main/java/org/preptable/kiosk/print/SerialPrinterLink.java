package org.preptable.kiosk.print;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serial line to an ESC/POS printer (8N1, no flow control), used by one printer thread at a time.
 *
 * <p>Two things make a serial printer awkward. It only reports its condition when asked, so {@link #readStatus()}
 * sends {@code DLE EOT 1..4} and reads one byte back for each. And when it stops reading (paper out with a full
 * buffer, a jam, a hang) the operating system's buffers fill up and {@code writeBytes} blocks for good; jSerialComm's
 * write timeout does not help. So every write runs under a watchdog that, after the write timeout, discards the
 * unsent output and closes the port, which makes the blocked write return. The port is reopened on the next call.
 */
final class SerialPrinterLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SerialPrinterLink.class);

    // Small enough that a chunk at 9600 baud leaves the kernel buffer well within any sane write timeout, so the
    // watchdog measures "no progress" rather than "job too long".
    private static final int CHUNK_BYTES = 512;

    private final String portPath;
    private final int baud;
    private final Duration statusTimeout;
    private final Duration writeTimeout;
    private final ScheduledExecutorService watchdog;
    private volatile SerialPort port;
    private volatile boolean closed;
    private boolean unavailableReported;
    private boolean everOpened;
    private boolean lastCheckSilent;

    SerialPrinterLink(PrinterSettings settings) {
        this.portPath = settings.port();
        this.baud = settings.baud();
        this.statusTimeout = settings.statusTimeout();
        this.writeTimeout = settings.writeTimeout();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("printer-watchdog").factory());
    }

    /**
     * Asks the printer for its four status bytes. {@link PrinterStatus#NO_ANSWER} when the port cannot be opened
     * or the printer stays silent; then the port is closed so the next call starts afresh.
     */
    PrinterStatus readStatus() {
        lastCheckSilent = false;
        SerialPort open = ensureOpen();
        if (open == null) {
            return PrinterStatus.NO_ANSWER;
        }
        discardInput(open);
        int[] answers = new int[4];
        for (int n = 1; n <= 4; n++) {
            if (!writeGuarded(open, PrinterStatus.request(n))) {
                return PrinterStatus.NO_ANSWER;
            }
            int answer = readByte(open, statusTimeout);
            if (answer < 0) {
                // Routine while a printer is switched off; the printer thread reports the state change once.
                LOG.debug("No answer to DLE EOT {} within {} ms; closing {}", n, statusTimeout.toMillis(), portPath);
                closeAndDiscard(open);
                lastCheckSilent = true;
                return PrinterStatus.NO_ANSWER;
            }
            answers[n - 1] = answer;
        }
        return PrinterStatus.decode(answers[0], answers[1], answers[2], answers[3]);
    }

    /**
     * Sends a whole ticket, then a {@code DLE EOT 1}. The printer answers real-time requests in stream order, so an
     * answer proves it has read every byte of the ticket. Returns false when the ticket may not have arrived
     * whole; the port is then closed, and what was still unsent is discarded so it cannot print later as a stray
     * fragment.
     */
    boolean send(byte[] ticket) {
        SerialPort open = port;
        if (open == null || !open.isOpen()) {
            return false;
        }
        for (int from = 0; from < ticket.length; from += CHUNK_BYTES) {
            byte[] chunk = Arrays.copyOfRange(ticket, from, Math.min(ticket.length, from + CHUNK_BYTES));
            if (!writeGuarded(open, chunk)) {
                return false;
            }
        }
        discardInput(open);
        if (!writeGuarded(open, PrinterStatus.request(1))) {
            return false;
        }
        // The kernel may still hold a few KB of the ticket; give the line time to carry it (10 bits a byte at 8N1).
        Duration wait = writeTimeout.plusMillis(ticket.length * 10_000L / baud);
        if (readByte(open, wait) < 0) {
            abort(open, "the printer did not confirm the ticket within " + wait.toMillis() + " ms");
            return false;
        }
        return true;
    }

    /**
     * True when the last {@link #readStatus()} opened the port and sent its request, and only the answer was
     * missing: a printer that is off, or one that never answers status requests. False after an answer or when the
     * port itself failed.
     */
    boolean lastCheckWasSilent() {
        return lastCheckSilent;
    }

    /** For blind printing: opens the port if needed, without sending anything. False when it cannot be opened. */
    boolean openBlind() {
        return ensureOpen() != null;
    }

    /**
     * Sends a whole ticket without asking the printer anything: for printers that do not answer {@code DLE EOT}.
     * Returns true once every byte has left the kernel's buffer (nothing proves the printer took them); false when
     * the port cannot be opened or written, or the output does not drain in time, and then the port is closed and
     * the ticket must stay queued. A ticket that drained slowly may so print twice, never not at all.
     */
    boolean sendBlind(byte[] ticket) {
        SerialPort open = ensureOpen();
        if (open == null) {
            return false;
        }
        for (int from = 0; from < ticket.length; from += CHUNK_BYTES) {
            byte[] chunk = Arrays.copyOfRange(ticket, from, Math.min(ticket.length, from + CHUNK_BYTES));
            if (!writeGuarded(open, chunk)) {
                return false;
            }
        }
        Duration wait = writeTimeout.plusMillis(ticket.length * 10_000L / baud);
        long deadline = System.nanoTime() + wait.toNanos();
        while (open.isOpen() && open.bytesAwaitingWrite() > 0) {
            if (System.nanoTime() > deadline) {
                abort(open, "the ticket did not leave the port within " + wait.toMillis() + " ms");
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return open.isOpen();
    }

    boolean isOpen() {
        SerialPort open = port;
        return open != null && open.isOpen();
    }

    @Override
    public void close() {
        SerialPort open;
        synchronized (this) {
            closed = true;
            open = port;
            port = null;
        }
        watchdog.shutdownNow();
        if (open != null) {
            open.closePort();
        }
    }

    private SerialPort ensureOpen() {
        SerialPort open = port;
        if (open != null && open.isOpen()) {
            return open;
        }
        if (closed) {
            return null;
        }
        try {
            SerialPort candidate = SerialPort.getCommPort(portPath);
            candidate.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
            // Reads give up after the status timeout; writes block and are bounded by the watchdog instead.
            candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    (int) statusTimeout.toMillis(), 0);
            if (candidate.openPort()) {
                synchronized (this) {
                    if (closed) {
                        candidate.closePort(); // close() ran while this was opening
                        return null;
                    }
                    port = candidate;
                }
                // The port is reopened after every silent status check while a printer is off; say so once.
                if (!everOpened || unavailableReported) {
                    LOG.info("Printer port {} open at {} baud", portPath, baud);
                } else {
                    LOG.debug("Printer port {} reopened", portPath);
                }
                everOpened = true;
                unavailableReported = false;
                return candidate;
            }
            reportUnavailable("it cannot be opened (error " + candidate.getLastErrorCode() + ")");
        } catch (SerialPortInvalidPortException e) {
            reportUnavailable(e.getMessage());
        }
        return null;
    }

    // Logged once per outage: the worker retries every few seconds and would otherwise flood the log.
    private void reportUnavailable(String why) {
        if (!unavailableReported) {
            LOG.warn("Printer port {} is not available: {}", portPath, why);
            unavailableReported = true;
        }
    }

    private boolean writeGuarded(SerialPort open, byte[] bytes) {
        ScheduledFuture<?> alarm;
        try {
            alarm = watchdog.schedule(
                    () -> abort(open, "a write made no progress for " + writeTimeout.toMillis() + " ms"),
                    writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return false; // closed: no unguarded writes
        }
        int written;
        try {
            written = open.writeBytes(bytes, bytes.length);
        } finally {
            alarm.cancel(false);
        }
        if (written != bytes.length) {
            abort(open, "a write ended after " + Math.max(written, 0) + " of " + bytes.length + " bytes");
            return false;
        }
        return true;
    }

    /** One byte, or -1 if none arrives in time. */
    private int readByte(SerialPort open, Duration timeout) {
        byte[] one = new byte[1];
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            int read = open.readBytes(one, 1);
            if (read == 1) {
                return one[0] & 0xFF;
            }
            if (read < 0) {
                return -1;
            }
        } while (System.nanoTime() < deadline);
        return -1;
    }

    /** Drops late answers to earlier requests, so the next answer belongs to the next request. */
    private static void discardInput(SerialPort open) {
        byte[] buffer = new byte[256];
        int available;
        while ((available = open.bytesAvailable()) > 0) {
            if (open.readBytes(buffer, Math.min(available, buffer.length)) <= 0) {
                return;
            }
        }
    }

    /** Called by the watchdog thread or the printer thread; closing from another thread unblocks a stuck write. */
    private void abort(SerialPort open, String why) {
        if (open.isOpen()) {
            LOG.warn("Closing printer port {}: {}", portPath, why);
        }
        closeAndDiscard(open);
    }

    private void closeAndDiscard(SerialPort open) {
        synchronized (this) {
            if (port == open) {
                port = null;
            }
        }
        if (open.isOpen()) {
            open.flushIOBuffers();
            open.closePort();
        }
    }
}
