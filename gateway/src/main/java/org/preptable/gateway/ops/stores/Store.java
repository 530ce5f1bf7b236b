package org.preptable.gateway.ops.stores;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;

/** A stocked place inside a location, e.g. "Walk-in cooler". */
public record Store(UUID id, UUID locationId, String name, Instant createdAt, Instant updatedAt) {

    public Map<String, Object> fields() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("location_id", locationId.toString());
        view.put("name", name);
        return view;
    }

    public Map<String, Object> view() {
        return Views.withTimestamps(fields(), createdAt, updatedAt);
    }
}
