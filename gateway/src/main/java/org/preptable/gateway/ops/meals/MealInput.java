package org.preptable.gateway.ops.meals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.kitchen.dishes.AllergenIds;
import org.preptable.gateway.ops.inventory.Quantities;

/**
 * {@code POST}/{@code PUT /meals} body, a full replacement on update:
 * {@code {"name", "description", "category", "item_code", "station_id", "allergen_ids", "components"}}.
 */
public record MealInput(@JsonProperty("name") String name,
                        @JsonProperty("description") String description,
                        @JsonProperty("category") String category,
                        @JsonProperty("item_code") String itemCode,
                        @JsonProperty("station_id") Long stationId,
                        @JsonProperty("allergen_ids") List<Long> allergenIds,
                        @JsonProperty("components") List<ComponentInput> components) {

    private static final int MAX_COMPONENTS = 100;

    /** One line of the bill of materials: an item or another meal, with a quantity (item units, or portions). */
    public record ComponentInput(@JsonProperty("item_id") String itemId, @JsonProperty("meal_id") String mealId,
                                 @JsonProperty("quantity") BigDecimal quantity) {
    }

    /** A checked component: exactly one of {@code itemId} and {@code mealId}. */
    public record Component(UUID itemId, UUID mealId, BigDecimal quantity) {
    }

    /** The input with texts trimmed, ids parsed and every rule that needs no database checked. */
    public record Valid(String name, String description, String category, String itemCode, Long stationId,
                        List<Long> allergenIds, List<Component> components) {
    }

    public Valid validated() {
        String cleanCode = optional(itemCode, "item_code", 32);
        if (cleanCode != null) {
            cleanCode = cleanCode.toUpperCase(java.util.Locale.ROOT);
            if (!cleanCode.matches("[A-Z0-9][A-Z0-9_-]{0,31}")) {
                throw ApiError.badRequest("item_code may hold letters, digits, '_' and '-' (as the POS sends it), got: "
                        + itemCode.strip());
            }
        }
        if (stationId != null && stationId <= 0) {
            throw ApiError.badRequest("station_id must be a positive station id, got: " + stationId);
        }
        if (stationId != null && cleanCode == null) {
            throw ApiError.badRequest("A meal reaches a station through its item_code: give item_code with station_id");
        }
        return new Valid(required(name, "name", 200), optional(description, "description", 1000),
                optional(category, "category", 50), cleanCode, stationId, AllergenIds.validated(allergenIds),
                checkedComponents());
    }

    private List<Component> checkedComponents() {
        if (components == null) {
            return List.of();
        }
        if (components.size() > MAX_COMPONENTS) {
            throw ApiError.badRequest("A meal may have at most " + MAX_COMPONENTS + " components");
        }
        Set<UUID> seen = new HashSet<>();
        return components.stream().map(raw -> {
            if (raw == null) {
                throw ApiError.badRequest("components may not hold null");
            }
            if ((raw.itemId() == null) == (raw.mealId() == null)) {
                throw ApiError.badRequest("Each component names exactly one of item_id and meal_id");
            }
            String field = raw.itemId() != null ? "item_id" : "meal_id";
            String text = raw.itemId() != null ? raw.itemId() : raw.mealId();
            UUID id = Params.parseUuid(text)
                    .orElseThrow(() -> ApiError.badRequest(field + " must be a UUID, got: " + text));
            if (!seen.add(id)) {
                throw ApiError.badRequest("Component " + id + " is listed twice; give it once with the whole quantity");
            }
            BigDecimal quantity = Quantities.of(raw.quantity(), "quantity");
            if (quantity.signum() <= 0) {
                throw ApiError.badRequest("quantity must be above zero, got: " + quantity.stripTrailingZeros()
                        .toPlainString());
            }
            return raw.itemId() != null ? new Component(id, null, quantity) : new Component(null, id, quantity);
        }).toList();
    }

    private static String required(String value, String field, int max) {
        String clean = optional(value, field, max);
        if (clean == null) {
            throw ApiError.badRequest(field + " is required");
        }
        return clean;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ApiError.badRequest(field + " must be at most " + max + " characters");
        }
        return trimmed;
    }
}
