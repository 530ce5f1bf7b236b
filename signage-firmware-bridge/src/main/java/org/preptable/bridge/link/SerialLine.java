package org.preptable.bridge.link;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One open serial port speaking the board protocol's physical layer (8N1, no flow control): a reader thread that
 * hands over whole lines, and a write method. Both ends use it, the bridge ({@link BoardLink}) and the board
 * simulator. It never reopens itself: when the device vanishes the receiver hears about it once, and the owner
 * decides what to do.
 */
public final class SerialLine implements AutoCloseable {

    /** Called on the line's reader thread, so it must not block for long. */
    public interface Receiver {
        void onLine(SerialLine from, String line);

        /** The port stopped working (device unplugged, pseudo-terminal gone); called at most once. */
        void onFailure(SerialLine from, String why);
    }

    // Short, so close() is prompt: the reader notices within this time that it should stop.
    private static final int READ_TIMEOUT_MS = 50;
    private static final int WRITE_TIMEOUT_MS = 500;

    private final SerialPort port;
    private final String path;
    private final Receiver receiver;
    private final LineSplitter splitter = new LineSplitter(FrameCodec.MAX_LINE_LENGTH);
    private final Object writeLock = new Object();
    private final Thread reader;
    private volatile boolean closing;

    private SerialLine(SerialPort port, String path, String threadName, Receiver receiver) {
        this.port = port;
        this.path = path;
        this.receiver = receiver;
        this.reader = Thread.ofPlatform().daemon().name(threadName).unstarted(this::readLoop);
    }

    /**
     * Opens {@code path} (a device such as {@code /dev/ttyUSB0}, or a symlink to one) and starts reading. Input
     * that was waiting before the open is discarded: it belongs to an earlier conversation.
     *
     * @throws IOException when the device does not exist or cannot be opened
     */
    public static SerialLine open(String path, int baud, String threadName, Receiver receiver) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("no such device " + path);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_TIMEOUT_MS, WRITE_TIMEOUT_MS);
        if (!port.openPort()) {
            throw new IOException(path + " cannot be opened (error " + port.getLastErrorCode() + ")");
        }
        port.flushIOBuffers();
        SerialLine line = new SerialLine(port, path, threadName, receiver);
        line.reader.start();
        return line;
    }

    public String path() {
        return path;
    }

    /** Writes one whole line (ASCII). False when the port is closed or the device is gone. */
    public boolean write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return writeRaw(bytes);
    }

    /** Writes bytes as they are; the simulator uses it to put noise on the line. */
    public boolean writeRaw(byte[] bytes) {
        if (closing) {
            return false;
        }
        synchronized (writeLock) {
            return port.writeBytes(bytes, bytes.length) == bytes.length;
        }
    }

    /** Stops the reader (within about {@value #READ_TIMEOUT_MS} ms) and closes the port. Safe to call twice. */
    @Override
    public void close() {
        closing = true;
        if (Thread.currentThread() != reader) {
            try {
                reader.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        port.closePort();
    }

    private void readLoop() {
        byte[] buffer = new byte[256];
        while (!closing) {
            int read = port.readBytes(buffer, buffer.length);
            if (read < 0) {
                // A pty whose other end is gone, or a USB adapter pulled out, reads -1 at once, every time.
                if (!closing) {
                    receiver.onFailure(this, "reading " + path + " failed (device unplugged?)");
                }
                return;
            }
            for (String line : splitter.feed(buffer, read)) {
                if (closing) {
                    return;
                }
                receiver.onLine(this, line);
            }
        }
    }
}
