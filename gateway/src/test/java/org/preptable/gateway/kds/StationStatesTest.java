package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.saavor.SaavorEvent;

/**
 * Kitchen display part 2 over HTTP: each station moves its own part of an order and the order follows; expo moves
 * the whole order; a move to ready of lines with allergens needs a confirmation; allergens come from the meal that
 * carries the line's item code and stay with the order; Saavor's changes are marked; rush sorts first.
 */
@ExtendWith(GatewayExtension.class)
class StationStatesTest {

    private record Setup(Kitchen kitchen, long grill, long pastry, String burger, String cake, String burgerMeal) {
    }

    @Test
    void aStationsBumpMovesOnlyItsPartAndTheOrderIsReadyWhenEveryStationIs(TestGateway gateway, ApiClient api)
            throws Exception {
        Setup s = setup(api);
        ApiClient admin = api.as(api.admin());
        String order = send(api, s, "order.created", "S-" + UUID.randomUUID(), null,
                line(s.burger(), "Classic burger", 1), line(s.cake(), "Cheesecake", 1));
        ApiResponse snapshot = admin.get("/locations/" + s.kitchen().locationId() + "/orders");
        JsonNode listed = only(snapshot.json());
        assertThat(listed.get("prep_state").asText()).isEqualTo("queued");
        assertThat(states(listed)).isEqualTo(Map.of(s.grill(), "queued", s.pastry(), "queued"));
        assertThat(listed.get("lines").get(0).get("allergens").findValuesAsText("name_en"))
                .containsExactly("Gluten", "Milk");
        assertThat(listed.get("lines").get(1).get("allergens").findValuesAsText("name_en")).containsExactly("Eggs");

        // resumed from the snapshot's event id, as screens do, so the bump's event cannot slip past the opening
        Map<String, String> resume = new HashMap<>(admin.headers());
        resume.put("Last-Event-ID", snapshot.header("Last-Event-ID"));
        try (SseClient stream = SseClient.open(gateway.baseUrl(),
                "/locations/" + s.kitchen().locationId() + "/events", resume)) {
            JsonNode grillPreparing = bump(admin, s, order, "queued", "preparing", s.grill(), false).json();
            assertThat(grillPreparing.get("prep_state").asText()).as("the grill's own state").isEqualTo("preparing");
            assertThat(grillPreparing.get("lines")).hasSize(1);
            SseClient.Event event = stream.next(5);
            assertThat(event.name()).isEqualTo("order.updated");
            JsonNode sent = org.preptable.model.Json.MAPPER.readTree(event.data());
            assertThat(sent.get("prep_state").asText()).as("the order, derived").isEqualTo("preparing");
            assertThat(states(sent)).isEqualTo(Map.of(s.grill(), "preparing", s.pastry(), "queued"));
        }

        ApiResponse unconfirmed = bump(admin, s, order, "preparing", "ready", s.grill(), false);
        assertThat(unconfirmed.status()).isEqualTo(409);
        assertThat(unconfirmed.json().get("reason").asText()).isEqualTo("allergen_confirmation_required");
        assertThat(unconfirmed.json().get("allergens").toString()).isEqualTo("[\"Gluten\",\"Milk\"]");
        assertThat(unconfirmed.json().get("message").asText())
                .isEqualTo("Allergens on this order (Gluten, Milk): confirm them before it goes to ready");
        assertThat(bump(admin, s, order, "preparing", "ready", s.grill(), true).status()).isEqualTo(200);

        JsonNode afterGrill = only(admin.get("/locations/" + s.kitchen().locationId() + "/orders").json());
        assertThat(afterGrill.get("prep_state").asText()).as("pastry has not made the cheesecake")
                .isEqualTo("preparing");
        JsonNode grillView = only(admin.get("/locations/" + s.kitchen().locationId() + "/orders?station_id="
                + s.grill()).json());
        assertThat(grillView.get("prep_state").asText()).isEqualTo("ready");
        assertThat(admin.get("/locations/" + s.kitchen().locationId() + "/orders?station_id=" + s.grill()
                + "&state=ready").json()).hasSize(1);

        assertThat(bump(admin, s, order, "queued", "preparing", s.grill(), false).status())
                .as("a stale grill screen").isEqualTo(409);
        assertThat(bump(admin, s, order, "queued", "ready", s.pastry(), true).status()).isEqualTo(200);
        JsonNode done = only(admin.get("/locations/" + s.kitchen().locationId() + "/orders").json());
        assertThat(done.get("prep_state").asText()).isEqualTo("ready");

        assertThat(gateway.sql().text("SELECT string_agg(coalesce(station_id::text, 'all') || ':' || to_state || ':'"
                        + " || allergens_confirmed, ',' ORDER BY id) FROM prep_transitions WHERE order_id = ?::uuid",
                order)).isEqualTo(s.grill() + ":preparing:false," + s.grill() + ":ready:true," + s.pastry()
                + ":ready:true");
        assertThat(gateway.sql().text("SELECT after->>'station_id' FROM audit_log WHERE entity = 'grill_orders'"
                + " AND entity_id = ? AND action = 'transition' ORDER BY id LIMIT 1", order))
                .isEqualTo(Long.toString(s.grill()));
        assertThat(bump(admin, s, order, null, "ready", 999_999L, true).assertError(409))
                .isEqualTo("This order has nothing for station 999999");
    }

