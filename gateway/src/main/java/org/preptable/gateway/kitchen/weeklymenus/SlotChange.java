package org.preptable.gateway.kitchen.weeklymenus;

import org.preptable.gateway.http.ApiError;

/** The body of {@code PUT /weekly-menus/{id}/slots/{slotId}}: the slot's dish, or null to empty it. */
public record SlotChange(Long dishId) {

    Long validated() {
        return dish(dishId);
    }

    static Long dish(Long dishId) {
        if (dishId != null && dishId <= 0) {
            throw ApiError.badRequest("Invalid dish ID: must be greater than 0");
        }
        return dishId;
    }
}
