package org.preptable.kiosk.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.model.kds.KitchenOrder;

/**
 * The "all day" panel: how many of each item the open tickets still need, so a cook can drop six patties at once.
 * Counts lines of queued and preparing orders only: a ready order's food is already made. Items are keyed by name
 * (what the cook reads); most needed first, then by name.
 */
public final class AllDayCounts {

    /** One row of the panel. */
    public record ItemCount(String name, int quantity) {
    }

    private AllDayCounts() {
    }

    public static List<ItemCount> of(List<KitchenOrder> orders) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (KitchenOrder order : orders) {
            if (!"queued".equals(order.prepState()) && !"preparing".equals(order.prepState())) {
                continue;
            }
            for (KitchenOrder.OrderLine line : order.lines() == null ? List.<KitchenOrder.OrderLine>of() : order.lines()) {
                totals.merge(line.name(), line.quantity(), Integer::sum);
            }
        }
        List<ItemCount> counts = new ArrayList<>();
        totals.forEach((name, quantity) -> counts.add(new ItemCount(name, quantity)));
        counts.sort(Comparator.comparingInt(ItemCount::quantity).reversed().thenComparing(ItemCount::name));
        return List.copyOf(counts);
    }
}
