package org.preptable.kiosk.print.sim;

import java.util.function.IntConsumer;

/**
 * Splits what a kiosk sends a printer into the bytes to print and the status requests in between: {@code DLE EOT n}
 * ({@code n} 1..4) is taken out of the stream wherever it appears, as a real printer's receive interrupt does, and
 * anything else (a {@code DLE} not followed by {@code EOT n} included) is printed. Used by one reader thread.
 */
public final class StatusRequestFilter {

    private static final int DLE = 0x10;
    private static final int EOT = 0x04;

    private final IntConsumer printed;
    private final IntConsumer statusRequest;
    private int state;

    /**
     * @param printed       receives each byte to print
     * @param statusRequest receives {@code n} of each {@code DLE EOT n}
     */
    public StatusRequestFilter(IntConsumer printed, IntConsumer statusRequest) {
        this.printed = printed;
        this.statusRequest = statusRequest;
    }

    /** Feeds one byte (0..255) read from the line. */
    public void accept(int b) {
        switch (state) {
            case 0 -> {
                if (b == DLE) {
                    state = 1;
                } else {
                    printed.accept(b);
                }
            }
            case 1 -> {
                state = 0;
                if (b == EOT) {
                    state = 2;
                } else {
                    printed.accept(DLE);
                    accept(b);
                }
            }
            default -> {
                state = 0;
                if (b >= 1 && b <= 4) {
                    statusRequest.accept(b);
                } else {
                    printed.accept(DLE);
                    printed.accept(EOT);
                    accept(b);
                }
            }
        }
    }
}
