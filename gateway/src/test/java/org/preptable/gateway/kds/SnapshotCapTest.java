package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;

/**
 * Issue 23, bounded memory: the connect-time snapshot ({@code GET /locations/{id}/orders}) holds at most
 * PREPTABLE_SNAPSHOT_MAX_ORDERS orders (3 here), the first in screen order (rush, then oldest), each with all its
 * lines (the limit is on orders, not joined rows); {@code X-Total-Count} says how many there are in all.
 */
class SnapshotCapTest {

    private static List<String> numbers(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(order -> order.get("saavor_order_id").asText())
                .toList();
    }

    @Test
    void theSnapshotHoldsTheFirstOrdersInScreenOrderAndSaysHowManyThereAre() {
        try (TestGateway gateway = TestGateway.start(Map.of("PREPTABLE_SNAPSHOT_MAX_ORDERS", "3"))) {
            ApiClient api = gateway.client();
            Kitchen kitchen = KdsFixtures.kitchen(api);
            ApiClient admin = api.as(api.admin());
            WebhookSender saavor = new WebhookSender(api);
            Instant start = Instant.now().minusSeconds(600);
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                // three lines each, two of them the grill's: a limit on joined rows would cut orders in half
                var sent = saavor.send(event("order.created", kitchen.storeRef(), "S-C" + i, start.plusSeconds(i),
                        line(KdsFixtures.burger(kitchen), "Classic burger", 1), line("FRY", "Fries", 1),
                        line(KdsFixtures.burger(kitchen), "Cheeseburger", 2)));
                assertThat(sent.status()).as(sent.body()).isEqualTo(200);
                ids.add(sent.json().get("order_id").asText());
            }
            String base = "/locations/" + kitchen.locationId() + "/orders";
            assertThat(admin.post(base + "/" + ids.get(4) + "/priority", Map.of("priority", "rush")).status())
                    .isEqualTo(200);

            var snapshot = admin.get(base);
            assertThat(numbers(snapshot.json())).containsExactly("S-C5", "S-C1", "S-C2");
            assertThat(snapshot.header("X-Total-Count")).isEqualTo("5");
            assertThat(snapshot.header("Last-Event-ID")).isNotBlank();
            snapshot.json().forEach(order -> assertThat(order.get("lines")).hasSize(3));

            // a station's snapshot: its lines only, still whole orders, counted among its own
            var grill = admin.get(base + "?station_id=" + kitchen.grillStationId());
            assertThat(numbers(grill.json())).containsExactly("S-C5", "S-C1", "S-C2");
            grill.json().forEach(order -> assertThat(order.get("lines")).hasSize(2));
            assertThat(grill.header("X-Total-Count")).isEqualTo("5");

            // a filter counts what it matches; under the cap the count is the list's length
            admin.post(base + "/" + ids.get(1) + "/transition", Map.of("to", "preparing"));
            var preparing = admin.get(base + "?state=preparing");
            assertThat(numbers(preparing.json())).containsExactly("S-C2");
            assertThat(preparing.header("X-Total-Count")).isEqualTo("1");
            var queued = admin.get(base + "?state=queued");
            assertThat(numbers(queued.json())).containsExactly("S-C5", "S-C1", "S-C3");
            assertThat(queued.header("X-Total-Count")).isEqualTo("4");

            // a grill bump moves the grill's own state: the station's filter goes by it
            admin.post(base + "/" + ids.get(2) + "/transition", Map.of("to", "preparing",
                    "station_id", kitchen.grillStationId()));
            var grillCooking = admin.get(base + "?station_id=" + kitchen.grillStationId() + "&state=preparing");
            assertThat(numbers(grillCooking.json())).containsExactly("S-C2", "S-C3");
            assertThat(grillCooking.header("X-Total-Count")).isEqualTo("2");
        }
    }
}
