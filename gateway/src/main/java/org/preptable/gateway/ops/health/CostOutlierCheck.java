package org.preptable.gateway.ops.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.preptable.gateway.ops.health.Finding.Severity;
import org.preptable.gateway.ops.health.HealthRepository.CostEntry;
import org.preptable.gateway.ops.health.HealthRepository.ItemSource;
import org.preptable.gateway.ops.health.HealthRepository.Meal;
import org.preptable.model.WireTime;

/**
 * {@code cost_outlier}: a meal scheduled in the next 14 days whose current plate cost is more than
 * {@code PREPTABLE_HEALTH_COST_JUMP_PERCENT} above its own recent past: the median of its cost history over the last
 * {@code PREPTABLE_HEALTH_COST_HISTORY_DAYS} days, leaving out the newest entry (the change being judged). It needs at
 * least one such earlier entry, and a median above 0 (a cost rising from 0 is a bill of materials being completed,
 * not a jump). A jump of more than twice the threshold is critical, otherwise a warning.
 */
final class CostOutlierCheck implements HealthCheck {

    static final String CODE = "cost_outlier";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int ITEMS_NAMED = 5;

    private record Outlier(Meal meal, BigDecimal median, int entries, CostEntry latest, BigDecimal percent,
                           boolean critical) {
    }

    @Override
    public List<Finding> run(Context context) {
        Set<UUID> scheduled = context.schedule().meals(Schedule.LONG_DAYS);
        if (scheduled.isEmpty()) {
            return List.of();
        }
        int days = context.thresholds().costHistoryDays();
        Map<UUID, List<CostEntry>> history = context.repository()
                .costHistory(context.client(), scheduled, context.now().minus(Duration.ofDays(days)), context.now())
                .stream().collect(Collectors.groupingBy(CostEntry::mealId));
        List<Outlier> outliers = new ArrayList<>();
        for (Meal meal : context.meals()) {
            List<CostEntry> entries = history.getOrDefault(meal.id(), List.of());
            if (!scheduled.contains(meal.id()) || entries.size() < 2) {
                continue;
            }
            CostEntry latest = entries.stream().filter(CostEntry::newest).findFirst().orElseThrow();
            List<Long> earlier = entries.stream().filter(e -> !e.newest()).map(CostEntry::unitCostCents).sorted()
                    .toList();
            BigDecimal median = median(earlier);
            BigDecimal current = BigDecimal.valueOf(meal.unitCostCents());
            int threshold = context.thresholds().costJumpPercent();
            if (median.signum() > 0 && above(current, median, threshold)) {
                BigDecimal percent = current.subtract(median).multiply(HUNDRED).divide(median, 1, RoundingMode.HALF_UP);
                outliers.add(new Outlier(meal, median, earlier.size(), latest, percent,
                        above(current, median, 2 * threshold)));
            }
        }
        if (outliers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ItemSource>> sources = context.repository().itemSources(context.client(),
                outliers.stream().map(o -> o.meal().id()).toList()).stream()
                .collect(Collectors.groupingBy(ItemSource::mealId));
        return outliers.stream().map(o -> finding(o, context, sources.getOrDefault(o.meal().id(), List.of())))
                .toList();
    }

    /** current > median × (100 + percent) / 100, exactly (no division, so no rounding decides). */
    private static boolean above(BigDecimal current, BigDecimal median, int percent) {
        return current.multiply(HUNDRED).compareTo(median.multiply(BigDecimal.valueOf(100L + percent))) > 0;
    }

    static BigDecimal median(List<Long> sorted) {
        int n = sorted.size();
        BigDecimal middle = BigDecimal.valueOf(sorted.get(n / 2));
        return n % 2 == 1 ? middle
                : middle.add(BigDecimal.valueOf(sorted.get(n / 2 - 1))).divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY);
    }

    private static Finding finding(Outlier o, Context context, List<ItemSource> sources) {
        int threshold = context.thresholds().costJumpPercent();
        long before = o.median().setScale(0, RoundingMode.HALF_UP).longValueExact();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("meal_id", o.meal().id().toString());
        evidence.put("meal_name", o.meal().name());
        evidence.put("before_cents", before);
        evidence.put("after_cents", o.meal().unitCostCents());
        evidence.put("increase_percent", o.percent().doubleValue());
        evidence.put("threshold_percent", threshold);
        evidence.put("history_days", context.thresholds().costHistoryDays());
        evidence.put("history_entries", o.entries());
        evidence.put("latest_cause", o.latest().cause());
        evidence.put("latest_recorded_at", WireTime.rfc3339(o.latest().recordedAt()));
        List<String> actions = new ArrayList<>();
        for (ItemSource source : sources.stream().limit(ITEMS_NAMED).toList()) {
            actions.add(source.vendorName() == null
                    ? "Choose a preferred vendor for " + source.itemName() + "; it has none."
                    : "Check the preferred vendor of " + source.itemName() + ": " + source.vendorName() + " at "
                    + source.priceCents() + " cents per pack of " + source.packSize().stripTrailingZeros().toPlainString()
                    + " " + source.unit() + ".");
        }
        actions.add("Check recent quantity changes in the bill of materials of " + o.meal().name() + ".");
        String explanation = "The plate cost of " + o.meal().name() + " is " + o.meal().unitCostCents()
                + " cents, " + o.percent().toPlainString() + "% above the median of its previous "
                + o.entries() + " cost(s) over the last " + context.thresholds().costHistoryDays() + " days ("
                + before + " cents); the threshold is " + threshold + "%. The latest change came from: "
                + o.latest().cause() + ".";
        Severity severity = o.critical() ? Severity.CRITICAL : Severity.WARNING;
        return new Finding(CODE, severity, "Plate cost of " + o.meal().name() + " jumped "
                + o.percent().toPlainString() + "%", explanation, evidence, actions,
                Finding.key(o.meal().name(), o.meal().id()));
    }
}
