package org.preptable.kiosk.print;

import java.util.Locale;
import java.util.Optional;

/** Why a ticket is printed. The config word also ends the job key ({@code <eventId>-new}). */
public enum TicketKind {
    /** A new order reached the screens ({@code order.created}). */
    NEW("new", "NEW ORDER"),
    /** An order turned ready ({@code order.updated} with {@code prep_state = ready}). */
    READY("ready", "READY"),
    /** Saavor voided an order this screen showed ({@code order.removed} with {@code prep_state = voided}). */
    VOID("void", "VOID - DO NOT MAKE");

    private final String configWord;
    private final String headline;

    TicketKind(String configWord, String headline) {
        this.configWord = configWord;
        this.headline = headline;
    }

    /** The word used in {@code printer.print-on} and in job keys. */
    public String configWord() {
        return configWord;
    }

    /** The banner printed at the top of the ticket. */
    public String headline() {
        return headline;
    }

    public static Optional<TicketKind> fromConfigWord(String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        for (TicketKind kind : values()) {
            if (kind.configWord.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
