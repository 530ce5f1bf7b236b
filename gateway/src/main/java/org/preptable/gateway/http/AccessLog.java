package org.preptable.gateway.http;

import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, milliseconds, and the reference id when the request failed. A request
 * whose client went away before the answer was written is logged as {@code abandoned}, not with the status the
 * answer would have had (a 200 that nobody received is not a 200).
 */
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
            if (done.failed() || !ctx.response().ended()) {
                LOG.info("{} {} abandoned {}ms (the client went away before the answer was written)",
                        ctx.request().method(), path, millis);
            } else if (status >= 400) {
                LOG.info("{} {} {} {}ms ref={}", ctx.request().method(), path, status, millis, RequestIds.of(ctx));
            } else if (!path.endsWith("healthz")) {
                LOG.info("{} {} {} {}ms", ctx.request().method(), path, status, millis);
            }
        });
        ctx.next();
    }
}
