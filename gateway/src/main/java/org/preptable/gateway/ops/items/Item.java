package org.preptable.gateway.ops.items;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;

/** A catalog item, global to the install. {@code unitCostCents} caches the preferred vendor's price. */
public record Item(UUID id, String sku, String name, String unit, String category, Long unitCostCents,
                   Instant createdAt, Instant updatedAt) {

    public Map<String, Object> fields() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("sku", sku);
        view.put("name", name);
        view.put("unit", unit);
        view.put("category", category);
        view.put("unit_cost_cents", unitCostCents);
        return view;
    }

    public Map<String, Object> view() {
        return Views.withTimestamps(fields(), createdAt, updatedAt);
    }
}
