package org.preptable.kiosk.board;

import java.util.LinkedList;
import java.util.List;
import org.preptable.model.kds.KitchenOrder;

/**
 * The last tickets this screen bumped, newest first, so a cook who bumped the wrong ticket (or needs to see what was
 * on it) can see it again. Recall only shows; it never moves a state back. Since the gateway keeps its own list of
 * cleared orders (and can bring one back), this is what recall shows only with a gateway that has no such list.
 * Not thread-safe: FX thread.
 */
public final class RecallList {

    private final int size;
    private final LinkedList<KitchenOrder> bumped = new LinkedList<>();

    public RecallList(int size) {
        this.size = size;
    }

    /** Remembers the ticket as bumped to {@code newState}; a ticket bumped twice is listed once, at the front. */
    public void add(KitchenOrder order, String newState) {
        bumped.removeIf(o -> o.id().equals(order.id()));
        bumped.addFirst(withState(order, newState));
        while (bumped.size() > size) {
            bumped.removeLast();
        }
    }

    /** Keeps the recalled tickets' states current when the gateway reports them (e.g. fulfilled after ready). */
    public void update(KitchenOrder order) {
        bumped.replaceAll(o -> o.id().equals(order.id()) ? order : o);
    }

    public List<KitchenOrder> newestFirst() {
        return List.copyOf(bumped);
    }

    private static KitchenOrder withState(KitchenOrder o, String state) {
        return OrderCopies.withState(o, state, o.stateChangedAt());
    }
}
