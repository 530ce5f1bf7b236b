package org.preptable.gateway.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.preptable.gateway.Sha256;

/**
 * The management web app (issue 21): one page, {@code webapp/index.html}, answered for every path the app's client
 * router knows, so deep links and reloads work; its modules under {@code /app/} and lit from its webjars under
 * {@code /webjars/}. The app talks only to {@code /api/v1}, like every other client, so nothing here decides roles.
 */
public final class WebApp {

    /**
     * The app's page paths, in Vert.x syntax. The client router (webapp/app/routes.js) has the same list; a path
     * that is not here stays a JSON 404, so a mistyped API path is never answered with HTML.
     */
    public static final List<String> PAGES = List.of("/", "/signin", "/dishes", "/dishes/new", "/dishes/:id",
            "/passkeys", "/notifications", "/invite/:token",
            "/weekly-menu", "/weekly-menu/:year/:week", "/menu/:location",
            "/suggestions", "/requests", "/shopping-lists", "/shopping-lists/:id", "/planner", "/planner/:week",
            "/kds/:location", "/inventory", "/movements", "/reports",
            "/vendors", "/vendors/:id", "/purchase-orders", "/purchase-orders/:id", "/meals", "/meals/:id",
            "/menus", "/speed",
            "/admin/users", "/admin/invitations", "/admin/kiosks", "/admin/sessions", "/admin/audit", "/admin/saavor",
            "/admin/saavor/:id");
    /** URL prefixes of the app's static files (pages are listed above). */
    public static final List<String> ASSET_PREFIXES = List.of("/app/", "/webjars/");

    /** Versioned URLs never change content, so browsers may keep them for a year without asking again. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The page and the app's own modules keep their URLs across releases, so browsers revalidate them each time. */
    static final String REVALIDATE = "no-cache";

    private final WebJars webJars = WebJars.fromClasspath();
    private final Buffer page;
    private final String contentSecurityPolicy;

    public WebApp() {
        String importMap = webJars.importMap();
        String html = resource("webapp/index.html").replace("{{importmap}}", importMap)
                .replace("{{modulepreload}}", webJars.modulePreloads());
        page = Buffer.buffer(html);
        // Scripts only from this origin, plus the one inline import map (by its hash): an injected script cannot
        // run, which matters because a password sign-in's bearer token lives in the tab's sessionStorage.
        contentSecurityPolicy = "default-src 'self'; script-src 'self' 'sha256-" + sha256(importMap) + "';"
                + " style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
                + " frame-ancestors 'none'; form-action 'self'";
    }

    public void mount(Router root) {
        for (String path : PAGES) {
            root.get(path).handler(this::sendPage);
        }
        root.get("/app/*").handler(ctx -> cacheControl(ctx, REVALIDATE))
                .handler(StaticHandler.create("webapp/app").setDirectoryListing(false));
        root.get("/webjars/*").handler(ctx -> {
            // only the browser libraries the app loads; anything else under /webjars stays a 404
            String[] segments = ctx.normalizedPath().split("/", 4);
            if (segments.length == 4 && webJars.serves(segments[2])) {
                cacheControl(ctx, IMMUTABLE); // and on to the StaticHandler
            } else {
                ctx.fail(404);
            }
        }).handler(StaticHandler.create("META-INF/resources/webjars").setDirectoryListing(false));
    }

    private void sendPage(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", REVALIDATE)
                .putHeader("Content-Security-Policy", contentSecurityPolicy)
                .putHeader("X-Content-Type-Options", "nosniff")
                // an invitation token is in the path of /invite/…: keep it out of any Referer
                .putHeader("Referrer-Policy", "no-referrer")
                .end(page);
    }

    /** StaticHandler writes its own Cache-Control; ours replaces it just before the headers go out. */
    private static void cacheControl(RoutingContext ctx, String value) {
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", value)
                .set("X-Content-Type-Options", "nosniff"));
        ctx.next();
    }

    private static String sha256(String text) {
        return Base64.getEncoder().encodeToString(Sha256.of(text));
    }

    static String resource(String name) {
        try (InputStream in = WebApp.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
