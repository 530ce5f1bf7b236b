package org.preptable.gateway.ops.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.preptable.gateway.ops.health.Finding.Severity;
import org.preptable.gateway.ops.health.HealthRepository.Daypart;
import org.preptable.gateway.ops.health.HealthRepository.Meal;
import org.preptable.gateway.ops.health.Schedule.Scheduled;

/**
 * {@code dish_repetition}: a meal scheduled in more than {@code PREPTABLE_HEALTH_REPEAT_MAX} service slots (a daypart
 * on a day) in the next 7 days. Two placements of one meal in the same slot (two menus) count once.
 */
final class DishRepetitionCheck implements HealthCheck {

    static final String CODE = "dish_repetition";
    private static final int ALTERNATIVES = 3;

    private record Slot(LocalDate date, Daypart daypart) {
    }

    @Override
    public List<Finding> run(Context context) {
        int max = context.thresholds().repeatMax();
        Map<UUID, Set<Slot>> slots = new LinkedHashMap<>();
        for (Scheduled s : context.schedule().scheduled(Schedule.SHORT_DAYS)) {
            if (s.placement().mealId() != null) {
                slots.computeIfAbsent(s.placement().mealId(), id -> new LinkedHashSet<>())
                        .add(new Slot(s.date(), s.daypart()));
            }
        }
        Map<UUID, Meal> meals = context.meals().stream().collect(Collectors.toMap(Meal::id, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        slots.forEach((mealId, taken) -> {
            if (taken.size() > max) {
                findings.add(finding(meals.get(mealId), taken, max, alternatives(context, meals.get(mealId),
                        slots.keySet()), context.schedule()));
            }
        });
        return findings;
    }

    /** Up to three meals of the same category (ignoring case) that are not scheduled in the week, by name. */
    private static List<Meal> alternatives(Context context, Meal meal, Set<UUID> scheduled) {
        if (meal.category() == null) {
            return List.of();
        }
        String category = meal.category().trim().toLowerCase(Locale.ROOT);
        return context.meals().stream()
                .filter(m -> m.category() != null && m.category().trim().toLowerCase(Locale.ROOT).equals(category))
                .filter(m -> !scheduled.contains(m.id()))
                .limit(ALTERNATIVES).toList();
    }

    private static Finding finding(Meal meal, Set<Slot> taken, int max, List<Meal> alternatives, Schedule schedule) {
        List<String> dates = taken.stream().map(slot -> slot.date().toString()).distinct().toList();
        List<String> dayparts = schedule.dayparts().stream()
                .filter(d -> taken.stream().anyMatch(slot -> slot.daypart().id().equals(d.id())))
                .map(Daypart::name).toList();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("meal_id", meal.id().toString());
        evidence.put("meal_name", meal.name());
        evidence.put("category", meal.category());
        evidence.put("slot_count", taken.size());
        evidence.put("max_slots", max);
        evidence.put("window_days", Schedule.SHORT_DAYS);
        evidence.put("dates", dates);
        evidence.put("dayparts", dayparts);
        List<String> actions = new ArrayList<>();
        if (!alternatives.isEmpty()) {
            actions.add("Rotate in other " + meal.category() + " meals on some of these days: "
                    + Finding.names(alternatives.stream().map(Meal::name).toList()) + ".");
        } else {
            actions.add("Replace " + meal.name() + " on some of these days with another meal"
                    + (meal.category() == null ? "." : "; every other " + meal.category()
                    + " meal is already scheduled this week, so consider adding one to the catalogue."));
        }
        LocalDate last = schedule.today().plusDays(Schedule.SHORT_DAYS - 1L);
        String explanation = meal.name() + " is scheduled in " + taken.size() + " service slots (a daypart on a day)"
                + " from " + schedule.today() + " to " + last + "; more than " + max
                + " in 7 days and guests tire of it.";
        return new Finding(CODE, Severity.INFO, meal.name() + " is on the menu " + taken.size() + " times in 7 days",
                explanation, evidence, actions, Finding.key(meal.name(), meal.id()));
    }
}
