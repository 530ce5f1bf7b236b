package org.preptable.gateway.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, milliseconds, and the reference id when the request failed. A request
 * whose client went away before the answer was written is logged as {@code abandoned}, not with the status the
 * answer would have had (a 200 that nobody received is not a 200). Invitation tokens in a path are masked: a log
 * line must not be a way in.
 */
public final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("preptable.access");
    /** Paths whose last segment is a credential (an invitation token): logged as "…/***", never the token. */
    private static final java.util.regex.Pattern SECRET_SEGMENT =
            java.util.regex.Pattern.compile("^(/invite/|/api/v1/auth/invitations/)[^/]+$");

    private AccessLog() {
    }

    /**
     * The header by which the gateway's own start-up warm-up (ApiWarmUp) marks its requests; the value is a random
     * key of that start, so no client can keep its requests out of the log by sending it.
     */
    public static final String WARM_UP_HEADER = "X-PrepTable-Warm-Up";

    /** The access log, leaving out the requests that carry {@code warmUpKey} in {@link #WARM_UP_HEADER}. */
    public static Handler<RoutingContext> except(String warmUpKey) {
        return ctx -> {
            if (warmUpKey.equals(ctx.request().getHeader(WARM_UP_HEADER))) {
                ctx.next(); // thousands of lines at every start would bury the ones that matter
            } else {
                handle(ctx);
            }
        };
    }

    public static void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        ctx.addEndHandler(done -> {
            int status = ctx.response().getStatusCode();
            long millis = (System.nanoTime() - started) / 1_000_000;
            String path = SECRET_SEGMENT.matcher(ctx.request().path()).replaceFirst("$1***");
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
