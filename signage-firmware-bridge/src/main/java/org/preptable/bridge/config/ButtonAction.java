package org.preptable.bridge.config;

import java.util.Locale;

/** What a physical button at the counter does; GPIO buttons and the board's own buttons map to these. */
public enum ButtonAction {
    /** Tell the gateway (and through it the POS) that the oldest ready order is ready for hand-off. */
    HANDOFF,
    /** Call a runner: the ready lamp blinks and the buzzer sounds. */
    RUNNER,
    /** Show the number that last left the board again, for a while. */
    RECALL;

    /** The word used in config keys, e.g. {@code gpio.button.handoff}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
