package org.preptable.gateway.ops.menus;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.preptable.gateway.http.ApiError;

/** {@code {"name", "description"?}}: a full replacement on update (an omitted description is cleared). */
public record MenuInput(@JsonProperty("name") String name, @JsonProperty("description") String description) {

    public MenuInput validated() {
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("name is required");
        }
        String cleanName = name.trim();
        if (cleanName.length() > 200) {
            throw ApiError.badRequest("name must be at most 200 characters");
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.trim();
        if (cleanDescription != null && cleanDescription.length() > 2000) {
            throw ApiError.badRequest("description must be at most 2000 characters");
        }
        return new MenuInput(cleanName, cleanDescription);
    }
}
