package org.preptable.gateway.kds.events;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.internal.http.HttpServerRequestInternal;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.kds.orders.OrderRoutes;
import org.preptable.gateway.ops.locations.LocationService;

/**
 * {@code GET /locations/{id}/events}: Server-Sent Events for one location (DESIGN.md §3). {@code id:} is the
 * event's sequence number; {@code Last-Event-ID} (header, or {@code ?last_event_id=} for the first connect of a
 * browser EventSource) resumes after it. A screen that cannot keep up is paused rather than allowed to hold memory,
 * and goes on from where it was when its connection drains; one that takes nothing for the stall limit is
 * disconnected and resumes by its id.
 */
public final class EventStreamRoutes {

    /** Bytes a screen may have waiting before it is sent nothing more until it drains: a few hundred orders. */
    static final int MAX_QUEUED_BYTES = 1024 * 1024;

    private final EventHub hub;
    private final LocationService locations;
    private final Gates gates;

    public EventStreamRoutes(EventHub hub, LocationService locations, Gates gates) {
        this.hub = hub;
        this.locations = locations;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/locations/:locationId/events").handler(gates.ops(OrderRoutes.SCREEN_ROLES)).handler(this::stream);
    }

    private void stream(RoutingContext ctx) {
        UUID locationId = Params.uuid(ctx, "locationId");
        locations.get(locationId);
        CurrentUser caller = CurrentUser.of(ctx).orElseThrow();
        if (!LocationScope.canRead(caller, locationId)) {
            throw ApiError.forbidden("You are not assigned to location " + locationId);
        }
        Long lastSeen = lastEventId(ctx);
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .setWriteQueueMaxSize(MAX_QUEUED_BYTES)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Encoding", "identity")
                .putHeader("X-Accel-Buffering", "no");
        SseSink sink = new SseSink(response, ((HttpServerRequestInternal) ctx.request()).context().nettyEventLoop(),
                () -> hub.wake(locationId), () -> dropConnection(ctx));
        Runnable unsubscribe = hub.subscribe(locationId, lastSeen, sink);
        // the headers go out with the first write, so a client that sees them is already subscribed
        sink.open();
        // the routing context's end handler also hears a connection closed under the answer (and keeps the access
        // log's own end handler working, which a response close handler set here would replace)
        ctx.addEndHandler(done -> unsubscribe.run());
        response.exceptionHandler(failure -> unsubscribe.run());
    }

    /**
     * Closes the screen's connection at once. Vert.x closes a connection only after everything queued has been
     * written, which a screen that stopped reading never allows, and it does so for any close sent down the
     * channel's pipeline. So the close starts below Vert.x's handler, and with no linger the socket is reset
     * and its kernel buffers freed.
     */
    private static void dropConnection(RoutingContext ctx) {
        if (ctx.request().connection() instanceof ConnectionBase connection) {
            Channel channel = connection.channel();
            if (!channel.isOpen()) {
                return; // the screen went away already: nothing to reset (setting a linger would throw)
            }
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
            channel.pipeline().firstContext().close();
        } else {
            ctx.response().reset();
        }
    }

    private static Long lastEventId(RoutingContext ctx) {
        String raw = ctx.request().getHeader("Last-Event-ID");
        if (raw == null || raw.isBlank()) {
            raw = Params.query(ctx, "last_event_id").orElse(null);
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(raw.trim());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiError.badRequest("Last-Event-ID must be an event id from this stream, got: " + raw);
    }

    /**
     * Writes events as {@code id/event/data} blocks on the connection's own event loop. Vert.x 5 hands a write from
     * any other thread to the connection through a queue that reports itself full at 16 messages, whatever the
     * configured byte limit; on the event loop a write goes straight to the socket and "full" means
     * {@link #MAX_QUEUED_BYTES} really are waiting. The hub runs on another thread, so every write is moved over.
     * When the connection is full the sink says so and wakes the hub once it has drained.
     */
    private static final class SseSink implements EventHub.Sink {

        private final HttpServerResponse response;
        private final Executor connectionLoop;
        private final Runnable onDrained;
        private final Runnable dropConnection;
        private volatile boolean full;
        private volatile boolean closed;

        SseSink(HttpServerResponse response, Executor connectionLoop, Runnable onDrained, Runnable dropConnection) {
            this.response = response;
            this.connectionLoop = connectionLoop;
            this.onDrained = onDrained;
            this.dropConnection = dropConnection;
        }

        @Override
        public boolean send(EventLog.Event event) {
            if (full || closed) {
                return false;
            }
            write(event.sseFrame());
            return true;
        }

        @Override
        public boolean full() {
            return full;
        }

        @Override
        public void heartbeat() {
            if (!full) {
                write(": heartbeat\n\n");
            }
        }

        @Override
        public void reset() {
            write("event: reset\ndata: {}\n\n");
        }

        void open() {
            write("retry: 2000\n\n");
        }

        private void write(String text) {
            write(Buffer.buffer(text));
        }

        private void write(Buffer bytes) {
            connectionLoop.execute(() -> {
                if (closed || response.closed()) {
                    return;
                }
                response.write(bytes);
                if (!full && response.writeQueueFull()) {
                    full = true;
                    response.drainHandler(drained -> {
                        full = false;
                        onDrained.run();
                    });
                }
            });
        }

        @Override
        public void close() {
            closed = true;
            connectionLoop.execute(dropConnection);
        }
    }
}
