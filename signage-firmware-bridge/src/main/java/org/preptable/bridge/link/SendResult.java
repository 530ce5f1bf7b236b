package org.preptable.bridge.link;

/**
 * How one frame sent to the board ended.
 *
 * @param outcome what happened
 * @param detail  the board's NAK reason for {@link Outcome#REFUSED}, why the link is down for
 *                {@link Outcome#LINK_DOWN}, empty for {@link Outcome#ACKED}
 */
public record SendResult(Outcome outcome, String detail) {

    public enum Outcome {
        /** The board acknowledged the frame and acted on it. */
        ACKED,
        /** The board answered NAK for a reason that a resend cannot fix (e.g. RANGE, BAD_ARGS). */
        REFUSED,
        /** Not connected, or the frame went unacknowledged 3 times and the link was marked down. */
        LINK_DOWN
    }

    static final SendResult ACKED = new SendResult(Outcome.ACKED, "");

    static SendResult refused(String reason) {
        return new SendResult(Outcome.REFUSED, reason);
    }

    static SendResult linkDown(String why) {
        return new SendResult(Outcome.LINK_DOWN, why);
    }

    public boolean acked() {
        return outcome == Outcome.ACKED;
    }
}
