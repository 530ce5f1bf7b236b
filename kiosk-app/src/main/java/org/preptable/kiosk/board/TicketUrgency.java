package org.preptable.kiosk.board;

import java.time.Duration;
import java.time.Instant;
import org.preptable.model.kds.KitchenOrder;

/**
 * How urgent a ticket looks. Age escalates a ticket that is still being made (queued or preparing) from normal to
 * warn to late by the configured thresholds; a ready order is judged by the location's ready-hold time instead (food
 * waiting at the pass too long). Computed from the kiosk's clock on every tick, so a ticket turns red on time even
 * when no event arrives; the gateway's {@code ready_overdue} flag counts too, in case the clocks disagree.
 */
public enum TicketUrgency {
    NORMAL, WARN, LATE, READY_OVERDUE;

    public static TicketUrgency of(KitchenOrder order, Instant now, Duration warnAfter, Duration lateAfter,
            Duration readyHold) {
        if ("ready".equals(order.prepState())) {
            Instant since = order.stateChangedAt();
            boolean held = since != null && !readyHold.isZero() && Duration.between(since, now).compareTo(readyHold) > 0;
            return order.readyOverdue() || held ? READY_OVERDUE : NORMAL;
        }
        if (order.placedAt() == null) {
            return NORMAL;
        }
        Duration age = Duration.between(order.placedAt(), now);
        if (age.compareTo(lateAfter) >= 0) {
            return LATE;
        }
        return age.compareTo(warnAfter) >= 0 ? WARN : NORMAL;
    }

    /** The CSS class a ticket carries for this level ({@code urgency-warn} …), none for normal. */
    public String styleClass() {
        return this == NORMAL ? null : "urgency-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
