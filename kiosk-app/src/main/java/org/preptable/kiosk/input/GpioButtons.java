package org.preptable.kiosk.input;

import org.preptable.model.device.PressDebouncer;
import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputProvider;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons wired to the Pi's GPIO pins, read through Pi4J: one {@code DigitalInput} per configured BCM pin, and a
 * press (the edge to active) submits that pin's action, debounced by {@link PressDebouncer}.
 *
 * <p>The Pi4J {@link Context} holds only the provider named in config (gpiod on a Pi, mock in tests) rather
 * than {@code Pi4J.newAutoContext()}, which quietly falls back to mock providers off a Pi: a kiosk whose GPIO
 * does not work must fail at start-up, not show a screen whose buttons do nothing.
 */
public final class GpioButtons implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GpioButtons.class);

    // The mock plugin is a test dependency, so it is looked up by name instead of linked.
    private static final String MOCK_PROVIDER = "com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider";

    private final Context context;
    private final Map<Integer, DigitalInput> inputs;

    private GpioButtons(Context context, Map<Integer, DigitalInput> inputs) {
        this.context = context;
        this.inputs = Collections.unmodifiableMap(inputs);
    }

    /**
     * Claims every configured pin.
     *
     * @throws IllegalStateException if the provider cannot be loaded or a pin cannot be claimed (not a Pi, no
     *                               access to /dev/gpiochip*, pin in use); nothing stays claimed then
     */
    public static GpioButtons start(GpioSettings settings, InputHandler handler) {
        return start(settings, handler, System::nanoTime);
    }

    static GpioButtons start(GpioSettings settings, InputHandler handler, LongSupplier nanoClock) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException(InputSettings.GPIO_PINS + " is empty: no GPIO buttons configured");
        }
        Context context = Pi4J.newContextBuilder().add(provider(settings.provider())).build();
        Map<Integer, DigitalInput> inputs = new TreeMap<>();
        try {
            settings.pins().forEach((pin, action) -> {
                DigitalInput input = context.create(DigitalInput.newConfigBuilder(context)
                        .id("preptable-button-" + pin)
                        .name(action + " button")
                        .address(pin)
                        .pull(settings.activeLow() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                        // Honoured by gpiod (microseconds); the mock ignores it, hence PressDebouncer as well.
                        .debounce(settings.debounce().toNanos() / 1000, TimeUnit.MICROSECONDS));
                PressDebouncer debouncer = new PressDebouncer(settings.debounce(), nanoClock);
                String source = "gpio:" + pin;
                input.addListener(event -> {
                    DigitalState state = event.state();
                    if (state != DigitalState.UNKNOWN
                            && debouncer.isPress(settings.activeLow() ? state.isLow() : state.isHigh())) {
                        handler.submit(action, source);
                    }
                });
                inputs.put(pin, input);
            });
        } catch (RuntimeException e) {
            shutdown(context);
            throw new IllegalStateException("GPIO buttons could not start with " + InputSettings.GPIO_PROVIDER
                    + " = " + settings.provider().configName() + " (" + e.getMessage()
                    + "); on a Raspberry Pi check that the pins are free and the kiosk user may open /dev/gpiochip*", e);
        }
        log.info("GPIO buttons on BCM pins {} via {} (active {}, debounce {} ms)", settings.pins(),
                settings.provider().configName(), settings.activeLow() ? "low" : "high", settings.debounce().toMillis());
        return new GpioButtons(context, inputs);
    }

    /** The input for a BCM pin (tests drive the mock provider's inputs through this). */
    DigitalInput input(int pin) {
        return inputs.get(pin);
    }

    Context context() {
        return context;
    }

    /** Releases every pin by shutting the Pi4J context down. */
    @Override
    public void close() {
        shutdown(context);
    }

    private static void shutdown(Context context) {
        if (context.isShutdown()) {
            return;
        }
        try {
            context.shutdown();
        } catch (RuntimeException e) {
            log.warn("Pi4J context did not shut down cleanly", e);
        }
    }

    private static DigitalInputProvider provider(GpioSettings.Provider provider) {
        return switch (provider) {
            case GPIOD -> GpioDDigitalInputProvider.newInstance();
            case MOCK -> mockProvider();
        };
    }

    private static DigitalInputProvider mockProvider() {
        try {
            return (DigitalInputProvider) Class.forName(MOCK_PROVIDER).getMethod("newInstance").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(InputSettings.GPIO_PROVIDER + " = mock needs com.pi4j:pi4j-plugin-mock on the"
                    + " classpath (it is only a test dependency of the kiosk); use gpiod on a Raspberry Pi", e);
        }
    }
}
