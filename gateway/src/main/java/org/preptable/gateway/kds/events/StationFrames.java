package org.preptable.gateway.kds.events;

import io.vertx.core.buffer.Buffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.preptable.gateway.kds.orders.OrderService;
import org.preptable.model.Json;
import org.preptable.model.kds.KitchenOrder;

/**
 * A station screen's stream ({@code GET /locations/{id}/events?station_id=N}): each {@code order.*} event cut to
 * that station's lines by the rule {@code GET /locations/{id}/orders?station_id=N} uses for its snapshot
 * ({@link OrderService#forStation}), so a screen that reconnects sees the same orders it had. An order with no line
 * for the station is not in that snapshot, so on the stream:
 * <ul>
 * <li>{@code order.created} and {@code order.removed} of such an order are not sent (the screen never showed it);
 * <li>{@code order.updated} of such an order is sent as {@code order.removed} with no lines (nor station states or
 * removed lines): a Saavor update may have taken the station's last line away, and only the event before it could
 * tell whether this screen showed the order, so every such update says "not on this screen" and the screen drops it
 * if it had it. This is the price of a stateless stream: one short frame per update of another station's order.
 * </ul>
 * Every other event (menu, availability, …) and anything that does not read as an order passes whole. Frames are
 * kept per (event, station) for the last {@link #EVENTS} events, so ten screens of one station cost one encoding,
 * as the shared {@link EventLog.Event#sseFrame()} does for whole events.
 */
public final class StationFrames {

    /** Events whose cut frames are kept: more than one catch-up batch, so screens a batch apart still share. */
    static final int EVENTS = 2048;

    /** A cut that sends nothing (a map cannot hold null). */
    private static final Buffer NOTHING = Buffer.buffer(0);

    private final Map<Long, Cuts> recent = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cuts> eldest) {
            return size() > EVENTS;
        }
    };

    /** The framing for one station's screens; null for an event the station is not sent. */
    public Function<EventLog.Event, Buffer> forStation(long stationId) {
        return event -> frame(event, stationId);
    }

    Buffer frame(EventLog.Event event, long stationId) {
        if (!event.name().startsWith("order.")) {
            return event.sseFrame();
        }
        Cuts cuts;
        // seq is the table's identity, unique across locations; the lock is held only to find the entry
        synchronized (recent) {
            cuts = recent.computeIfAbsent(event.seq(), seq -> new Cuts(event));
        }
        Buffer frame = cuts.frames.computeIfAbsent(stationId, cuts::cut);
        return frame == NOTHING ? null : frame;
    }

    /** One event's order, read once, and its frame per station. */
    private static final class Cuts {
        final EventLog.Event event;
        final Map<Long, Buffer> frames = new ConcurrentHashMap<>(4);
        private volatile KitchenOrder order;
        private volatile boolean unreadable;

        Cuts(EventLog.Event event) {
            this.event = event;
        }

        Buffer cut(long stationId) {
            KitchenOrder whole = order();
            if (whole == null) {
                return event.sseFrame();
            }
            KitchenOrder mine = OrderService.forStation(whole, stationId);
            String name = event.name();
            if (mine.lines().isEmpty()) {
                if (!"order.updated".equals(name)) {
                    return NOTHING;
                }
                name = "order.removed";
                mine = leaving(whole);
            }
            return Buffer.buffer("id: " + event.seq() + "\nevent: " + name + "\ndata: " + Json.write(mine) + "\n\n");
        }

        /**
         * An order leaving a screen that may not have shown it: what the screen needs to drop it (its id and state)
         * and the order's own fields, without lines, station states or removed lines, which say nothing to a
         * screen that drops it and were most of the frame (the station states alone are ~100 bytes a station).
         */
        private static KitchenOrder leaving(KitchenOrder order) {
            return new KitchenOrder(order.id(), order.saavorOrderId(), order.locationId(), order.number(),
                    order.channel(), order.customerName(), order.placedAt(), order.prepState(), order.stateChangedAt(),
                    order.readyOverdue(), List.of(), order.updatedAt(), order.priority(), order.handedOffAt(),
                    List.of(), order.changedAt(), List.of());
        }

        private KitchenOrder order() {
            if (order == null && !unreadable) {
                try {
                    KitchenOrder read = Json.MAPPER.readValue(event.data(), KitchenOrder.class);
                    if (read.id() == null || read.prepState() == null) {
                        throw new IllegalArgumentException("not an order");
                    }
                    order = read;
                } catch (Exception e) {
                    unreadable = true; // not an order after all: sent whole, as without a station
                }
            }
            return order;
        }
    }
}
