package org.preptable.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.RawHttp;

/**
 * The API split by first segment answers every request exactly as the one API router did: the same routes are
 * mounted both ways on two real HTTP servers (the old wiring: one router as a sub-router at /api/v1/*, error
 * handlers on both; the new one: {@link RouteSegments}, as GatewayVerticle does it) and the same raw requests —
 * matches, 404s, 405s, odd paths, failures — must get the same status, Allow header and body (the route path,
 * mount point and path params the handler saw). No database: this is only the router.
 */
class RouteSegmentsTest {

    private static final Vertx VERTX = Vertx.vertx();
    private static final List<HttpServer> SERVERS = new ArrayList<>();

    /** The features, several mounting under one segment (/locations, /items), the webhook mounted last. */
    private static void features(Router api) {
        api.get("/openapi.json").handler(RouteSegmentsTest::echo);
        api.get("/items").handler(RouteSegmentsTest::echo);
        api.post("/items").handler(RouteSegmentsTest::echo);
        api.get("/items/low").handler(RouteSegmentsTest::echo);
        api.get("/items/:itemId").handler(RouteSegmentsTest::echo);
        api.put("/items/:itemId").handler(RouteSegmentsTest::echo);
        api.get("/items/:itemId/boom").handler(ctx -> ctx.fail(new IllegalStateException("boom")));
        api.get("/items/:itemId/teapot").handler(ctx -> ctx.fail(418));
        api.post("/items/:itemId/stores/:storeId/adjust").handler(RouteSegmentsTest::echo);
        api.get("/locations").handler(RouteSegmentsTest::echo);
        api.get("/locations/:locationId").handler(RouteSegmentsTest::echo);
        api.get("/locations/:locationId/orders").handler(RouteSegmentsTest::echo);
        api.post("/locations/kiosk_token/rotate_all").handler(RouteSegmentsTest::echo);
        api.get("/stores/:storeId/inventory").handler(RouteSegmentsTest::echo);
        // a second feature under /locations, and one that passes on to the next matching route
        api.delete("/locations/:locationId").handler(RouteSegmentsTest::echo);
        api.post("/locations/:locationId/orders/:orderId/recall").handler(RouteSegmentsTest::echo);
        api.get("/locations/:locationId/inventory").handler(ctx -> {
            ctx.response().putHeader("X-Passed", ctx.currentRoute().getPath());
            ctx.next();
        });
        api.get("/locations/:id/inventory").handler(RouteSegmentsTest::echo);
        api.route("/auth/login").handler(RouteSegmentsTest::echo);
        api.post("/saavor/webhook").handler(RouteSegmentsTest::echo);
    }

    private static final String[][] REQUESTS = {
        {"GET", "/api/v1/openapi.json"}, {"GET", "/api/v1/items"}, {"GET", "/api/v1/items/"}, {"POST", "/api/v1/items"},
        {"DELETE", "/api/v1/items"}, {"GET", "/api/v1/items/low"}, {"PUT", "/api/v1/items/low"},
        {"GET", "/api/v1/items/42"}, {"PATCH", "/api/v1/items/42"}, {"HEAD", "/api/v1/items/42"},
        {"GET", "/api/v1/items/a%20b"}, {"GET", "/api/v1/items/a%2Fb"}, {"GET", "/api/v1/%69tems/7"},
        {"GET", "/api/v1//items/7"}, {"GET", "/api/v1/items/./7"}, {"GET", "/api/v1/x/../items/7"},
        {"GET", "/api/v1/ITEMS/7"}, {"GET", "/api/v1/itemsx/7"}, {"GET", "/api/v1/items/7/boom"},
        {"GET", "/api/v1/items/7/teapot"}, {"POST", "/api/v1/items/7/stores/9/adjust"},
        {"GET", "/api/v1/items/7/stores/9/adjust"}, {"GET", "/api/v1/locations"}, {"GET", "/api/v1/locations/5"},
        {"DELETE", "/api/v1/locations/5"}, {"PUT", "/api/v1/locations/5"}, {"GET", "/api/v1/locations/5/orders"},
        {"POST", "/api/v1/locations/5/orders/6/recall"}, {"GET", "/api/v1/locations/5/orders/6/recall"},
        {"POST", "/api/v1/locations/kiosk_token/rotate_all"}, {"GET", "/api/v1/locations/kiosk_token/rotate_all"},
        {"GET", "/api/v1/locations/5/inventory"}, {"GET", "/api/v1/locations/5/nothing"},
        {"GET", "/api/v1/stores/3/inventory"}, {"POST", "/api/v1/stores/3/inventory"},
        {"OPTIONS", "/api/v1/auth/login"}, {"DELETE", "/api/v1/auth/login"}, {"POST", "/api/v1/saavor/webhook"},
        {"GET", "/api/v1/saavor/webhook"}, {"GET", "/api/v1/no-such-thing/42"}, {"GET", "/api/v1"},
        {"GET", "/api/v1/"}, {"GET", "/api/v1x/items"}, {"GET", "/api/v1/healthz"}, {"POST", "/api/v1/healthz"},
        {"GET", "/outside/the/api"}, {"POST", "/dishes/4"}, {"GET", "/dishes/4"},
    };

