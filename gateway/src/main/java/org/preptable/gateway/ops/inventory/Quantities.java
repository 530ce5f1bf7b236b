package org.preptable.gateway.ops.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.preptable.gateway.http.ApiError;

/** Stock quantities: exact decimals with at most 3 places (grams of a kilogram), shown as JSON numbers. */
public final class Quantities {

    private static final BigDecimal LIMIT = new BigDecimal("100000000000");

    private Quantities() {
    }

    /** Checks a client's quantity: present, at most 3 decimals, within the column's range. */
    public static BigDecimal of(BigDecimal value, String field) {
        if (value == null) {
            throw ApiError.badRequest(field + " is required");
        }
        if (value.stripTrailingZeros().scale() > 3) {
            throw ApiError.badRequest(field + " may have at most 3 decimals, got: " + value.toPlainString());
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw ApiError.badRequest(field + " is out of range: " + value.toPlainString());
        }
        return value.setScale(3, RoundingMode.UNNECESSARY);
    }

    /** For JSON and CSV: {@code 12.0}, {@code 47.5}, {@code 0.125}, like the seed's examples. */
    public static double shown(BigDecimal value) {
        return value == null ? 0.0 : value.doubleValue();
    }

    /** Value in whole cents, rounded half up: 47.5 × 389 = 18477.5 → 18478, as seed 002's example. */
    public static long cents(BigDecimal quantity, Long unitCostCents) {
        if (unitCostCents == null) {
            return 0;
        }
        return quantity.multiply(BigDecimal.valueOf(unitCostCents)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