    @Test
    void expoMovesTheWholeOrderAndBringsEveryStationAlong(ApiClient api) {
        Setup s = setup(api);
        ApiClient admin = api.as(api.admin());
        String order = send(api, s, "order.created", "S-" + UUID.randomUUID(), null,
                line(s.burger(), "Classic burger", 1), line(s.cake(), "Cheesecake", 1));
        bump(admin, s, order, "queued", "ready", s.pastry(), true);
        JsonNode preparing = bump(admin, s, order, "preparing", "preparing", null, false).json();
        assertThat(preparing.get("message").asText()).contains("cannot go from preparing to preparing");
        JsonNode whole = bump(admin, s, order, "preparing", "ready", null, true).json();
        assertThat(whole.get("prep_state").asText()).isEqualTo("ready");
        assertThat(states(whole)).isEqualTo(Map.of(s.grill(), "ready", s.pastry(), "ready"));
        assertThat(bump(admin, s, order, null, "ready", null, true).status()).isEqualTo(409);
    }

    @Test
    void allergensStayWithTheOrderAsTheyWereWhenItArrived(ApiClient api) {
        Setup s = setup(api);
        ApiClient admin = api.as(api.admin());
        String first = send(api, s, "order.created", "S-" + UUID.randomUUID(), null, line(s.burger(), "Burger", 1));
        Map<String, Object> recipe = new HashMap<>(admin.get("/meals/" + s.burgerMeal()).json().properties().stream()
                .filter(e -> List.of("name", "item_code").contains(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText())));
        recipe.put("allergen_ids", List.of(5));
        assertThat(admin.put("/meals/" + s.burgerMeal(), recipe).status()).isEqualTo(200);
        String second = send(api, s, "order.created", "S-" + UUID.randomUUID(), null, line(s.burger(), "Burger", 1));

        Map<String, List<String>> allergens = new HashMap<>();
        for (JsonNode order : admin.get("/locations/" + s.kitchen().locationId() + "/orders").json()) {
            allergens.put(order.get("id").asText(), order.get("lines").get(0).get("allergens").findValuesAsText("name_en"));
        }
        assertThat(allergens.get(first)).as("a past ticket is not rewritten").containsExactly("Gluten", "Milk");
        assertThat(allergens.get(second)).containsExactly("Peanuts");
        String unknown = send(api, s, "order.created", "S-" + UUID.randomUUID(), null, line("NOPE-1", "Special", 1));
        JsonNode special = null;
        for (JsonNode order : admin.get("/locations/" + s.kitchen().locationId() + "/orders").json()) {
            special = order.get("id").asText().equals(unknown) ? order : special;
        }
        assertThat(special).isNotNull();
        assertThat(special.get("lines").get(0).get("allergens")).as("no meal carries the code").isEmpty();
        assertThat(special.get("stations")).as("nothing routed").isEmpty();
    }

