package org.preptable.gateway.ops.meals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;
import org.preptable.gateway.ops.inventory.Quantities;

/**
 * A meal (recipe) with its bill of materials, its rolled-up cost, the station its item code routes to and its
 * allergens. Meals are global to the install, like items.
 */
public record Meal(UUID id, String name, String description, String category, String itemCode, Long stationId,
                   String stationName, long unitCostCents, boolean costComplete, List<Allergen> allergens,
                   List<Component> components, Instant createdAt, Instant updatedAt) {

    /** An allergen as the operations dialect shows it on meals, menus and order lines (DESIGN.md §3). */
    public record Allergen(long id, int displayNumber, String nameDa, String nameEn) {

        Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", id);
            view.put("display_number", displayNumber);
            view.put("name_da", nameDa);
            view.put("name_en", nameEn);
            return view;
        }
    }

    /** A line of the bill of materials; {@code unitCostCents} is null for an item with no preferred vendor yet. */
    public record Component(String kind, UUID id, String name, BigDecimal quantity, String unit, Long unitCostCents) {

        Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", kind);
            view.put("id", id.toString());
            view.put("name", name);
            view.put("quantity", Quantities.shown(quantity));
            view.put("unit", unit);
            view.put("unit_cost_cents", unitCostCents);
            view.put("cost_cents", unitCostCents == null ? null : Quantities.cents(quantity, unitCostCents));
            return view;
        }
    }

    /** What the audit log keeps: the meal's own fields and its bill of materials. */
    public Map<String, Object> fields() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("name", name);
        view.put("description", description);
        view.put("category", category);
        view.put("item_code", itemCode);
        view.put("station_id", stationId);
        view.put("unit_cost_cents", unitCostCents);
        view.put("allergen_ids", allergens.stream().map(Allergen::id).toList());
        view.put("components", components.stream().map(c -> Map.of(c.kind() + "_id", c.id().toString(),
                "quantity", Quantities.shown(c.quantity()))).toList());
        return view;
    }

    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("name", name);
        view.put("description", description);
        view.put("category", category);
        view.put("item_code", itemCode);
        view.put("station_id", stationId);
        view.put("station_name", stationName);
        view.put("allergens", allergens.stream().map(Allergen::view).toList());
        view.put("components", components.stream().map(Component::view).toList());
        view.put("unit_cost_cents", unitCostCents);
        view.put("cost_complete", costComplete);
        return Views.withTimestamps(view, createdAt, updatedAt);
    }
}
