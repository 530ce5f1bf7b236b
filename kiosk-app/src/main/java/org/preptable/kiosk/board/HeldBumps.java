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
 * the target one more step (queued → ready is a legal single transition) and restarts the hold. Not thread-safe: the
 * FX thread owns it.
 */
public final class HeldBumps {

    /** A bump: move {@code order} from its state to {@code to}, sent once {@code due} has passed. */
    public record Held(KitchenOrder order, String to, Instant due) {
    }

    private final Duration hold;
    private final Map<String, Held> held = new LinkedHashMap<>();

    public HeldBumps(Duration hold) {
        this.hold = hold;
    }

    /**
     * Holds a bump of {@code order} one step forward (or one step further when already held). Returns the held bump,
     * or empty when the order cannot move further (ready orders are handed off, not bumped).
     */
    public Optional<Held> bump(KitchenOrder order, Instant now) {
        Held existing = held.remove(order.id());
        String next = nextState(existing == null ? order.prepState() : existing.to());
        if (next == null) {
            if (existing != null) {
                held.put(order.id(), existing);
            }
            return Optional.empty();
        }
        Held bump = new Held(existing == null ? order : existing.order(), next, now.plus(hold));
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

    /** The state a bump moves an order to next, or null when it is ready (handed off, not bumped further). */
    public static String nextState(String state) {
        return switch (state) {
            case "queued" -> "preparing";
            case "preparing" -> "ready";
            default -> null;
        };
    }
}
