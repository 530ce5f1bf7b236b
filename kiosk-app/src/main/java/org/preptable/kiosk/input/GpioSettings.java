package org.preptable.kiosk.input;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * GPIO buttons: which Pi4J provider drives them ({@code input.gpio.provider}), which BCM pin does which action
 * ({@code input.gpio.pins}, empty = no buttons), the debounce window ({@code input.gpio.debounce-ms}) and the
 * wiring ({@code input.gpio.active-low}: true = button to ground with the pull-up on, the usual Pi wiring).
 */
public record GpioSettings(Provider provider, Map<Integer, KioskAction> pins, Duration debounce, boolean activeLow) {

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(30);

    /** The Pi4J digital-input provider; named explicitly so a mis-configured Pi fails instead of mocking. */
    public enum Provider {
        /** Linux GPIO character device (libgpiod) — the real thing on a Raspberry Pi. */
        GPIOD,
        /** Pi4J's mock provider (tests and desktop development; needs pi4j-plugin-mock on the classpath). */
        MOCK;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Provider> parse(String text) {
            for (Provider p : values()) {
                if (p.configName().equalsIgnoreCase(text.strip())) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    public GpioSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(debounce, "debounce");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative");
        }
        // Sorted so logs and config lines list pins in order.
        pins = Collections.unmodifiableSortedMap(new TreeMap<>(pins));
    }

    public static GpioSettings none() {
        return new GpioSettings(Provider.GPIOD, Map.of(), DEFAULT_DEBOUNCE, true);
    }

    public boolean enabled() {
        return !pins.isEmpty();
    }
}
