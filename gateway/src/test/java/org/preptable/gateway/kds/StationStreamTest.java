package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.Json;

/**
 * Issue 23, less per screen: a station screen's stream ({@code ?station_id=}) carries its own lines only and agrees
 * with the station's snapshot (events that arrive together are written together: {@code EventStreamTest}).
 */
@ExtendWith(GatewayExtension.class)
class StationStreamTest {

    private static SseClient stream(TestGateway gateway, ApiClient api, Kitchen kitchen, String query,
                                    String lastEventId) {
        Map<String, String> headers = new HashMap<>(api.as(api.admin()).headers());
        headers.put("Last-Event-ID", lastEventId);
        return SseClient.open(gateway.baseUrl(), "/locations/" + kitchen.locationId() + "/events" + query, headers);
    }

    private static String lastEventId(ApiClient api, Kitchen kitchen) {
        return api.as(api.admin()).get("/locations/" + kitchen.locationId() + "/orders").header("Last-Event-ID");
    }

    @Test
    void aStationStreamCarriesItsOwnLinesAsItsSnapshotShowsThem(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        WebhookSender saavor = new WebhookSender(api);
        long grill = kitchen.grillStationId();
        String from = lastEventId(api, kitchen);
        try (SseClient grillScreen = stream(gateway, api, kitchen, "?station_id=" + grill, from);
             SseClient expo = stream(gateway, api, kitchen, "", from)) {
            String both = saavor.send(event("order.created", kitchen.storeRef(), "S-ST1", Instant.now(),
                    line(KdsFixtures.burger(kitchen), "Classic burger", 1), line("FRY", "Fries", 2)))
                    .json().get("order_id").asText();
            String friesOnly = saavor.send(event("order.created", kitchen.storeRef(), "S-ST2", Instant.now(),
                    line("FRY", "Fries", 1))).json().get("order_id").asText();

            assertThat(expo.next(5).name()).isEqualTo("order.created");
            assertThat(Json.MAPPER.readTree(expo.next(5).data()).get("id").asText()).isEqualTo(friesOnly);
            SseClient.Event created = grillScreen.next(5);
            assertThat(created.name()).isEqualTo("order.created");
            JsonNode mine = Json.MAPPER.readTree(created.data());
            assertThat(mine.get("id").asText()).isEqualTo(both);
            assertThat(mine.get("lines")).hasSize(1);
            assertThat(mine.get("lines").get(0).get("station_id").asLong()).isEqualTo(grill);
            JsonNode snapshot = admin.get("/locations/" + kitchen.locationId() + "/orders?station_id=" + grill).json();
            assertThat(snapshot).as("the fries-only order is in neither").hasSize(1);
            assertThat(snapshot.get(0)).as("the stream agrees with the station's snapshot").isEqualTo(mine);
            assertThat(grillScreen.drain(300)).as("nothing for the fries-only order").isEmpty();

            // the grill's bump: its own state, as the snapshot shows it
            assertThat(admin.post("/locations/" + kitchen.locationId() + "/orders/" + both + "/transition",
                    Map.of("from", "queued", "to", "preparing", "station_id", grill)).status()).isEqualTo(200);
            SseClient.Event bumped = grillScreen.next(5);
            assertThat(bumped.name()).isEqualTo("order.updated");
            assertThat(Json.MAPPER.readTree(bumped.data()).get("prep_state").asText()).isEqualTo("preparing");
            assertThat(Json.MAPPER.readTree(bumped.data())).isEqualTo(
                    admin.get("/locations/" + kitchen.locationId() + "/orders?station_id=" + grill).json().get(0));

            // an update of an order with nothing for the grill says "not on this screen", short
            assertThat(admin.post("/locations/" + kitchen.locationId() + "/orders/" + friesOnly + "/transition",
                    Map.of("to", "preparing")).status()).isEqualTo(200);
            SseClient.Event notMine = grillScreen.next(5);
            assertThat(notMine.name()).isEqualTo("order.removed");
            assertThat(Json.MAPPER.readTree(notMine.data()).get("id").asText()).isEqualTo(friesOnly);
            assertThat(Json.MAPPER.readTree(notMine.data()).get("lines")).isEmpty();
            assertThat(Json.MAPPER.readTree(notMine.data()).get("stations")).as("short: no station states").isEmpty();
            assertThat(Json.MAPPER.readTree(notMine.data()).get("prep_state").asText()).isEqualTo("preparing");

            // Saavor takes the burger off: the grill screen drops the order, as its snapshot does
            saavor.send(event("order.updated", kitchen.storeRef(), "S-ST1", Instant.now(), line("FRY", "Fries", 2)));
            SseClient.Event gone = grillScreen.next(5);
            assertThat(gone.name()).isEqualTo("order.removed");
            assertThat(Json.MAPPER.readTree(gone.data()).get("id").asText()).isEqualTo(both);
            assertThat(admin.get("/locations/" + kitchen.locationId() + "/orders?station_id=" + grill).json())
                    .isEmpty();

            // a void of an order that never had grill lines is not sent at all; expo hears every event whole
            saavor.send(event("order.voided", kitchen.storeRef(), "S-ST2", Instant.now()));
            List<String> expoNames = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                SseClient.Event e = expo.next(5);
                expoNames.add(e.name());
                if (i == 0) {
                    assertThat(Json.MAPPER.readTree(e.data()).get("lines")).as("expo's copy is whole").hasSize(2);
                }
            }
            assertThat(expoNames).containsExactly("order.updated", "order.updated", "order.updated", "order.removed");
            assertThat(grillScreen.drain(300)).isEmpty();
        }
    }

    @Test
    void otherEventsPassAndResumingKeepsTheFeedsIds(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        long grill = kitchen.grillStationId();
        String from = lastEventId(api, kitchen);
        String location = kitchen.locationId().toString();
        gateway.sql().execute("INSERT INTO location_events (location_id, name, data) VALUES (?::uuid,"
                + " 'availability.updated', '{\"n\": 1}'), (?::uuid, 'order.created', '{\"n\": 2}')", location, location);
        new WebhookSender(api).send(event("order.created", kitchen.storeRef(), "S-ST3", Instant.now(),
                line(KdsFixtures.burger(kitchen), "Classic burger", 1)));
        try (SseClient grillScreen = stream(gateway, api, kitchen, "?station_id=" + grill, from)) {
            SseClient.Event availability = grillScreen.next(5);
            assertThat(availability.name()).isEqualTo("availability.updated");
            assertThat(availability.data()).isEqualTo("{\"n\": 1}");
            SseClient.Event unreadable = grillScreen.next(5);
            assertThat(unreadable.data()).as("what is not an order passes whole").isEqualTo("{\"n\": 2}");
            SseClient.Event order = grillScreen.next(5);
            assertThat(Long.parseLong(order.id())).isEqualTo(Long.parseLong(unreadable.id()) + 1);
            assertThat(Json.MAPPER.readTree(order.data()).get("saavor_order_id").asText()).isEqualTo("S-ST3");
        }
        try (SseClient resumed = stream(gateway, api, kitchen, "?station_id=" + grill, from)) {
            assertThat(resumed.next(5).name()).as("the same ids resume the same stream")
                    .isEqualTo("availability.updated");
        }
    }

    @Test
    void aStationIdMustBeAPositiveNumber(ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        for (String bad : List.of("0", "-3", "grill", "1.5")) {
            assertThat(admin.get("/locations/" + kitchen.locationId() + "/events?station_id=" + bad).assertError(400))
                    .contains("station_id");
        }
    }
}
