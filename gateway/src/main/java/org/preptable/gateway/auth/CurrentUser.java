package org.preptable.gateway.auth;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of a request, read fresh from the database on every request so that role changes,
 * location assignments and deletions apply at once.
 *
 * @param sessionId the cookie session, or null for a bearer token
 */
public record CurrentUser(UUID id, long number, String email, Role role, Set<UUID> locationIds, UUID sessionId) {

    private static final String KEY = "preptable.currentUser";

    public static Optional<CurrentUser> of(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(KEY));
    }

    void attach(RoutingContext ctx) {
        ctx.put(KEY, this);
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
