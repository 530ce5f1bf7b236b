package org.preptable.bridge.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.preptable.bridge.link.LampState;
import org.preptable.bridge.signals.Indicators;
import org.preptable.bridge.signals.Lamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lamps and the buzzer on GPIO outputs. A blinking lamp is toggled every {@link #BLINK_HALF_PERIOD} by a
 * small timer thread ({@code gpio-timer}), which also ends buzzer pulses, so callers never block.
 */
final class GpioOutputs implements Indicators, AutoCloseable {

    /** Blinking is 2 Hz: on for 250 ms, off for 250 ms. */
    static final Duration BLINK_HALF_PERIOD = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(GpioOutputs.class);

    private final Map<Lamp, DigitalOutput> lamps;
    private final DigitalOutput buzzer;
    private final boolean activeLow;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("gpio-timer").factory());

    // Guarded by this.
    private final Map<Lamp, LampState> wanted = new EnumMap<>(Lamp.class);
    private final Set<DigitalOutput> failing = new HashSet<>();
    private boolean blinkPhaseOn;
    private ScheduledFuture<?> blinking;
    private ScheduledFuture<?> buzzerOff;

    private GpioOutputs(Map<Lamp, DigitalOutput> lamps, DigitalOutput buzzer, boolean activeLow) {
        this.lamps = lamps;
        this.buzzer = buzzer;
        this.activeLow = activeLow;
    }

    /** Claims the lamp and buzzer pins (all off); throws a Pi4J exception when one cannot be claimed. */
    static GpioOutputs claim(Context context, GpioSettings settings) {
        Map<Lamp, DigitalOutput> lamps = new EnumMap<>(Lamp.class);
        settings.lampPins().forEach((lamp, pin) -> lamps.put(lamp,
                output(context, settings, pin, "preptable-lamp-" + lamp.id(), lamp.id() + " lamp")));
        DigitalOutput buzzer = settings.buzzerPin().isPresent()
                ? output(context, settings, settings.buzzerPin().getAsInt(), "preptable-buzzer", "buzzer") : null;
        return new GpioOutputs(lamps, buzzer, settings.outputsActiveLow());
    }

    private static DigitalOutput output(Context context, GpioSettings settings, int pin, String id, String name) {
        DigitalState off = settings.outputsActiveLow() ? DigitalState.HIGH : DigitalState.LOW;
        // initial and shutdown both "off": the lamps go dark when the bridge stops, not stuck at their last state.
        return context.create(DigitalOutput.newConfigBuilder(context).id(id).name(name).address(pin)
                .initial(off).shutdown(off));
    }

    @Override
    public synchronized void lamp(Lamp lamp, LampState state) {
        DigitalOutput output = lamps.get(lamp);
        if (output == null || wanted.get(lamp) == state) {
            return;
        }
        wanted.put(lamp, state);
        switch (state) {
            case ON -> write(output, true);
            case OFF -> write(output, false);
            case BLINK -> {
                if (blinking == null) {
                    long half = BLINK_HALF_PERIOD.toMillis();
                    blinkPhaseOn = true;
                    blinking = timer.scheduleAtFixedRate(this::toggleBlinking, half, half, TimeUnit.MILLISECONDS);
                }
                write(output, blinkPhaseOn); // in step with any lamp already blinking
            }
        }
        if (blinking != null && !wanted.containsValue(LampState.BLINK)) {
            blinking.cancel(false);
            blinking = null;
        }
    }

    @Override
    public synchronized void beep(int ms) {
        if (buzzer == null) {
            return;
        }
        if (buzzerOff != null) {
            buzzerOff.cancel(false);
        }
        write(buzzer, true);
        buzzerOff = timer.schedule(this::silence, ms, TimeUnit.MILLISECONDS);
    }

    private synchronized void silence() {
        write(buzzer, false);
        buzzerOff = null;
    }

    private synchronized void toggleBlinking() {
        blinkPhaseOn = !blinkPhaseOn;
        wanted.forEach((lamp, state) -> {
            if (state == LampState.BLINK) {
                write(lamps.get(lamp), blinkPhaseOn);
            }
        });
    }

    private void write(DigitalOutput output, boolean on) {
        try {
            output.state(on != activeLow ? DigitalState.HIGH : DigitalState.LOW);
            if (failing.remove(output)) {
                LOG.info("GPIO {} (BCM {}) works again", output.name(), output.address());
            }
        } catch (RuntimeException e) {
            // A broken line fails on every blink: one line when it starts failing, not one per toggle.
            if (failing.add(output)) {
                LOG.warn("GPIO {} (BCM {}) cannot be set: {}", output.name(), output.address(), e.toString());
            }
        }
    }

    DigitalOutput output(Lamp lamp) {
        return lamps.get(lamp);
    }

    DigitalOutput buzzer() {
        return buzzer;
    }

    /** Stops the timer; the Pi4J context's shutdown sets the pins to their off state. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
