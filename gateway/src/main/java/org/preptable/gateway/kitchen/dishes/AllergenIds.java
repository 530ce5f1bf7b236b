package org.preptable.gateway.kitchen.dishes;

import java.util.LinkedHashSet;
import java.util.List;
import org.preptable.gateway.http.ApiError;

/** The {@code allergenIds} of a dish or suggestion body: optional, each a positive id, duplicates dropped. */
public final class AllergenIds {

    private AllergenIds() {
    }

    /** Absent or empty means none. A null or non-positive element is a 400, checked before any lookup. */
    public static List<Long> validated(List<Long> raw) {
        if (raw == null) {
            return List.of();
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (Long id : raw) {
            if (id == null || id <= 0) {
                throw ApiError.badRequest("Allergen IDs must be positive whole numbers, got: " + id);
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }
}
