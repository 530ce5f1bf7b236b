package org.preptable.bridge.link;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Recognises a resent request frame. A sender resends the very same line (same seq, same checksum) when it missed
 * the answer, so the receiver must answer again without acting twice. A line counts as a resend when it equals the
 * last request line acted on and arrived within the window; resends stop after 3 tries × 200 ms, so one second
 * is ample, and the time limit keeps a restarted peer that happens to reuse a seq from being ignored.
 */
public final class DuplicateFilter {

    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(1);

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private String lastLine;
    private long lastAt;

    public DuplicateFilter() {
        this(DEFAULT_WINDOW, System::nanoTime);
    }

    DuplicateFilter(Duration window, LongSupplier nanoClock) {
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** True when {@code line} (a decoded request, without its newline) repeats the last one seen in the window. */
    public synchronized boolean isResend(String line) {
        long now = nanoClock.getAsLong();
        return line.equals(lastLine) && now - lastAt <= windowNanos;
    }

    /** Records a request line that was acted on. */
    public synchronized void remember(String line) {
        lastLine = line;
        lastAt = nanoClock.getAsLong();
    }

    public synchronized void forget() {
        lastLine = null;
    }
}
