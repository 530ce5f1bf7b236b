package org.preptable.gateway.kds.kiosk;

import static org.preptable.gateway.auth.Role.ADMIN;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/**
 * Seed 002's kiosk routes: {@code POST /locations/{id}/kiosk_token/rotate} and
 * {@code POST /locations/kiosk_token/rotate_all} (admin), and the public token exchange {@code POST /signage/auth}.
 */
public final class KioskRoutes {

    /** The token, and the screen the kiosk is ({@code kiosk.screen} of its device file), when it names one. */
    record TokenBody(@JsonProperty("token") String token, @JsonProperty("screen") String screen) {
    }

    private final KioskService service;
    private final Gates gates;
    private final boolean secureCookies;

    public KioskRoutes(KioskService service, Gates gates, boolean secureCookies) {
        this.service = service;
        this.gates = gates;
        this.secureCookies = secureCookies;
    }

    public void mount(Router api) {
        api.post("/locations/kiosk_token/rotate_all").handler(gates.ops(ADMIN)).handler(this::rotateAll);
        api.post("/locations/:locationId/kiosk_token/rotate").handler(gates.ops(ADMIN)).handler(this::rotate);
        // public: the token is the credential (seed 002's table of routes without a session)
        api.post("/signage/auth").handler(this::signIn);
    }

    private void rotate(RoutingContext ctx) {
        var issued = service.rotate(Params.uuid(ctx, "locationId"), AuditActor.of(ctx));
        noStore(ctx);
        Responses.ok(ctx, issued.view());
    }

    private void rotateAll(RoutingContext ctx) {
        var issued = service.rotateAll(AuditActor.of(ctx));
        noStore(ctx);
        Responses.ok(ctx, issued.stream().map(KioskService.IssuedToken::view).toList());
    }

    private void signIn(RoutingContext ctx) {
        TokenBody body = Bodies.read(ctx, TokenBody.class);
        Cookie current = ctx.request().getCookie(SessionStore.COOKIE);
        KioskSignIn signedIn = service.signIn(body.token(), body.screen(), current == null ? null : current.getValue(),
                AuditActor.anonymous(ctx, null));
        ctx.response().putHeader("Set-Cookie",
                SessionStore.setCookie(signedIn.sessionToken(), service.sessionLifetime(), secureCookies));
        noStore(ctx);
        Responses.ok(ctx, signedIn.view());
    }

    /** Answers that carry a secret must not be kept by a cache between the gateway and the client. */
    private static void noStore(RoutingContext ctx) {
        ctx.response().putHeader("Cache-Control", "no-store");
    }
}
