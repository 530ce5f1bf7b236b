package org.preptable.kiosk.print;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preptable.model.kds.KitchenOrder;

/**
 * Decides which tickets an order event calls for, following {@code printer.print-on}:
 * <ul>
 * <li>{@code new}: an {@code order.created} for a queued order (a created order in another state is one recall
 * brought back, which was printed when it was new);
 * <li>{@code ready}: an {@code order.updated} that shows the order ready when it was not ready before. The previous
 * state is tracked per order, so an update to an order that is already ready (a changed note, a re-sent event with a
 * new id) does not print it again.
 * <li>{@code void}: an {@code order.removed} whose order is {@code voided}, for an order the kiosk had seen on the
 * screens (a void slip for an order no cook saw would only confuse).
 * </ul>
 * Thread-safe.
 */
final class TicketTriggers {

    // Orders normally leave through order.removed; the cap only guards against ones that never do.
    private static final int MAX_TRACKED_ORDERS = 5_000;

    private final Set<TicketKind> printOn;
    private final Map<String, String> lastState = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_TRACKED_ORDERS;
        }
    };

    TicketTriggers(Set<TicketKind> printOn) {
        this.printOn = Set.copyOf(printOn);
    }

    /** Remembers the states of orders already on the screens (a snapshot), so they do not print as news. */
    synchronized void remember(Collection<KitchenOrder> orders) {
        orders.forEach(order -> lastState.put(order.id(), order.prepState()));
    }

    /** The tickets to print for this event, in print order; usually none or one. */
    synchronized List<TicketKind> ticketsFor(String eventName, KitchenOrder order) {
        if (order == null || order.id() == null || order.prepState() == null) {
            return List.of();
        }
        if ("order.removed".equals(eventName) || !isOnScreen(order.prepState())) {
            String previous = lastState.remove(order.id());
            boolean voidSlip = printOn.contains(TicketKind.VOID) && "order.removed".equals(eventName)
                    && "voided".equals(order.prepState()) && previous != null;
            return voidSlip ? List.of(TicketKind.VOID) : List.of();
        }
        String previous = lastState.put(order.id(), order.prepState());
        List<TicketKind> tickets = new ArrayList<>(1);
        // A created order that is not queued is a recalled one (expo brought a fulfilled order back): not news.
        if (printOn.contains(TicketKind.NEW) && "order.created".equals(eventName) && "queued".equals(order.prepState())) {
            tickets.add(TicketKind.NEW);
        }
        if (printOn.contains(TicketKind.READY) && "order.updated".equals(eventName)
                && "ready".equals(order.prepState()) && !"ready".equals(previous)) {
            tickets.add(TicketKind.READY);
        }
        return tickets;
    }

    private static boolean isOnScreen(String prepState) {
        return switch (prepState) {
            case "queued", "preparing", "ready" -> true;
            default -> false;
        };
    }
}
