package org.preptable.model.saavor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SaavorSimulatorCliTest {

    private FakeGateway gateway;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        gateway = new FakeGateway("cli-secret");
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    /** Runs the CLI with {@code env}, and its numbering memory in a folder of the test's own. */
    private int run(Map<String, String> env, String... args) {
        Map<String, String> withData = new java.util.HashMap<>(env);
        withData.putIfAbsent("PREPTABLE_DATA_DIR", dataDir.toString());
        return new SaavorSimulatorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), withData).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEachOrderAndASummary() {
        int status = run(Map.of("PREPTABLE_SAAVOR_SECRET", "cli-secret"), "--gateway", gateway.baseUrl(),
                "--rate=20", "--duration", "0.5", "--fulfil", "0.5", "--void", "0", "--seed", "5");
        assertThat(status).as(err()).isZero();
        assertThat(out()).contains("#100 ", "#104 ", "-> 200", "orders created", "(seed 5)", "responses: ");
        assertThat(out()).containsPattern("\\$\\d+\\.\\d\\d");
        assertThat(err()).isEmpty();
        assertThat(gateway.events()).allSatisfy(e -> assertThat(e.storeRef()).isEqualTo("harlingen-main"));
    }

    @Test
    void aSecondRunContinuesTheNumbersAndStartOverridesThem() {
        Map<String, String> env = Map.of("PREPTABLE_SAAVOR_SECRET", "cli-secret");
        assertThat(run(env, "--gateway", gateway.baseUrl(), "--rate", "20", "--duration", "0.2", "--fulfil", "0",
                "--void", "0", "--seed", "1")).as(err()).isZero();
        assertThat(out()).contains("#100 ").contains("#103 ");
        out.reset();
        assertThat(run(env, "--gateway", gateway.baseUrl(), "--rate", "20", "--duration", "0.2", "--fulfil", "0",
                "--void", "0", "--seed", "1")).as(err()).isZero();
        assertThat(out()).as("no second #100 on the screens").doesNotContain("#100 ").contains("#104 ");
        out.reset();
        assertThat(run(env, "--gateway", gateway.baseUrl(), "--rate", "20", "--duration", "0.1", "--fulfil", "0",
                "--void", "0", "--start", "500")).as(err()).isZero();
        assertThat(out()).contains("#500 ");
        assertThat(run(env, "--gateway", gateway.baseUrl(), "--start", "0")).isEqualTo(2);
        assertThat(err()).contains("--start must be 1 or more");
    }

    @Test
    void aRefusedSignatureIsExplainedAndStopsTheRun() {
        long started = System.nanoTime();
        int status = run(Map.of(), "--gateway", gateway.baseUrl(), "--secret", "wrong", "--rate", "20",
                "--duration", "5");
        assertThat(status).isEqualTo(1);
        assertThat(err()).containsOnlyOnce("the gateway refused the signature: is --secret the Saavor secret");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stopped at the first refusal, not after 5 s")
                .isLessThan(Duration.ofMillis(3500));
        assertThat(gateway.received.size()).isLessThan(70);
    }

    @Test
    void anUnknownStoreIsExplained() {
        gateway.answer = 422;
        run(Map.of(), "--gateway", gateway.baseUrl(), "--secret", "cli-secret", "--store-ref", "nowhere",
                "--rate", "20", "--duration", "0.2");
        assertThat(err()).contains("answered 422 (fake gateway says 422)", "Check --store-ref ('nowhere')");
    }

    @Test
    void anUnreachableGatewayIsExplained() {
        String url = gateway.baseUrl();
        gateway.close();
        int status = run(Map.of(), "--gateway", url, "--secret", "x", "--duration", "3", "--rate", "10");
        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("cannot connect to the gateway", "scripts/run");
        assertThat(out()).contains("0 fulfilled");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run(Map.of(), "--gateway", gateway.baseUrl())).isEqualTo(2);
        assertThat(err()).contains("no Saavor secret", "PREPTABLE_SAAVOR_SECRET");
        assertThat(run(Map.of(), "--secret", "s", "--rate", "fast")).isEqualTo(2);
        assertThat(err()).contains("--rate needs a number, got 'fast'");
        assertThat(run(Map.of(), "--secret", "s", "--fulfil", "0.9", "--void", "0.2")).isEqualTo(2);
        assertThat(run(Map.of(), "--secret", "s", "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("unknown option --colour", "Usage:");
        assertThat(run(Map.of(), "--secret")).isEqualTo(2);
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out()).contains("--store-ref REF");
    }
}
