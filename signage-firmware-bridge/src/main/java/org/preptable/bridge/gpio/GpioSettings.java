package org.preptable.bridge.gpio;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Properties;
import org.preptable.bridge.config.ButtonAction;
import org.preptable.model.device.Settings;
import org.preptable.bridge.signals.Lamp;

/**
 * The {@code gpio.*} keys: which Pi4J provider drives the pins and which BCM pin does what. Every pin is optional;
 * with none set the bridge opens no GPIO at all.
 * <pre>
 * gpio.provider           = gpiod   (gpiod on a Pi; mock in tests)
 * gpio.lamp.new           = 17      (output: lamp on while orders wait in the queue)
 * gpio.lamp.ready         = 27      (output: lamp on while orders are ready; blinks for a runner call)
 * gpio.buzzer             = 22      (output: buzzer, pulsed)
 * gpio.button.handoff     = 5       (input: hand the oldest ready order off)
 * gpio.button.runner      = 6       (input: call a runner)
 * gpio.button.recall      = 13      (input: show the last cleared number again)
 * gpio.debounce-ms        = 30
 * gpio.active-low         = true    (buttons to GND with the pull-up on: pressed reads low)
 * gpio.outputs-active-low = false   (true for relay boards that switch on when the pin is low)
 * </pre>
 */
public record GpioSettings(Provider provider, Map<Lamp, Integer> lampPins, OptionalInt buzzerPin,
        Map<ButtonAction, Integer> buttonPins, Duration debounce, boolean activeLow, boolean outputsActiveLow) {

    public static final String PROVIDER = "gpio.provider";
    public static final String BUZZER = "gpio.buzzer";
    public static final String DEBOUNCE_MS = "gpio.debounce-ms";
    public static final String ACTIVE_LOW = "gpio.active-low";
    public static final String OUTPUTS_ACTIVE_LOW = "gpio.outputs-active-low";

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(30);
    /** The BCM2835 family numbers its lines 0..53; the 40-pin header carries 0..27. */
    public static final int MAX_PIN = 53;

    /** The Pi4J provider for digital inputs and outputs, named in config so a mis-configured Pi fails loudly. */
    public enum Provider {
        /** The Linux GPIO character device (libgpiod): the real thing on a Raspberry Pi. */
        GPIOD,
        /** Pi4J's mock provider: tests only (pi4j-plugin-mock is not in the shipped jar). */
        MOCK;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public GpioSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(buzzerPin, "buzzerPin");
        Objects.requireNonNull(debounce, "debounce");
        lampPins = Collections.unmodifiableMap(copy(lampPins, Lamp.class));
        buttonPins = Collections.unmodifiableMap(copy(buttonPins, ButtonAction.class));
    }

    public static String lampKey(Lamp lamp) {
        return "gpio.lamp." + lamp.id();
    }

    public static String buttonKey(ButtonAction action) {
        return "gpio.button." + action.configName();
    }

    public static GpioSettings none() {
        return new GpioSettings(Provider.GPIOD, Map.of(), OptionalInt.empty(), Map.of(), DEFAULT_DEBOUNCE, true, false);
    }

    /** True when at least one pin is configured. */
    public boolean enabled() {
        return !lampPins.isEmpty() || buzzerPin.isPresent() || !buttonPins.isEmpty();
    }

    /** Reads the {@code gpio.*} keys, appending every mistake to {@code problems}. */
    public static GpioSettings from(Properties properties, List<String> problems) {
        Provider provider = provider(Settings.value(properties, PROVIDER), problems);
        Map<String, Integer> used = new HashMap<>(); // pin → key, to refuse a pin claimed twice
        Map<Lamp, Integer> lamps = new EnumMap<>(Lamp.class);
        for (Lamp lamp : Lamp.values()) {
            pin(properties, lampKey(lamp), used, problems).ifPresent(pin -> lamps.put(lamp, pin));
        }
        OptionalInt buzzer = pin(properties, BUZZER, used, problems);
        Map<ButtonAction, Integer> buttons = new EnumMap<>(ButtonAction.class);
        for (ButtonAction action : ButtonAction.values()) {
            pin(properties, buttonKey(action), used, problems).ifPresent(pin -> buttons.put(action, pin));
        }
        int debounceMs = Settings.intIn(properties, DEBOUNCE_MS, 0, 1_000, (int) DEFAULT_DEBOUNCE.toMillis(), problems);
        boolean activeLow = Settings.bool(properties, ACTIVE_LOW, true, problems);
        boolean outputsActiveLow = Settings.bool(properties, OUTPUTS_ACTIVE_LOW, false, problems);
        return new GpioSettings(provider, lamps, buzzer, buttons, Duration.ofMillis(debounceMs), activeLow,
                outputsActiveLow);
    }

    private static Provider provider(String value, List<String> problems) {
        for (Provider provider : Provider.values()) {
            if (provider.configName().equalsIgnoreCase(value)) {
                return provider;
            }
        }
        if (!value.isEmpty()) {
            problems.add(PROVIDER + " must be gpiod (on a Raspberry Pi) or mock (tests), was '" + value + "'");
        }
        return Provider.GPIOD;
    }

    private static OptionalInt pin(Properties properties, String key, Map<String, Integer> used,
            List<String> problems) {
        OptionalInt pin = Settings.optionalIntIn(properties, key, 0, MAX_PIN, 17, problems);
        if (pin.isEmpty()) {
            return pin;
        }
        String owner = used.entrySet().stream().filter(e -> e.getValue() == pin.getAsInt()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (owner != null) {
            problems.add(key + " uses BCM pin " + pin.getAsInt() + ", which " + owner + " already uses");
            return OptionalInt.empty();
        }
        used.put(key, pin.getAsInt());
        return pin;
    }

    private static <K extends Enum<K>> Map<K, Integer> copy(Map<K, Integer> map, Class<K> type) {
        Map<K, Integer> copy = new EnumMap<>(type);
        copy.putAll(map);
        return copy;
    }
}
