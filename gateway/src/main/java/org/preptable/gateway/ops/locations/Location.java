package org.preptable.gateway.ops.locations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;

/** A campus: where stores, par levels, kitchen screens and menus live. */
public record Location(UUID id, String name, String timezone, String saavorStoreRef, int readyHoldSeconds,
                       Instant createdAt, Instant updatedAt) {

    /** Fields a write may change; also what the audit log keeps. */
    public Map<String, Object> fields() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("name", name);
        view.put("timezone", timezone);
        view.put("saavor_store_ref", saavorStoreRef);
        view.put("ready_hold_seconds", readyHoldSeconds);
        return view;
    }

    public Map<String, Object> view() {
        return Views.withTimestamps(fields(), createdAt, updatedAt);
    }
}
