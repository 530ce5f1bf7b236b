package org.preptable.kiosk.board;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.preptable.model.kds.KitchenOrder;

/**
 * What one screen shows of the location's orders. A station screen shows only the lines routed to its station, only
 * orders that have such a line, and as each order's state <em>its station's own state</em> ({@code stations[]}; from
 * a gateway that sends none, the order's). Expo (no station) shows every line of every order, including lines whose
 * item code is not routed anywhere ({@code station_id} null), which only expo ever sees, and the order's derived
 * state. Neither shows an order expo has cleared ({@code handed_off_at} set): it has left the kitchen.
 */
public record StationView(OptionalLong stationId) {

    /** How tickets are laid out: rush orders first, then oldest first (as the gateway lists active orders). */
    public static final Comparator<KitchenOrder> TICKET_ORDER = Comparator.comparing((KitchenOrder o) -> !o.isRush())
            .thenComparing(o -> o.placedAt() == null ? java.time.Instant.MAX : o.placedAt())
            .thenComparing(KitchenOrder::id);

    public StationView {
        Objects.requireNonNull(stationId, "stationId");
    }

    public static StationView expo() {
        return new StationView(OptionalLong.empty());
    }

    public static StationView station(long id) {
        return new StationView(OptionalLong.of(id));
    }

    public boolean isExpo() {
        return stationId.isEmpty();
    }

    /** The station id a bump from this screen carries, or null for expo (the whole order). */
    public Long bumpStation() {
        return isExpo() ? null : stationId.getAsLong();
    }

    /** The screen's tickets: not cleared, with lines for this screen; the order kept. */
    public List<KitchenOrder> apply(List<KitchenOrder> orders) {
        return orders.stream().filter(order -> !order.isCleared()).flatMap(order -> view(order).stream()).toList();
    }

    /** The order as this screen shows it (cleared or not), or empty when it has no lines for this station. */
    public java.util.Optional<KitchenOrder> view(KitchenOrder order) {
        if (isExpo()) {
            return java.util.Optional.of(order);
        }
        long id = stationId.getAsLong();
        List<KitchenOrder.OrderLine> mine = order.lines().stream()
                .filter(line -> line.stationId() != null && line.stationId() == id).toList();
        if (mine.isEmpty()) {
            return java.util.Optional.empty();
        }
        var own = order.station(id);
        return java.util.Optional.of(OrderCopies.forStation(order, mine,
                own.map(KitchenOrder.StationState::prepState).orElse(order.prepState()),
                own.map(KitchenOrder.StationState::stateChangedAt).orElse(order.stateChangedAt())));
    }

    /** Every allergen on the lines this screen shows of the order, once each, by their menu number. */
    public static List<KitchenOrder.LineAllergen> allergens(KitchenOrder viewed) {
        return viewed.lines().stream().flatMap(line -> line.allergens().stream())
                .collect(java.util.stream.Collectors.toMap(KitchenOrder.LineAllergen::id, a -> a, (a, b) -> a))
                .values().stream().sorted(Comparator.comparingInt(KitchenOrder.LineAllergen::displayNumber)).toList();
    }
}
