package org.preptable.gateway.ops.items;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.preptable.gateway.http.ApiError;

/** {@code {"sku", "name", "unit", "category"}}: a full replacement on update. */
public record ItemInput(@JsonProperty("sku") String sku, @JsonProperty("name") String name,
                        @JsonProperty("unit") String unit, @JsonProperty("category") String category) {

    public ItemInput validated() {
        String cleanSku = required(sku, "sku", 64);
        if (!cleanSku.matches("[A-Za-z0-9][A-Za-z0-9._/-]*")) {
            throw ApiError.badRequest("sku may hold letters, digits, '.', '_', '/' and '-', got: " + cleanSku);
        }
        String cleanCategory = category == null || category.isBlank() ? null : category.trim();
        if (cleanCategory != null && cleanCategory.length() > 50) {
            throw ApiError.badRequest("category must be at most 50 characters");
        }
        return new ItemInput(cleanSku, required(name, "name", 200), required(unit, "unit", 16), cleanCategory);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest(field + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw ApiError.badRequest(field + " must be at most " + max + " characters");
        }
        return trimmed;
    }
}
