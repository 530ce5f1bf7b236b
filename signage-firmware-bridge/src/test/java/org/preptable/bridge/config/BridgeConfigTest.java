package org.preptable.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.bridge.gpio.GpioSettings;
import org.preptable.bridge.health.StatusSettings;
import org.preptable.bridge.signals.Lamp;
import org.preptable.model.client.LinkSettings;

class BridgeConfigTest {

    @TempDir
    Path dir;

    @Test
    void theSmallestUsefulFileGetsTheDocumentedDefaults() {
        BridgeConfig config = BridgeConfig.from(props("gateway.url", "http://gateway.local:8080/",
                "kiosk.token", "kt_secret", "board.port", "/dev/ttyACM0"), "test");

        assertThat(config.gatewayUrl()).hasToString("http://gateway.local:8080");
        assertThat(config.board().port()).isEqualTo("/dev/ttyACM0");
        assertThat(config.board().baud()).isEqualTo(115_200);
        assertThat(config.board().keepAlive()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.counter()).isEqualTo(CounterSettings.DEFAULTS);
        assertThat(config.counter().recallFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.gpio().enabled()).isFalse();
        assertThat(config.gpio().provider()).isEqualTo(GpioSettings.Provider.GPIOD);
        assertThat(config.gpio().debounce()).isEqualTo(Duration.ofMillis(30));
        assertThat(config.gpio().activeLow()).isTrue();
        assertThat(config.status().statusFile()).contains(StatusSettings.DEFAULT_STATUS_FILE);
        assertThat(config.status().healthPort()).isEmpty();
        assertThat(config.link()).isEqualTo(new LinkSettings(Duration.ofMillis(4_500), Duration.ofSeconds(1)));
    }

    @Test
    void everyKeyIsRead() {
        BridgeConfig config = BridgeConfig.from(props("gateway.url", "https://Kitchen.example", "kiosk.token", "t",
                "board.port", "/tmp/board-sim/host", "board.baud", "57600", "board.slots", "4", "board.lamps", "off",
                "board.button.handoff", "1", "board.button.recall", "R", "buzzer.ready-ms", "400",
                "buzzer.runner-ms", "2000", "runner.blink-seconds", "5", "recall.seconds", "20",
                "gpio.provider", "mock", "gpio.lamp.new", "17", "gpio.lamp.ready", "27", "gpio.buzzer", "22",
                "gpio.button.handoff", "5", "gpio.button.runner", "6", "gpio.button.recall", "13",
                "gpio.debounce-ms", "50", "gpio.active-low", "false", "gpio.outputs-active-low", "yes",
                "status.file", "", "health.port", "8091", "link.silence-ms", "9000", "link.retry-max-ms", "2500"), "test");

        assertThat(config.gatewayUrl()).hasToString("https://Kitchen.example");
        assertThat(config.board().baud()).isEqualTo(57_600);
        assertThat(config.counter()).isEqualTo(new CounterSettings(OptionalInt.of(4), false,
                Map.of("1", ButtonAction.HANDOFF, "R", ButtonAction.RECALL), 400, 2000, Duration.ofSeconds(5),
                Duration.ofSeconds(20)));
        GpioSettings gpio = config.gpio();
        assertThat(gpio.provider()).isEqualTo(GpioSettings.Provider.MOCK);
        assertThat(gpio.lampPins()).containsExactlyInAnyOrderEntriesOf(Map.of(Lamp.NEW, 17, Lamp.READY, 27));
        assertThat(gpio.buzzerPin()).hasValue(22);
        assertThat(gpio.buttonPins()).containsExactlyInAnyOrderEntriesOf(Map.of(ButtonAction.HANDOFF, 5,
                ButtonAction.RUNNER, 6, ButtonAction.RECALL, 13));
        assertThat(gpio.debounce()).isEqualTo(Duration.ofMillis(50));
        assertThat(gpio.activeLow()).isFalse();
        assertThat(gpio.outputsActiveLow()).isTrue();
        assertThat(config.status().statusFile()).isEmpty();
        assertThat(config.status().healthPort()).hasValue(8091);
        assertThat(config.link()).isEqualTo(new LinkSettings(Duration.ofSeconds(9), Duration.ofMillis(2_500)));
    }

    @Test
    void gpioWithoutABoardIsAValidCounter() {
        BridgeConfig config = BridgeConfig.from(props("gateway.url", "http://g:8080", "kiosk.token", "t",
                "gpio.lamp.ready", "27"), "test");

        assertThat(config.board().enabled()).isFalse();
        assertThat(config.gpio().enabled()).isTrue();
    }

