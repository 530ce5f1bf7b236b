package org.preptable.kiosk.board;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Short messages shown on one ticket: the allergen prompt that waits for the cook's second press, and hints such as
 * "READY — expo clears it" when a press cannot do anything. A prompt the screen raised itself lasts
 * {@link #CONFIRM_WINDOW}; one raised because the gateway refused an unconfirmed move stays until the cook acts, so
 * that refusal is never lost. Not thread-safe: the FX thread owns it.
 */
public final class TicketNotes {

    /** How long the allergen prompt waits for the second press. */
    public static final Duration CONFIRM_WINDOW = Duration.ofSeconds(5);
    /**
     * The second press must come at least this long after the prompt appeared: a bouncing bump-bar key, a double tap
     * or a key pressed twice in one go is not a deliberate confirmation.
     */
    public static final Duration DELIBERATE_GAP = Duration.ofMillis(400);
    /** How long a hint stays on a ticket. */
    public static final Duration HINT_TIME = Duration.ofSeconds(3);

    /** A note: {@code prompt} true for the allergen prompt, false for a hint; {@code until} null = until acted on. */
    public record Note(String text, boolean prompt, Instant shownAt, Instant until) {
        boolean expired(Instant now) {
            return until != null && !now.isBefore(until);
        }
    }

    private final Map<String, Note> notes = new HashMap<>();

    /** Shows the allergen prompt on the ticket; {@code sticky} keeps it until the cook confirms or undoes. */
    public void prompt(String orderId, String text, Instant now, boolean sticky) {
        notes.put(orderId, new Note(text, true, now, sticky ? null : now.plus(CONFIRM_WINDOW)));
    }

    public void hint(String orderId, String text, Instant now) {
        notes.put(orderId, new Note(text, false, now, now.plus(HINT_TIME)));
    }

    /** The prompt waiting for a second press on this ticket, if it has not run out. */
    public Optional<Note> promptFor(String orderId, Instant now) {
        return noteFor(orderId, now).filter(Note::prompt);
    }

    public Optional<Note> noteFor(String orderId, Instant now) {
        Note note = notes.get(orderId);
        return note == null || note.expired(now) ? Optional.empty() : Optional.of(note);
    }

    /** Whether a press now is deliberate enough to confirm this prompt. */
    public static boolean deliberate(Note prompt, Instant now) {
        return !now.isBefore(prompt.shownAt().plus(DELIBERATE_GAP));
    }

    public void clear(String orderId) {
        notes.remove(orderId);
    }

    /** Drops notes that ran out or whose ticket left; true when anything was dropped (the screen redraws). */
    public boolean expire(Instant now, Set<String> onScreen) {
        return notes.entrySet().removeIf(e -> e.getValue().expired(now) || !onScreen.contains(e.getKey()));
    }
}
