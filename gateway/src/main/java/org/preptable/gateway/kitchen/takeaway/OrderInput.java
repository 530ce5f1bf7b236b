package org.preptable.gateway.kitchen.takeaway;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.preptable.gateway.http.ApiError;

/** The body of {@code POST /takeaway/orders}: {@code {"takeAwayOrderLines": [{"offerId", "quantity"}]}}. */
public record OrderInput(List<Line> takeAwayOrderLines) {

    /** The most lines one order may have: more offers than a day's takeaway counter ever shows. */
    static final int MAX_LINES = 50;

    /** One line as sent. */
    public record Line(Long offerId, Integer quantity) {
    }

    /** A checked line. */
    record ValidLine(long offerId, int quantity) {
    }

    /**
     * The lines checked before any lookup, sorted by offer id: every order takes its offers' rows in the same order,
     * so two orders of the same offers queue behind each other instead of deadlocking.
     */
    List<ValidLine> validated() {
        if (takeAwayOrderLines == null || takeAwayOrderLines.isEmpty()) {
            throw ApiError.badRequest("Order must have at least one line");
        }
        if (takeAwayOrderLines.size() > MAX_LINES) {
            throw ApiError.badRequest("An order can have at most " + MAX_LINES + " lines, got: "
                    + takeAwayOrderLines.size());
        }
        Set<Long> seen = new HashSet<>();
        for (Line line : takeAwayOrderLines) {
            if (line == null) {
                throw ApiError.badRequest("An order line cannot be null.");
            }
            if (line.offerId() == null || line.offerId() <= 0) {
                throw ApiError.badRequest("Invalid ID: must be provided and greater than 0");
            }
            if (line.quantity() == null) {
                throw ApiError.badRequest("Quantity is required");
            }
            if (line.quantity() < 1 || line.quantity() > 50) {
                throw ApiError.badRequest("Quantity must be between 1 and 50, got: " + line.quantity());
            }
            if (!seen.add(line.offerId())) {
                throw ApiError.badRequest("Offer " + line.offerId() + " appears on more than one line;"
                        + " order it once with the whole quantity");
            }
        }
        return takeAwayOrderLines.stream().map(line -> new ValidLine(line.offerId(), line.quantity()))
                .sorted(Comparator.comparingLong(ValidLine::offerId)).toList();
    }
}
