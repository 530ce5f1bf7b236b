package org.preptable.gateway.kitchen.takeaway;

import java.math.BigDecimal;
import org.preptable.gateway.http.ApiError;

/**
 * The body of {@code POST /takeaway/offers} and {@code PUT /takeaway/offers/{id}}: {@code {dishId, offeredPortions,
 * price}}, checked in the reference's order before any lookup, with its labels.
 */
public record OfferInput(Long dishId, Integer offeredPortions, BigDecimal price) {

    /** The checked offer, the price in cents. */
    record Valid(long dishId, int offeredPortions, long priceCents) {
    }

    Valid validated() {
        if (dishId == null || dishId <= 0) {
            throw ApiError.badRequest("Invalid ID: must be provided and greater than 0");
        }
        if (offeredPortions == null) {
            throw ApiError.badRequest("Offered portions is required");
        }
        if (offeredPortions < 1 || offeredPortions > 1000) {
            throw ApiError.badRequest("Offered portions must be between 1 and 1000, got: " + offeredPortions);
        }
        return new Valid(dishId, offeredPortions, Money.cents(price, "Take away price"));
    }
}
