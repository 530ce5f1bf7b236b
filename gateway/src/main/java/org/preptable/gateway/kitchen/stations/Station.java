package org.preptable.gateway.kitchen.stations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.preptable.model.WireTime;

/** A kitchen station. {@code updatedAt} is null until the station is first edited. */
public record Station(long id, String name, String description, Instant createdAt, Instant updatedAt) {

    /** The reference's StationDTO: {@code {id, name, description, createdAt, updatedAt}}. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("name", name);
        view.put("description", description);
        view.put("createdAt", WireTime.kitchen(createdAt, ZoneId.systemDefault()));
        view.put("updatedAt", updatedAt == null ? null : WireTime.kitchen(updatedAt, ZoneId.systemDefault()));
        return view;
    }

    /** Fields a write may change; also what the audit log keeps. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name", name);
        fields.put("description", description);
        return fields;
    }
}
