package org.preptable.bridge.signals;

import java.util.Locale;

/** The counter's lamps. Each is a GPIO output if a pin is configured, and a {@code LAMP} on the serial board. */
public enum Lamp {
    /** On while an order waits in the queue that nobody has started. */
    NEW,
    /** On while an order is ready for pick-up; blinks while a runner is called. */
    READY;

    /** The lamp's id in the board protocol ({@code LAMP new ON}) and its name in config keys. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
