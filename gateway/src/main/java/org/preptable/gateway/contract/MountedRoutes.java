package org.preptable.gateway.contract;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.preptable.gateway.web.WebApp;

/**
 * The (method, path) pairs a router really serves, written as the contract writes them:
 * {@code GET /api/v1/items/{itemId}}. Routes without a method (filters such as the body handler) are not endpoints
 * and are left out, as are the browser pages (Swagger UI, the web app's pages and its static files): they are
 * pages, not the API. The app's pages are matched exactly ({@code /} must not hide every route).
 */
public final class MountedRoutes {

    private static final List<String> PAGE_PREFIXES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(ContractRoutes.DOCS_PATH), WebApp.ASSET_PREFIXES.stream()).toList();

    private MountedRoutes() {
    }

    /** {@code api}: the routers mounted at {@code apiPrefix} (the API is split by first segment, see RouteSegments). */
    public static List<String> of(Router root, String apiPrefix, List<Router> api) {
        Set<String> routes = new TreeSet<>();
        add(routes, "", root);
        for (Router router : api) {
            add(routes, apiPrefix, router);
        }
        return List.copyOf(routes);
    }

    private static void add(Set<String> routes, String prefix, Router router) {
        for (Route route : router.getRoutes()) {
            Set<HttpMethod> methods = route.methods();
            String path = route.getPath();
            if (methods == null || methods.isEmpty() || path == null || isPage(prefix + path)) {
                continue;
            }
            String openApiPath = prefix + path.replaceAll(":([A-Za-z0-9_]+)", "{$1}");
            for (HttpMethod method : methods) {
                routes.add(method.name() + " " + openApiPath);
            }
        }
    }

    private static boolean isPage(String path) {
        return WebApp.PAGES.contains(path) || PAGE_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
