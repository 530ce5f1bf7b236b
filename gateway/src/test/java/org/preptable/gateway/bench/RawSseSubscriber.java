package org.preptable.gateway.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * A deliberately thin SSE subscriber for the benchmark: one blocking socket, HTTP/1.1 chunked decoding and
 * {@code data:} lines, nothing else. A kitchen screen is its own device; this keeps the measuring side from eating
 * the CPU the gateway under test needs on a 2-core machine. Like a screen, it resumes with {@code Last-Event-ID}
 * when the gateway cuts it off (a subscriber that fell too far behind), so a cut-off is counted, not a loss.
 */
final class RawSseSubscriber implements AutoCloseable {

    private final String host;
    private final int port;
    private final String path;
    private final String token;
    private volatile Socket socket;
    private volatile boolean closed;
    private InputStream in;
    private String lastEventId;
    private volatile int resumes;
    private volatile long eventBytes;
    private volatile long eventChunks;
    private volatile long events;

    RawSseSubscriber(String host, int port, String path, String token) throws IOException {
        this.host = host;
        this.port = port;
        this.path = path;
        this.token = token;
        connect();
    }

    private void connect() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        in = new BufferedInputStream(socket.getInputStream());
        String status = line();
        if (!status.contains(" 200 ")) {
            throw new IOException("stream answered " + status);
        }
        while (!line().isEmpty()) {
            // response headers
        }
    }

    /**
     * Reads until {@link #close}, handing each {@code data:} payload and its arrival time to {@code sink} and
     * resuming after the last {@code id:} whenever the gateway ends the stream.
     */
    void read(BiConsumer<String, Instant> sink) {
        while (!closed) {
            readUntilCut(sink);
            if (closed) {
                return;
            }
            try {
                socket.close();
                resumes++;
                connect();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Bytes of the chunks that carried events (heartbeats and {@code retry:} left out), chunk framing excluded. */
    long eventBytes() {
        return eventBytes;
    }

    /** Chunks that carried events: each is one write on the gateway's side. */
    long eventChunks() {
        return eventChunks;
    }

    /** Events received ({@code id:} lines). */
    long events() {
        return events;
    }

    /** How many times the gateway cut this subscriber off and it resumed. */
    int resumes() {
        return resumes;
    }

    private void readUntilCut(BiConsumer<String, Instant> sink) {
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        try {
            while (true) {
                int size = Integer.parseInt(line().trim(), 16);
                if (size == 0) {
                    return;
                }
                byte[] chunk = in.readNBytes(size);
                line();
                Instant arrived = Instant.now();
                if (chunk.length > 0 && chunk[0] != ':' && chunk[0] != 'r') {
                    eventBytes += chunk.length;
                    eventChunks++;
                }
                for (byte b : chunk) {
                    if (b == '\n') {
                        String text = pending.toString(StandardCharsets.UTF_8);
                        pending.reset();
                        if (text.startsWith("id: ")) {
                            lastEventId = text.substring(4);
                            events++;
                        } else if (text.startsWith("data: ")) {
                            sink.accept(text.substring(6), arrived);
                        }
                    } else {
                        pending.write(b);
                    }
                }
            }
        } catch (IOException | NumberFormatException closed) {
            // cut off, or the round is over
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        if (b == -1 && bytes.size() == 0) {
            throw new IOException("closed");
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
    }
}
