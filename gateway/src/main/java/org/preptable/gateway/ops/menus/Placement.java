package org.preptable.gateway.ops.menus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.preptable.gateway.http.Views;

/**
 * A meal or an item of a menu, served at a daypart of a location on some ISO weekdays and/or dates, with the price
 * the menu board shows. {@code menuName}, {@code daypartName} and {@code name} (the meal's or item's) are resolved
 * for the view; they are not stored on the placement.
 */
public record Placement(UUID id, UUID locationId, UUID menuId, String menuName, UUID daypartId, String daypartName,
                        UUID mealId, UUID itemId, String name, List<Integer> weekdays, List<LocalDate> dates,
                        Long priceCents, boolean available, int position, Instant createdAt, Instant updatedAt) {

    /** The stored columns: what a write may change and what the audit log keeps. */
    public Map<String, Object> fields() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("location_id", locationId.toString());
        view.put("menu_id", menuId.toString());
        view.put("daypart_id", daypartId.toString());
        view.put("meal_id", mealId == null ? null : mealId.toString());
        view.put("item_id", itemId == null ? null : itemId.toString());
        view.put("weekdays", weekdays);
        view.put("dates", dates.stream().map(LocalDate::toString).toList());
        view.put("price_cents", priceCents);
        view.put("available", available);
        view.put("position", position);
        return view;
    }

    /** The placement with the names of its menu, daypart and meal or item. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("location_id", locationId.toString());
        view.put("menu_id", menuId.toString());
        view.put("menu_name", menuName);
        view.put("daypart_id", daypartId.toString());
        view.put("daypart_name", daypartName);
        view.put("kind", mealId != null ? "meal" : "item");
        view.put("meal_id", mealId == null ? null : mealId.toString());
        view.put("item_id", itemId == null ? null : itemId.toString());
        view.put("name", name);
        view.put("weekdays", weekdays);
        view.put("dates", dates.stream().map(LocalDate::toString).toList());
        view.put("price_cents", priceCents);
        view.put("available", available);
        view.put("position", position);
        return Views.withTimestamps(view, createdAt, updatedAt);
    }

    /** Whether {@code after} differs from this placement in its availability and in nothing else it stores. */
    boolean onlyAvailabilityChangedTo(Placement after) {
        Map<String, Object> mine = fields();
        Map<String, Object> theirs = after.fields();
        mine.remove("available");
        theirs.remove("available");
        return available != after.available() && Objects.equals(mine, theirs);
    }
}
