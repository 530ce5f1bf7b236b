package org.preptable.bridge.gpio;

import org.preptable.model.device.PressDebouncer;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.preptable.bridge.config.ButtonAction;

/**
 * The counter's buttons on GPIO inputs: one {@code DigitalInput} per configured BCM pin, with the pull resistor
 * that matches the wiring; a press (the edge to active), debounced by {@link PressDebouncer}, hands its action on.
 */
final class GpioButtons {

    private final Map<ButtonAction, DigitalInput> inputs;

    private GpioButtons(Map<ButtonAction, DigitalInput> inputs) {
        this.inputs = inputs;
    }

    /** Claims the button pins; throws a Pi4J exception when one cannot be claimed. */
    static GpioButtons claim(Context context, GpioSettings settings, Consumer<ButtonAction> presses,
            LongSupplier nanoClock) {
        Map<ButtonAction, DigitalInput> inputs = new EnumMap<>(ButtonAction.class);
        settings.buttonPins().forEach((action, pin) -> {
            DigitalInput input = context.create(DigitalInput.newConfigBuilder(context)
                    .id("preptable-button-" + action.configName())
                    .name(action.configName() + " button")
                    .address(pin)
                    .pull(settings.activeLow() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                    // Honoured by gpiod (microseconds); the mock ignores it, hence PressDebouncer as well.
                    .debounce(settings.debounce().toNanos() / 1000, TimeUnit.MICROSECONDS));
            PressDebouncer debouncer = new PressDebouncer(settings.debounce(), nanoClock);
            input.addListener(event -> {
                DigitalState state = event.state();
                if (state != DigitalState.UNKNOWN
                        && debouncer.isPress(settings.activeLow() ? state.isLow() : state.isHigh())) {
                    presses.accept(action);
                }
            });
            inputs.put(action, input);
        });
        return new GpioButtons(inputs);
    }

    DigitalInput input(ButtonAction action) {
        return inputs.get(action);
    }
}
