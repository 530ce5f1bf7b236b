package org.preptable.gateway.contract;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Serves the contract ({@code GET /api/v1/openapi.json} and {@code .yaml}) and Swagger UI at {@code /api/docs},
 * whose scripts come from the {@code org.webjars:swagger-ui} jar: the reference works in a kitchen with no internet.
 */
public final class ContractRoutes {

    /** Where Swagger UI lives; a static page, not an API route, so the contract does not list it. */
    public static final String DOCS_PATH = "/api/docs";

    private final Buffer json;
    private final Buffer yaml;

    public ContractRoutes(ApiContract contract) {
        this.json = Buffer.buffer(contract.json());
        this.yaml = Buffer.buffer(contract.yaml());
    }

    public void mount(Router api) {
        api.get("/openapi.json").handler(ctx -> send(ctx, "application/json; charset=utf-8", json));
        api.get("/openapi.yaml").handler(ctx -> send(ctx, "application/yaml; charset=utf-8", yaml));
    }

    /** Swagger UI: our page at {@code /api/docs}, the webjar's scripts and styles under it. */
    public void mountDocs(Router root) {
        Buffer page = resource("contract-docs/index.html");
        Buffer init = resource("contract-docs/docs-init.js");
        // Vert.x matches "/api/docs" with or without the slash: the page answers both, so relative links need the
        // slash, which the redirect adds.
        root.get(DOCS_PATH + "/").handler(ctx -> {
            if (ctx.request().path().endsWith("/")) {
                send(ctx, "text/html; charset=utf-8", page);
            } else {
                ctx.redirect(DOCS_PATH + "/");
            }
        });
        root.get(DOCS_PATH + "/docs-init.js").handler(ctx -> send(ctx, "text/javascript; charset=utf-8", init));
        root.get(DOCS_PATH + "/swagger-ui/*").handler(StaticHandler.create(
                "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion()).setMaxAgeSeconds(86_400));
    }

    private static void send(RoutingContext ctx, String type, Buffer body) {
        ctx.response().putHeader("Content-Type", type).putHeader("Cache-Control", "no-cache").end(body);
    }

    private static Buffer resource(String name) {
        try (InputStream in = ContractRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerUiVersion() {
        try (InputStream in = ContractRoutes.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
