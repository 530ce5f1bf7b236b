package org.preptable.gateway.ops.vendors;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;

/** A supplier in the tenant-global vendor catalogue (admins own it). */
public record Vendor(UUID id, String name, String contactName, String email, String phone, String notes,
                     Instant createdAt, Instant updatedAt) {

    /** The fields a write may change; also what the audit log keeps. */
    public Map<String, Object> fields() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("name", name);
        view.put("contact_name", contactName);
        view.put("email", email);
        view.put("phone", phone);
        view.put("notes", notes);
        return view;
    }

    public Map<String, Object> view() {
        return Views.withTimestamps(fields(), createdAt, updatedAt);
    }
}
