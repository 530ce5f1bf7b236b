package org.preptable.gateway.http;

import java.time.Instant;
import java.util.Map;
import org.preptable.model.WireTime;

/** Shared pieces of operations-dialect views. */
public final class Views {

    private Views() {
    }

    /** Adds {@code created_at} and {@code updated_at} (RFC 3339 UTC) to a resource's fields and returns them. */
    public static Map<String, Object> withTimestamps(Map<String, Object> fields, Instant createdAt, Instant updatedAt) {
        fields.put("created_at", WireTime.rfc3339(createdAt));
        fields.put("updated_at", WireTime.rfc3339(updatedAt));
        return fields;
    }
}
