package org.preptable.gateway.kitchen.inspirations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A dish idea as the reference shows it: {@code {nameDA, descriptionDA}}. */
public record InspiredDish(String nameDa, String descriptionDa) {

    /** The longest texts kept; the dish bank's own limits, so an idea can become a suggestion as it is. */
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 200;

    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("nameDA", nameDa);
        view.put("descriptionDA", descriptionDa);
        return view;
    }

    /**
     * A complete object from the model, if it is a usable dish: both texts present, not blank and within the
     * bank's limits once trimmed. Anything else (another shape, a missing text) is left out, never half shown.
     */
    static Optional<InspiredDish> from(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        String name = text(node.get("nameDA"));
        String description = text(node.get("descriptionDA"));
        if (name == null || description == null || name.length() > MAX_NAME
                || description.length() > MAX_DESCRIPTION) {
            return Optional.empty();
        }
        return Optional.of(new InspiredDish(name, description));
    }

    private static String text(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        String trimmed = value.asText().strip();
        return trimmed.length() < 2 ? null : trimmed;
    }
}
