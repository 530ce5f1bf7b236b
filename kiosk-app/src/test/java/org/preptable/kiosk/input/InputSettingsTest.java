package org.preptable.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.input.KeyMapTest.props;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class InputSettingsTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void emptyPropertiesGiveTheDefaults() {
        InputSettings settings = InputSettings.from(new Properties(), problems);

        assertThat(problems).isEmpty();
        assertThat(settings.keys().keysFor(KioskAction.BUMP)).containsExactly(KeyCode.ENTER, KeyCode.SPACE);
        assertThat(settings.serial().enabled()).isFalse();
        assertThat(settings.serial().baud()).isEqualTo(9600);
        assertThat(settings.serial().map()).isEqualTo(SerialByteMap.defaults());
        assertThat(settings.gpio().enabled()).isFalse();
        assertThat(settings.gpio().provider()).isEqualTo(GpioSettings.Provider.GPIOD);
        assertThat(settings.gpio().debounce()).isEqualTo(Duration.ofMillis(30));
        assertThat(settings.gpio().activeLow()).isTrue();
        assertThat(settings).as("same as the programmatic defaults").isEqualTo(InputSettings.defaults());
    }

    @Test
    void everySettingCanBeSet() {
        InputSettings settings = InputSettings.from(props(
                "input.keys.recall", "F2",
                "input.serial.port", " /dev/serial/by-id/usb-bumpbar ",
                "input.serial.baud", "19200",
                "input.serial.map", "0x0D:BUMP",
                "input.gpio.provider", "MOCK",
                "input.gpio.pins", "17:BUMP, 27:recall,22:next",
                "input.gpio.debounce-ms", "0",
                "input.gpio.active-low", "False",
                "unrelated.setting", "is left to others"), problems);

        assertThat(problems).isEmpty();
        assertThat(settings.keys().actionFor(KeyCode.F2)).contains(KioskAction.RECALL);
        assertThat(settings.serial().port()).isEqualTo("/dev/serial/by-id/usb-bumpbar");
        assertThat(settings.serial().enabled()).isTrue();
        assertThat(settings.serial().baud()).isEqualTo(19200);
        assertThat(settings.serial().map().asMap()).containsExactly(Map.entry(0x0D, KioskAction.BUMP));
        assertThat(settings.gpio().provider()).isEqualTo(GpioSettings.Provider.MOCK);
        assertThat(settings.gpio().pins()).containsExactly(Map.entry(17, KioskAction.BUMP),
                Map.entry(22, KioskAction.NEXT), Map.entry(27, KioskAction.RECALL));
        assertThat(settings.gpio().debounce()).isZero();
        assertThat(settings.gpio().activeLow()).isFalse();
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        InputSettings settings = InputSettings.from(props(
                "input.keys.bump", "Entr",
                "input.serial.baud", "fast",
                "input.serial.map", "0x0D",
                "input.serial.baudrate", "9600",
                "input.gpio.provider", "wiringpi",
                "input.gpio.pins", "17:BUMP, 40:RECALL, 17:NEXT, 5:jump, x",
                "input.gpio.debounce-ms", "5000",
                "input.gpio.active-low", "yes"), problems);

        assertThat(problems).containsExactly(
                "input.serial.baudrate: unknown setting (known: input.gpio.active-low, input.gpio.debounce-ms,"
                        + " input.gpio.pins, input.gpio.provider, input.serial.baud, input.serial.map, input.serial.port)",
                "input.keys.bump: unknown key 'Entr' (use JavaFX KeyCode names such as ENTER, SPACE, F5, DIGIT1,"
                        + " NUMPAD1, PAGE_UP, BACK_SPACE)",
                "input.serial.baud must be a whole number from 1 to 4000000 (like 9600), was 'fast'",
                "input.serial.map: entry '0x0D' must look like 0x0D:BUMP (byte:action)",
                "input.gpio.provider must be gpiod (a Raspberry Pi) or mock (tests), was 'wiringpi'",
                "input.gpio.pins: '40' is not a BCM pin number from 0 to 27 (BCM numbers, not physical header positions)",
                "input.gpio.pins: pin 17 is listed twice (BUMP and NEXT)",
                "input.gpio.pins: unknown action 'jump' (actions: " + KioskAction.knownNames() + ")",
                "input.gpio.pins: entry 'x' must look like 17:BUMP (BCM pin:action)",
                "input.gpio.debounce-ms must be a whole number from 0 to 1000 (in milliseconds, 0 to turn it off),"
                        + " was '5000'",
                "input.gpio.active-low must be true or false, was 'yes'");
        // Bad values fall back to defaults, good ones still apply.
        assertThat(settings.serial().baud()).isEqualTo(9600);
        assertThat(settings.gpio().pins()).containsExactly(Map.entry(17, KioskAction.BUMP));
        assertThat(settings.gpio().debounce()).isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void outOfRangeNumbersAreProblems() {
        InputSettings.from(props("input.serial.baud", "0", "input.gpio.debounce-ms", "-1"), problems);

        assertThat(problems).containsExactly(
                "input.serial.baud must be a whole number from 1 to 4000000 (like 9600), was '0'",
                "input.gpio.debounce-ms must be a whole number from 0 to 1000 (in milliseconds, 0 to turn it off),"
                        + " was '-1'");
    }
}
