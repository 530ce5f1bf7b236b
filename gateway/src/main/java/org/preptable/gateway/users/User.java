package org.preptable.gateway.users;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;
import org.preptable.gateway.auth.Role;
import org.preptable.model.WireTime;

/**
 * A user row. {@code id} is the operations-dialect id, {@code number} the kitchen-planning one. {@code stationId}
 * and {@code stationName} are the kitchen station the person works at, both null when none.
 */
public record User(UUID id, long number, String firstName, String lastName, String email, String passwordHash,
                   Role role, String status, Instant createdAt, Instant updatedAt, Long stationId,
                   String stationName) {

    /** The kitchen-planning UserDTO: {@code {id, firstName, lastName, email, userRole, station, createdAt}}. */
    public Map<String, Object> kitchenView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", number);
        view.put("firstName", firstName);
        view.put("lastName", lastName);
        view.put("email", email);
        view.put("userRole", role.kitchenName());
        view.put("station", stationId == null ? null : station());
        view.put("createdAt", WireTime.kitchen(createdAt, ZoneId.systemDefault()));
        return view;
    }

    /** The operations-dialect user: snake_case, UUID id, RFC 3339 UTC times. */
    public Map<String, Object> opsView() {
        return Views.withTimestamps(auditView(), createdAt, updatedAt);
    }

    /** What the audit log keeps of a user: everything but the password hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("number", number);
        view.put("email", email);
        view.put("first_name", firstName);
        view.put("last_name", lastName);
        view.put("role", role.opsName());
        view.put("status", status);
        view.put("station_id", stationId);
        return view;
    }

    /** The reference's StationReferenceDTO: {@code {id, name}}. */
    private Map<String, Object> station() {
        Map<String, Object> station = new LinkedHashMap<>();
        station.put("id", stationId);
        station.put("name", stationName);
        return station;
    }
}
