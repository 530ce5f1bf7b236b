package org.preptable.gateway.kitchen.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.allergens.Allergen;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.gateway.kitchen.dishes.Refs.StationRef;
import org.preptable.model.WireTime;

/**
 * A line cook's dish suggestion for a coming ISO week. {@code createdById} is the creator's UUID (ownership, audit,
 * notifications); {@code reviewedBy} and {@code reviewedAt} are null until a head or sous chef decides;
 * {@code dishId} is the dish an approval put in the bank (null otherwise, or once that dish is deleted).
 */
public record Suggestion(long id, String nameDa, String descriptionDa, Status status, String feedback,
                         StationRef station, UUID createdById, Person createdBy, UUID reviewedById,
                         Person reviewedBy, Instant reviewedAt, List<Allergen> allergens, int targetWeek,
                         int targetYear, Long dishId, Instant createdAt, Instant updatedAt) {

    /** The reference's Status, less INACTIVE, which nothing ever set. */
    public enum Status { PENDING, APPROVED, REJECTED }

    /**
     * The Thursday before the target week: from that day on the week is closed to suggestions (the last day to
     * suggest is the Wednesday), which leaves the chefs Thursday and Friday to review and order for it.
     */
    public static LocalDate deadline(Week target) {
        return target.monday().minusDays(4);
    }

    public LocalDate deadline() {
        return deadline(new Week(targetWeek, targetYear));
    }

    /** The reference's DishSuggestionDTO (with {@code deadline} as a date string) plus {@code dishId}. */
    public Map<String, Object> view(LocalDate today) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("nameDA", nameDa);
        view.put("descriptionDA", descriptionDa);
        view.put("dishStatus", status.name());
        view.put("feedback", feedback);
        view.put("station", station.view());
        view.put("createdBy", createdBy.view());
        view.put("reviewedBy", reviewedBy == null ? null : reviewedBy.view());
        view.put("reviewedAt", reviewedAt == null ? null : WireTime.kitchen(reviewedAt, ZoneId.systemDefault()));
        view.put("allergens", allergens.stream().map(Allergen::view).toList());
        view.put("targetWeek", targetWeek);
        view.put("targetYear", targetYear);
        view.put("deadline", deadline().toString());
        view.put("isPastDeadline", !today.isBefore(deadline()));
        view.put("dishId", dishId);
        view.put("createdAt", WireTime.kitchen(createdAt, ZoneId.systemDefault()));
        view.put("updatedAt", updatedAt == null ? null : WireTime.kitchen(updatedAt, ZoneId.systemDefault()));
        return view;
    }

    /** What the audit log keeps of a suggestion. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name_da", nameDa);
        fields.put("description_da", descriptionDa);
        fields.put("status", status.name());
        fields.put("feedback", feedback);
        fields.put("station_id", station.id());
        fields.put("target_week", targetWeek);
        fields.put("target_year", targetYear);
        fields.put("created_by", createdById.toString());
        fields.put("reviewed_by", reviewedById == null ? null : reviewedById.toString());
        fields.put("dish_id", dishId);
        fields.put("allergen_ids", allergens.stream().map(Allergen::id).toList());
        return fields;
    }
}
