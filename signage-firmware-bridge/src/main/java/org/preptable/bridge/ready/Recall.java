package org.preptable.bridge.ready;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The "recall" button's memory: the number that last left the board, and while a recall lasts, the number shown
 * again. A press during a recall starts it over with the number that last left (which may be a newer one).
 * Not thread-safe: the counter's one thread uses it.
 */
public final class Recall {

    private final Duration showFor;
    private final Clock clock;
    private String lastCleared;
    private String shown;
    private Instant until = Instant.MIN;

    public Recall(Duration showFor, Clock clock) {
        this.showFor = showFor;
        this.clock = clock;
    }

    /** A number left the board (its order was fulfilled, voided or expired). */
    public void cleared(String number) {
        lastCleared = number;
    }

    /** Starts showing the last cleared number; empty when nothing has left the board yet. */
    public Optional<String> recall() {
        if (lastCleared == null) {
            return Optional.empty();
        }
        shown = lastCleared;
        until = clock.instant().plus(showFor);
        return Optional.of(shown);
    }

    /** The number to show now, if a recall lasts. */
    public Optional<String> shown() {
        return clock.instant().isBefore(until) ? Optional.of(shown) : Optional.empty();
    }

    /** When the current recall ends (in the past when none lasts). */
    public Instant until() {
        return until;
    }
}
