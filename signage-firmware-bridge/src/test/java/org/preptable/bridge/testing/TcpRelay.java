package org.preptable.bridge.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between the bridge and the gateway, made breakable: a TCP relay on a fixed local port that forwards
 * to the gateway. {@link #stop()} is the gateway going away (connections reset, nothing listens), {@link #start()}
 * brings it back on the same port, and {@link #freeze()} is a connection that dies without TCP noticing: the open
 * connections stay open but carry nothing more (new ones work).
 */
public final class TcpRelay implements AutoCloseable {

    private final int port;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Socket> frozen = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    private TcpRelay(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    /** A relay to {@code targetPort} on localhost, on a free port, not yet listening. */
    public static TcpRelay to(int targetPort) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        return new TcpRelay(port, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void start() throws IOException {
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = listening;
        Thread.ofPlatform().daemon().name("relay-accept").start(() -> accept(listening));
    }

    /** Nothing listens any more and every connection is reset. */
    public synchronized void stop() {
        ServerSocket listening = server;
        server = null;
        closeQuietly(listening);
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
        frozen.clear();
    }

    /** The connections open now go silent for good (without being closed); later ones work. */
    public void freeze() {
        frozen.addAll(open);
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                open.add(client);
                open.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                return; // stopped
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("relay-pipe").start(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    if (frozen.contains(from) || frozen.contains(to)) {
                        continue; // swallowed: the line is dead, but nobody has told TCP
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed; leaving the try closes the other as well
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        stop();
    }
}
