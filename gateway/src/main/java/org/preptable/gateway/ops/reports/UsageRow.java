package org.preptable.gateway.ops.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.ops.inventory.Quantities;
import org.preptable.gateway.ops.reports.ReportRepository.Usage;

/**
 * One item's line of the usage report: how much moved per reason (sizes of movements, as seed 002's example
 * counts a receive of 43 and waste of 4.5 as 47.5 used), and its value at the item's unit cost.
 */
record UsageRow(UUID itemId, String name, String unit, Long unitCostCents, Map<String, BigDecimal> byReason) {

    private static final List<String> REASONS = List.of("waste", "adjust", "count_correction", "receive");

    /** Groups the per-reason sums (ordered by item) into one row per item. */
    static List<UsageRow> rollUp(List<Usage> sums) {
        Map<UUID, UsageRow> rows = new LinkedHashMap<>();
        for (Usage sum : sums) {
            UsageRow row = rows.computeIfAbsent(sum.itemId(), id -> new UsageRow(id, sum.name(), sum.unit(),
                    sum.unitCostCents(), zeroes()));
            row.byReason().merge(sum.reason(), sum.used(), BigDecimal::add);
        }
        return List.copyOf(rows.values());
    }

    private static Map<String, BigDecimal> zeroes() {
        Map<String, BigDecimal> zeroes = new LinkedHashMap<>();
        REASONS.forEach(reason -> zeroes.put(reason, BigDecimal.ZERO));
        return zeroes;
    }

    BigDecimal totalUsed() {
        return byReason.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    long valueUsedCents() {
        return Quantities.cents(totalUsed(), unitCostCents);
    }

    Map<String, Object> json() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("item_id", itemId.toString());
        view.put("item_name", name);
        view.put("unit", unit);
        view.put("unit_cost_cents", unitCostCents);
        view.put("total_used", Quantities.shown(totalUsed()));
        Map<String, Object> reasons = new LinkedHashMap<>();
        byReason.forEach((reason, used) -> reasons.put(reason, Quantities.shown(used)));
        view.put("by_reason", reasons);
        view.put("value_used_cents", valueUsedCents());
        return view;
    }

    List<Object> csv() {
        return List.of(name, unit, Quantities.shown(totalUsed()), Quantities.shown(byReason.get("waste")),
                Quantities.shown(byReason.get("adjust")), Quantities.shown(byReason.get("count_correction")),
                Quantities.shown(byReason.get("receive")), unitCostCents == null ? "" : unitCostCents,
                valueUsedCents());
    }
}
