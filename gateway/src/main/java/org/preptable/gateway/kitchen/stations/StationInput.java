package org.preptable.gateway.kitchen.stations;

import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenText;

/** The body of {@code POST /stations} and {@code PUT /stations/{id}}. */
public record StationInput(String name, String description) {

    /** Checked in the reference's order (both required, then name, then description) and trimmed. */
    public StationInput validated() {
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("Station name is required");
        }
        if (description == null || description.isBlank()) {
            throw ApiError.badRequest("Station description is required");
        }
        return new StationInput(KitchenText.name(name, "Station name"),
                KitchenText.description(description, "Description"));
    }
}