    @Test
    void saavorsChangesAreMarkedAndANewStationLineMakesAReadyOrderPreparingAgain(ApiClient api) {
        Setup s = setup(api);
        ApiClient admin = api.as(api.admin());
        String saavorId = "S-" + UUID.randomUUID();
        SaavorEvent.Line burger = new SaavorEvent.Line("1", s.burger(), "Classic burger", 1, List.of(), null);
        SaavorEvent.Line fries = new SaavorEvent.Line("2", "FRY-X", "Fries", 1, List.of(), null);
        String order = send(api, s, "order.created", saavorId, null, burger, fries);
        bump(admin, s, order, "queued", "ready", s.grill(), true);
        assertThat(only(admin.get("/locations/" + s.kitchen().locationId() + "/orders").json())
                .get("prep_state").asText()).isEqualTo("ready");

        SaavorEvent.Line twoBurgers = new SaavorEvent.Line("1", s.burger(), "Classic burger", 2, List.of(), null);
        SaavorEvent.Line cake = new SaavorEvent.Line("3", s.cake(), "Cheesecake", 1, List.of(), null);
        send(api, s, "order.updated", saavorId, null, twoBurgers, cake);
        JsonNode updated = only(admin.get("/locations/" + s.kitchen().locationId() + "/orders").json());
        assertThat(updated.get("lines").findValuesAsText("change")).containsExactly("modified", "added");
        assertThat(updated.get("removed_lines").toString()).isEqualTo("[{\"name\":\"Fries\",\"quantity\":1}]");
        assertThat(updated.get("changed_at").isNull()).isFalse();
        assertThat(updated.get("prep_state").asText()).as("the cheesecake is still to make").isEqualTo("preparing");
        assertThat(states(updated)).isEqualTo(Map.of(s.grill(), "ready", s.pastry(), "queued"));
    }

    @Test
    void saavorsRushSortsFirst(ApiClient api) {
        Setup s = setup(api);
        ApiClient admin = api.as(api.admin());
        String normal = send(api, s, "order.created", "S-" + UUID.randomUUID(), null, line(s.burger(), "Burger", 1));
        String rush = send(api, s, "order.created", "S-" + UUID.randomUUID(), "RUSH", line(s.burger(), "Burger", 1));
        List<String> ids = new ArrayList<>();
        List<String> priorities = new ArrayList<>();
        for (JsonNode order : admin.get("/locations/" + s.kitchen().locationId() + "/orders").json()) {
            ids.add(order.get("id").asText());
            priorities.add(order.get("priority").asText());
        }
        assertThat(ids).containsExactly(rush, normal);
        assertThat(priorities).containsExactly("rush", "normal");
    }

    private static Setup setup(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String n = kitchen.storeRef().split("-")[1];
        long pastry = admin.post("/stations", Map.of("name", "Pastry " + kitchen.storeRef(),
                "description", "Desserts and cakes")).json().get("id").asLong();
        String cake = "CAKE-" + n;
        String burgerMeal = admin.post("/meals", Map.of("name", "Burger " + kitchen.storeRef(),
                "item_code", KdsFixtures.burger(kitchen), "allergen_ids", List.of(7, 1))).json().get("id").asText();
        ApiResponse cakeMeal = admin.post("/meals", Map.of("name", "Cheesecake " + kitchen.storeRef(),
                "item_code", cake, "station_id", pastry, "allergen_ids", List.of(3)));
        assertThat(cakeMeal.status()).as(cakeMeal.body()).isEqualTo(201);
        return new Setup(kitchen, kitchen.grillStationId(), pastry, KdsFixtures.burger(kitchen), cake, burgerMeal);
    }

    private static String send(ApiClient api, Setup s, String type, String saavorId, String priority,
                               SaavorEvent.Line... lines) {
        SaavorEvent plain = WebhookSender.event(type, s.kitchen().storeRef(), saavorId, Instant.now(), lines);
        SaavorEvent event = new SaavorEvent(plain.eventId(), type, plain.occurredAt(), plain.storeRef(),
                new SaavorEvent.Order(saavorId, plain.order().number(), "counter", "Ana", plain.occurredAt(),
                        plain.order().lines(), priority));
        ApiResponse sent = new WebhookSender(api).send(event);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().get("order_id").asText();
    }

    private static ApiResponse bump(ApiClient admin, Setup s, String order, String from, String to, Long station,
                                    boolean confirmed) {
        Map<String, Object> body = new HashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("station_id", station);
        body.put("allergens_confirmed", confirmed);
        return admin.post("/locations/" + s.kitchen().locationId() + "/orders/" + order + "/transition", body);
    }

    private static Map<Long, String> states(JsonNode order) {
        Map<Long, String> states = new HashMap<>();
        for (JsonNode station : order.get("stations")) {
            states.put(station.get("station_id").asLong(), station.get("prep_state").asText());
        }
        return states;
    }

    private static JsonNode only(JsonNode list) {
        List<JsonNode> all = new ArrayList<>();
        list.forEach(all::add);
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
