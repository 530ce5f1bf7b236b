package org.preptable.gateway.kitchen.suggestions;

import java.util.List;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.KitchenText;
import org.preptable.gateway.kitchen.dishes.AllergenIds;

/** The bodies of the suggestion routes, each checked and trimmed before anything is looked up (reference §4.6). */
public final class SuggestionInput {

    private SuggestionInput() {
    }

    /** {@code POST /dish-suggestions}. */
    public record NewSuggestion(String nameDA, String descriptionDA, Long stationId, List<Long> allergenIds,
                                Integer targetWeek, Integer targetYear) {

        /** The reference's order: station id, texts, target week and year (a missing one is a 400, not a 500). */
        public NewSuggestion validated() {
            if (stationId == null || stationId <= 0) {
                throw ApiError.badRequest("Invalid ID: must be provided and greater than 0");
            }
            String name = KitchenText.name(nameDA, "Name");
            String description = KitchenText.description(descriptionDA, "Description");
            range(targetWeek, "Target week", 1, 53);
            range(targetYear, "Target year", 2020, 2100);
            KitchenCalendar.week(targetWeek, targetYear); // a week 53 in a year of 52
            return new NewSuggestion(name, description, stationId, AllergenIds.validated(allergenIds), targetWeek,
                    targetYear);
        }

        public Week target() {
            return new Week(targetWeek, targetYear);
        }

        private static void range(Integer value, String label, int min, int max) {
            if (value == null) {
                throw ApiError.badRequest(label + " is required");
            }
            if (value < min || value > max) {
                throw ApiError.badRequest(label + " must be between " + min + " and " + max + ", got: " + value);
            }
        }
    }

    /** {@code PUT /dish-suggestions/{id}}: texts and allergens replaced whole (omitted allergens: none). */
    public record SuggestionChanges(String nameDA, String descriptionDA, List<Long> allergenIds) {

        public SuggestionChanges validated() {
            return new SuggestionChanges(KitchenText.name(nameDA, "Name"),
                    KitchenText.description(descriptionDA, "Description"), AllergenIds.validated(allergenIds));
        }
    }

    /** {@code PATCH /dish-suggestions/{id}/reject}: why, for the cook (5-255 characters). */
    public record Rejection(String feedback) {

        public Rejection validated() {
            if (feedback == null || feedback.isBlank()) {
                throw ApiError.badRequest("Feedback is required");
            }
            return new Rejection(KitchenText.text(feedback, "Feedback", 5, 255));
        }
    }
}
