package org.preptable.kiosk.print;

import java.util.Objects;

/**
 * What the screen's printer chip shows: the printer's last known status and how many tickets wait in the queue.
 *
 * @param ticketsWaiting tickets in the durable queue, including one being printed right now
 */
public record PrinterState(PrinterStatus status, int ticketsWaiting) {

    /** How loudly the screen should show the state. */
    public enum Level {
        /** Printing normally. */
        OK,
        /** Still printing, but someone should act soon (paper low). */
        WARNING,
        /** Not printing; tickets are piling up. */
        PROBLEM
    }

    public PrinterState {
        Objects.requireNonNull(status, "status");
    }

    public Level level() {
        if (!status.canPrint()) {
            return Level.PROBLEM;
        }
        return status.paperNearEnd() ? Level.WARNING : Level.OK;
    }

    /** E.g. "printer ready", "paper low", "out of paper — 3 tickets waiting". */
    public String text() {
        if (ticketsWaiting == 0 || status.canPrint()) {
            // While the printer works the queue drains in moments; counting it would only flicker.
            return status.text();
        }
        return status.text() + " — " + ticketsWaiting + (ticketsWaiting == 1 ? " ticket waiting" : " tickets waiting");
    }
}
