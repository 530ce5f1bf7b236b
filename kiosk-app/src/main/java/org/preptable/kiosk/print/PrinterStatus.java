package org.preptable.kiosk.print;

/**
 * A printer's condition, decoded from its answers to the real-time status requests {@code DLE EOT 1..4}. Bit
 * positions are Epson's (TM-T88, TM-T20, TM-L60 and the many clones that copy them); Citizen and some others use
 * different bits for the paper sensors.
 *
 * @param answered     false when the printer sent nothing back (off, unplugged, or not reading its input), or was
 *                     not asked ({@link #NO_STATUS})
 * @param offline      DLE EOT 1 bit 3
 * @param coverOpen    DLE EOT 2 bit 2
 * @param paperOut     DLE EOT 2 bit 5 (stopped by paper end) or DLE EOT 4 bits 5–6 (no paper at the sensor)
 * @param paperNearEnd DLE EOT 4 bits 2–3: the roll is nearly used up, printing still works
 * @param error        DLE EOT 2 bit 6, or DLE EOT 3 bits 3 (cutter), 5 (unrecoverable), 6 (auto-recoverable)
 */
public record PrinterStatus(
        boolean answered,
        boolean offline,
        boolean coverOpen,
        boolean paperOut,
        boolean paperNearEnd,
        boolean error) {

    /** The printer did not answer a status request. */
    public static final PrinterStatus NO_ANSWER = new PrinterStatus(false, true, false, false, false, false);

    /**
     * Printing blind: the printer is not asked (or never answers), but its port opens and takes data. Prints, and
     * the screen says "printer: no status", since paper out or an open cover cannot be seen.
     */
    public static final PrinterStatus NO_STATUS = new PrinterStatus(false, false, false, false, false, false);

    /** What a healthy printer reports. */
    public static final PrinterStatus READY = new PrinterStatus(true, false, false, false, false, false);

    /** The bytes asking for status {@code n} (1 printer, 2 offline cause, 3 error cause, 4 paper sensor). */
    public static byte[] request(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n must be 1..4, was " + n);
        }
        return new byte[] {0x10, 0x04, (byte) n};
    }

    /** Decodes the one-byte answers to {@code DLE EOT 1}, {@code 2}, {@code 3} and {@code 4}. */
    public static PrinterStatus decode(int printer, int offlineCause, int errorCause, int paperSensor) {
        boolean offline = (printer & 0x08) != 0;
        boolean coverOpen = (offlineCause & 0x04) != 0;
        boolean paperOut = (offlineCause & 0x20) != 0 || (paperSensor & 0x60) != 0;
        boolean paperNearEnd = (paperSensor & 0x0C) != 0;
        boolean error = (offlineCause & 0x40) != 0 || (errorCause & 0x68) != 0;
        return new PrinterStatus(true, offline, coverOpen, paperOut, paperNearEnd, error);
    }

    /** True when a ticket sent now would print. A nearly empty roll still prints. */
    public boolean canPrint() {
        return !offline && !coverOpen && !paperOut && !error;
    }

    /** True for {@link #NO_STATUS}: printing without knowing the printer's condition. */
    public boolean blind() {
        return !answered && !offline;
    }

    /** A short phrase for the kitchen, most urgent condition first. */
    public String text() {
        if (!answered) {
            return offline ? "printer offline" : "printer: no status";
        }
        if (paperOut) {
            return "out of paper";
        }
        if (coverOpen) {
            return "printer cover open";
        }
        if (error) {
            return "printer error";
        }
        if (offline) {
            return "printer offline";
        }
        if (paperNearEnd) {
            return "paper low";
        }
        return "printer ready";
    }
}
