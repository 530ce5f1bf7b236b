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
