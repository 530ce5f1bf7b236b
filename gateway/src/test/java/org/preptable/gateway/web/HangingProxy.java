package org.preptable.gateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of the gateway that can be told to stop forwarding bytes while every connection stays open:
 * a hung gateway behind a live TCP connection, as a browser sees it (what the kiosk's hang test gets by SIGSTOPping a
 * gateway process). While hung, bytes read from either side wait in the proxy (new connections are accepted too, as
 * a stopped process's kernel does); {@link #resume()} sends them on.
 */
final class HangingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final Object gate = new Object();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean hung;

    private HangingProxy(int target) throws IOException {
        this.server = new ServerSocket(0);
        this.target = target;
        Thread.ofVirtual().name("hanging-proxy").start(this::accept);
    }

    static HangingProxy to(int port) throws IOException {
        return new HangingProxy(port);
    }

    int port() {
        return server.getLocalPort();
    }

    void hang() {
        hung = true;
    }

    void resume() {
        synchronized (gate) {
            hung = false;
            gate.notifyAll();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket("localhost", target);
                sockets.add(client);
                sockets.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                // closed, or the gateway refused: the browser sees the connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (gate) {
                    while (hung) {
                        gate.wait();
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side went away: both close below
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        resume();
        server.close();
        for (Socket socket : sockets) {
            close(socket);
        }
    }
}
