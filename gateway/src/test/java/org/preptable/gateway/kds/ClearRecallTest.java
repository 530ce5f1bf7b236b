package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kds.ActionFixtures.clear;
import static org.preptable.gateway.kds.ActionFixtures.clearedOrder;
import static org.preptable.gateway.kds.ActionFixtures.kiosk;
import static org.preptable.gateway.kds.ActionFixtures.order;
import static org.preptable.gateway.kds.ActionFixtures.orderPath;
import static org.preptable.gateway.kds.ActionFixtures.readyOrder;
import static org.preptable.gateway.kds.ActionFixtures.saavor;
import static org.preptable.gateway.kds.ActionFixtures.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.model.Json;

/** Expo's clear (the hand-off), the cleared list and recall, through HTTP and the event stream (issue 17). */
@ExtendWith(GatewayExtension.class)
class ClearRecallTest {

    private static String transitions(TestGateway gateway, String orderId) {
        return gateway.sql().text("SELECT string_agg(coalesce(from_state, '-') || '>' || to_state, ',' ORDER BY id)"
                + " FROM prep_transitions WHERE order_id = ?::uuid AND to_state IN ('cleared', 'recalled')", orderId);
    }

    private static String column(TestGateway gateway, String column, String orderId) {
        return gateway.sql().text("SELECT " + column + "::text FROM grill_orders WHERE id = ?::uuid", orderId);
    }

    @Test
    void aClearSendsOrderUpdatedAndStoresAClearedTransitionWithTheScreen(TestGateway gateway, ApiClient api)
            throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String id = readyOrder(api, kitchen, "S-CL1");
        ApiClient expo = kiosk(gateway, api, kitchen.locationId(), "Expo");
        String kioskUser = gateway.sql().text("SELECT id::text FROM users WHERE email = ?",
                "kiosk-" + kitchen.locationId() + "@kiosk.preptable.local");
        String screen = gateway.sql().text("SELECT id::text FROM kiosk_screens WHERE location_id = ?::uuid"
                + " AND name = 'expo'", kitchen.locationId().toString());

        try (SseClient events = stream(gateway, api, kitchen.locationId())) {
            var answer = expo.post("/saavor/orders/prepared", Map.of("order_id", id));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().get("status").asText()).isEqualTo("handed_off");

            SseClient.Event updated = events.next(5);
            assertThat(updated.name()).isEqualTo("order.updated");
            JsonNode order = Json.MAPPER.readTree(updated.data());
            assertThat(order.get("id").asText()).isEqualTo(id);
            assertThat(order.get("prep_state").asText()).isEqualTo("ready");
            assertThat(order.get("handed_off_at").isTextual()).as("handed_off_at in %s", order).isTrue();