    private static int oldPlain;
    private static int newPlain;
    private static int oldFiltered;
    private static int newFiltered;
    private static int oldFallback;
    private static int newFallback;
    private static RouteSegments plainSegments;

    @BeforeAll
    static void start() {
        oldPlain = serve(oldWiring(api -> { }, api -> { }));
        plainSegments = new RouteSegments(VERTX, "/api/v1");
        newPlain = serve(newWiring(plainSegments, api -> { }, api -> { }));
        Consumer<Router> filter = api -> api.route().handler(ctx -> {
            ctx.response().putHeader("X-Filter", "all");
            ctx.next();
        });
        oldFiltered = serve(oldWiring(filter, api -> { }));
        newFiltered = serve(newWiring(new RouteSegments(VERTX, "/api/v1"), filter, api -> { }));
        Consumer<Router> fallback = api -> api.route().handler(ctx -> ctx.response().end("fallback"));
        oldFallback = serve(oldWiring(api -> { }, fallback));
        newFallback = serve(newWiring(new RouteSegments(VERTX, "/api/v1"), api -> { }, fallback));
    }

    @AfterAll
    static void stop() {
        VERTX.close().await();
    }

    @Test
    void everyRequestIsAnsweredAsTheOneRouterAnsweredIt() {
        assertSameAnswers(oldPlain, newPlain);
    }

    @Test
    void aPathlessFilterBeforeTheRoutesStillSeesEveryApiRequest() {
        assertSameAnswers(oldFiltered, newFiltered);
        assertThat(RawHttp.send(newFiltered, "POST", "/api/v1/saavor/webhook", Map.of(), "").header("X-Filter"))
                .isEqualTo("all");
        assertThat(RawHttp.send(newFiltered, "GET", "/api/v1/no-such-thing", Map.of(), null).header("X-Filter"))
                .isEqualTo("all");
    }

    @Test
    void aPathlessFallbackAfterTheRoutesStillCatchesWhatNoRouteServes() {
        assertSameAnswers(oldFallback, newFallback);
        assertThat(RawHttp.send(newFallback, "GET", "/api/v1/items/1/nothing", Map.of(), null).body())
                .isEqualTo("fallback");
    }

    @Test
    void aRequestIsOnlyTriedAgainstTheRoutesOfItsOwnSegment() {
        // the webhook is mounted last, after all the other routes: its router holds it alone
        assertThat(paths(plainSegments.routerFor("/api/v1/saavor/webhook"))).containsExactly("/saavor/webhook");
        assertThat(paths(plainSegments.routerFor("/api/v1/stores/1/inventory")))
                .containsExactly("/stores/:storeId/inventory");
        assertThat(paths(plainSegments.routerFor("/api/v1/locations/1/inventory")))
                .allMatch(path -> path.startsWith("/locations")).hasSize(8);
        assertThat(plainSegments.routerFor("/api/v1/no-such-thing/1")).isNull();
        assertThat(plainSegments.routerFor("/api/v1")).isNull();
        assertThat(plainSegments.routerFor("/api/v1x/items")).isNull();
    }

