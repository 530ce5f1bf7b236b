package org.preptable.gateway.kitchen.allergens;

import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenText;

/** The body of {@code POST /allergens} and {@code PUT /allergens/{id}}. */
public record AllergenInput(String nameDA, String nameEN, String descriptionDA, String descriptionEN,
                            Integer displayNumber) {

    /** Checked in the reference's order (presence, then text rules, then range) and trimmed. */
    public AllergenInput validated() {
        required(nameDA, "Name DA is required");
        required(nameEN, "Name EN is required");
        required(descriptionDA, "Description DA is required");
        required(descriptionEN, "Description EN is required");
        if (displayNumber == null) {
            throw ApiError.badRequest("Display number is required");
        }
        if (displayNumber <= 0) {
            throw ApiError.badRequest("Display number must be positive");
        }
        AllergenInput trimmed = new AllergenInput(KitchenText.name(nameDA, "Name DA"),
                KitchenText.name(nameEN, "Name EN"), KitchenText.description(descriptionDA, "Description DA"),
                KitchenText.description(descriptionEN, "Description EN"), displayNumber);
        if (displayNumber > 99) {
            throw ApiError.badRequest("Display number must be between 1 and 99");
        }
        return trimmed;
    }

    private static void required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest(message);
        }
    }
}
