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
 * the CPU the gateway under test needs on a 2-core machine.
 */
final class RawSseSubscriber implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;

    RawSseSubscriber(String host, int port, String path, String token) throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
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

    /** Reads until the socket closes, handing each {@code data:} payload and its arrival time to {@code sink}. */
    void read(BiConsumer<String, Instant> sink) {
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
                for (byte b : chunk) {
                    if (b == '\n') {
                        String text = pending.toString(StandardCharsets.UTF_8);
                        pending.reset();
                        if (text.startsWith("data: ")) {
                            sink.accept(text.substring(6), arrived);
                        }
                    } else {
                        pending.write(b);
                    }
                }
            }
        } catch (IOException | NumberFormatException closed) {
            // the round is over
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
        socket.close();
    }
}
