package org.preptable.gateway.kds.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preptable.model.Json;
import org.preptable.model.kds.KitchenOrder;

/** The cut frames are made once per (event, station) and shared by that station's screens; the cache is bounded. */
class StationFramesTest {

    private static final long GRILL = 7;
    private static final long PASTRY = 9;

    private static EventLog.Event created(long seq) {
        KitchenOrder order = new KitchenOrder(UUID.randomUUID().toString(), "S-" + seq, UUID.randomUUID().toString(),
                "12", "counter", "Ana", Instant.parse("2026-12-07T09:00:00Z"), "queued",
                Instant.parse("2026-12-07T09:00:00Z"), false, List.of(
                new KitchenOrder.OrderLine("l1", "BRG", "Burger", 1, List.of(), null, GRILL, List.of()),
                new KitchenOrder.OrderLine("l2", "FRY", "Fries", 1, List.of(), null, null, List.of())),
                Instant.parse("2026-12-07T09:00:00Z"));
        return new EventLog.Event(seq, UUID.randomUUID(), "order.created", Json.write(order));
    }

    @Test
    void screensOfOneStationShareOneFrameAndOtherStationsGetNone() {
        StationFrames frames = new StationFrames();
        EventLog.Event event = created(41);
        var grill = frames.frame(event, GRILL);
        assertThat(frames.forStation(GRILL).apply(event)).as("the same bytes, not a second encoding").isSameAs(grill);
        assertThat(grill.toString()).startsWith("id: 41\nevent: order.created\ndata: {").contains("\"BRG\"")
                .doesNotContain("\"FRY\"");
        assertThat(frames.frame(event, PASTRY)).as("nothing for pastry in a new order").isNull();
    }

    @Test
    void theCacheKeepsTheRecentEventsOnly() {
        StationFrames frames = new StationFrames();
        EventLog.Event first = created(1);
        var kept = frames.frame(first, GRILL);
        for (long seq = 2; seq <= StationFrames.EVENTS + 1; seq++) {
            frames.frame(created(seq), GRILL);
        }
        var again = frames.frame(first, GRILL);
        assertThat(again).as("encoded again after it left the cache").isNotSameAs(kept);
        assertThat(again.toString()).isEqualTo(kept.toString());
    }
}
