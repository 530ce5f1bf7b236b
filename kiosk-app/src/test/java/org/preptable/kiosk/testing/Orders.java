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

    public static LineAllergen allergen(int number, String nameEn) {
        return new LineAllergen(number, number, nameEn + " (da)", nameEn);
    }
}
