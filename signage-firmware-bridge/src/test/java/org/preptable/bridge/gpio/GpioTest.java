package org.preptable.bridge.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preptable.bridge.config.ButtonAction;
import org.preptable.bridge.link.Eventually;
import org.preptable.bridge.link.LampState;
import org.preptable.bridge.signals.Lamp;

/** Lamps, buzzer and buttons on Pi4J's mock provider, chosen through config as gpiod is on a Pi. */
class GpioTest {

    private static final Duration SOON = Duration.ofSeconds(3);

    private final List<ButtonAction> presses = new CopyOnWriteArrayList<>();
    /** A fake nanosecond clock for the debouncer: bounces are timed exactly, without sleeping. */
    private final AtomicLong nanos = new AtomicLong();
    private Gpio gpio;

    @AfterEach
    void close() {
        if (gpio != null) {
            gpio.close();
        }
    }

    @Test
    void lampsStartOffAndFollowWhatTheyAreTold() {
        gpio = open(false);
        DigitalOutput ready = gpio.lampOutput(Lamp.READY).orElseThrow();
        DigitalOutput fresh = gpio.lampOutput(Lamp.NEW).orElseThrow();
        assertThat(ready.state()).isEqualTo(DigitalState.LOW);
        assertThat(ready.address()).isEqualTo(27);

        gpio.lamp(Lamp.READY, LampState.ON);
        assertThat(ready.state()).isEqualTo(DigitalState.HIGH);
        assertThat(fresh.state()).isEqualTo(DigitalState.LOW);
        gpio.lamp(Lamp.READY, LampState.OFF);
        assertThat(ready.state()).isEqualTo(DigitalState.LOW);
    }

    @Test
    void aBlinkingLampTogglesAtTwoHertzUntilItIsSetSteady() throws Exception {
        gpio = open(false);
        DigitalOutput ready = gpio.lampOutput(Lamp.READY).orElseThrow();
        List<DigitalState> seen = new CopyOnWriteArrayList<>();
        ready.addListener(event -> seen.add(event.state()));

        gpio.lamp(Lamp.READY, LampState.BLINK);
        Eventually.await("four toggles", SOON, () -> seen.size() >= 4, () -> seen);
        assertThat(seen.subList(0, 4)).containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH,
                DigitalState.LOW);

        gpio.lamp(Lamp.READY, LampState.ON);
        int settled = seen.size();
        Thread.sleep(3 * GpioOutputs.BLINK_HALF_PERIOD.toMillis());
        assertThat(ready.state()).isEqualTo(DigitalState.HIGH);
        assertThat(seen.size()).as("no more toggles once steady").isLessThanOrEqualTo(settled + 1);
    }

    @Test
    void theBuzzerPulsesForTheAskedTime() {
        gpio = open(false);
        DigitalOutput buzzer = gpio.buzzerOutput().orElseThrow();
        List<Long> edges = new CopyOnWriteArrayList<>();
        buzzer.addListener(event -> edges.add(System.nanoTime()));

        long start = System.nanoTime();
        gpio.beep(150);
        assertThat(buzzer.state()).isEqualTo(DigitalState.HIGH);
        Eventually.await("the buzzer to stop", SOON, () -> buzzer.state() == DigitalState.LOW);
        long onMs = Duration.ofNanos(edges.getLast() - start).toMillis();
        assertThat(onMs).isBetween(140L, 1_000L);
    }

    @Test
    void activeLowOutputsDriveLowForOn() {
        gpio = open(true);
        DigitalOutput ready = gpio.lampOutput(Lamp.READY).orElseThrow();
        assertThat(ready.state()).as("off is high on a relay board").isEqualTo(DigitalState.HIGH);

        gpio.lamp(Lamp.READY, LampState.ON);

        assertThat(ready.state()).isEqualTo(DigitalState.LOW);
    }

    @Test
    void aDebouncedPressHandsOnItsActionAndTheWiringSetsThePull() {
        gpio = open(false);
        gpio.listen(presses::add, nanos::get);
        MockDigitalInput handoff = input(ButtonAction.HANDOFF);
        assertThat(handoff.config().pull()).isEqualTo(PullResistance.PULL_UP);
        assertThat(handoff.config().debounce()).as("microseconds, for gpiod").isEqualTo(30_000L);
        // The mock's pins start LOW, which reads "pressed" for active-low wiring: bring them to idle first.
        handoff.mockState(DigitalState.HIGH);
        input(ButtonAction.RECALL).mockState(DigitalState.HIGH);
        later(100);

        // A press that chatters for 8 ms, held, then a release that chatters too.
        handoff.mockState(DigitalState.LOW);
        for (int i = 0; i < 2; i++) {
            later(2);
            handoff.mockState(DigitalState.HIGH);
            later(2);
            handoff.mockState(DigitalState.LOW);
        }
        later(500);
        handoff.mockState(DigitalState.HIGH);
        later(3);
        handoff.mockState(DigitalState.LOW);
        later(3);
        handoff.mockState(DigitalState.HIGH);
        later(100);
        input(ButtonAction.RECALL).mockState(DigitalState.LOW);

        assertThat(presses).containsExactly(ButtonAction.HANDOFF, ButtonAction.RECALL);
    }

    @Test
    void gpiodOffAPiFailsLoudlyInsteadOfMocking() {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")), "this machine has real GPIO");
        GpioSettings gpiod = new GpioSettings(GpioSettings.Provider.GPIOD, Map.of(Lamp.READY, 27), OptionalInt.empty(),
                Map.of(), Duration.ofMillis(30), true, false);

        assertThatThrownBy(() -> Gpio.open(gpiod)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gpio.provider = gpiod").hasMessageContaining("gpio group");
    }

    @Test
    void closeReleasesThePinsSoTheyCanBeClaimedAgain() {
        gpio = open(false);
        gpio.lamp(Lamp.READY, LampState.BLINK);
        gpio.close();

        gpio = open(false);
        assertThat(gpio.lampOutput(Lamp.READY).orElseThrow().state()).isEqualTo(DigitalState.LOW);
    }

    private Gpio open(boolean outputsActiveLow) {
        return Gpio.open(new GpioSettings(GpioSettings.Provider.MOCK, Map.of(Lamp.NEW, 17, Lamp.READY, 27),
                OptionalInt.of(22), Map.of(ButtonAction.HANDOFF, 5, ButtonAction.RUNNER, 6, ButtonAction.RECALL, 13),
                Duration.ofMillis(30), true, outputsActiveLow));
    }

    private MockDigitalInput input(ButtonAction action) {
        return (MockDigitalInput) gpio.button(action).orElseThrow();
    }

    private void later(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }
}
