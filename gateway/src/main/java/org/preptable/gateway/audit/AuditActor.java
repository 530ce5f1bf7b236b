package org.preptable.gateway.audit;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.http.ClientAddress;

/**
 * Who made a change and from where: user id and email as of the write, IP (the client address, {@link ClientAddress}),
 * user agent and route.
 */
public record AuditActor(UUID userId, String email, String ip, String userAgent, String route) {

    /** The signed-in caller of this request. */
    public static AuditActor of(RoutingContext ctx) {
        CurrentUser user = CurrentUser.of(ctx).orElse(null);
        return user == null ? anonymous(ctx, null) : of(ctx, user.id(), user.email());
    }

    /** A caller who is not signed in yet (registration, failed login); {@code email} is what they gave. */
    public static AuditActor anonymous(RoutingContext ctx, String email) {
        return of(ctx, null, email);
    }

    public static AuditActor of(RoutingContext ctx, UUID userId, String email) {
        String route = ctx.request().method() + " " + ctx.request().path();
        String userAgent = ctx.request().getHeader("User-Agent");
        String ip = ClientAddress.of(ctx);
        return new AuditActor(userId, email, ip, userAgent, route);
    }

    /** Changes the gateway makes by itself at start-up (first admin, demo data). */
    public static AuditActor system(String what) {
        return new AuditActor(null, "system", null, null, what);
    }
}
