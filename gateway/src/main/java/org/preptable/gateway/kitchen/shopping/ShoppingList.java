package org.preptable.gateway.kitchen.shopping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.kitchen.Quantity;
import org.preptable.gateway.kitchen.Unit;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.model.WireTime;

/** A delivery date's shopping list and its items (sorted by name, any case). */
public record ShoppingList(long id, LocalDate deliveryDate, Status status, boolean normalized, UUID createdById,
                           Person createdBy, List<Item> items, Instant createdAt, Instant finalizedAt) {

    /** The reference's ShoppingListStatus, less ORDERED, which nothing ever set. */
    public enum Status { DRAFT, FINALIZED }

    /** One line to order. */
    public record Item(long id, String ingredientName, BigDecimal quantity, Unit unit, String supplier, String notes,
                       boolean ordered, Instant createdAt, Instant updatedAt) {

        Map<String, Object> view(ZoneId zone) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", id);
            view.put("ingredientName", ingredientName);
            view.put("quantity", Quantity.shown(quantity));
            view.put("unit", unit.name());
            view.put("supplier", supplier);
            view.put("notes", notes);
            view.put("ordered", ordered);
            view.put("createdAt", WireTime.kitchen(createdAt, zone));
            view.put("updatedAt", updatedAt == null ? null : WireTime.kitchen(updatedAt, zone));
            return view;
        }

        Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("ingredient_name", ingredientName);
            fields.put("quantity", quantity.toPlainString());
            fields.put("unit", unit.name());
            fields.put("supplier", supplier);
            fields.put("ordered", ordered);
            return fields;
        }
    }

    /** Empty lists are not "all ordered": there is nothing to have ordered. */
    public boolean allOrdered() {
        return !items.isEmpty() && items.stream().allMatch(Item::ordered);
    }

    public Item item(long itemId) {
        return items.stream().filter(item -> item.id() == itemId).findFirst().orElse(null);
    }

    /** The reference's ShoppingListDTO, with {@code deliveryDate} as a date string (it wrote an array). */
    public Map<String, Object> view() {
        ZoneId zone = ZoneId.systemDefault();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("deliveryDate", deliveryDate.toString());
        view.put("status", status.name());
        view.put("createdBy", createdBy.view());
        view.put("itemCount", items.size());
        view.put("items", items.stream().map(item -> item.view(zone)).toList());
        view.put("allOrdered", allOrdered());
        view.put("normalized", normalized);
        view.put("createdAt", WireTime.kitchen(createdAt, zone));
        view.put("finalizedAt", finalizedAt == null ? null : WireTime.kitchen(finalizedAt, zone));
        return view;
    }

    /** What the audit log keeps of a list: its own fields, and its items by id. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("delivery_date", deliveryDate.toString());
        fields.put("status", status.name());
        fields.put("normalized", normalized);
        fields.put("created_by", createdById.toString());
        Map<String, Object> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(Long.toString(item.id()), item.fields()));
        fields.put("items", byId);
        return fields;
    }
}
