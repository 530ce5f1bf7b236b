package org.preptable.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GPIO buttons on Pi4J's mock provider, chosen through config like gpiod is on a Pi. */
class GpioButtonsTest {

    private static final Duration DEBOUNCE = Duration.ofMillis(30);

    private final List<KioskAction> actions = new CopyOnWriteArrayList<>();
    private final InputHandler handler = new InputHandler(actions::add, Runnable::run);
    /** Fake nanosecond clock: bounces are timed exactly, without sleeping. */
    private final AtomicLong nanos = new AtomicLong();
    private GpioButtons buttons;

    @AfterEach
    void close() {
        if (buttons != null) {
            buttons.close();
        }
    }

    @Test
    void aPressOnAPinSubmitsItsAction() {
        buttons = start(true, Map.of(17, KioskAction.BUMP, 27, KioskAction.RECALL));
        // The mock's pins start LOW, which is "pressed" for active-low wiring: bring them to idle first.
        release(17);
        release(27);
        later(100);
        press(17);
        later(100);
        release(17);
        later(100);
        press(27);

        assertThat(actions).containsExactly(KioskAction.BUMP, KioskAction.RECALL);
        assertThat(handler.counts()).containsEntry("gpio:17", 1L).containsEntry("gpio:27", 1L);
    }

    @Test
    void activeLowMeansPullUpAndPressIsLow() {
        buttons = start(true, Map.of(22, KioskAction.NEXT));

        assertThat(buttons.input(22).config().pull()).isEqualTo(PullResistance.PULL_UP);
        assertThat(buttons.input(22).config().debounce()).as("microseconds, for gpiod").isEqualTo(30_000L);
        mock(22).mockState(DigitalState.HIGH);
        assertThat(actions).as("going high is a release when active-low").isEmpty();
        later(100);
        mock(22).mockState(DigitalState.LOW);
        assertThat(actions).containsExactly(KioskAction.NEXT);
    }

    @Test
    void activeHighMeansPullDownAndPressIsHigh() {
        buttons = start(false, Map.of(5, KioskAction.SUMMARY));

        assertThat(buttons.input(5).config().pull()).isEqualTo(PullResistance.PULL_DOWN);
        mock(5).mockState(DigitalState.HIGH);
        later(100);
        mock(5).mockState(DigitalState.LOW);
        assertThat(actions).containsExactly(KioskAction.SUMMARY);
    }

    @Test
    void bounceWithinTheDebounceWindowCountsOnce() {
        buttons = start(true, Map.of(17, KioskAction.BUMP));
        release(17);
        later(100);

        // A press that chatters for 12 ms, a long hold, then a release that chatters too.
        press(17);
        for (int i = 0; i < 3; i++) {
            later(2);
            release(17);
            later(2);
            press(17);
        }
        later(500);
        release(17);
        later(3);
        press(17);
        later(3);
        release(17);
        assertThat(actions).containsExactly(KioskAction.BUMP);

        later(DEBOUNCE.toMillis() + 1);
        press(17);
        assertThat(actions).as("a new press after a quiet window").containsExactly(KioskAction.BUMP, KioskAction.BUMP);
    }

    @Test
    void bounceIsSwallowedWithTheRealClockToo() {
        buttons = GpioButtons.start(settings(true, Map.of(17, KioskAction.BUMP)), handler);
        mock(17).mockState(DigitalState.HIGH);
        // Back-to-back state changes are microseconds apart: far inside the 30 ms window.
        for (int i = 0; i < 5; i++) {
            mock(17).mockState(DigitalState.LOW);
            mock(17).mockState(DigitalState.HIGH);
        }
        assertThat(actions).isEmpty();
    }

    @Test
    void closeShutsThePi4jContextDown() {
        buttons = start(true, Map.of(17, KioskAction.BUMP));
        assertThat(buttons.context().isShutdown()).isFalse();

        buttons.close();

        assertThat(buttons.context().isShutdown()).isTrue();
    }

    @Test
    void gpiodOffAPiFailsLoudlyInsteadOfMocking() {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")), "this machine has real GPIO");
        GpioSettings gpiod = new GpioSettings(GpioSettings.Provider.GPIOD, Map.of(17, KioskAction.BUMP), DEBOUNCE, true);

        assertThatThrownBy(() -> GpioButtons.start(gpiod, handler))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("input.gpio.provider = gpiod");
    }

    @Test
    void noPinsIsNotAStartableConfiguration() {
        assertThatThrownBy(() -> GpioButtons.start(GpioSettings.none(), handler))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input.gpio.pins");
    }

    private GpioButtons start(boolean activeLow, Map<Integer, KioskAction> pins) {
        return GpioButtons.start(settings(activeLow, pins), handler, nanos::get);
    }

    private static GpioSettings settings(boolean activeLow, Map<Integer, KioskAction> pins) {
        return new GpioSettings(GpioSettings.Provider.MOCK, pins, DEBOUNCE, activeLow);
    }

    private MockDigitalInput mock(int pin) {
        return (MockDigitalInput) buttons.input(pin);
    }

    // Active-low wiring: pressing pulls the pin to ground.
    private void press(int pin) {
        mock(pin).mockState(DigitalState.LOW);
    }

    private void release(int pin) {
        mock(pin).mockState(DigitalState.HIGH);
    }

    private void later(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }
}
