package org.preptable.kiosk.print;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.kiosk.print.sim.StatusRequestFilter;

/**
 * A serial ESC/POS printer simulated on the printer side of a pty pair. It answers {@code DLE EOT n} with the
 * status bytes of its current {@link Condition} (Epson bit layout) and records every other byte it reads. It can
 * stop reading altogether, now or after a number of print bytes, as a jammed or paper-starved printer does; then
 * the host's writes pile up in the pty buffers and finally block.
 */
public final class FakeEscPosPrinter implements AutoCloseable {

    /** The four answers to DLE EOT 1, 2, 3 and 4. */
    enum Condition {
        READY(0x12, 0x12, 0x12, 0x12),
        PAPER_NEAR_END(0x12, 0x12, 0x12, 0x1E),
        PAPER_OUT(0x1A, 0x32, 0x12, 0x72),
        COVER_OPEN(0x1A, 0x16, 0x12, 0x12);

        private final int[] answers;

        Condition(int... answers) {
            this.answers = answers;
        }
    }

    private final SerialPort port;
    private final Thread reader;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final AtomicInteger statusRequests = new AtomicInteger();
    private volatile Condition condition = Condition.READY;
    private volatile boolean reading = true;
    private volatile long stopAfterBytes = Long.MAX_VALUE;
    private volatile boolean running = true;
    private volatile boolean answering = true;
    private final StatusRequestFilter filter = new StatusRequestFilter(this::record, this::statusRequest);

    private FakeEscPosPrinter(SerialPort port) {
        this.port = port;
        this.reader = Thread.ofPlatform().daemon().name("fake-printer").start(this::readLoop);
    }

    public static FakeEscPosPrinter open(Path device) throws IOException {
        SerialPort port = SerialPort.getCommPort(device.toString());
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 20, 0);
        if (!port.openPort()) {
            throw new IOException("Cannot open the printer side " + device + ": error " + port.getLastErrorCode());
        }
        return new FakeEscPosPrinter(port);
    }

    void setCondition(Condition condition) {
        this.condition = condition;
    }

    /** Whether it answers {@code DLE EOT} (it still reads and counts the requests): false for a status-less printer. */
    void answerStatus(boolean answer) {
        this.answering = answer;
    }

    /** Stops reading at once: nothing more is printed and status requests go unanswered. */
    void stopReading() {
        reading = false;
    }

    /** Reads (and answers status) until this many more print bytes have arrived, then stops reading. */
    void stopReadingAfter(long printBytes) {
        synchronized (received) {
            stopAfterBytes = received.size() + printBytes;
        }
    }

    void resumeReading() {
        stopAfterBytes = Long.MAX_VALUE;
        reading = true;
    }

    boolean isReading() {
        return reading;
    }

    /** Every byte read so far except status requests. */
    public byte[] received() {
        synchronized (received) {
            return received.toByteArray();
        }
    }

    int statusRequests() {
        return statusRequests.get();
    }

    private void readLoop() {
        byte[] buffer = new byte[4096];
        byte[] backlog = new byte[0];
        while (running) {
            if (!reading) {
                sleep();
                continue;
            }
            byte[] chunk = backlog;
            backlog = new byte[0];
            if (chunk.length == 0) {
                int read = port.readBytes(buffer, buffer.length);
                chunk = read > 0 ? Arrays.copyOf(buffer, read) : chunk;
            }
            for (int i = 0; i < chunk.length; i++) {
                if (printBytes() >= stopAfterBytes) {
                    // Bytes read past the stop point count as unread: they are handled first after a resume.
                    reading = false;
                    backlog = Arrays.copyOfRange(chunk, i, chunk.length);
                    break;
                }
                filter.accept(chunk[i] & 0xFF);
            }
        }
    }

    private int printBytes() {
        synchronized (received) {
            return received.size();
        }
    }

    private void statusRequest(int n) {
        statusRequests.incrementAndGet();
        if (answering) {
            port.writeBytes(new byte[] {(byte) condition.answers[n - 1]}, 1);
        }
    }

    private void record(int b) {
        synchronized (received) {
            received.write(b);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(2_000);
        port.closePort();
    }
}
