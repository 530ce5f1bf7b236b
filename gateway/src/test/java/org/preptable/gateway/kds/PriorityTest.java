package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kds.ActionFixtures.clearedOrder;
import static org.preptable.gateway.kds.ActionFixtures.kiosk;
import static org.preptable.gateway.kds.ActionFixtures.order;
import static org.preptable.gateway.kds.ActionFixtures.orderPath;
import static org.preptable.gateway.kds.ActionFixtures.saavor;
import static org.preptable.gateway.kds.ActionFixtures.stream;

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

/** A screen's rush key: {@code POST /locations/{id}/orders/{orderId}/priority} (issue 17). */
@ExtendWith(GatewayExtension.class)
class PriorityTest {

    private static String priority(TestGateway gateway, String orderId) {
        return gateway.sql().text("SELECT priority FROM grill_orders WHERE id = ?::uuid", orderId);
    }

    private static List<String> orderAudit(TestGateway gateway, long mark) {
        return AuditTrail.since(gateway, mark).stream().filter(row -> row.contains(" grill_orders ")).toList();
    }

    @Test
    void aScreenMarksAnOrderRushAndBackAudited(TestGateway gateway, ApiClient api) throws Exception {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String id = order(api, kitchen, "S-P1");
        ApiClient grill = kiosk(gateway, api, kitchen.locationId(), "grill-1");
        String path = orderPath(kitchen, id, "priority");
        long mark = AuditTrail.mark(gateway);

        try (SseClient events = stream(gateway, api, kitchen.locationId())) {
            var rushed = grill.post(path, Map.of("priority", "RUSH"));
            assertThat(rushed.status()).as(rushed.body()).isEqualTo(200);
            assertThat(rushed.json().get("id").asText()).isEqualTo(id);
            assertThat(rushed.json().get("priority").asText()).isEqualTo("rush");
            assertThat(priority(gateway, id)).isEqualTo("rush");
            SseClient.Event updated = events.next(5);
            assertThat(updated.name()).isEqualTo("order.updated");
            assertThat(Json.MAPPER.readTree(updated.data()).get("id").asText()).isEqualTo(id);
            assertThat(Json.MAPPER.readTree(updated.data()).get("priority").asText()).isEqualTo("rush");

            // the priority it already has: answered, nothing written or sent
            assertThat(grill.post(path, Map.of("priority", "rush")).status()).isEqualTo(200);
            assertThat(events.drain(300)).isEmpty();

            var normal = grill.post(path, Map.of("priority", "normal"));
            assertThat(normal.json().get("priority").asText()).isEqualTo("normal");
            assertThat(priority(gateway, id)).isEqualTo("normal");
            SseClient.Event back = events.next(5);
            assertThat(back.name()).isEqualTo("order.updated");
            assertThat(Json.MAPPER.readTree(back.data()).get("priority").asText()).isEqualTo("normal");
        }
        assertThat(orderAudit(gateway, mark)).containsExactly("priority grill_orders " + id,
                "priority grill_orders " + id);
        assertThat(gateway.sql().text("SELECT string_agg(before->>'priority' || '>' || (after->>'priority'), ','"
                + " ORDER BY id) FROM audit_log WHERE action = 'priority' AND entity_id = ?", id))
                .isEqualTo("normal>rush,rush>normal");
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE action = 'priority' AND entity_id = ?"
                + " AND after->>'screen' = 'grill-1'", id)).isEqualTo(2);
    }

    @Test
    void aRushedOrderIsListedFirst(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String older = order(api, kitchen, "S-P7");
        String newer = order(api, kitchen, "S-P8");
        ApiClient staff = api.as(api.newUser("staff"));
        String list = "/locations/" + kitchen.locationId() + "/orders";
        assertThat(staff.get(list).json().get(0).get("id").asText()).isEqualTo(older);

        assertThat(staff.post(orderPath(kitchen, newer, "priority"), Map.of("priority", "rush")).status())
                .isEqualTo(200);
        var rushFirst = staff.get(list).json();
        assertThat(rushFirst.get(0).get("id").asText()).isEqualTo(newer);
        assertThat(rushFirst.get(1).get("id").asText()).isEqualTo(older);
    }

    @Test
    void onlyRushOrNormalIsAccepted(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String id = order(api, kitchen, "S-P2");
        ApiClient admin = api.as(api.admin());
        String path = orderPath(kitchen, id, "priority");

        assertThat(admin.post(path, Map.of("priority", "urgent")).assertError(400))
                .isEqualTo("priority must be rush or normal, got: urgent");
        assertThat(admin.post(path, Map.of()).assertError(400)).contains("priority must be rush or normal");
        assertThat(admin.post(path, "{\"priority\": 1}").status()).isEqualTo(400);
        assertThat(admin.post(path, Map.of("priority", "rush", "why", "vip")).assertError(400)).contains("why");
        assertThat(priority(gateway, id)).isEqualTo("normal");
    }

    @Test
    void onlyOrdersOnTheScreensOfYourLocationChange(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        String fulfilled = order(api, kitchen, "S-P3");
        saavor(api, kitchen, "order.fulfilled", "S-P3");
        String voided = order(api, kitchen, "S-P4");
        saavor(api, kitchen, "order.voided", "S-P4");
        String handedOff = clearedOrder(api, admin, kitchen, "S-P5");
        String active = order(api, kitchen, "S-P6");
        long mark = AuditTrail.mark(gateway);
        Map<String, String> rush = Map.of("priority", "rush");

        var done = admin.post(orderPath(kitchen, fulfilled, "priority"), rush);
        assertThat(done.assertError(409)).isEqualTo(
                "Only an order on the kitchen screens can change its priority; this one is fulfilled");
        assertThat(done.json().get("order").get("id").asText()).isEqualTo(fulfilled);
        assertThat(admin.post(orderPath(kitchen, voided, "priority"), rush).assertError(409)).endsWith("voided");
        assertThat(admin.post(orderPath(kitchen, handedOff, "priority"), rush).assertError(409))
                .endsWith("this one is handed off (cleared)");

        assertThat(admin.post(orderPath(kitchen, UUID.randomUUID().toString(), "priority"), rush).status())
                .isEqualTo(404);
        Kitchen other = KdsFixtures.kitchen(api);
        assertThat(admin.post(orderPath(other, active, "priority"), rush).status()).isEqualTo(404);
        var stranger = api.newUser("manager");
        assertThat(api.as(stranger).post(orderPath(kitchen, active, "priority"), rush).assertError(403))
                .startsWith("You are not assigned to location");
        assertThat(api.as(api.newUser("CUSTOMER")).post(orderPath(kitchen, active, "priority"), rush).status())
                .isEqualTo(403);

        assertThat(orderAudit(gateway, mark)).isEmpty();
        for (String id : List.of(fulfilled, voided, handedOff, active)) {
            assertThat(priority(gateway, id)).isEqualTo("normal");
        }
    }
}
