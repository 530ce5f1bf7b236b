package org.preptable.bridge.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.preptable.bridge.config.ButtonAction;
import org.preptable.bridge.link.LampState;
import org.preptable.bridge.signals.Indicators;
import org.preptable.bridge.signals.Lamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's GPIO: one Pi4J context with the configured provider, the lamp and buzzer outputs (claimed by
 * {@link #open}) and the buttons (claimed by {@link #listen}, once there is someone to hear them).
 */
public final class Gpio implements Indicators, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gpio.class);

    private final GpioSettings settings;
    private final Context context;
    private final GpioOutputs outputs;
    private volatile GpioButtons buttons;

    private Gpio(GpioSettings settings, Context context, GpioOutputs outputs) {
        this.settings = settings;
        this.context = context;
        this.outputs = outputs;
    }

    /**
     * Builds the context and claims the output pins (all off).
     *
     * @throws IllegalStateException when the provider cannot be loaded or a pin cannot be claimed (not a Pi, no access
     *                               to /dev/gpiochip*, pin in use); nothing stays claimed then
     */
    public static Gpio open(GpioSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("no gpio.* pins are configured");
        }
        Context context = null;
        try {
            context = Pi4jProviders.context(settings.provider());
            return new Gpio(settings, context, GpioOutputs.claim(context, settings));
        } catch (RuntimeException e) {
            shutdown(context);
            throw failure(settings, e);
        }
    }

    /** Claims the button pins; each debounced press goes to {@code presses} (on Pi4J's thread: do not block). */
    public void listen(Consumer<ButtonAction> presses) {
        listen(presses, System::nanoTime);
    }

    void listen(Consumer<ButtonAction> presses, LongSupplier nanoClock) {
        try {
            buttons = GpioButtons.claim(context, settings, presses, nanoClock);
        } catch (RuntimeException e) {
            close();
            throw failure(settings, e);
        }
        LOG.info("GPIO via {}: lamps {}, buzzer {}, buttons {} (BCM; buttons active {}, debounce {} ms; outputs active {})",
                settings.provider().configName(), settings.lampPins(),
                settings.buzzerPin().isPresent() ? settings.buzzerPin().getAsInt() : "none", settings.buttonPins(),
                settings.activeLow() ? "low" : "high", settings.debounce().toMillis(),
                settings.outputsActiveLow() ? "low" : "high");
    }

    @Override
    public void lamp(Lamp lamp, LampState state) {
        outputs.lamp(lamp, state);
    }

    @Override
    public void beep(int ms) {
        outputs.beep(ms);
    }

    public GpioSettings settings() {
        return settings;
    }

    /** The button's input (tests drive the mock provider's inputs through it). */
    public Optional<DigitalInput> button(ButtonAction action) {
        GpioButtons claimed = buttons;
        return Optional.ofNullable(claimed == null ? null : claimed.input(action));
    }

    /** The lamp's output (tests read the mock provider's state through it). */
    public Optional<DigitalOutput> lampOutput(Lamp lamp) {
        return Optional.ofNullable(outputs.output(lamp));
    }

    public Optional<DigitalOutput> buzzerOutput() {
        return Optional.ofNullable(outputs.buzzer());
    }

    /** Stops blinking and releases every pin (outputs go to their off state). */
    @Override
    public void close() {
        outputs.close();
        shutdown(context);
    }

    private static void shutdown(Context context) {
        if (context == null || context.isShutdown()) {
            return;
        }
        try {
            context.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Pi4J context did not shut down cleanly: {}", e.toString());
        }
    }

    private static IllegalStateException failure(GpioSettings settings, RuntimeException e) {
        return new IllegalStateException("GPIO could not start with " + GpioSettings.PROVIDER + " = "
                + settings.provider().configName() + " (" + e.getMessage() + "); on a Raspberry Pi check that the"
                + " pins are free and that the bridge's user is in the gpio group (may open /dev/gpiochip*)", e);
    }
}
