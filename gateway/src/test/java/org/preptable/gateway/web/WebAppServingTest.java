package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/**
 * How the gateway serves the web app, over plain HTTP: every app path answers the one page (no-cache, with its CSP),
 * the app's modules are revalidated, the versioned webjar files are immutable, and the API, the health check, the
 * API docs and unknown paths are answered exactly as before.
 */
@ExtendWith(GatewayExtension.class)
class WebAppServingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyAppPathAnswersThePageWhichIsNeverCached(TestGateway gateway) throws Exception {
        for (String path : new String[] {"/", "/signin", "/dishes", "/dishes/new", "/dishes/42", "/passkeys", "/notifications",
                "/invite/some-token", "/requests", "/shopping-lists", "/shopping-lists/7",
                "/inventory", "/movements", "/reports", "/admin/users",
                "/admin/invitations", "/admin/kiosks", "/admin/sessions", "/admin/audit", "/admin/saavor",
                "/admin/saavor/0f3b6e2a-4c1d-4e8f-9a7b-2d5c8e1f4a36",
                "/vendors", "/vendors/3f2b8c1e-5d47-4a9b-8e21-7c6d9f0a1b23", "/purchase-orders",
                "/purchase-orders/7f4b2d90-1c6e-4a38-b5f7-e09a3c8d2b61",
                "/meals", "/meals/5a8c2e71-9d04-4b6f-8e13-c7f2a9d04b58",
                "/menus", "/speed"}) {
            HttpResponse<String> page = get(gateway, path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValue("text/html; charset=utf-8");
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(page.body()).as(path).contains("<pt-app>").contains("<script type=\"importmap\">");
        }
    }

    @Test
    void theImportMapIsTheOnlyInlineScriptTheContentSecurityPolicyAllows(TestGateway gateway) throws Exception {
        HttpResponse<String> page = get(gateway, "/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher map = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(map.find()).isTrue();
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(map.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(csp).contains("script-src 'self' 'sha256-" + hash + "'").contains("default-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(map.group(1)).contains("\"lit\":\"/webjars/lit/").contains("\"@lit/reactive-element\":");
    }

    @Test
    void webjarFilesAreImmutableAndTheAppsModulesAreRevalidated(TestGateway gateway) throws Exception {
        Matcher lit = Pattern.compile("\"lit\":\"(/webjars/lit/[^\"]+)\"").matcher(get(gateway, "/").body());
        assertThat(lit.find()).isTrue();
        HttpResponse<String> library = get(gateway, lit.group(1));
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(library.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");

        HttpResponse<String> module = get(gateway, "/app/main.js");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get(gateway, "/app/app.css").headers().firstValue("Content-Type").orElseThrow()).contains("text/css");
    }

    @Test
    void whatIsNotTheAppIsAnsweredAsBefore(TestGateway gateway) throws Exception {
        assertThat(get(gateway, "/healthz").statusCode()).isEqualTo(200);
        assertThat(get(gateway, "/api/docs/").body()).contains("swagger");
        HttpResponse<String> api = get(gateway, "/api/v1/dishes");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("\"referenceId\"");
        for (String path : new String[] {"/nope", "/dishes/1/edit", "/app/missing.js", "/webjars/swagger-ui/x.js",
                "/webjars/lit/0.0.0/index.js", "/index.html"}) {
            HttpResponse<String> missing = get(gateway, path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("\"statusCode\":404");
        }
    }

    private static HttpResponse<String> get(TestGateway gateway, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
