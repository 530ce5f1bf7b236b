package org.preptable.gateway.kitchen.takeaway;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.preptable.gateway.http.ApiError;

/**
 * Takeaway money: whole cents in the database and in arithmetic, a decimal with two places on the wire
 * ({@code 45.50}). A double never holds a price, so 0.1 + 0.2 kroner stays 0.30 and revenue adds up to the øre.
 */
final class Money {

    /** The dearest portion a kitchen would sell: 100 000.00, far above any takeaway price. */
    static final BigDecimal MAX_PRICE = new BigDecimal("100000.00");

    private Money() {
    }

    /**
     * A price as sent: more than 0, at most {@link #MAX_PRICE}, at most two decimals (a third would be rounded
     * silently by anything that stores cents, so it is refused instead).
     */
    static long cents(BigDecimal price, String label) {
        if (price == null) {
            throw ApiError.badRequest(label + " is required");
        }
        if (price.signum() <= 0) {
            throw ApiError.badRequest(label + " must be greater than 0");
        }
        if (price.compareTo(MAX_PRICE) > 0) {
            throw ApiError.badRequest(label + " must be at most " + MAX_PRICE.toPlainString() + ", got: "
                    + price.toPlainString());
        }
        if (price.stripTrailingZeros().scale() > 2) {
            throw ApiError.badRequest(label + " can have at most two decimals, got: " + price.toPlainString());
        }
        return price.movePointRight(2).longValueExact();
    }

    /** Cents as the wire shows them: {@code 4550} → {@code 45.50}. */
    static BigDecimal amount(long cents) {
        return BigDecimal.valueOf(cents, 2).setScale(2, RoundingMode.UNNECESSARY);
    }
}
