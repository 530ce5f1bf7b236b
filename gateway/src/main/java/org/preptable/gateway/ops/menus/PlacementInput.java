package org.preptable.gateway.ops.menus;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;

/**
 * {@code {"menu_id", "daypart_id", "meal_id" | "item_id", "weekdays", "dates", "price_cents"?, "available"?,
 * "position"?}}: a full replacement on update, so omitted optional fields take their defaults (no price, available,
 * position 0).
 */
public record PlacementInput(@JsonProperty("menu_id") String menuId, @JsonProperty("daypart_id") String daypartId,
                             @JsonProperty("meal_id") String mealId, @JsonProperty("item_id") String itemId,
                             @JsonProperty("weekdays") List<Integer> weekdays, @JsonProperty("dates") List<String> dates,
                             @JsonProperty("price_cents") Long priceCents, @JsonProperty("available") Boolean available,
                             @JsonProperty("position") Integer position) {

    static final int MAX_DATES = 366;
    static final long MAX_PRICE_CENTS = 99_999_999L;
    static final int MAX_POSITION = 100_000;
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The input checked and parsed: weekdays and dates sorted, repeats dropped. */
    record Valid(UUID menuId, UUID daypartId, UUID mealId, UUID itemId, List<Integer> weekdays, List<LocalDate> dates,
                 Long priceCents, boolean available, int position) {
    }

    Valid validated() {
        UUID menu = required(menuId, "menu_id");
        UUID daypart = required(daypartId, "daypart_id");
        Optional<UUID> meal = optional(mealId, "meal_id");
        Optional<UUID> item = optional(itemId, "item_id");
        if (meal.isPresent() == item.isPresent()) {
            throw ApiError.badRequest("Give exactly one of meal_id and item_id");
        }
        List<Integer> rawDays = weekdays == null ? List.of() : weekdays;
        if (rawDays.size() > 7) {
            throw ApiError.badRequest("weekdays may hold at most 7 days");
        }
        TreeSet<Integer> days = new TreeSet<>();
        for (Integer day : rawDays) {
            if (day == null || day < 1 || day > 7) {
                throw ApiError.badRequest("weekdays are ISO day numbers from 1 (Monday) to 7 (Sunday), got: " + day);
            }
            days.add(day);
        }
        List<String> rawDates = dates == null ? List.of() : dates;
        if (rawDates.size() > MAX_DATES) {
            throw ApiError.badRequest("dates may hold at most " + MAX_DATES + " dates");
        }
        TreeSet<LocalDate> on = new TreeSet<>();
        for (String date : rawDates) {
            on.add(date(date));
        }
        if (days.isEmpty() && on.isEmpty()) {
            throw ApiError.badRequest("Give at least one weekday or date the placement is served on");
        }
        if (priceCents != null && (priceCents < 0 || priceCents > MAX_PRICE_CENTS)) {
            throw ApiError.badRequest("price_cents must be a whole number of cents from 0 to " + MAX_PRICE_CENTS);
        }
        if (position != null && (position < 0 || position > MAX_POSITION)) {
            throw ApiError.badRequest("position must be a whole number from 0 to " + MAX_POSITION);
        }
        return new Valid(menu, daypart, meal.orElse(null), item.orElse(null), List.copyOf(days), List.copyOf(on),
                priceCents, available == null || available, position == null ? 0 : position);
    }

    private static UUID required(String raw, String field) {
        return optional(raw, field).orElseThrow(() -> ApiError.badRequest(field + " is required"));
    }

    private static Optional<UUID> optional(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Params.parseUuid(raw.trim())
                .orElseThrow(() -> ApiError.badRequest(field + " must be a UUID, got: " + raw)));
    }

    private static LocalDate date(String raw) {
        String text = raw == null ? "" : raw.trim();
        if (DATE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= 1) {
                    return date;
                }
            } catch (DateTimeException invalid) {
                // reported below
            }
        }
        throw ApiError.badRequest("dates must be dates yyyy-MM-dd between the years 1 and 9999, got: " + raw);
    }
}
