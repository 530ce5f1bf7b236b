package org.preptable.kiosk.board;

import java.util.List;
import java.util.OptionalLong;
import org.preptable.model.kds.KitchenOrder;

/**
 * What one screen shows of the location's orders. A station screen shows only the lines routed to its station, and
 * only orders that have such a line; expo (no station) shows every line of every order, including lines whose item
 * code is not routed anywhere ({@code station_id} null), which only expo ever sees.
 */
public record StationView(OptionalLong stationId) {

    public static StationView expo() {
        return new StationView(OptionalLong.empty());
    }

    public static StationView station(long id) {
        return new StationView(OptionalLong.of(id));
    }

    public boolean isExpo() {
        return stationId.isEmpty();
    }

    public List<KitchenOrder> apply(List<KitchenOrder> orders) {
        if (isExpo()) {
            return orders;
        }
        return orders.stream().map(this::linesForStation).filter(order -> !order.lines().isEmpty()).toList();
    }

    private KitchenOrder linesForStation(KitchenOrder order) {
        long id = stationId.getAsLong();
        List<KitchenOrder.OrderLine> mine = order.lines() == null ? List.of()
                : order.lines().stream().filter(line -> line.stationId() != null && line.stationId() == id).toList();
        return new KitchenOrder(order.id(), order.saavorOrderId(), order.locationId(), order.number(), order.channel(),
                order.customerName(), order.placedAt(), order.prepState(), order.stateChangedAt(), order.readyOverdue(),
                mine, order.updatedAt());
    }
}
