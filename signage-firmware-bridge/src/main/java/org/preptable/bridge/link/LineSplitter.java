package org.preptable.bridge.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a serial byte stream into lines at {@code \n}. A serial line delivers whatever it likes: a frame in several
 * reads, several frames in one read, noise without any newline. So a line may span any number of chunks, and one
 * that grows past the protocol's limit is cut off and everything up to the next {@code \n} is skipped: the receiver
 * resynchronises at the next newline instead of buffering noise forever.
 *
 * <p>Each byte becomes one char (ISO-8859-1), so a non-ASCII byte survives as a non-printable char that
 * {@link FrameCodec#decode} refuses by name. Not thread-safe: one reader thread owns it.
 */
final class LineSplitter {

    private final int maxLength;
    private final StringBuilder current = new StringBuilder();
    private boolean skippingRest;

    /** @param maxLength the longest line worth keeping whole; longer lines come out cut to {@code maxLength + 1} */
    LineSplitter(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * The lines completed by these bytes, without their {@code \n}. An over-long line comes out as its first
     * {@code maxLength + 1} chars, enough for the decoder to say TOO_LONG and still read its sequence number.
     */
    List<String> feed(byte[] bytes, int length) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            char c = (char) (bytes[i] & 0xFF);
            if (c == '\n') {
                lines.add(current.toString());
                current.setLength(0);
                skippingRest = false;
            } else if (!skippingRest) {
                current.append(c);
                skippingRest = current.length() > maxLength;
            }
        }
        return lines;
    }

    /** Chars of an unfinished line waiting for their newline. */
    int pending() {
        return current.length();
    }

    /** Forgets an unfinished line, e.g. when the port is reopened and the old bytes belong to nobody. */
    void reset() {
        current.setLength(0);
        skippingRest = false;
    }
}
