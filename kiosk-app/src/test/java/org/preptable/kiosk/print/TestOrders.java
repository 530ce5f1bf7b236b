package org.preptable.kiosk.print;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.preptable.model.kds.KitchenOrder;
import org.preptable.model.kds.KitchenOrder.LineAllergen;
import org.preptable.model.kds.KitchenOrder.OrderLine;

/** Orders for print tests, and a small wait helper. */
final class TestOrders {

    /** 13:05 UTC on a winter day: 14:05 in Copenhagen. */
    static final Instant PLACED = Instant.parse("2025-01-15T13:05:00Z");

    static final LineAllergen GLUTEN = new LineAllergen(1, 1, "Gluten", "Gluten");
    static final LineAllergen MILK = new LineAllergen(7, 7, "Mælk", "Milk");

    private TestOrders() {
    }

    static OrderLine line(int quantity, String name, Long station, List<String> modifiers, String notes,
            List<LineAllergen> allergens) {
        return new OrderLine("l-" + name.hashCode(), "ITEM", name, quantity, modifiers, notes, station, allergens);
    }

    static OrderLine burger() {
        return line(2, "Classic burger", 3L, List.of("no onion", "extra cheese"), "well done", List.of(MILK, GLUTEN));
    }

    static OrderLine fries() {
        return line(1, "Fries", 4L, List.of(), null, List.of());
    }

    static KitchenOrder order(String id, String number, String prepState, List<OrderLine> lines) {
        return new KitchenOrder(id, "saavor-" + id, "loc-1", number, "takeaway", "Anna", PLACED, prepState,
                PLACED.plusSeconds(900), false, lines, PLACED.plusSeconds(900));
    }

    static KitchenOrder burgerOrder(String id, String number) {
        return order(id, number, "queued", List.of(burger(), fries()));
    }

    /** An order so long its ticket is {@code lines} lines, for filling the serial buffers. */
    static KitchenOrder hugeOrder(String id, String number, int lines) {
        List<OrderLine> many = new ArrayList<>(lines);
        for (int i = 1; i <= lines; i++) {
            many.add(line(1, "Side salad number " + i, 3L, List.of("dressing on the side"), null, List.of()));
        }
        return order(id, number, "queued", many);
    }

    static KitchenOrder withState(KitchenOrder order, String prepState) {
        return new KitchenOrder(order.id(), order.saavorOrderId(), order.locationId(), order.number(), order.channel(),
                order.customerName(), order.placedAt(), prepState, order.stateChangedAt(), order.readyOverdue(),
                order.lines(), order.updatedAt());
    }

    /** Polls until the condition holds; fails with {@code what} after the timeout. */
    static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
