package org.preptable.kiosk.input;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Turns a bouncing contact into one press. An edge counts only after the line has been quiet for the whole
 * window, and every edge — counted or not — restarts the window. So the bounces right after a press and the
 * bounces of its release are both swallowed, however long the button is held.
 *
 * <p>Pi4J 3.0.3's gpiod provider has its own debounce (it waits for the line to settle, configured in
 * microseconds through {@code DigitalInputConfigBuilder.debounce}), but the mock provider dispatches every
 * state change as it comes; this class makes the behaviour the same whatever the provider.
 */
final class PressDebouncer {

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private boolean sawEdge;
    private long lastEdge;

    PressDebouncer(Duration window, LongSupplier nanoClock) {
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Records an edge; true when it is a press (an edge to active) to act on. */
    synchronized boolean isPress(boolean active) {
        long now = nanoClock.getAsLong();
        boolean quiet = !sawEdge || now - lastEdge >= windowNanos;
        sawEdge = true;
        lastEdge = now;
        return active && quiet;
    }
}
