package org.preptable.gateway.ops.health;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.preptable.gateway.ops.health.Finding.Severity;
import org.preptable.gateway.ops.health.HealthRepository.NamedRef;
import org.preptable.gateway.ops.health.HealthRepository.StockedItem;
import org.preptable.gateway.ops.inventory.Quantities;

/**
 * {@code use_it_up}: an item whose stock at the location (summed over its stores) is above
 * {@code PREPTABLE_HEALTH_STOCK_FACTOR} × its par there, and that nothing scheduled in the next 14 days uses: not
 * placed itself, and in no scheduled meal's bill of materials at any depth. Items without a par at the location, or
 * with par 0, are not watched (the inventory rule: no par, no expectation).
 */
final class UseItUpCheck implements HealthCheck {

    static final String CODE = "use_it_up";
    private static final int MEALS_NAMED = 3;

    @Override
    public List<Finding> run(Context context) {
        BigDecimal factor = context.thresholds().stockFactor();
        List<StockedItem> over = context.repository().stockedItems(context.client(), context.locationId()).stream()
                .filter(item -> item.stock().compareTo(item.parLevel().multiply(factor)) > 0).toList();
        if (over.isEmpty()) {
            return List.of();
        }
        Set<UUID> used = new HashSet<>(context.schedule().items(Schedule.LONG_DAYS));
        used.addAll(context.repository().itemsUsedBy(context.client(), context.schedule().meals(Schedule.LONG_DAYS)));
        List<StockedItem> unused = over.stream().filter(item -> !used.contains(item.id())).toList();
        Map<UUID, List<NamedRef>> users = context.repository().mealsUsing(context.client(),
                unused.stream().map(StockedItem::id).toList());
        return unused.stream().map(item -> finding(item, factor, users.getOrDefault(item.id(), List.of()))).toList();
    }

    private static Finding finding(StockedItem item, BigDecimal factor, List<NamedRef> meals) {
        String stock = plain(item.stock()) + " " + item.unit();
        String par = plain(item.parLevel()) + " " + item.unit();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("item_id", item.id().toString());
        evidence.put("item_name", item.name());
        evidence.put("sku", item.sku());
        evidence.put("unit", item.unit());
        evidence.put("stock", Quantities.shown(item.stock()));
        evidence.put("par_level", Quantities.shown(item.parLevel()));
        evidence.put("stock_factor", factor.doubleValue());
        evidence.put("window_days", Schedule.LONG_DAYS);
        List<String> actions = new ArrayList<>();
        if (meals.isEmpty()) {
            actions.add("No meal uses " + item.name() + "; add it to a meal's bill of materials or place it on the"
                    + " menu as it is.");
        } else {
            actions.add("Schedule a meal that uses " + item.name() + ": "
                    + Finding.names(meals.stream().limit(MEALS_NAMED).map(NamedRef::name).toList()) + ".");
        }
        actions.add("Lower the par of " + item.name() + " at this location (now " + par + ").");
        String explanation = "There are " + stock + " of " + item.name() + " in stock, more than "
                + plain(factor) + " × its par of " + par + ", and nothing scheduled in the next 14 days uses it.";
        return new Finding(CODE, Severity.INFO, "Use up " + item.name(), explanation, evidence, actions,
                Finding.key(item.name(), item.id()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
