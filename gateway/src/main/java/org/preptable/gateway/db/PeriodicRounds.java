package org.preptable.gateway.db;

import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * A background job's rounds (the Saavor outbox, order expiry): every {@code every} a round runs on a virtual thread
 * of the job's own, so it can {@code await} database work in plain sequential code; a round still running when the
 * next tick comes makes that tick skip, and a failed round is logged and retried at the next tick (the database
 * may be restarting).
 */
public final class PeriodicRounds implements AutoCloseable {

    private final Vertx vertx;
    private final long timer;

    private PeriodicRounds(Vertx vertx, long timer) {
        this.vertx = vertx;
        this.timer = timer;
    }

    /** Starts the rounds; {@code what} names the job in the log line of a failed round. */
    public static PeriodicRounds start(Vertx vertx, Duration every, Logger log, String what, Runnable round) {
        Future<Context> deployed = Future.future(started -> vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> start() {
                started.complete(context);
                return Future.succeededFuture();
            }
        }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).onFailure(started::fail));
        Context context = deployed.await();
        AtomicBoolean running = new AtomicBoolean();
        long timer = vertx.setPeriodic(every.toMillis(), tick -> {
            if (running.compareAndSet(false, true)) {
                context.runOnContext(v -> {
                    try {
                        round.run();
                    } catch (Exception e) {
                        log.warn("{} round failed; retrying on the next tick: {}", what, e.toString());
                    } finally {
                        running.set(false);
                    }
                });
            }
        });
        return new PeriodicRounds(vertx, timer);
    }

    @Override
    public void close() {
        vertx.cancelTimer(timer);
    }
}
