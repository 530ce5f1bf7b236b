package org.preptable.gateway.auth;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of a request. Role changes, location assignments and deletions apply from the very next
 * request: the gateway's cache of callers is evicted before their writer answers ({@code auth/cache}).
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

    /** The same user, signed in through a cookie session. */
    public CurrentUser withSession(UUID session) {
        return new CurrentUser(id, number, email, role, locationIds, session);
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
