package org.preptable.model.device;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Turns a bouncing contact into one press. An edge counts only after the line has been quiet for the whole
 * window, and every edge, counted or not, restarts the window: the bounces after a press and those of its release
 * are both swallowed, however long the button is held.
 *
 * <p>Pi4J's gpiod provider debounces by itself (configured in microseconds), but the mock provider delivers every
 * change as it comes; this class makes the behaviour the same whatever the provider.
 */
public final class PressDebouncer {

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private boolean sawEdge;
    private long lastEdge;

    public PressDebouncer(Duration window, LongSupplier nanoClock) {
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Records an edge; true when it is a press (an edge to active) to act on. */
    public synchronized boolean isPress(boolean active) {
        long now = nanoClock.getAsLong();
        boolean quiet = !sawEdge || now - lastEdge >= windowNanos;
        sawEdge = true;
        lastEdge = now;
        return active && quiet;
    }
}
