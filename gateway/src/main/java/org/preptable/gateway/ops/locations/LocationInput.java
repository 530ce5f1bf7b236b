package org.preptable.gateway.ops.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.preptable.gateway.http.ApiError;

/**
 * A location as written by a client: {@code {"name", "timezone", "saavor_store_ref", "ready_hold_seconds"}}.
 * A full replacement on update: omitted optional fields take their defaults.
 */
public record LocationInput(@JsonProperty("name") String name, @JsonProperty("timezone") String timezone,
                            @JsonProperty("saavor_store_ref") String saavorStoreRef,
                            @JsonProperty("ready_hold_seconds") Integer readyHoldSeconds) {

    private static final int DEFAULT_READY_HOLD_SECONDS = 300;

    /** The same input trimmed, defaulted and checked; a 400 names the first field that is wrong. */
    public LocationInput validated() {
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("name is required");
        }
        String trimmedName = name.trim();
        if (trimmedName.length() > 100) {
            throw ApiError.badRequest("name must be at most 100 characters");
        }
        String zone = timezone == null || timezone.isBlank() ? "UTC" : timezone.trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ApiError.badRequest("timezone must be an IANA zone such as America/Chicago, got: " + zone);
        }
        String ref = saavorStoreRef == null || saavorStoreRef.isBlank() ? null : saavorStoreRef.trim();
        if (ref != null && !ref.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw ApiError.badRequest("saavor_store_ref must be 1-64 letters, digits, '.', '_' or '-', got: " + ref);
        }
        int hold = readyHoldSeconds == null ? DEFAULT_READY_HOLD_SECONDS : readyHoldSeconds;
        if (hold < 0 || hold > 86_400) {
            throw ApiError.badRequest("ready_hold_seconds must be from 0 to 86400, got: " + hold);
        }
        return new LocationInput(trimmedName, zone, ref, hold);
    }
}
