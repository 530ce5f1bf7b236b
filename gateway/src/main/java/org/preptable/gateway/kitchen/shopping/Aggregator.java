package org.preptable.gateway.kitchen.shopping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.kitchen.Unit;

/**
 * Turns the approved requests of one delivery date into shopping-list items (reference §4.9): requests for the same
 * ingredient (the same name key) in the same kind of unit become one item. Grams and kilograms add up (so do
 * millilitres and litres): "2 KG Tomatoes" and "500 G tomato" are 2.5 KG Tomato. The sum is shown in kilograms (or
 * litres) when any request used them or it reaches 1000 g (ml); otherwise in grams. Other units only add up with
 * themselves. Deterministic: the same requests always give the same items, in the order of their first request.
 */
public final class Aggregator {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** One approved request: what was asked, by whom (first name, for the notes), and the supplier they prefer. */
    public record Line(long requestId, String name, BigDecimal quantity, Unit unit, String supplier,
                       String firstName) {
    }

    /** One item of the list. */
    public record Item(String name, BigDecimal quantity, Unit unit, String supplier, String notes) {
    }

    private Aggregator() {
    }

    /**
     * @param better names the AI normalizer proposed, by original name (empty without it); an original it left
     *               out keeps its own name. Either way the name key decides what merges.
     */
    public static List<Item> aggregate(List<Line> lines, Map<String, String> better) {
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Line line : lines) {
            String name = better.getOrDefault(line.name(), line.name());
            String key = IngredientNames.key(name) + "\u0000" + family(line.unit());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            // the AI's spelling when it gave one; otherwise the key's capitalized form
            shown.putIfAbsent(key, better.containsKey(line.name()) ? name.trim()
                    : IngredientNames.display(IngredientNames.key(name)));
        }
        List<Item> items = new ArrayList<>();
        groups.forEach((key, group) -> items.add(item(shown.get(key), group)));
        return items;
    }

    private static Item item(String name, List<Line> group) {
        Unit unit = group.getFirst().unit();
        BigDecimal total;
        if (unit == Unit.G || unit == Unit.KG || unit == Unit.ML || unit == Unit.L) {
            Unit small = unit == Unit.G || unit == Unit.KG ? Unit.G : Unit.ML;
            Unit large = small == Unit.G ? Unit.KG : Unit.L;
            BigDecimal base = BigDecimal.ZERO;
            boolean anyLarge = false;
            for (Line line : group) {
                anyLarge |= line.unit() == large;
                base = base.add(line.unit() == large ? line.quantity().multiply(THOUSAND) : line.quantity());
            }
            boolean inLarge = anyLarge || base.compareTo(THOUSAND) >= 0;
            unit = inLarge ? large : small;
            total = inLarge ? base.divide(THOUSAND, 3, RoundingMode.HALF_UP) : base;
        } else {
            total = group.stream().map(Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        List<String> notes = group.stream().map(line -> line.firstName() + " (" + line.name() + ": "
                + line.quantity().doubleValue() + " " + line.unit().name() + ")").toList();
        return new Item(name, total.setScale(3, RoundingMode.HALF_UP), unit, supplier(group),
                String.join(" | ", notes));
    }

    /** The supplier most of the group prefer; on a tie the one asked for first; null when nobody named one. */
    private static String supplier(List<Line> group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Line line : group) {
            if (line.supplier() != null) {
                counts.merge(line.supplier(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /** Which units add up: mass, volume, or only the unit itself. */
    private static String family(Unit unit) {
        return switch (unit) {
            case G, KG -> "mass";
            case ML, L -> "volume";
            default -> unit.name();
        };
    }
}
