package org.preptable.gateway.ops.menus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;

/** A named, tenant-global menu ("Fall lunch"); placements put its meals and items on a location's dayparts. */
public record Menu(UUID id, String name, String description, Instant createdAt, Instant updatedAt) {

    /** What a write may change; also what the audit log keeps. */
    public Map<String, Object> fields() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("name", name);
        view.put("description", description);
        return view;
    }

    public Map<String, Object> view() {
        return Views.withTimestamps(fields(), createdAt, updatedAt);
    }
}
