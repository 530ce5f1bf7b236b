package org.preptable.kiosk.testing;

import java.time.Instant;
import java.util.List;
import org.preptable.model.kds.KitchenOrder;
import org.preptable.model.kds.KitchenOrder.LineAllergen;
import org.preptable.model.kds.KitchenOrder.OrderLine;

/** Kitchen orders for UI and board tests, as the gateway would send them. */
public final class Orders {

    private Orders() {
    }

    public static KitchenOrder order(String id, String number, String state, Instant placedAt, OrderLine... lines) {
        return new KitchenOrder(id, "S-" + id, "loc-1", number, "counter", "Guest " + number, placedAt, state, placedAt,
                false, List.of(lines), placedAt);
    }

    public static KitchenOrder withState(KitchenOrder o, String state, Instant at) {
        return new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(), o.customerName(),
                o.placedAt(), state, at, false, o.lines(), at);
    }

    public static OrderLine line(String name, int quantity, Long stationId, String... modifiers) {
        return new OrderLine(name + "-line", "CODE-" + name, name, quantity, List.of(modifiers), null, stationId, List.of());
    }

    public static OrderLine lineWithAllergens(String name, int quantity, Long stationId, LineAllergen... allergens) {
        return new OrderLine(name + "-line", "CODE-" + name, name, quantity, List.of(), null, stationId, List.of(allergens));
    }

    /** The order with station states ({@code stationId, name, state} triples) and a priority, as part 2 sends it. */
    public static KitchenOrder withStations(KitchenOrder o, String priority, KitchenOrder.StationState... stations) {
        return new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(), o.customerName(),
                o.placedAt(), o.prepState(), o.stateChangedAt(), false, o.lines(), o.updatedAt(), priority, null,
                List.of(stations), null, List.of());
    }

    public static KitchenOrder.StationState station(long id, String name, String state, Instant at) {
        return new KitchenOrder.StationState(id, name, state, at);
    }

    /** The order as expo cleared it (handed off at {@code at}). */
    public static KitchenOrder cleared(KitchenOrder o, Instant at) {
        return new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(), o.customerName(),
                o.placedAt(), "ready", o.stateChangedAt(), false, o.lines(), at, o.priority(), at, o.stations(),
                o.changedAt(), o.removedLines());
    }

    /** The order after a Saavor update at {@code at}: these lines (with their {@code change}) and removed lines. */
    public static KitchenOrder changed(KitchenOrder o, Instant at, List<OrderLine> lines,
            KitchenOrder.RemovedLine... removed) {
        return new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(), o.customerName(),
                o.placedAt(), o.prepState(), o.stateChangedAt(), false, lines, at, o.priority(), null, o.stations(), at,
                List.of(removed));
    }

    public static OrderLine changedLine(String name, int quantity, Long stationId, String change) {
        return new OrderLine(name + "-line", "CODE-" + name, name, quantity, List.of(), null, stationId, List.of(),
                change);
    }

    public static LineAllergen allergen(int number, String nameEn) {
        return new LineAllergen(number, number, nameEn + " (da)", nameEn);
    }
}
