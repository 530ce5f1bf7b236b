package org.preptable.gateway.auth;

import java.util.UUID;
import org.preptable.gateway.http.ApiError;

/**
 * Which locations a user may act on (seed 002's scope gate): admins everywhere; managers and kiosks only at the
 * locations in {@code user_locations}; staff tenant-wide, as seed 002 defers staff scoping past v1.
 */
public final class LocationScope {

    private LocationScope() {
    }

    public static boolean canWrite(CurrentUser user, UUID locationId) {
        return switch (user.role()) {
            case ADMIN, STAFF -> true;
            case MANAGER, KIOSK -> user.locationIds().contains(locationId);
            case CUSTOMER -> false;
        };
    }

    /** Reads outside the scope return empty lists rather than 403 (seed 002); this tells which rows to keep. */
    public static boolean canRead(CurrentUser user, UUID locationId) {
        return canWrite(user, locationId);
    }

    public static void requireWrite(CurrentUser user, UUID locationId) {
        if (!canWrite(user, locationId)) {
            throw ApiError.forbidden("You are not assigned to location " + locationId);
        }
    }
}
