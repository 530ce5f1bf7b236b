package org.preptable.gateway.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.preptable.gateway.db.Db;

/**
 * Liveness ({@code /healthz}: the process answers) and readiness ({@code /readyz}: the start-up warm-up of the API
 * is done and the database answers), at the root and under {@code /api/v1}, without authentication.
 */
public final class HealthRoutes {

    private final Db db;
    private final ErrorHandler errors;
    private final BooleanSupplier warmedUp;

    /**
     * @param warmedUp whether the API warm-up has finished: until then a load balancer or the bench should send
     *                 nothing, since the first requests of a cold JVM are the slow ones (ApiWarmUp)
     */
    public HealthRoutes(Db db, ErrorHandler errors, BooleanSupplier warmedUp) {
        this.db = db;
        this.errors = errors;
        this.warmedUp = warmedUp;
    }

    public void mount(Router root) {
        for (String prefix : new String[] {"", "/api/v1"}) {
            root.get(prefix + "/healthz").handler(this::alive);
            root.get(prefix + "/readyz").handler(this::ready);
        }
    }

    /**
     * Alive unless the database this gateway owns is gone: then a supervisor should know, so it can restart the
     * gateway if the gateway's own restart of the database does not bring it back.
     */
    private void alive(RoutingContext ctx) {
        if (db.lost()) {
            errors.render(ctx, new ApiError(503, "Not alive: the embedded database stopped and is being restarted"));
            return;
        }
        ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end("ok");
    }

    private void ready(RoutingContext ctx) {
        if (!warmedUp.getAsBoolean()) {
            errors.render(ctx, new ApiError(503, "Not ready: warming up the API after start-up (a few seconds)"));
            return;
        }
        try {
            db.ping().await(2, TimeUnit.SECONDS);
            ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end("ready");
        } catch (Exception e) { // await() rethrows checked causes (e.g. ConnectException) unchanged
            errors.render(ctx, new ApiError(503, "Not ready: the database does not answer"));
        }
    }
}
