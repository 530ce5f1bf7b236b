package org.preptable.gateway.http;

import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: method, path, status, milliseconds, and the reference id when the request failed. */
public final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("preptable.access");

    private AccessLog() {
    }

    public static void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        ctx.addEndHandler(done -> {
            int status = ctx.response().getStatusCode();
            long millis = (System.nanoTime() - started) / 1_000_000;
            String path = ctx.request().path();
            if (status >= 400) {
                LOG.info("{} {} {} {}ms ref={}", ctx.request().method(), path, status, millis, RequestIds.of(ctx));
            } else if (!path.endsWith("healthz")) {
                LOG.info("{} {} {} {}ms", ctx.request().method(), path, status, millis);
            }
        });
        ctx.next();
    }
}
