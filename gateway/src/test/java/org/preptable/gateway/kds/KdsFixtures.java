package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;

/** A location with a Saavor store ref and a station that takes some item codes, made through the API. */
public final class KdsFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public record Kitchen(UUID locationId, String storeRef, long grillStationId) {
    }

    private KdsFixtures() {
    }

    public static Kitchen kitchen(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        int n = COUNTER.incrementAndGet();
        String storeRef = "store-" + n + "-" + UUID.randomUUID().toString().substring(0, 4);
        ApiResponse location = admin.post("/locations", Map.of("name", "Kitchen " + storeRef, "timezone", "UTC",
                "saavor_store_ref", storeRef, "ready_hold_seconds", 300));
        assertThat(location.status()).as(location.body()).isEqualTo(201);
        ApiResponse station = admin.post("/stations", Map.of("name", "Grill " + storeRef,
                "description", "Burgers and steaks"));
        assertThat(station.status()).as(station.body()).isEqualTo(201);
        long stationId = station.json().get("id").asLong();
        ApiResponse codes = admin.put("/stations/" + stationId + "/item-codes",
                Map.of("itemCodes", List.of("BRG-" + n, "STK-" + n)));
        assertThat(codes.status()).as(codes.body()).isEqualTo(200);
        return new Kitchen(UUID.fromString(location.json().get("id").asText()), storeRef, stationId);
    }

    /** The burger code routed to the kitchen's grill station. */
    public static String burger(Kitchen kitchen) {
        return "BRG-" + kitchen.storeRef().split("-")[1];
    }
}
