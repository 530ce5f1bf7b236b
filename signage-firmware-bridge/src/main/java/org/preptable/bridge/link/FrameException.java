package org.preptable.bridge.link;

import java.util.OptionalLong;

/**
 * A line that is not a valid frame, or a frame that cannot be sent. Checked on purpose: a
 * reader thread that forgets to handle line noise would die on the first glitch.
 */
public class FrameException extends Exception {

    /** Why a frame was refused; the names double as {@code NAK} reasons on the wire. */
    public enum Reason {
        TOO_LONG, NOT_PRINTABLE, SYNTAX, CRC, UNKNOWN_VERB, BAD_ARGS
    }

    /**
     * True for a NAK reason that says the line garbled the frame (CRC, SYNTAX, NOT_PRINTABLE, TOO_LONG): a sender
     * that only sends valid frames resends then. Any other reason (BAD_ARGS, UNKNOWN_VERB, RANGE, …) is final.
     */
    public static boolean isLineFault(String nakReason) {
        return switch (nakReason) {
            case "CRC", "SYNTAX", "NOT_PRINTABLE", "TOO_LONG" -> true;
            default -> false;
        };
    }

    private final Reason reason;
    private final OptionalLong seq;

    public FrameException(Reason reason, String message) {
        this(reason, OptionalLong.empty(), message);
    }

    public FrameException(Reason reason, OptionalLong seq, String message) {
        super(reason + ": " + message);
        this.reason = reason;
        this.seq = seq;
    }

    public Reason reason() {
        return reason;
    }

    /** The sequence number read from the refused line, if it had one, so the answer can be {@code NAK <seq> <reason>}. */
    public OptionalLong seq() {
        return seq;
    }
}
