package org.preptable.gateway.ops.meals;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The meal-cost roll-up, the one place that writes {@code meals.unit_cost_cents}. A meal costs the sum of its
 * components (quantity × the item's {@code unit_cost_cents}, or × the sub-meal's {@code unit_cost_cents}), summed
 * exactly and rounded once, half up, to whole cents (docs/operations.md). Callers run it inside the transaction that
 * changed a price or a bill of materials, so the cost never lags the change.
 */
public final class MealCosts {

    /** Meals that use the item or the meal directly or through other meals, nearest first (safe order to recompute). */
    private static final String ABOVE = """
            WITH RECURSIVE above(meal_id, depth) AS (
                SELECT meal_id, 1 FROM meal_components WHERE item_id = $1 OR component_meal_id = $2
                UNION
                SELECT c.meal_id, above.depth + 1 FROM meal_components c JOIN above ON c.component_meal_id = above.meal_id
                WHERE above.depth < 64
            )
            SELECT meal_id, max(depth) AS depth FROM above GROUP BY meal_id ORDER BY max(depth), meal_id""";

    private static final String ROLL_UP = """
            SELECT m.unit_cost_cents AS before, m.cost_complete AS complete_before,
                   coalesce(round(sum(c.quantity * coalesce(i.unit_cost_cents, sub.unit_cost_cents, 0))), 0)::bigint
                       AS after,
                   coalesce(bool_and(CASE WHEN c.item_id IS NOT NULL THEN i.unit_cost_cents IS NOT NULL
                                          ELSE sub.cost_complete END), true) AS complete_after
            FROM meals m
            LEFT JOIN meal_components c ON c.meal_id = m.id
            LEFT JOIN items i ON i.id = c.item_id
            LEFT JOIN meals sub ON sub.id = c.component_meal_id
            WHERE m.id = $1
            GROUP BY m.id""";

    private MealCosts() {
    }

    /** After an item's {@code unit_cost_cents} changed: every meal above it, at any depth. Returns the meals changed. */
    public static List<UUID> afterItemCostChange(SqlClient tx, UUID itemId, String cause) {
        return recomputeAbove(tx, itemId, null, cause);
    }

    /** After a meal's bill of materials changed: the meal itself, then every meal above it. */
    public static List<UUID> afterMealChange(SqlClient tx, UUID mealId, String cause) {
        List<UUID> changed = new ArrayList<>();
        if (recompute(tx, mealId, cause)) {
            changed.add(mealId);
        }
        changed.addAll(recomputeAbove(tx, null, mealId, cause));
        return changed;
    }

    private static List<UUID> recomputeAbove(SqlClient tx, UUID itemId, UUID mealId, String cause) {
        List<UUID> changed = new ArrayList<>();
        for (Row row : tx.preparedQuery(ABOVE).execute(Tuple.of(itemId, mealId)).await()) {
            UUID meal = row.getUUID("meal_id");
            if (recompute(tx, meal, cause)) {
                changed.add(meal);
            }
        }
        return changed;
    }

    /** Writes the meal's rolled-up cost; a changed cost also goes to its history. True when the cost changed. */
    static boolean recompute(SqlClient tx, UUID mealId, String cause) {
        var rows = tx.preparedQuery(ROLL_UP).execute(Tuple.of(mealId)).await();
        if (rows.rowCount() == 0) {
            return false;
        }
        Row row = rows.iterator().next();
        long before = row.getLong("before");
        long after = row.getLong("after");
        boolean completeAfter = row.getBoolean("complete_after");
        if (before == after && row.getBoolean("complete_before") == completeAfter) {
            return false;
        }
        tx.preparedQuery("UPDATE meals SET unit_cost_cents = $2, cost_complete = $3 WHERE id = $1")
                .execute(Tuple.of(mealId, after, completeAfter)).await();
        if (before != after) {
            record(tx, mealId, after, cause);
        }
        return before != after;
    }

    /** A cost history row: the first when a meal is created, then one per change. */
    static void record(SqlClient tx, UUID mealId, long cost, String cause) {
        tx.preparedQuery("INSERT INTO meal_cost_history (meal_id, unit_cost_cents, cause) VALUES ($1, $2, $3)")
                .execute(Tuple.of(mealId, cost, cause)).await();
    }
}
