package org.preptable.gateway.kds.kiosk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.kds.screens.Screen;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.model.WireTime;

/**
 * A successful {@code POST /signage/auth}: the cookie value to set (a new session's, or the refreshed one's own) and
 * what the kiosk needs to start: its location, every station, and the screen it signed in as with that screen's
 * central settings.
 *
 * @param refreshed whether an existing session was extended rather than a new one opened
 * @param screen the screen named at sign-in, or null when the kiosk named none
 */
public record KioskSignIn(String sessionToken, Instant expiresAt, boolean refreshed, Location location,
                          List<KioskStation> stations, Screen screen) {

    /** DESIGN.md §2's answer body. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("location_id", location.id().toString());
        view.put("location_name", location.name());
        view.put("timezone", location.timezone());
        view.put("ready_hold_seconds", location.readyHoldSeconds());
        view.put("stations", stations.stream().map(KioskStation::view).toList());
        view.put("expires_at", WireTime.rfc3339(expiresAt));
        view.put("screen", screen == null ? null : screen.signInView());
        return view;
    }
}
