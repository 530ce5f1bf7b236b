package org.preptable.gateway.kds.events;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
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
 * browser EventSource) resumes after it. A screen that cannot keep up is disconnected rather than allowed to hold
 * memory; it resumes from where it was.
 */
public final class EventStreamRoutes {

    /** Bytes a slow screen may have queued before it is cut off: a few hundred orders' worth. */
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
        SseSink sink = new SseSink(response);
        Runnable unsubscribe = hub.subscribe(locationId, lastSeen, sink);
        // the headers go out with the first write, so a client that sees them is already subscribed
        response.write("retry: 2000\n\n");
        response.closeHandler(closed -> unsubscribe.run());
        response.exceptionHandler(failure -> unsubscribe.run());
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

    /** Writes events as {@code id/event/data} blocks; refuses more once the connection's queue is full. */
    private record SseSink(HttpServerResponse response) implements EventHub.Sink {

        @Override
        public boolean send(EventLog.Event event) {
            if (response.closed() || response.writeQueueFull()) {
                return false;
            }
            response.write("id: " + event.seq() + "\nevent: " + event.name() + "\ndata: " + event.data() + "\n\n");
            return true;
        }

        @Override
        public void heartbeat() {
            if (!response.closed() && !response.writeQueueFull()) {
                response.write(": heartbeat\n\n");
            }
        }

        @Override
        public void reset() {
            response.write("event: reset\ndata: {}\n\n");
        }

        @Override
        public void close() {
            if (!response.closed()) {
                response.reset();
            }
        }
    }
}
