package org.preptable.gateway.auth;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.preptable.gateway.http.ApiError;

/**
 * The reusable checks of seed 002, as route handlers placed before a route's own handler:
 * authenticated (401), role gate (403), location scope (403). Role gates name the required roles in the dialect
 * of the route family, as the reference does: {@code Insufficient role. Required: [HEAD_CHEF]}.
 */
public final class Gates {

    /** Every kitchen-planning role: the reference's KITCHEN_STAFF. */
    public static final Role[] KITCHEN_STAFF = {Role.ADMIN, Role.MANAGER, Role.STAFF};

    private final Authenticator authenticator;

    public Gates(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** Any signed-in user. */
    public Handler<RoutingContext> authenticated() {
        return ctx -> {
            authenticator.authenticate(ctx);
            ctx.next();
        };
    }

    /**
     * Placed before a role gate: the route also takes a bearer token as {@code ?token=}, for browser clients that
     * cannot set headers on a stream (the reference's WebSocket rule, applied to its SSE twin).
     */
    public Handler<RoutingContext> queryToken() {
        return ctx -> {
            authenticator.acceptQueryToken(ctx);
            ctx.next();
        };
    }

    /** The authenticator behind the gates, for channels that are not routes (the notifications WebSocket). */
    public Authenticator authenticator() {
        return authenticator;
    }

    /** A kitchen-planning route open to these roles; the 403 names them as HEAD_CHEF, SOUS_CHEF, ... */
    public Handler<RoutingContext> kitchen(Role... allowed) {
        return roleGate(allowed, Role::kitchenName);
    }

    /** An operations route open to these roles; the 403 names them as admin, manager, ... */
    public Handler<RoutingContext> ops(Role... allowed) {
        return roleGate(allowed, Role::opsName);
    }

    /**
     * The scope gate ({@code requireManagerOfLocation}): the caller must be allowed to write at the location the
     * request names. Place it after a role gate.
     */
    public Handler<RoutingContext> locationScope(Function<RoutingContext, UUID> locationOf) {
        return ctx -> {
            CurrentUser user = authenticator.authenticate(ctx);
            LocationScope.requireWrite(user, locationOf.apply(ctx));
            ctx.next();
        };
    }

    private Handler<RoutingContext> roleGate(Role[] allowed, Function<Role, String> naming) {
        Set<Role> roles = EnumSet.copyOf(Arrays.asList(allowed));
        String required = Arrays.stream(allowed).map(naming).collect(Collectors.joining(", ", "[", "]"));
        return ctx -> {
            CurrentUser user = authenticator.authenticate(ctx);
            if (!roles.contains(user.role())) {
                throw ApiError.forbidden("Insufficient role. Required: " + required);
            }
            ctx.next();
        };
    }
}
