package org.preptable.kiosk.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.preptable.model.kds.KitchenOrder;

/**
 * Bumps waiting on screen before they are sent. States never move backwards at the gateway, so "undo" means the
 * bump was never sent: it is held here for the configured time, and undo drops it. Bumping a held ticket again moves
 * the target one more step (queued → ready is a legal single transition) and restarts the hold. On expo a ready
 * order's next step is {@link #CLEARED} (the hand-off); a station's ready part goes no further. Not thread-safe: the
 * FX thread owns it.
 */
public final class HeldBumps {

    /** The step after ready on expo: the order is handed off and leaves the kitchen screens. */
    public static final String CLEARED = "cleared";

    /**
     * A bump: move {@code order} from its state to {@code to}, sent once {@code due} has passed;
     * {@code allergensConfirmed} when the cook confirmed the ticket's allergens for this move.
     */
    public record Held(KitchenOrder order, String to, Instant due, boolean allergensConfirmed) {
    }

    private final Duration hold;
    private final boolean expo;
    private final Map<String, Held> held = new LinkedHashMap<>();

    /** @param expo whether a ready order can be bumped once more, to {@link #CLEARED} */
    public HeldBumps(Duration hold, boolean expo) {
        this.hold = hold;
        this.expo = expo;
    }

    public HeldBumps(Duration hold) {
        this(hold, false);
    }

    /** Where the next bump of this order would take it, or null when it can go no further from this screen. */
    public String peekNext(KitchenOrder order) {
        Held existing = held.get(order.id());
        if (existing == null) {
            return nextState(order.prepState(), expo);
        }
        // A held move is one transition: queued → ready is one, but clearing needs the gateway to say ready first.
        String next = nextState(existing.to(), expo);
        return CLEARED.equals(next) ? null : next;
    }

    /**
     * Holds a bump of {@code order} one step forward (or one step further when already held). Returns the held bump,
     * or empty when the order cannot move further from this screen.
     */
    public Optional<Held> bump(KitchenOrder order, Instant now) {
        return bump(order, now, false);
    }

    /** As {@link #bump(KitchenOrder, Instant)}, recording that the cook confirmed the allergens for this move. */
    public Optional<Held> bump(KitchenOrder order, Instant now, boolean allergensConfirmed) {
        String next = peekNext(order);
        if (next == null) {
            return Optional.empty();
        }
        Held existing = held.remove(order.id());
        Held bump = new Held(existing == null ? order : existing.order(), next, now.plus(hold), allergensConfirmed);
        held.put(order.id(), bump);
        return Optional.of(bump);
    }

    /** Drops the held bump of this order, or if it has none, the most recent held bump. */
    public Optional<Held> undo(String preferredOrderId) {
        Held dropped = preferredOrderId == null ? null : held.remove(preferredOrderId);
        if (dropped == null && !held.isEmpty()) {
            String last = new ArrayList<>(held.keySet()).get(held.size() - 1);
            dropped = held.remove(last);
        }
        return Optional.ofNullable(dropped);
    }

    /** Removes and returns the bumps whose hold has passed, oldest first. */
    public List<Held> due(Instant now) {
        List<Held> due = new ArrayList<>();
        held.values().removeIf(bump -> {
            if (!bump.due().isAfter(now)) {
                due.add(bump);
                return true;
            }
            return false;
        });
        return due;
    }

    public Optional<Held> heldFor(String orderId) {
        return Optional.ofNullable(held.get(orderId));
    }

    /** Forgets a held bump whose order left the screen (voided, fulfilled) before it was sent. */
    public void forgetMissing(java.util.Set<String> onScreen) {
        held.keySet().retainAll(onScreen);
    }

    /** The state a bump moves an order to next on a station screen, or null when it is ready (or done). */
    public static String nextState(String state) {
        return nextState(state, false);
    }

    /** The next state; on expo a ready order's next step is {@link #CLEARED}. */
    public static String nextState(String state, boolean expo) {
        return switch (state) {
            case "queued" -> "preparing";
            case "preparing" -> "ready";
            case "ready" -> expo ? CLEARED : null;
            default -> null;
        };
    }
}
