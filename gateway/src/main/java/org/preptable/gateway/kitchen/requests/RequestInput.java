package org.preptable.gateway.kitchen.requests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenText;
import org.preptable.gateway.kitchen.Quantity;
import org.preptable.gateway.kitchen.Unit;
import org.preptable.gateway.kitchen.requests.IngredientRequest.Type;

/** The bodies of the ingredient-request routes, each checked and trimmed before anything is looked up (§4.8). */
public final class RequestInput {

    static final int NOTE_MAX = 255;

    private RequestInput() {
    }

    /** {@code POST /ingredient-requests} and {@code PUT /ingredient-requests/{id}} (a full replacement). */
    public record RequestBody(String name, BigDecimal quantity, String unit, String preferredSupplier, String note,
                              String requestType, String deliveryDate, Long dishId) {

        /**
         * The reference's order (name, quantity, unit, delivery date), then the request type and its dish id, which
         * the reference checked only after looking things up; then the optional texts.
         */
        public Checked validated() {
            String checkedName = KitchenText.name(name, "Ingredient name");
            BigDecimal checkedQuantity = Quantity.of(quantity, "Quantity");
            Unit checkedUnit = Unit.parse(unit);
            LocalDate date = Quantity.date(deliveryDate, "Delivery date");
            Type type = type(requestType);
            if (type == Type.DISH_SPECIFIC && dishId == null) {
                throw ApiError.badRequest("Dish ID is required for dish-specific requests");
            }
            if (type == Type.GENERAL_STOCK && dishId != null) {
                // the reference dropped it silently; a client that sends one means something else
                throw ApiError.badRequest("Dish ID must not be given for general-stock requests");
            }
            if (dishId != null && dishId <= 0) {
                throw ApiError.badRequest("Invalid ID: must be provided and greater than 0");
            }
            return new Checked(checkedName, checkedQuantity, checkedUnit, checkedSupplier(preferredSupplier),
                    checkedNote(note), type, date, dishId);
        }
    }

    /** A checked request body. */
    public record Checked(String name, BigDecimal quantity, Unit unit, String preferredSupplier, String note,
                          Type requestType, LocalDate deliveryDate, Long dishId) {
    }

    /** {@code PATCH /ingredient-requests/{id}/approve}: optional adjustments; an empty body approves as asked. */
    public record Approval(BigDecimal quantity, String unit, String note) {

        static final Approval AS_REQUESTED = new Approval(null, null, null);

        public Approval validated() {
            return new Approval(quantity == null ? null : Quantity.of(quantity, "Quantity"),
                    unit == null ? null : Unit.parse(unit).name(), note == null ? null : checkedNote(note));
        }

        Unit parsedUnit() {
            return unit == null ? null : Unit.valueOf(unit);
        }
    }

    /** {@code PATCH /ingredient-requests/{id}/reject}: why, for the cook (5-255 characters). */
    public record Rejection(String reason) {

        public Rejection validated() {
            if (reason == null || reason.isBlank()) {
                throw ApiError.badRequest("Reason is required");
            }
            return new Rejection(KitchenText.text(reason, "Reason", 5, 255));
        }
    }

    /** DISH_SPECIFIC or GENERAL_STOCK, any case. */
    static Type type(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest("Request type cannot be null.");
        }
        try {
            return Type.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Invalid request type: " + raw);
        }
    }

    /** A supplier's name under the name rules (2-100 characters); blank means none. */
    static String checkedSupplier(String raw) {
        return raw == null || raw.isBlank() ? null : KitchenText.name(raw, "Preferred supplier");
    }

    /** Free text for the chefs, at most 255 characters once trimmed; blank means none. */
    static String checkedNote(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.trim();
        if (trimmed.length() > NOTE_MAX) {
            throw ApiError.badRequest("Note must be at most " + NOTE_MAX + " characters");
        }
        return trimmed;
    }
}
