package org.preptable.bridge.sim;

import java.util.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.preptable.bridge.link.LampState;

/**
 * What the simulated board shows at one moment.
 *
 * @param slots   the text of each slot as the host sent it (a highlighted one in {@code >…<}), "" when clear
 * @param lamps   every lamp the host has set, by id
 * @param beeps   how many BEEPs it has sounded since power-up
 * @param applied how many host frames it has acted on since it was made (resends it recognised are not counted)
 */
public record BoardState(String firmware, boolean powered, List<String> slots, SortedMap<String, LampState> lamps,
        int lastBeepMs, int beeps, int applied) {

    public BoardState {
        slots = List.copyOf(slots);
        lamps = Collections.unmodifiableSortedMap(new TreeMap<>(lamps));
    }

    public static BoardState blank(String firmware, int slotCount, boolean powered, int applied) {
        return new BoardState(firmware, powered, Collections.nCopies(slotCount, ""), new TreeMap<>(), 0, 0,
                applied);
    }

    /** After a SHOW or CLEAR ("" for a clear) was applied. */
    BoardState showing(int slot, String text) {
        List<String> changed = new ArrayList<>(slots);
        changed.set(slot, text);
        return new BoardState(firmware, powered, changed, lamps, lastBeepMs, beeps, applied + 1);
    }

    BoardState withLamp(String id, LampState lamp) {
        SortedMap<String, LampState> changed = new TreeMap<>(lamps);
        changed.put(id, lamp);
        return new BoardState(firmware, powered, slots, changed, lastBeepMs, beeps, applied + 1);
    }

    BoardState beeping(int ms) {
        return new BoardState(firmware, powered, slots, lamps, ms, beeps + 1, applied + 1);
    }

    /** After a frame that changes nothing visible (PING) was applied. */
    BoardState counted() {
        return new BoardState(firmware, powered, slots, lamps, lastBeepMs, beeps, applied + 1);
    }

    /** Highlighted slots carry the text marker the protocol defines: {@code >} first, {@code <} last. */
    public static boolean isHighlighted(String slotText) {
        return slotText.length() >= 3 && slotText.startsWith(">") && slotText.endsWith("<");
    }
}
