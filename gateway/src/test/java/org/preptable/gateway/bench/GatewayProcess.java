package org.preptable.gateway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.preptable.gateway.Main;

/**
 * The gateway under test in a JVM of its own, started as {@code scripts/run} starts it: the measuring side's
 * allocation and threads then cost the gateway CPU time, as the screens' and the POS's would, but never a garbage
 * collection pause. {@code PREPTABLE_JAVA_OPTS} passes JVM flags, as it does for {@code scripts/run}. The kiosk's
 * liveness tests use it too: a gateway in its own process can be hung with SIGSTOP and resumed with SIGCONT.
 * {@code PREPTABLE_GATEWAY_JAR} runs that jar ({@code -jar}) instead of the gateway on this JVM's class path.
 */
public final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private GatewayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static GatewayProcess start(Path dataDir, Map<String, String> environment)
            throws IOException, InterruptedException {
        return start(dataDir, environment, freePort());
    }

    /** A port nothing listens on now: for a gateway started later on a port its clients already knock at. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static GatewayProcess start(Path dataDir, Map<String, String> environment, int port)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        String options = System.getenv("PREPTABLE_JAVA_OPTS");
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        // the jar itself, as scripts/run starts it, when asked: a start-up cache (scripts/lib/aot.sh) is made for
        // the jar's class path and is not used with the bench's
        String jar = System.getenv("PREPTABLE_GATEWAY_JAR");
        if (jar != null && !jar.isBlank()) {
            command.addAll(List.of("-jar", jar));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().putAll(Map.of("PREPTABLE_DATA_DIR", dataDir.toString(),
                "PREPTABLE_HTTP_HOST", "127.0.0.1", "PREPTABLE_HTTP_PORT", Integer.toString(port)));
        Process process = builder.start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("gateway: " + line);
                    if (line.contains("is ready at")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.complete(false);
        });
        try {
            if (!ready.get(120, TimeUnit.SECONDS)) {
                throw new IOException("the gateway exited during start-up (exit " + process.waitFor() + ")");
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("the gateway did not start within 2 minutes", e);
        }
        return new GatewayProcess(process, port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Hangs the gateway as a frozen server or a dead link looks to a client: sockets open, nothing answers. */
    public void suspend() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a suspended gateway run on (SIGCONT). */
    public void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException("kill " + signal + " " + process.pid() + " exited " + exit);
        }
    }

    /** Stops it as Ctrl-C would, so the embedded PostgreSQL shuts down cleanly. */
    @Override
    public void close() throws InterruptedException {
        try {
            resume(); // a stopped process would not hear the SIGTERM until it runs again
        } catch (IOException e) {
            // already gone
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