    @Test
    void everyMistakeIsReportedAtOnceWithItsKeyAndAnExample() {
        Properties bad = props("gateway.url", "ftp://gateway", "board.port", "ttyUSB0", "board.baud", "115201",
                "board.keepalive-ms", "5", "board.slots", "0", "board.lamps", "maybe", "board.button.runner", "a b",
                "buzzer.ready-ms", "20000", "buzzer.runner-ms", "-1", "runner.blink-seconds", "x",
                "recall.seconds", "601", "gpio.provider", "pigpio", "gpio.lamp.new", "54", "gpio.lamp.ready", "17",
                "gpio.buzzer", "17", "gpio.button.handoff", "five", "gpio.debounce-ms", "2000",
                "gpio.active-low", "low", "gpio.outputs-active-low", "1", "status.file", "status.json",
                "health.port", "70000", "link.silence-ms", "4.5", "link.retry-max-ms", "0");

        assertThatThrownBy(() -> BridgeConfig.from(bad, "bridge.properties"))
                .isInstanceOf(BridgeConfigException.class)
                .hasMessageStartingWith("Bridge config bridge.properties has 23 problems: ")
                .hasMessageContaining("gateway.url must be an http or https URL like http://gateway.local:8080, was 'ftp://gateway'")
                .hasMessageContaining("kiosk.token is required")
                .hasMessageContaining("board.port must be a device path like /dev/ttyUSB0")
                .hasMessageContaining("board.baud must be one of")
                .hasMessageContaining("board.keepalive-ms must be a whole number of milliseconds from 100")
                .hasMessageContaining("board.slots must be a whole number from 1 to 99 (e.g. 8), was '0'")
                .hasMessageContaining("board.lamps must be true or false (e.g. true), was 'maybe'")
                .hasMessageContaining("board.button.runner must be a board button id")
                .hasMessageContaining("buzzer.ready-ms must be a whole number from 1 to 10000 (e.g. 250)")
                .hasMessageContaining("buzzer.runner-ms must be a whole number from 1 to 10000 (e.g. 1000)")
                .hasMessageContaining("runner.blink-seconds must be a whole number from 1 to 600 (e.g. 10), was 'x'")
                .hasMessageContaining("recall.seconds must be a whole number from 1 to 600 (e.g. 30), was '601'")
                .hasMessageContaining("gpio.provider must be gpiod (on a Raspberry Pi) or mock (tests), was 'pigpio'")
                .hasMessageContaining("gpio.lamp.new must be a whole number from 0 to 53")
                .hasMessageContaining("gpio.buzzer uses BCM pin 17, which gpio.lamp.ready already uses")
                .hasMessageContaining("gpio.button.handoff must be a whole number from 0 to 53 (e.g. 17), was 'five'")
                .hasMessageContaining("gpio.debounce-ms must be a whole number from 0 to 1000 (e.g. 30)")
                .hasMessageContaining("gpio.active-low must be true or false")
                .hasMessageContaining("gpio.outputs-active-low must be true or false")
                .hasMessageContaining("status.file must be an absolute path")
                .hasMessageContaining("health.port must be a whole number from 1 to 65535")
                .hasMessageContaining("link.silence-ms must be a whole number of milliseconds from 500 to 300000 (e.g. 4500), was '4.5'")
                .hasMessageContaining("link.retry-max-ms must be a whole number of milliseconds from 100 to 60000");
    }

    @Test
    void aBridgeWithNeitherBoardNorPinsIsRefused() {
        assertThatThrownBy(() -> BridgeConfig.from(props("gateway.url", "http://g:8080", "kiosk.token", "t"), "f"))
                .hasMessage("Bridge config f has 1 problem: board.port and every gpio.* pin are empty: the bridge would"
                        + " drive nothing (set board.port, e.g. /dev/ttyACM0, and/or pins such as gpio.lamp.ready = 27)");
    }

    @Test
    void aGatewayUrlWithAPathUserInfoOrQueryIsRefusedWithoutEchoingSecrets() {
        assertThatThrownBy(() -> BridgeConfig.from(props("gateway.url", "http://g:8080/preptable", "kiosk.token", "t",
                "board.port", "/dev/ttyACM0"), "f"))
                .hasMessageContaining("gateway.url must be the gateway's origin without a path");
        assertThatThrownBy(() -> BridgeConfig.from(props("gateway.url", "http://admin:hunter2@g:8080",
                "kiosk.token", "t", "board.port", "/dev/ttyACM0"), "f"))
                .hasMessageContaining("must not contain user info, a query or a fragment")
                .message().doesNotContain("hunter2");
        assertThatThrownBy(() -> BridgeConfig.from(props("kiosk.token", "t", "board.port", "/dev/ttyACM0"), "f"))
                .hasMessageContaining("gateway.url is required, e.g. http://gateway.local:8080");
    }

    @Test
    void theTokenNeverShowsInToString() {
        BridgeConfig config = BridgeConfig.from(props("gateway.url", "http://g:8080", "kiosk.token", "kt_very_secret",
                "board.port", "/dev/ttyACM0"), "test");

        assertThat(config.toString()).contains("kioskToken=***").doesNotContain("kt_very_secret");
    }

    @Test
    void loadsUtf8FilesAndNamesAMissingOne() throws Exception {
        Path file = dir.resolve("bridge.properties");
        Files.writeString(file, """
                # the pass at Nørrebro
                gateway.url = http://gateway.local:8080\s\s
                kiosk.token = kt_æøå
                board.port  = /dev/ttyACM0
                """);

        assertThat(BridgeConfig.load(file).kioskToken()).isEqualTo("kt_æøå");
        assertThatThrownBy(() -> BridgeConfig.load(dir.resolve("missing.properties")))
                .isInstanceOf(BridgeConfigException.class).hasMessageContaining("missing.properties does not exist");
    }

    @Test
    void theShippedExampleIsValidOnceTheTokenIsFilledIn() throws Exception {
        Path example = Path.of("..", "scripts", "pi", "bridge.properties.example");
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(example)) {
            properties.load(reader);
        }
        assertThatThrownBy(() -> BridgeConfig.from(properties, "example"))
                .hasMessageStartingWith("Bridge config example has 1 problem: kiosk.token is required");

        properties.setProperty("kiosk.token", "kt_filled_in");
        BridgeConfig config = BridgeConfig.from(properties, "example");
        assertThat(config.gpio().lampPins()).containsEntry(Lamp.NEW, 17).containsEntry(Lamp.READY, 27);
        assertThat(config.gpio().buttonPins()).hasSize(3);
        assertThat(config.counter()).isEqualTo(CounterSettings.DEFAULTS);
    }

    private static Properties props(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