            // a repeat answers as before and stores and sends nothing more
            assertThat(expo.post("/saavor/orders/prepared", Map.of("order_id", id)).json().get("status").asText())
                    .isEqualTo("already_handed_off");
            assertThat(events.drain(300)).isEmpty();
        }
        assertThat(column(gateway, "handed_off_at", id)).isNotNull();
        assertThat(transitions(gateway, id)).isEqualTo("ready>cleared");
        assertThat(gateway.sql().text("SELECT actor_id::text || ' ' || screen_id::text || ' ' ||"
                + " (station_id IS NULL)::text FROM prep_transitions WHERE order_id = ?::uuid AND to_state = 'cleared'",
                id)).isEqualTo(kioskUser + " " + screen + " true");
        assertThat(gateway.sql().text("SELECT after->>'screen' FROM audit_log WHERE action = 'handed_off'"
                + " AND entity_id = ?", id)).isEqualTo("expo");
    }

    @Test
    void aClearWithABearerTokenStoresNoScreen(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        var staff = api.newUser("staff");
        String id = clearedOrder(api, api.as(staff), kitchen, "S-CL2");
        assertThat(gateway.sql().text("SELECT actor_id::text || ' ' || coalesce(screen_id::text, 'none')"
                + " FROM prep_transitions WHERE order_id = ?::uuid AND to_state = 'cleared'", id))
                .isEqualTo(staff.id() + " none");
    }

    @Test
    void theClearedListIsNewestFirstLimitedAndLeavesOutWhatIsNotCleared(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        String first = clearedOrder(api, admin, kitchen, "S-L1");
        String fulfilledUncleared = readyOrder(api, kitchen, "S-L2");
        saavor(api, kitchen, "order.fulfilled", "S-L2");
        String third = clearedOrder(api, admin, kitchen, "S-L3");
        order(api, kitchen, "S-L4"); // still on the screens
        readyOrder(api, kitchen, "S-L5");
        saavor(api, kitchen, "order.voided", "S-L5");
        String path = "/locations/" + kitchen.locationId() + "/orders/cleared";

        JsonNode list = admin.get(path).json();
        assertThat(ids(list)).containsExactly(third, fulfilledUncleared, first);
        assertThat(list.get(0).get("handed_off_at").isTextual()).isTrue();
        assertThat(list.get(1).get("prep_state").asText()).isEqualTo("fulfilled");
        assertThat(list.get(1).get("handed_off_at").isNull()).isTrue();
        assertThat(list.get(2).get("lines")).hasSize(1);
        assertThat(ids(admin.get(path + "?limit=2").json())).containsExactly(third, fulfilledUncleared);
        assertThat(ids(api.as(api.newUser("staff")).get(path + "?limit=20").json())).hasSize(3);
        for (String bad : List.of("0", "21", "abc", "1.5")) {
            assertThat(admin.get(path + "?limit=" + bad).assertError(400)).contains("limit");
        }
        var stranger = api.newUser("manager"); // a manager of no location: refused, like recall
        assertThat(api.as(stranger).get(path).assertError(403)).startsWith("You are not assigned to location");
        assertThat(admin.get("/locations/" + UUID.randomUUID() + "/orders/cleared").status()).isEqualTo(404);
        assertThat(api.as(api.newUser("CUSTOMER")).get(path).status()).isEqualTo(403);
    }

    @Test
    void theListHoldsAtMostTwentyOrders(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        for (int i = 0; i < 21; i++) {
            clearedOrder(api, admin, kitchen, "S-M" + i);
        }
        JsonNode list = admin.get("/locations/" + kitchen.locationId() + "/orders/cleared").json();
        assertThat(list).hasSize(20);
        assertThat(list.get(0).get("saavor_order_id").asText()).isEqualTo("S-M20");
        assertThat(list.get(19).get("saavor_order_id").asText()).isEqualTo("S-M1");
    }

    @Test
    void recallingAHandedOffOrderPutsItBackOnTheScreens(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient expo = kiosk(gateway, api, kitchen.locationId(), "expo");
        String id = clearedOrder(api, expo, kitchen, "S-R1");
        long mark = AuditTrail.mark(gateway);

        try (SseClient events = stream(gateway, api, kitchen.locationId())) {
            var recalled = expo.post(orderPath(kitchen, id, "recall"), null);
            assertThat(recalled.status()).as(recalled.body()).isEqualTo(200);
            assertThat(recalled.json().get("id").asText()).isEqualTo(id);
            assertThat(recalled.json().get("prep_state").asText()).isEqualTo("ready");
            assertThat(recalled.json().get("handed_off_at").isNull()).isTrue();

            SseClient.Event updated = events.next(5);
            assertThat(updated.name()).isEqualTo("order.updated");
            JsonNode order = Json.MAPPER.readTree(updated.data());
            assertThat(order.get("id").asText()).isEqualTo(id);
            assertThat(order.get("handed_off_at").isNull()).isTrue();
        }
        assertThat(column(gateway, "handed_off_at", id)).isNull();
        assertThat(column(gateway, "prep_state", id)).isEqualTo("ready");
        assertThat(transitions(gateway, id)).isEqualTo("ready>cleared,cleared>recalled");
        assertThat(gateway.sql().count("SELECT count(*) FROM prep_transitions WHERE order_id = ?::uuid"
                + " AND to_state = 'recalled' AND screen_id IS NOT NULL", id)).isEqualTo(1);
        assertThat(orderAudit(gateway, mark)).containsExactly("recall grill_orders " + id);
        assertThat(gateway.sql().text("SELECT before::text || ' ' || after::text FROM audit_log"
                + " WHERE action = 'recall' AND entity_id = ?", id)).contains("\"handed_off_at\": null")
                .contains("\"screen\": \"expo\"");

        // cleared again: a second transition, but Saavor was told once and is not told again
        clear(expo, id);
        assertThat(transitions(gateway, id)).isEqualTo("ready>cleared,cleared>recalled,ready>cleared");
        assertThat(gateway.sql().count("SELECT count(*) FROM saavor_outbox WHERE order_id = ?::uuid", id))
                .isEqualTo(1);
    }

    @Test
    void recallingAFulfilledOrderBringsItBackReadyAsANewOrder(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient staff = api.as(api.newUser("staff"));
        String handedOff = clearedOrder(api, staff, kitchen, "S-F1");
        saavor(api, kitchen, "order.fulfilled", "S-F1");
        String direct = order(api, kitchen, "S-F2"); // Saavor fulfilled it while it was still queued
        saavor(api, kitchen, "order.fulfilled", "S-F2");
        long mark = AuditTrail.mark(gateway);

        try (SseClient events = stream(gateway, api, kitchen.locationId())) {
            for (String id : List.of(handedOff, direct)) {
                var recalled = staff.post(orderPath(kitchen, id, "recall"), null);
                assertThat(recalled.status()).as(recalled.body()).isEqualTo(200);
                assertThat(recalled.json().get("prep_state").asText()).isEqualTo("ready");
                SseClient.Event created = events.next(5);
                assertThat(created.name()).isEqualTo("order.created");
                JsonNode order = Json.MAPPER.readTree(created.data());
                assertThat(order.get("id").asText()).isEqualTo(id);
                assertThat(order.get("prep_state").asText()).isEqualTo("ready");
                assertThat(order.get("handed_off_at").isNull()).isTrue();
                // its station is ready too, so the derived state agrees
                assertThat(order.get("stations")).hasSize(1);
                assertThat(order.get("stations").get(0).get("station_id").asLong()).isEqualTo(kitchen.grillStationId());
                assertThat(order.get("stations").get(0).get("prep_state").asText()).isEqualTo("ready");
                assertThat(column(gateway, "prep_state", id)).isEqualTo("ready");
                assertThat(column(gateway, "handed_off_at", id)).isNull();
            }
        }
        assertThat(transitions(gateway, handedOff)).isEqualTo("ready>cleared,fulfilled>recalled");
        assertThat(transitions(gateway, direct)).isEqualTo("fulfilled>recalled");
        assertThat(orderAudit(gateway, mark)).containsExactly("recall grill_orders " + handedOff,
                "recall grill_orders " + direct);
        // back on the screens: listed as active again, and off the cleared list
        List<String> active = ids(api.as(api.admin()).get("/locations/" + kitchen.locationId() + "/orders").json());
        assertThat(active).contains(handedOff, direct);
        assertThat(ids(staff.get("/locations/" + kitchen.locationId() + "/orders/cleared").json())).isEmpty();
    }

    @Test
    void onlyClearedOrdersOfTheLocationCanBeRecalled(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        Kitchen other = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        String queued = order(api, kitchen, "S-X1");
        String ready = readyOrder(api, kitchen, "S-X2");
        String voided = order(api, kitchen, "S-X3");
        saavor(api, kitchen, "order.voided", "S-X3");
        String elsewhere = clearedOrder(api, admin, other, "S-X4");
        long mark = AuditTrail.mark(gateway);

        var stillQueued = admin.post(orderPath(kitchen, queued, "recall"), null);
        assertThat(stillQueued.assertError(409)).contains("can be recalled").endsWith("this one is queued");
        assertThat(stillQueued.json().get("order").get("id").asText()).isEqualTo(queued);
        assertThat(admin.post(orderPath(kitchen, ready, "recall"), null).assertError(409)).endsWith("this one is ready");
        assertThat(admin.post(orderPath(kitchen, voided, "recall"), null).assertError(409))
                .endsWith("this one is voided");

        assertThat(admin.post(orderPath(kitchen, elsewhere, "recall"), null).status()).isEqualTo(404);
        assertThat(admin.post(orderPath(kitchen, UUID.randomUUID().toString(), "recall"), null).status())
                .isEqualTo(404);
        assertThat(admin.post("/locations/" + UUID.randomUUID() + "/orders/" + elsewhere + "/recall", null).status())
                .isEqualTo(404);
        var stranger = api.newUser("manager");
        assertThat(api.as(stranger).post(orderPath(other, elsewhere, "recall"), null).assertError(403))
                .startsWith("You are not assigned to location");
        assertThat(admin.post(orderPath(kitchen, "not-a-uuid", "recall"), null).status()).isEqualTo(400);

        assertThat(orderAudit(gateway, mark)).isEmpty();
        assertThat(column(gateway, "handed_off_at", elsewhere)).isNotNull();
    }

    /** The audit rows about orders since the mark (sign-ins the test makes on the way are left out). */
    private static List<String> orderAudit(TestGateway gateway, long mark) {
        return AuditTrail.since(gateway, mark).stream().filter(row -> row.contains(" grill_orders ")).toList();
    }

    private static List<String> ids(JsonNode orders) {
        List<String> ids = new ArrayList<>();
        orders.forEach(order -> ids.add(order.get("id").asText()));
        return ids;
    }
}
