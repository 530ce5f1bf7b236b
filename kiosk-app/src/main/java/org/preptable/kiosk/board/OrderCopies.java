package org.preptable.kiosk.board;

import java.time.Instant;
import java.util.List;
import org.preptable.model.kds.KitchenOrder;

/** Copies of an order with one thing changed, for what a screen shows before the gateway confirms it. */
public final class OrderCopies {

    private OrderCopies() {
    }

    /** The same order in another state (and state time). */
    public static KitchenOrder withState(KitchenOrder o, String state, Instant changedAt) {
        return new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(), o.customerName(),
                o.placedAt(), state, changedAt, o.readyOverdue() && "ready".equals(state), o.lines(), o.updatedAt(),
                o.priority(), o.handedOffAt(), o.stations(), o.changedAt(), o.removedLines());
    }

    /** The same order with another priority ({@code rush} or {@code normal}). */
    public static KitchenOrder withPriority(KitchenOrder o, String priority) {
        return new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(), o.customerName(),
                o.placedAt(), o.prepState(), o.stateChangedAt(), o.readyOverdue(), o.lines(), o.updatedAt(), priority,
                o.handedOffAt(), o.stations(), o.changedAt(), o.removedLines());
    }

    /** The same order with only these lines, in this state: what one station's screen shows of it. */
    public static KitchenOrder forStation(KitchenOrder o, List<KitchenOrder.OrderLine> lines, String state,
            Instant changedAt) {
        return new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(), o.customerName(),
                o.placedAt(), state, changedAt, o.readyOverdue() && "ready".equals(state), lines, o.updatedAt(),
                o.priority(), o.handedOffAt(), o.stations(), o.changedAt(), o.removedLines());
    }
}
