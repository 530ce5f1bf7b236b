package org.preptable.gateway.kds.kiosk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.model.WireTime;

/**
 * A successful {@code POST /signage/auth}: the cookie value to set (a new session's, or the refreshed one's own) and
 * what the kiosk needs to start: its location and every station.
 *
 * @param refreshed whether an existing session was extended rather than a new one opened
 */
public record KioskSignIn(String sessionToken, Instant expiresAt, boolean refreshed, Location location,
                          List<KioskStation> stations) {

    /** DESIGN.md §2's answer body. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("location_id", location.id().toString());
        view.put("location_name", location.name());
        view.put("timezone", location.timezone());
        view.put("ready_hold_seconds", location.readyHoldSeconds());
        view.put("stations", stations.stream().map(KioskStation::view).toList());
        view.put("expires_at", WireTime.rfc3339(expiresAt));
        return view;
    }
}
