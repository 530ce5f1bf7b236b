package org.preptable.gateway.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's routes, kept in one Vert.x router per first path segment ({@code /items/...}, {@code /locations/...}),
 * so a request is only matched against the routes of its own segment (issue 23).
 *
 * <p>Why: a Vert.x router tries its routes one after another, and every route with a path parameter is a regular
 * expression. With ~210 routes in one router, a request for a route mounted late (the KDS webhook, the inventory)
 * paid 150+ regex attempts before its own route — about 10 % of the gateway's CPU under load. Here the first
 * segment picks the router in one hash lookup, so dispatch no longer grows with the number of routes.
 *
 * <p>Nothing a client or a handler sees changes. Every segment router is entered the way a sub-router is
 * ({@link Router#handleContext}) from one route at the same mount path ({@code /api/v1/*}), so route paths,
 * {@code ctx.mountPoint()}, {@code currentRoute().getPath()} and path parameters are exactly what they were, and
 * a request whose segment has no router simply goes on through the root router (404). 404 versus 405 is decided
 * the same way: every route a path could match starts with that path's first segment, so the routes a request
 * skips could only ever have answered 404. That rule is why {@link #facade()} refuses paths whose first segment
 * is a parameter or wildcard, and regex routes: they would need every segment.
 *
 * <p>The features keep calling {@code api.get(path)} on {@link #facade()}, a {@link Router} that sends each
 * {@code get/post/put/patch/delete/head/options/route(path)} to its segment's router. A pathless
 * {@code api.route()} (a filter or fallback for the whole API) goes to a router tried before all segments when it
 * is registered before any path, or after them when registered after: its order relative to the routes stays
 * what it was. Anything else on the facade throws rather than silently behaving differently.
 */
public final class RouteSegments {

    private static final Set<String> BY_PATH = Set.of("get", "post", "put", "patch", "delete", "head", "options",
            "trace", "connect", "route");

    private final Vertx vertx;
    private final String mountPath;
    /**
     * The router of each first segment, in the order the segments were first used. Filled while the features
     * mount, then only read (on the event loops), so no locking.
     */
    private final Map<String, Router> bySegment = new LinkedHashMap<>();
    private Router before;
    private Router after;
    /**
     * Entered when no segment matches, as the one API router was when none of its routes did, so such a request
     * takes the same way out (a 404, or the API's failure handler on a failure) rather than a new one.
     */
    private final Router noSegment;
    private boolean mounted;
    private final Router facade;

    /** {@code mountPath} is where the API lives on the root router, without a trailing slash ({@code /api/v1}). */
    public RouteSegments(Vertx vertx, String mountPath) {
        if (!mountPath.startsWith("/") || mountPath.endsWith("/")) {
            throw new IllegalArgumentException("mount path must start and not end with '/': " + mountPath);
        }
        this.vertx = vertx;
        this.mountPath = mountPath;
        this.noSegment = Router.router(vertx);
        this.facade = (Router) Proxy.newProxyInstance(Router.class.getClassLoader(), new Class<?>[] {Router.class},
                (proxy, method, args) -> invoke(method, args));
    }

    /** What the features mount their routes on, as if it were one router at {@link #mountPath}. */
    public Router facade() {
        return facade;
    }

    /**
     * Every router the API's requests go through: the pathless routes before, each segment's, the one for paths no
     * segment serves, the pathless routes after (the gateway adds its failure handler to each).
     */
    public List<Router> routers() {
        List<Router> all = new ArrayList<>();
        if (before != null) {
            all.add(before);
        }
        all.addAll(bySegment.values());
        all.add(noSegment);
        if (after != null) {
            all.add(after);
        }
        return all;
    }

    /**
     * Puts the API on {@code root} at {@code mountPath/*}, where the single router used to be mounted. After this,
     * routes can no longer be added: the before/after routers have their place on the root router now.
     */
    public void mountOn(Router root) {
        mounted = true;
        if (before != null) {
            root.route(mountPath + "/*").subRouter(before);
        }
        root.route(mountPath + "/*").handler(this::dispatch).failureHandler(this::dispatchFailure);
        if (after != null) {
            root.route(mountPath + "/*").subRouter(after);
        }
    }

    /** The router a request path would be matched in, or null: no route can match it (tests and dispatch). */
    Router routerFor(String normalizedPath) {
        int start = mountPath.length() + 1;
        if (normalizedPath.length() <= start || !normalizedPath.startsWith(mountPath)
                || normalizedPath.charAt(mountPath.length()) != '/') {
            return null;
        }
        int end = normalizedPath.indexOf('/', start);
        return bySegment.get(normalizedPath.substring(start, end < 0 ? normalizedPath.length() : end));
    }

    private void dispatch(RoutingContext ctx) {
        Router router = routerFor(ctx.normalizedPath());
        (router == null ? noSegment : router).handleContext(ctx);
    }

    /** As a sub-router's route does: a failure goes to the failure handlers of the router the request was in. */
    private void dispatchFailure(RoutingContext ctx) {
        Router router = routerFor(ctx.normalizedPath());
        (router == null ? noSegment : router).handleFailure(ctx);
    }

    private Object invoke(Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> args[0] == facade;
                case "hashCode" -> System.identityHashCode(facade);
                default -> "RouteSegments facade at " + mountPath + " " + bySegment.keySet();
            };
        }
        if (mounted) {
            throw new IllegalStateException("routes must be added before the API is mounted on the root router");
        }
        String name = method.getName();
        Class<?>[] types = method.getParameterTypes();
        String path = null;
        if (BY_PATH.contains(name) && types.length == 1 && types[0] == String.class) {
            path = (String) args[0];
        } else if (name.equals("route") && types.length == 2 && types[0] == HttpMethod.class
                && types[1] == String.class) {
            path = (String) args[1];
        } else if (name.equals("route") && types.length == 0) {
            return pathless().route();
        } else {
            throw new UnsupportedOperationException("Router." + name + " is not supported on the API's segmented"
                    + " router (see RouteSegments): register routes by path");
        }
        if (after != null) {
            throw new IllegalStateException("a route by path after a pathless api.route() would run before it here;"
                    + " register " + path + " before the pathless route");
        }
        try {
            return method.invoke(segmentRouter(segmentOf(path)), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Router pathless() {
        if (bySegment.isEmpty()) {
            before = before == null ? Router.router(vertx) : before;
            return before;
        }
        after = after == null ? Router.router(vertx) : after;
        return after;
    }

    private Router segmentRouter(String segment) {
        return bySegment.computeIfAbsent(segment, s -> Router.router(vertx));
    }

    /** The first segment of a route path; only a literal one can pick a router by the request's path alone. */
    static String segmentOf(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("route path must start with '/': " + path);
        }
        int end = path.indexOf('/', 1);
        String segment = path.substring(1, end < 0 ? path.length() : end);
        if (segment.isEmpty() || segment.contains(":") || segment.contains("*") || segment.contains("{")) {
            throw new IllegalArgumentException("route path " + path + " must start with a literal segment"
                    + " (like /items/...): the API's routes are grouped by it (see RouteSegments)");
        }
        return segment;
    }
}
