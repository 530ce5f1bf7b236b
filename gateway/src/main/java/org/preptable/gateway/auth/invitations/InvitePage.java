package org.preptable.gateway.auth.invitations;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The page an invitation link ({@code /invite/{token}}, printed on first run and copied by admins) opens: it reads
 * the invitation and registers a passkey in the browser through the public {@code /api/v1/auth/register} routes.
 * Without it the printed link answered a JSON 404; the management web app takes the path over later.
 */
public final class InvitePage {

    public static final String PATH = "/invite/";

    private final Buffer page = resource("invite/index.html");
    private final Buffer script = resource("invite/invite-page.js");

    public void mount(Router root) {
        root.get("/invite-page.js").handler(ctx -> send(ctx, "text/javascript; charset=utf-8", script));
        // Any token gets the page; the page asks the API, which says whether the invitation is open, used or unknown.
        root.get(PATH + ":token").handler(ctx -> send(ctx, "text/html; charset=utf-8", page));
    }

    private static void send(RoutingContext ctx, String type, Buffer body) {
        ctx.response().putHeader("Content-Type", type).putHeader("Cache-Control", "no-cache")
                // the token is in the path: keep it out of any Referer the page's requests might carry elsewhere
                .putHeader("Referrer-Policy", "no-referrer").end(body);
    }

    private static Buffer resource(String name) {
        try (InputStream in = InvitePage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
