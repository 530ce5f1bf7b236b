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
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.Json;

/**
 * Issue 23, bounded memory: orders left on the screens longer than PREPTABLE_ORDER_EXPIRE_AFTER (12 h by default)
 * leave them as {@code expired}, audited, with an {@code order.expired} event for every screen; with several
 * gateways on one database each order is expired once. The job is made to run every 100 ms here.
 */
class OrderExpiryTest {

    private static final Map<String, String> FAST = Map.of("PREPTABLE_ORDER_EXPIRY_EVERY_MS", "100");

    private static SseClient stream(TestGateway gateway, String token, Kitchen kitchen) {
        return SseClient.open(gateway.baseUrl(), "/locations/" + kitchen.locationId() + "/events",
                Map.of("Authorization", "Bearer " + token));
    }

    private static String ordered(WebhookSender saavor, Kitchen kitchen, String saavorId) {
        var sent = saavor.send(event("order.created", kitchen.storeRef(), saavorId, Instant.now(),
                line(KdsFixtures.burger(kitchen), "Classic burger", 1), line("FRY", "Fries", 1)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().get("order_id").asText();
    }

    /** Makes an order look placed {@code hours} ago, as if nobody had touched it since. */
    private static void placedHoursAgo(TestGateway gateway, String orderId, int hours) {
        gateway.sql().execute("UPDATE grill_orders SET placed_at = now() - make_interval(hours => ?) WHERE id = ?::uuid",
                hours, orderId);
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(order -> order.get("id").asText()).toList();
    }

    @Test
    void ordersOlderThanTheAgeLeaveEveryScreenAsExpiredAndAreAudited() throws Exception {
        try (TestGateway gateway = TestGateway.start(FAST)) {
            ApiClient api = gateway.client();
            Kitchen kitchen = KdsFixtures.kitchen(api);
            String token = api.admin().token();
            ApiClient screenApi = api.as(token);
            WebhookSender saavor = new WebhookSender(api);
            String forgotten = ordered(saavor, kitchen, "S-E1");
            String cooking = ordered(saavor, kitchen, "S-E2");
            String fresh = ordered(saavor, kitchen, "S-E3");
            String almost = ordered(saavor, kitchen, "S-E4");
            String base = "/locations/" + kitchen.locationId() + "/orders";
            assertThat(screenApi.post(base + "/" + cooking + "/transition", Map.of("to", "preparing")).status())
                    .isEqualTo(200);
            assertThat(ids(screenApi.get(base).json())).hasSize(4);

            try (SseClient screen = stream(gateway, token, kitchen)) {
                assertThat(screen.status()).isEqualTo(200);
                Thread.sleep(200);
                // one statement, so one round of the job finds both (under the 12 h, "almost" stays)
                gateway.sql().execute("UPDATE grill_orders SET placed_at = now() - make_interval(hours =>"
                        + " CASE id WHEN ?::uuid THEN 13 WHEN ?::uuid THEN 20 ELSE 11 END)"
                        + " WHERE id IN (?::uuid, ?::uuid, ?::uuid)", forgotten, cooking, forgotten, cooking, almost);

                List<SseClient.Event> expired = new ArrayList<>(List.of(screen.next(5), screen.next(5)));
                assertThat(expired).extracting(SseClient.Event::name).containsOnly("order.expired");
                List<JsonNode> data = new ArrayList<>();
                for (SseClient.Event event : expired) {
                    data.add(Json.MAPPER.readTree(event.data()));
                }
                // the oldest first; the data is the whole order, as for every order event
                assertThat(data).extracting(order -> order.get("id").asText()).containsExactly(cooking, forgotten);
                assertThat(data).extracting(order -> order.get("prep_state").asText()).containsOnly("expired");
                assertThat(data.get(0).get("lines")).hasSize(2);
                assertThat(screen.drain(400)).as("each order expires once").isEmpty();
            }

            var snapshot = screenApi.get(base);
            assertThat(ids(snapshot.json())).containsExactly(almost, fresh);
            assertThat(snapshot.header("X-Total-Count")).isEqualTo("2");
            assertThat(gateway.sql().text("SELECT prep_state FROM grill_orders WHERE id = ?::uuid", fresh))
                    .isEqualTo("queued");
            assertThat(gateway.sql().text("SELECT prep_state FROM grill_orders WHERE id = ?::uuid", cooking))
                    .isEqualTo("expired");

            // audited as the gateway's own action: before and after, and how old the order was
            assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE action = 'expire'"
                    + " AND entity = 'grill_orders' AND actor_email = 'system' AND route = 'order expiry'"
                    + " AND entity_id IN (?, ?)", forgotten, cooking)).isEqualTo(2);
            assertThat(gateway.sql().text("SELECT before ->> 'prep_state' FROM audit_log WHERE action = 'expire'"
                    + " AND entity_id = ?", cooking)).isEqualTo("preparing");
            assertThat(gateway.sql().text("SELECT after ->> 'expire_after_seconds' FROM audit_log"
                    + " WHERE action = 'expire' AND entity_id = ?", cooking)).isEqualTo("43200");
            assertThat(gateway.sql().count("SELECT count(*) FROM prep_transitions WHERE order_id = ?::uuid"
                    + " AND from_state = 'queued' AND to_state = 'expired'", forgotten)).isEqualTo(1);

            // screens cannot move it, a late Saavor update cannot bring it back
            assertThat(screenApi.unchecked().post(base + "/" + forgotten + "/transition", Map.of("to", "ready"))
                    .assertError(409)).contains("from expired");
            assertThat(screenApi.unchecked().post(base + "/" + forgotten + "/transition", Map.of("to", "expired"))
                    .assertError(409)).contains("the gateway expires old orders itself");
            var late = saavor.send(event("order.updated", kitchen.storeRef(), "S-E1", Instant.now(),
                    line("FRY", "Fries", 3)));
            assertThat(late.json().get("status").asText()).isEqualTo("stale");
            assertThat(ids(screenApi.get(base).json())).doesNotContain(forgotten);
        }
    }

