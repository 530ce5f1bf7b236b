package org.preptable.bridge.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.bridge.link.Eventually;
import org.preptable.bridge.testing.CounterBench;
import org.preptable.gateway.testing.TestGateway;

/** The daemon as systemd runs it: its own JVM, a config file, stopped with SIGTERM. */
class BridgeMainTest {

    @TempDir
    Path dir;

    @Test
    void helpPrintsTheUsage() throws Exception {
        Run run = run(List.of("--help"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("Usage: java -jar preptable-bridge.jar [--config FILE]")
                .contains("/etc/preptable/bridge.properties");
    }

    @Test
    void aBadConfigStopsTheStartWithEveryProblemAndExitStatus2() throws Exception {
        Path file = dir.resolve("bridge.properties");
        Files.writeString(file, "gateway.url = gateway.local\nboard.port = /dev/ttyACM0\ngpio.lamp.ready = 99\n");

        Run run = run(List.of("--config", file.toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("has 3 problems").contains("gateway.url must be an http or https URL")
                .contains("kiosk.token is required").contains("gpio.lamp.ready must be a whole number from 0 to 53");
        assertThat(run(List.of("--colour")).exitCode()).isEqualTo(2);
    }

    @Test
    void itRunsUntilSigtermAndThenStopsCleanly() throws Exception {
        try (TestGateway gateway = TestGateway.start(); CounterBench bench = CounterBench.create(gateway, dir, 4)) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Properties config = bench.config("health.port", Integer.toString(port));
            Path file = dir.resolve("bridge.properties");
            try (var writer = Files.newBufferedWriter(file)) {
                config.store(writer, "written by BridgeMainTest");
            }
            Path log = dir.resolve("bridge.log");
            Process daemon = command(List.of("--config=" + file)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                Eventually.await("the daemon healthy", Duration.ofSeconds(30), () -> healthStatus(port) == 200,
                        () -> read(log));
                daemon.destroy(); // SIGTERM, as systemctl stop sends
                assertThat(daemon.waitFor(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                daemon.destroyForcibly();
            }
            assertThat(daemon.exitValue()).as("terminated by SIGTERM").isEqualTo(143);
            assertThat(read(log)).contains("Board link UP").contains("Gateway feed LIVE")
                    .contains("Stopping (signal received)").contains("PrepTable bridge stopped");
            assertThat(read(log)).as("the token is never logged").doesNotContain(bench.token);
        }
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(List<String> args) throws IOException, InterruptedException {
        Process process = command(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static ProcessBuilder command(List<String> args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), BridgeMain.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    private static int healthStatus(int port) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
