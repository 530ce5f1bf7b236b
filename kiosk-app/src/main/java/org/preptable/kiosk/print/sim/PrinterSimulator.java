package org.preptable.kiosk.print.sim;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.preptable.kiosk.print.EscPosDecoder;

/**
 * The printer half of {@code scripts/printer-sim}, without the serial port: fed the bytes the kiosk sends, it answers
 * {@code DLE EOT n} for its current {@link Condition} (Epson's bits, as {@link org.preptable.kiosk.print.PrinterStatus}
 * reads them) and hands every complete ticket (from {@code ESC @} to its cut) to the ticket listener, decoded.
 * Used by one reader thread; the condition may be changed from another.
 */
public final class PrinterSimulator {

    /** What the simulated printer answers to {@code DLE EOT 1..4}, or nothing at all. */
    public enum Condition {
        READY(0x12, 0x12, 0x12, 0x12),
        PAPER_LOW(0x12, 0x12, 0x12, 0x1E),
        PAPER_OUT(0x1A, 0x32, 0x12, 0x72),
        COVER_OPEN(0x1A, 0x16, 0x12, 0x12),
        /** A printer without status support: it prints but never answers (use {@code printer.status = none|auto}). */
        SILENT();

        private final int[] answers;

        Condition(int... answers) {
            this.answers = answers;
        }

        /** The command-line word: ready, paper-low, paper-out, cover-open, silent. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Condition fromWord(String word) {
            for (Condition condition : values()) {
                if (condition.word().equals(word)) {
                    return condition;
                }
            }
            throw new IllegalArgumentException("unknown printer condition '" + word
                    + "' (ready, paper-low, paper-out, cover-open or silent)");
        }

        /** The answer byte to {@code DLE EOT n}, or -1 when silent. */
        int answer(int n) {
            return answers.length == 0 ? -1 : answers[n - 1];
        }
    }

    private final Consumer<byte[]> answers;
    private final Consumer<EscPosDecoder.Ticket> tickets;
    private final Consumer<String> notes;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final AtomicInteger statusRequests = new AtomicInteger();
    private volatile Condition condition = Condition.READY;
    private final StatusRequestFilter filter = new StatusRequestFilter(this::printByte, this::statusRequest);

    /**
     * @param answers receives each status answer, to be written back to the kiosk
     * @param tickets receives each complete ticket
     * @param notes   receives things worth telling the person watching (a ticket that would not print, bad bytes)
     */
    public PrinterSimulator(Consumer<byte[]> answers, Consumer<EscPosDecoder.Ticket> tickets, Consumer<String> notes) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    public Condition condition() {
        return condition;
    }

    public void setCondition(Condition condition) {
        this.condition = Objects.requireNonNull(condition, "condition");
    }

    /** Status requests seen so far, answered or not. */
    public int statusRequests() {
        return statusRequests.get();
    }

    /** Feeds bytes read from the line. */
    public void accept(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            filter.accept(bytes[i] & 0xFF);
        }
    }

    private void statusRequest(int n) {
        statusRequests.incrementAndGet();
        int answer = condition.answer(n);
        if (answer >= 0) {
            answers.accept(new byte[] {(byte) answer});
        }
    }

    private void printByte(int b) {
        current.write(b);
        byte[] bytes = current.toByteArray();
        if (!EscPosDecoder.endsWithCut(bytes, bytes.length)) {
            return;
        }
        current.reset();
        try {
            var complete = EscPosDecoder.completeTickets(bytes);
            if (complete.isEmpty()) {
                notes.accept("a cut without a whole ticket before it (" + bytes.length + " bytes, no ESC @)");
            }
            if (condition == Condition.PAPER_OUT || condition == Condition.COVER_OPEN) {
                notes.accept("this ticket arrived while " + condition.word() + ": a real printer would not print it yet");
            }
            complete.forEach(tickets);
        } catch (IllegalArgumentException e) {
            notes.accept("could not decode " + bytes.length + " bytes: " + e.getMessage());
        }
    }
}
