package org.preptable.kiosk.tools;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.preptable.model.kds.KitchenOrder;
import org.preptable.model.kds.KitchenOrder.LineAllergen;
import org.preptable.model.kds.KitchenOrder.OrderLine;

/**
 * A believable lunch rush for screenshots and benchmarks: orders of several ages and states, modifiers, notes and
 * allergens, lines routed to the grill (1), the cold station (2) or nowhere (expo only).
 */
public final class DemoOrders {

    private static final LineAllergen GLUTEN = new LineAllergen(1, 1, "Gluten", "Gluten");
    private static final LineAllergen MILK = new LineAllergen(7, 7, "Mælk", "Milk");
    private static final LineAllergen MUSTARD = new LineAllergen(10, 10, "Sennep", "Mustard");
    private static final LineAllergen SESAME = new LineAllergen(11, 11, "Sesam", "Sesame");
    private static final String[] NAMES = {"Maja", "Jonas", "Freja", "Oscar", "Alma", "Noah", "Ida", "William", "Ella",
        "Lucas", "Clara", "Emil", "Karla", "Victor", "Agnes", "Malthe"};
    private static final String[] CHANNELS = {"counter", "kiosk", "online", "drive-thru"};

    private DemoOrders() {
    }

    /**
     * The lunch rush as part 2's gateway sends it: each order with a state per station that has lines in it (the
     * grill finished first on some orders still cooking), the newest order marked rush, and one cooking order Saavor
     * changed (an added line and a removed one).
     */
    public static List<KitchenOrder> lunchRushWithStations(Instant now, int count) {
        List<KitchenOrder> plain = lunchRush(now, count);
        List<KitchenOrder> orders = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            KitchenOrder o = plain.get(i);
            List<KitchenOrder.StationState> stations = new ArrayList<>();
            for (long station : o.lines().stream().map(OrderLine::stationId).filter(java.util.Objects::nonNull)
                    .distinct().sorted().toList()) {
                boolean grillDone = "preparing".equals(o.prepState()) && station == 1 && i % 2 == 0;
                stations.add(new KitchenOrder.StationState(station, station == 1 ? "Grill" : "Cold",
                        grillDone ? "ready" : o.prepState(), grillDone ? now.minusSeconds(30 + i * 4) : o.stateChangedAt()));
            }
            boolean changed = i == 4;
            List<OrderLine> lines = o.lines();
            List<KitchenOrder.RemovedLine> removed = List.of();
            if (changed) {
                lines = new ArrayList<>(o.lines());
                lines.add(new OrderLine("demo-" + i + "-RINGS", "RINGS", "Onion rings", 1, List.of(), null, 1L,
                        List.of(GLUTEN), "added"));
                removed = List.of(new KitchenOrder.RemovedLine("Fries", 1));
            }
            orders.add(new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(),
                    o.customerName(), o.placedAt(), o.prepState(), o.stateChangedAt(), o.readyOverdue(), lines,
                    o.updatedAt(), i == plain.size() - 1 ? KitchenOrder.RUSH : KitchenOrder.NORMAL, null, stations,
                    changed ? now.minusSeconds(30) : null, removed));
        }
        return orders;
    }

    /** {@code count} orders placed before {@code now}, oldest first. */
    public static List<KitchenOrder> lunchRush(Instant now, int count) {
        List<KitchenOrder> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long ageSeconds = (long) (count - i) * 47 + 20;
            String state = i < count / 5 ? "ready" : i < count / 2 ? "preparing" : "queued";
            Instant placed = now.minusSeconds(ageSeconds);
            Instant changed = "ready".equals(state) ? now.minusSeconds(i == 0 ? 260 : 40 + i * 7) : placed;
            orders.add(new KitchenOrder("demo-" + i, "S-" + (88400 + i), "demo-location", Integer.toString(141 + i),
                    CHANNELS[i % CHANNELS.length], NAMES[i % NAMES.length], placed, state, changed, false, lines(i),
                    changed));
        }
        return orders;
    }

    private static List<OrderLine> lines(int i) {
        List<OrderLine> lines = new ArrayList<>();
        switch (i % 5) {
            case 0 -> {
                lines.add(line(i, "BRG-CLS", "Classic burger", 2, 1L, List.of("no onion", "extra pickles"), null,
                        List.of(GLUTEN, MUSTARD, SESAME)));
                lines.add(line(i, "FRIES", "Fries", 2, 1L, List.of(), null, List.of()));
            }
            case 1 -> {
                lines.add(line(i, "SAL-CSR", "Caesar salad", 1, 2L, List.of("dressing on the side"), null,
                        List.of(GLUTEN, MILK)));
                lines.add(line(i, "LEMON", "Lemonade", 1, null, List.of(), null, List.of()));
            }
            case 2 -> lines.add(line(i, "BRG-VEG", "Veggie burger", 1, 1L, List.of("gluten-free bun"),
                    "Coeliac guest: clean board", List.of(SESAME)));
            case 3 -> {
                lines.add(line(i, "WRAP-CHK", "Chicken wrap", 3, 2L, List.of(), null, List.of(GLUTEN, MILK)));
                lines.add(line(i, "BRG-CLS", "Classic burger", 1, 1L, List.of("medium"), null, List.of(GLUTEN)));
            }
            default -> {
                lines.add(line(i, "FRIES", "Fries", 1, 1L, List.of("no salt"), null, List.of()));
                lines.add(line(i, "SHAKE", "Vanilla shake", 2, 2L, List.of(), null, List.of(MILK)));
            }
        }
        return lines;
    }

    private static OrderLine line(int order, String code, String name, int qty, Long station, List<String> modifiers,
            String notes, List<LineAllergen> allergens) {
        return new OrderLine("demo-" + order + "-" + code, code, name, qty, modifiers, notes, station, allergens);
    }
}