    @Test
    void routesThatNoSegmentCouldHoldAreRefusedAtMountTime() {
        RouteSegments segments = new RouteSegments(VERTX, "/api/v1");
        Router api = segments.facade();
        assertThatThrownBy(() -> api.get("/:kind/list")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.get("/*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.get("/items*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.routeWithRegex("/items/.*")).isInstanceOf(UnsupportedOperationException.class);
        api.get("/items").handler(RouteSegmentsTest::echo);
        api.route().handler(RoutingContext::next);
        // a path after a pathless fallback would now run before it: refused rather than reordered
        assertThatThrownBy(() -> api.get("/stores")).isInstanceOf(IllegalStateException.class);
        segments.mountOn(Router.router(VERTX));
        assertThatThrownBy(() -> segments.facade().get("/late")).isInstanceOf(IllegalStateException.class);
    }

    private static void assertSameAnswers(int oldPort, int newPort) {
        for (String[] request : REQUESTS) {
            String body = request[0].equals("POST") ? "" : null;
            RawHttp.Answer before = RawHttp.send(oldPort, request[0], request[1], Map.of(), body);
            RawHttp.Answer after = RawHttp.send(newPort, request[0], request[1], Map.of(), body);
            String what = request[0] + " " + request[1];
            assertThat(after.status()).as(what).isEqualTo(before.status());
            assertThat(after.body()).as(what).isEqualTo(before.body());
            for (String header : new String[] {"Allow", "X-Passed", "X-Filter", "Content-Type"}) {
                assertThat(after.header(header)).as(what + " " + header).isEqualTo(before.header(header));
            }
        }
    }

    private static List<String> paths(Router router) {
        return router.getRoutes().stream().filter(route -> route.methods() != null && !route.methods().isEmpty())
                .map(Route::getPath).toList();
    }

    /** Main before this change: one API router mounted as a sub-router, error handlers on both routers. */
    private static Router oldWiring(Consumer<Router> pathlessFirst, Consumer<Router> pathlessLast) {
        Router root = rootWithHealthAndPages();
        Router api = Router.router(VERTX);
        pathlessFirst.accept(api);
        features(api);
        pathlessLast.accept(api);
        root.route("/api/v1/*").subRouter(api);
        for (Router router : new Router[] {root, api}) {
            router.route().failureHandler(RouteSegmentsTest::failed);
            for (int status : new int[] {404, 405, 413, 415}) {
                router.errorHandler(status, ctx -> status(ctx, status));
            }
        }
        return root;
    }

    /** As GatewayVerticle now does it. */
    private static Router newWiring(RouteSegments segments, Consumer<Router> pathlessFirst,
                                    Consumer<Router> pathlessLast) {
        Router root = rootWithHealthAndPages();
        Router api = segments.facade();
        pathlessFirst.accept(api);
        features(api);
        pathlessLast.accept(api);
        segments.mountOn(root);
        for (Router router : segments.routers()) {
            router.route().failureHandler(RouteSegmentsTest::failed);
        }
        root.route().failureHandler(RouteSegmentsTest::failed);
        for (int status : new int[] {404, 405, 413, 415}) {
            root.errorHandler(status, ctx -> status(ctx, status));
        }
        return root;
    }

    private static Router rootWithHealthAndPages() {
        Router root = Router.router(VERTX);
        root.get("/api/v1/healthz").handler(ctx -> ctx.response().end("ok"));
        root.get("/dishes/:id").handler(RouteSegmentsTest::echo);
        return root;
    }

    private static void echo(RoutingContext ctx) {
        ctx.response().end(ctx.request().method() + " route=" + ctx.currentRoute().getPath() + " mount="
                + ctx.mountPoint() + " params=" + new TreeMap<>(ctx.pathParams()));
    }

    private static void failed(RoutingContext ctx) {
        ctx.response().setStatusCode(ctx.statusCode() > 0 ? ctx.statusCode() : 500)
                .end("failed " + ctx.statusCode() + " " + ctx.failure() + " at " + ctx.request().path());
    }

    private static void status(RoutingContext ctx, int status) {
        ctx.response().setStatusCode(status).end(status + " " + ctx.request().method() + " " + ctx.request().path());
    }

    private static int serve(Router root) {
        HttpServer server = VERTX.createHttpServer().requestHandler(root).listen(0, "127.0.0.1").await();
        SERVERS.add(server);
        return server.actualPort();
    }
}
