package org.preptable.kiosk.input;

import java.util.Objects;

/**
 * A serial bump bar: the port to read ({@code input.serial.port}, empty = no serial bump bar), its speed
 * ({@code input.serial.baud}, 8N1) and the byte map ({@code input.serial.map}).
 */
public record SerialSettings(String port, int baud, SerialByteMap map) {

    public static final int DEFAULT_BAUD = 9600;

    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(map, "map");
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, was " + baud);
        }
    }

    public static SerialSettings none() {
        return new SerialSettings("", DEFAULT_BAUD, SerialByteMap.defaults());
    }

    public boolean enabled() {
        return !port.isEmpty();
    }
}
