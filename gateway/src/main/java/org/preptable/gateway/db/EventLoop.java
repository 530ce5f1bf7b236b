package org.preptable.gateway.db;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * An event-loop context for the hot paths (the Saavor webhook's transaction, the event hub's delivery). The HTTP
 * handlers run on virtual threads, where every {@code await} costs a hand-over of about half a millisecond on this
 * class of machine; a chain of futures composed on an event loop pays that once instead of once per statement.
 */
public final class EventLoop {

    private final Context context;

    private EventLoop(Context context) {
        this.context = context;
    }

    /** Deploys an empty event-loop verticle and keeps its context; Vert.x closes it with the instance. */
    public static EventLoop start(Vertx vertx) {
        Promise<Context> started = Promise.promise();
        vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> start() {
                started.complete(context);
                return Future.succeededFuture();
            }
        }).await();
        return new EventLoop(started.future().await());
    }

    public Context context() {
        return context;
    }

    /** Runs {@code work} on the event loop and waits for its future; a failure is rethrown as it is. */
    public <T> T await(Supplier<Future<T>> work) {
        return submit(work).await();
    }

    /** Runs {@code work} on the event loop; its future completes there. */
    public <T> Future<T> submit(Supplier<Future<T>> work) {
        Promise<T> done = Promise.promise();
        context.runOnContext(ignored -> {
            try {
                work.get().onComplete(done);
            } catch (RuntimeException e) {
                done.fail(e);
            }
        });
        return done.future();
    }

    /** Runs {@code task} on the event loop, in submission order with everything else run there. */
    public void run(Runnable task) {
        context.runOnContext(ignored -> task.run());
    }
}
