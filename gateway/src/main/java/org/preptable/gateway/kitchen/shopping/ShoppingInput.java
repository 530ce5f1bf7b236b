package org.preptable.gateway.kitchen.shopping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenText;
import org.preptable.gateway.kitchen.Quantity;
import org.preptable.gateway.kitchen.Unit;
import org.preptable.gateway.kitchen.shopping.NameNormalizer.Language;

/** The bodies of the shopping-list routes, each checked before anything is looked up (§4.9). */
public final class ShoppingInput {

    private ShoppingInput() {
    }

    /** {@code POST /shopping-lists}: the date to generate for, and the language the AI normalizer names in. */
    public record Generate(String deliveryDate, String targetLanguage) {

        public LocalDate date() {
            return Quantity.date(deliveryDate, "Delivery date");
        }

        /** The reference's codes, any case; an unknown one is a 400 (the reference took it for EN). */
        public Language language() {
            if (targetLanguage == null || targetLanguage.isBlank()) {
                throw ApiError.badRequest("Target language cannot be null.");
            }
            try {
                return Language.valueOf(targetLanguage.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("Unsupported target language: " + targetLanguage
                        + " (use DA, EN, ES, IT, PT, FR, DE, PL or NL)");
            }
        }
    }

    /** {@code PATCH /shopping-lists/{id}/delivery-date}. */
    public record NewDate(String deliveryDate) {

        public LocalDate date() {
            return Quantity.date(deliveryDate, "Delivery date");
        }
    }

    /** {@code POST /shopping-lists/{id}/items}: an item added by hand. */
    public record NewItem(String ingredientName, BigDecimal quantity, String unit, String supplier) {

        public Checked validated() {
            return new Checked(KitchenText.name(ingredientName, "Ingredient name"), Quantity.of(quantity, "Quantity"),
                    Unit.parse(unit), checkedSupplier(supplier));
        }
    }

    /** {@code PUT /shopping-lists/{id}/items/{itemId}}: quantity and unit; a blank supplier keeps the one there. */
    public record ItemChanges(BigDecimal quantity, String unit, String supplier) {

        public Checked validated() {
            return new Checked(null, Quantity.of(quantity, "Quantity"), Unit.parse(unit), checkedSupplier(supplier));
        }
    }

    /** A checked item body ({@code name} null for a change). */
    public record Checked(String name, BigDecimal quantity, Unit unit, String supplier) {
    }

    private static String checkedSupplier(String raw) {
        return raw == null || raw.isBlank() ? null : KitchenText.name(raw, "Supplier");
    }
}