    @Test
    void saavorStillEndsAnExpiredOrderWithoutBringingItToTheScreens() throws Exception {
        try (TestGateway gateway = TestGateway.start(FAST)) {
            ApiClient api = gateway.client();
            Kitchen kitchen = KdsFixtures.kitchen(api);
            String token = api.admin().token();
            WebhookSender saavor = new WebhookSender(api);
            String paid = ordered(saavor, kitchen, "S-F1");
            String cancelled = ordered(saavor, kitchen, "S-F2");
            placedHoursAgo(gateway, paid, 13);
            placedHoursAgo(gateway, cancelled, 13);
            awaitState(gateway, paid, "expired");
            awaitState(gateway, cancelled, "expired");

            try (SseClient screen = stream(gateway, token, kitchen)) {
                assertThat(screen.status()).isEqualTo(200);
                Thread.sleep(200);
                var fulfilled = saavor.send(event("order.fulfilled", kitchen.storeRef(), "S-F1", Instant.now()));
                var voided = saavor.send(event("order.voided", kitchen.storeRef(), "S-F2", Instant.now()));
                assertThat(fulfilled.json().get("status").asText()).isEqualTo("applied");
                assertThat(voided.json().get("status").asText()).isEqualTo("applied");
                assertThat(screen.drain(500)).as("the screens dropped them at expiry: no VOID ticket hours later")
                        .isEmpty();
            }
            assertThat(gateway.sql().text("SELECT prep_state FROM grill_orders WHERE id = ?::uuid", paid))
                    .isEqualTo("fulfilled");
            assertThat(gateway.sql().text("SELECT prep_state FROM grill_orders WHERE id = ?::uuid", cancelled))
                    .isEqualTo("voided");
            assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE action = 'order.fulfilled'"
                    + " AND entity_id = ?", paid)).isEqualTo(1);
        }
    }

    @Test
    void aHandedOffOrderNeverFulfilledExpiresTooAndCannotBeRecalledOrRushed() throws Exception {
        try (TestGateway gateway = TestGateway.start(FAST)) {
            ApiClient api = gateway.client();
            Kitchen kitchen = KdsFixtures.kitchen(api);
            ApiClient admin = api.as(api.admin());
            // handed off by expo, then Saavor never says it was collected: still ready, still in every snapshot
            String handedOff = ActionFixtures.clearedOrder(api, admin, kitchen, "S-H1");
            String rushable = ordered(new WebhookSender(api), kitchen, "S-H2");
            gateway.sql().execute("UPDATE grill_orders SET placed_at = now() - interval '13 hours'"
                    + " WHERE id IN (?::uuid, ?::uuid)", handedOff, rushable);
            awaitState(gateway, handedOff, "expired");
            awaitState(gateway, rushable, "expired");

            assertThat(admin.unchecked().post(ActionFixtures.orderPath(kitchen, handedOff, "recall"), null)
                    .assertError(409)).endsWith("this one is expired");
            assertThat(admin.unchecked().post(ActionFixtures.orderPath(kitchen, rushable, "priority"),
                    Map.of("priority", "rush")).assertError(409)).endsWith("this one is expired");
            assertThat(gateway.sql().text("SELECT before ->> 'prep_state' FROM audit_log WHERE action = 'expire'"
                    + " AND entity_id = ?", handedOff)).isEqualTo("ready");
        }
    }

    @Test
    void twoGatewaysOnOneDatabaseExpireEachOrderOnce() throws Exception {
        try (TestGateway first = TestGateway.start(FAST);
             TestGateway second = TestGateway.startOn(first.database(), FAST)) {
            Kitchen kitchen = KdsFixtures.kitchen(first.client());
            String token = first.client().admin().token();
            try (SseClient onFirst = stream(first, token, kitchen);
                 SseClient onSecond = stream(second, token, kitchen)) {
                assertThat(onFirst.status()).isEqualTo(200);
                assertThat(onSecond.status()).isEqualTo(200);
                Thread.sleep(200);
                // 450 forgotten orders at once: more than two batches, both gateways' jobs reach for them together
                first.sql().execute("INSERT INTO grill_orders (location_id, saavor_order_id, prep_state, placed_at,"
                        + " saavor_occurred_at) SELECT ?::uuid, 'S-OLD-' || n, 'queued',"
                        + " now() - interval '13 hours' - make_interval(secs => n), now() - interval '13 hours'"
                        + " FROM generate_series(1, 450) AS n", kitchen.locationId().toString());

                List<String> seenFirst = expiredIds(onFirst, 450);
                List<String> seenSecond = expiredIds(onSecond, 450);
                assertThat(seenFirst).doesNotHaveDuplicates().hasSize(450);
                assertThat(seenSecond).isEqualTo(seenFirst);
                assertThat(onFirst.drain(400)).isEmpty();
            }
            var sql = first.sql();
            assertThat(sql.count("SELECT count(*) FROM grill_orders WHERE prep_state = 'expired'")).isEqualTo(450);
            assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'expire'")).isEqualTo(450);
            assertThat(sql.count("SELECT count(DISTINCT entity_id) FROM audit_log WHERE action = 'expire'"))
                    .isEqualTo(450);
            assertThat(sql.count("SELECT count(*) FROM prep_transitions WHERE to_state = 'expired'")).isEqualTo(450);
            assertThat(sql.count("SELECT count(*) FROM location_events WHERE name = 'order.expired'")).isEqualTo(450);
            assertThat(first.client().as(token).get("/locations/" + kitchen.locationId() + "/orders").json())
                    .isEmpty();
        }
    }

    private static List<String> expiredIds(SseClient screen, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SseClient.Event event = screen.next(10);
            assertThat(event.name()).isEqualTo("order.expired");
            ids.add(Json.MAPPER.readTree(event.data()).get("id").asText());
        }
        return ids;
    }

    private static void awaitState(TestGateway gateway, String orderId, String state) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!state.equals(gateway.sql().text("SELECT prep_state FROM grill_orders WHERE id = ?::uuid", orderId))) {
            assertThat(System.nanoTime()).as("order " + orderId + " to become " + state).isLessThan(until);
            Thread.sleep(50);
        }
    }
}
