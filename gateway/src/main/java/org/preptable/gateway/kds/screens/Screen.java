package org.preptable.gateway.kds.screens;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Views;
import org.preptable.model.WireTime;

/**
 * A kitchen screen of a location, known by the name its device file gives ({@code kiosk.screen}): the station it
 * shows (null: every station, as expo) and when its tickets turn amber ({@code warn_seconds}) and red
 * ({@code late_seconds}). Null settings leave the device file's own in force.
 */
public record Screen(UUID id, UUID locationId, String name, Long stationId, Integer warnSeconds, Integer lateSeconds,
                     Instant lastSeenAt, Instant createdAt, Instant updatedAt) {

    /** The shape {@code kiosk_screens.name} allows (V10), checked here first so a bad name is a 400 naming it. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    /**
     * A screen name as stored: lower-cased (device files are typed by hand, {@code Grill-1} is {@code grill-1}), then
     * 1 to 40 of {@code a-z 0-9 _ -}, starting with a letter or digit; anything else is a 400 naming {@code field}.
     */
    public static String name(String raw, String field) {
        String name = raw == null ? null : raw.toLowerCase(Locale.ROOT);
        if (name == null || !NAME.matcher(name).matches()) {
            throw ApiError.badRequest(field + " must be 1 to 40 of a-z, 0-9, '_' and '-', starting with a letter or"
                    + " digit (read in lower case), got: " + raw);
        }
        return name;
    }

    /** The settings, as audit rows keep them. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id.toString());
        fields.put("location_id", locationId.toString());
        fields.put("name", name);
        fields.put("station_id", stationId);
        fields.put("warn_seconds", warnSeconds);
        fields.put("late_seconds", lateSeconds);
        return fields;
    }

    /** {@code GET /locations/{id}/screens} and the PUT's answer. */
    public Map<String, Object> view() {
        Map<String, Object> view = fields();
        view.put("last_seen_at", lastSeenAt == null ? null : WireTime.rfc3339(lastSeenAt));
        return Views.withTimestamps(view, createdAt, updatedAt);
    }

    /** What a kiosk is told at sign-in: its screen's identity and settings. */
    public Map<String, Object> signInView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("name", name);
        view.put("station_id", stationId);
        view.put("warn_seconds", warnSeconds);
        view.put("late_seconds", lateSeconds);
        return view;
    }
}
