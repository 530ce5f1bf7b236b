package org.preptable.gateway.kitchen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;

/**
 * Quantities and delivery dates as the ingredient requests and shopping lists take them. Quantities are exact
 * decimals (at most 3 places: a gram of a kilogram) up to {@link #MAX}, so sums never carry floating-point dust
 * and never overflow their column; dates are {@code yyyy-MM-dd}.
 */
public final class Quantity {

    /** The most one request or one manual item may ask for (the contract's {@code maximum}). */
    public static final BigDecimal MAX = BigDecimal.valueOf(100_000);

    private Quantity() {
    }

    /** The reference's "Quantity must be greater than 0" for a missing, zero or negative value. */
    public static BigDecimal of(BigDecimal value, String label) {
        if (value == null || value.signum() <= 0) {
            throw ApiError.badRequest(label + " must be greater than 0");
        }
        if (value.compareTo(MAX) > 0) {
            throw ApiError.badRequest(label + " must be at most " + MAX.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 3) {
            throw ApiError.badRequest(label + " may have at most 3 decimals, got: " + value.toPlainString());
        }
        return value.setScale(3, RoundingMode.UNNECESSARY);
    }

    /** A quantity as the JSON shows it: {@code 12.5}, {@code 3.0}. */
    public static double shown(BigDecimal value) {
        return value.doubleValue();
    }

    /** The reference's "Delivery date cannot be null." for a missing one; a malformed one is a 400 naming it. */
    public static LocalDate date(String raw, String label) {
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest(label + " cannot be null.");
        }
        String text = raw.trim();
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= 1) { // PostgreSQL has no year 0
                    return date;
                }
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        throw ApiError.badRequest(label + " must be a date such as 2026-06-15, got: " + raw);
    }

    /** The {@code deliveryDate} filter of the list routes: blank is absent; else the reference's "Invalid date format". */
    public static Optional<LocalDate> deliveryDateFilter(RoutingContext ctx) {
        return Params.query(ctx, "deliveryDate").map(raw -> {
            try {
                if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    LocalDate date = LocalDate.parse(raw);
                    if (date.getYear() >= 1) {
                        return date;
                    }
                }
            } catch (java.time.DateTimeException ignored) {
                // reported below
            }
            throw ApiError.badRequest("Invalid date format: " + raw);
        });
    }
}
