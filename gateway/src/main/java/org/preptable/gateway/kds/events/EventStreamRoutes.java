package org.preptable.gateway.kds.events;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.kds.orders.OrderRoutes;
import org.preptable.gateway.live.EventHub;
import org.preptable.gateway.live.SseStreams;
import org.preptable.gateway.ops.locations.LocationService;
import org.preptable.gateway.ops.menus.MenuEvents;

/**
 * {@code GET /locations/{id}/events}: Server-Sent Events for one location (DESIGN.md §3). {@code id:} is the
 * event's sequence number; {@code Last-Event-ID} (header, or {@code ?last_event_id=} for the first connect of a
 * browser EventSource) resumes after it. Streaming, pausing and dropping slow screens: {@link SseStreams}. With
 * {@code ?station_id=N} a station screen gets orders cut to its lines, as the orders list's snapshot
 * ({@link StationFrames}).
 */
public final class EventStreamRoutes {

    private final EventHub<EventLog.Event> hub;
    private final LocationService locations;
    private final Gates gates;
    private final StationFrames stationFrames = new StationFrames();

    public EventStreamRoutes(EventHub<EventLog.Event> hub, LocationService locations, Gates gates) {
        this.hub = hub;
        this.locations = locations;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/locations/:locationId/events").handler(gates.ops(OrderRoutes.SCREEN_ROLES)).handler(this::stream);
        api.get("/locations/:locationId/menu/public/events").handler(this::publicMenu); // no gate: guests' phones
    }

    private void stream(RoutingContext ctx) {
        UUID locationId = Params.uuid(ctx, "locationId");
        locations.get(locationId);
        CurrentUser caller = CurrentUser.of(ctx).orElseThrow();
        if (!LocationScope.canRead(caller, locationId)) {
            throw ApiError.forbidden("You are not assigned to location " + locationId);
        }
        Long stationId = Params.queryPositiveLong(ctx, "station_id").orElse(null);
        Long lastSeen = SseStreams.lastEventId(ctx, "last_event_id");
        if (stationId == null) {
            SseStreams.open(ctx, hub, locationId, lastSeen);
        } else {
            // validated like the orders list's station_id: a station the location does not have gets no orders there
            // either, so both answer alike (an empty list; a stream of the non-order events)
            SseStreams.open(ctx, hub, locationId, lastSeen, stationFrames.forStation(stationId));
        }
    }

    /**
     * The guest menu board's nudge: the location's feed narrowed to one bodiless {@code menu.changed} per
     * {@code menu.updated}, so a phone re-reads {@code GET .../menu/public} at once and learns nothing about orders
     * or anything the public read does not show. Ids are the feed's, so {@code Last-Event-ID} resumes as usual.
     */
    private void publicMenu(RoutingContext ctx) {
        UUID locationId = Params.uuid(ctx, "locationId");
        locations.get(locationId);
        SseStreams.open(ctx, hub, locationId, SseStreams.lastEventId(ctx, "last_event_id"),
                event -> MenuEvents.MENU_UPDATED.equals(event.name())
                        ? Buffer.buffer("id: " + event.seq() + "\nevent: menu.changed\ndata: {}\n\n") : null);
    }
}
