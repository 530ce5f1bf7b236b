package org.preptable.bridge.link;

/**
 * Sequence numbers for the frames one side sends: 1 to 65535, then 1 again. The range fits a 16-bit counter on
 * the board's microcontroller; 0 is never sent, so a board may use it as "nothing received yet".
 */
public final class SeqCounter {

    public static final int MAX = 65_535;

    private int last;

    public SeqCounter() {
        this(0);
    }

    /** Starts after {@code last}; tests use it to cross the wrap. */
    public SeqCounter(int last) {
        if (last < 0 || last > MAX) {
            throw new IllegalArgumentException("last must be 0.." + MAX + ", was " + last);
        }
        this.last = last;
    }

    public synchronized long next() {
        last = last >= MAX ? 1 : last + 1;
        return last;
    }
}
