package org.preptable.kiosk.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which ticket sits in which slot of the board, so that a ticket a cook is looking at never moves: the select key
 * that picked it a moment ago still picks it.
 *
 * <p>Slots are numbered across pages (slot {@code i} is on page {@code i / pageSize}); {@code null} is an empty slot.
 * <ul>
 * <li>{@link #keep}: tickets that are still shown stay where they are; a ticket that left leaves its slot empty; a
 * new ticket takes the first slot after the last ticket. A new <em>rush</em> ticket takes the first empty slot
 * instead (if there is one), which keeps rush as near the front as it can get without moving anybody. A ticket that
 * comes back while its old slot is still empty (an order removed, then shown again marked VOID) gets that slot back.
 * <li>{@link #close}: the board order exactly (rush first, then oldest first), no gaps. The screen calls it only
 * when nobody is using it (idle for a moment) or on a page turn, when the cook looks at a new page anyway.
 * </ul>
 * Not thread-safe: the FX thread owns it.
 */
public final class SlotLayout {

    private final List<String> slots = new ArrayList<>();
    /** Tickets that left since the gaps last closed, and the slot each left empty. */
    private final Map<String, Integer> vacated = new HashMap<>();

    /**
     * Keeps every ticket still in {@code boardOrder} in its slot and places new ones.
     *
     * @param boardOrder the ids to show, in board order (rush first, then oldest)
     * @param rush the ids among them that are rush orders
     */
    public List<String> keep(List<String> boardOrder, Set<String> rush) {
        Set<String> wanted = new HashSet<>(boardOrder);
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) != null && !wanted.contains(slots.get(i))) {
                vacated.put(slots.get(i), i);
                slots.set(i, null);
            }
        }
        trim();
        Set<String> placed = new HashSet<>(slots);
        for (String id : boardOrder) {
            if (placed.contains(id)) {
                continue;
            }
            Integer own = vacated.remove(id);
            if (own != null && (own >= slots.size() || slots.get(own) == null)) {
                while (slots.size() <= own) {
                    slots.add(null);
                }
                slots.set(own, id);
                continue;
            }
            int gap = rush.contains(id) ? slots.indexOf(null) : -1;
            if (gap >= 0) {
                slots.set(gap, id);
            } else {
                slots.add(id);
            }
        }
        return slots();
    }

    /** Closes every gap and puts the tickets in board order; returns whether any ticket moved. */
    public boolean close(List<String> boardOrder) {
        if (slots.equals(boardOrder)) {
            return false;
        }
        vacated.clear();
        slots.clear();
        slots.addAll(boardOrder);
        return true;
    }

    /** Whether the slots are the board order without gaps (nothing to close). */
    public boolean isClosed(List<String> boardOrder) {
        return slots.equals(boardOrder);
    }

    /** The slots, {@code null} for an empty one; no empty slot at the end. */
    public List<String> slots() {
        return Collections.unmodifiableList(new ArrayList<>(slots));
    }

    /** The 0-based slot of this ticket, or -1. */
    public int indexOf(String id) {
        return id == null ? -1 : slots.indexOf(Objects.requireNonNull(id));
    }

    private void trim() {
        while (!slots.isEmpty() && slots.get(slots.size() - 1) == null) {
            slots.remove(slots.size() - 1);
        }
    }
}
