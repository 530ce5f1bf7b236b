package org.preptable.bridge.ready;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.preptable.model.kds.KitchenOrder;

/** Picks the orders that are really ready out of the live orders, and the ones still waiting to be started. */
public final class ReadyOrders {

    /** Oldest ready first: by when the order became ready, then when it was placed, then its number. */
    public static final Comparator<KitchenOrder> LONGEST_READY_FIRST = Comparator
            .comparing((KitchenOrder order) -> orMax(order.stateChangedAt()))
            .thenComparing(order -> orMax(order.placedAt()))
            .thenComparing(order -> Objects.requireNonNullElse(order.number(), ""))
            .thenComparing(KitchenOrder::id);

    private ReadyOrders() {
    }

    /** The orders in {@code ready}, oldest ready first; only those a guest can be called by (they have a number). */
    public static List<KitchenOrder> of(List<KitchenOrder> orders) {
        return orders.stream()
                .filter(order -> "ready".equals(order.prepState()))
                .filter(order -> order.number() != null && !order.number().isBlank())
                .sorted(LONGEST_READY_FIRST)
                .toList();
    }

    /** True when an order waits in the queue that nobody has started yet. */
    public static boolean anyQueued(List<KitchenOrder> orders) {
        return orders.stream().anyMatch(order -> "queued".equals(order.prepState()));
    }

    private static Instant orMax(Instant instant) {
        return instant == null ? Instant.MAX : instant;
    }
}
