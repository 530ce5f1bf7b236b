package org.preptable.gateway.ops.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.preptable.gateway.ops.health.Finding.Severity;
import org.preptable.gateway.ops.health.HealthRepository.Meal;

/**
 * {@code category_stale}: a meal category with meals in the catalogue, none of them scheduled at the location in the
 * next 14 days. Categories are compared trimmed and ignoring case; meals without a category belong to none.
 */
final class CategoryStaleCheck implements HealthCheck {

    static final String CODE = "category_stale";
    private static final int SUGGESTED = 3;

    @Override
    public List<Finding> run(Context context) {
        Map<String, List<Meal>> byCategory = new TreeMap<>();
        for (Meal meal : context.meals()) { // the catalogue comes by name, so each list is by name too
            if (meal.category() != null && !meal.category().isBlank()) {
                byCategory.computeIfAbsent(meal.category().trim().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                        .add(meal);
            }
        }
        Set<UUID> scheduled = context.schedule().meals(Schedule.LONG_DAYS);
        List<Finding> findings = new ArrayList<>();
        byCategory.forEach((key, meals) -> {
            if (meals.stream().noneMatch(meal -> scheduled.contains(meal.id()))) {
                findings.add(finding(key, meals));
            }
        });
        return findings;
    }

    private static Finding finding(String key, List<Meal> meals) {
        // the category as people typed it: the first spelling in name order
        String category = meals.getFirst().category().trim();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("category", category);
        evidence.put("window_days", Schedule.LONG_DAYS);
        evidence.put("meals", meals.stream().map(meal -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("meal_id", meal.id().toString());
            ref.put("meal_name", meal.name());
            return ref;
        }).toList());
        String names = Finding.names(meals.stream().limit(SUGGESTED).map(Meal::name).toList());
        String explanation = "The catalogue has " + meals.size() + " " + category + " meal(s), but none is scheduled"
                + " at this location in the next 14 days.";
        return new Finding(CODE, Severity.INFO, "No " + category + " in the next 14 days", explanation, evidence,
                List.of("Schedule one of " + names + " in the next 14 days."), Finding.key(key, ""));
    }
}
