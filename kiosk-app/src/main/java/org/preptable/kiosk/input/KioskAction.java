package org.preptable.kiosk.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a key, bump-bar byte or button means to the kitchen screen. Every input source turns its raw input into
 * one of these, so the screen handles a single closed set, e.g.:
 * <pre>{@code
 * switch (action) {
 *     case SELECT_1, SELECT_2, SELECT_3, SELECT_4,
 *          SELECT_5, SELECT_6, SELECT_7, SELECT_8, SELECT_9, SELECT_10 -> board.focusSlot(action.slot());
 *     case NEXT -> board.focusNext();
 *     case PREVIOUS -> board.focusPrevious();
 *     case BUMP -> bumps.holdFocused();
 *     case UNDO -> bumps.cancelHeld();
 *     case RECALL -> bumps.recall();
 *     case SUMMARY -> summary.toggle();
 *     case PAGE_UP -> board.pageUp();
 *     case PAGE_DOWN -> board.pageDown();
 *     case RUSH -> bumps.toggleRush();
 * }
 * }</pre>
 * Selects are ten constants (one per key of a 10-key bump bar: 1–9, then 0) rather than one parameterised action so the switch above stays exhaustive and
 * config files can name them ({@code select-3}).
 */
public enum KioskAction {
    SELECT_1(1),
    SELECT_2(2),
    SELECT_3(3),
    SELECT_4(4),
    SELECT_5(5),
    SELECT_6(6),
    SELECT_7(7),
    SELECT_8(8),
    SELECT_9(9),
    /** The tenth slot: key 0 by default, as on a 10-key bump bar. */
    SELECT_10(10),
    /** Move the ticket cursor forward (right/down arrows). */
    NEXT,
    /** Move the ticket cursor back (left/up arrows). */
    PREVIOUS,
    /** Advance the focused ticket (queued → preparing → ready); the screen holds it for the undo window first. */
    BUMP,
    /** Cancel a bump that is still held on screen. */
    UNDO,
    /** Show the last bumped tickets again. */
    RECALL,
    /** Toggle the all-day summary panel. */
    SUMMARY,
    PAGE_UP,
    PAGE_DOWN,
    /** Toggle rush (priority) on the focused ticket: rush orders sort first on every screen. */
    RUSH;

    /** Number of ticket slots a bump bar can address directly. */
    public static final int SLOTS = 10;

    private final int slot;

    KioskAction() {
        this(0);
    }

    KioskAction(int slot) {
        this.slot = slot;
    }

    public boolean isSelect() {
        return slot > 0;
    }

    /** The 1-based ticket slot of a select action, or 0 for every other action. */
    public int slot() {
        return slot;
    }

    /** The select action for a 1-based slot. */
    public static KioskAction select(int slot) {
        if (slot < 1 || slot > SLOTS) {
            throw new IllegalArgumentException("slot must be 1.." + SLOTS + ", was " + slot);
        }
        return values()[slot - 1];
    }

    /** The spelling used in config property names: {@code bump}, {@code select-3}, {@code page-up}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads an action name as people write it in config: case-insensitive, with {@code -} or {@code _}
     * ({@code page-up}, {@code PAGE_UP}, {@code Select-1}).
     */
    public static Optional<KioskAction> parse(String name) {
        String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(a -> a.name().equals(normal)).findFirst();
    }

    /** For problem messages: every action's config name. */
    static String knownNames() {
        return Arrays.stream(values()).map(KioskAction::configName).collect(Collectors.joining(", "));
    }
}
