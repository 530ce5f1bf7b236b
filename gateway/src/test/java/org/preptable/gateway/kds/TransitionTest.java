package org.preptable.gateway.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;
import org.preptable.gateway.testing.WebhookSender;

@ExtendWith(GatewayExtension.class)
class TransitionTest {

    private static String order(ApiClient api, Kitchen kitchen, String saavorId) {
        return new WebhookSender(api).send(event("order.created", kitchen.storeRef(), saavorId, Instant.now(),
                line("FRY", "Fries", 1))).json().get("order_id").asText();
    }

    private static String path(Kitchen kitchen, String orderId) {
        return "/locations/" + kitchen.locationId() + "/orders/" + orderId + "/transition";
    }

    @Test
    void screensMoveOrdersForwardOneStepAtATime(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String id = order(api, kitchen, "S-10");
        ApiClient staff = api.as(api.newUser("staff"));

        var preparing = staff.post(path(kitchen, id), Map.of("from", "queued", "to", "preparing"));
        assertThat(preparing.status()).as(preparing.body()).isEqualTo(200);
        assertThat(preparing.json().get("prep_state").asText()).isEqualTo("preparing");
        var ready = staff.post(path(kitchen, id), Map.of("to", "ready"));
        assertThat(ready.json().get("prep_state").asText()).isEqualTo("ready");
        assertThat(ready.json().get("state_changed_at").asText()).isNotEqualTo(
                preparing.json().get("state_changed_at").asText());

        String oneTouch = order(api, kitchen, "S-11");
        assertThat(staff.post(path(kitchen, oneTouch), Map.of("from", "queued", "to", "ready")).status()).isEqualTo(200);
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE action = 'transition' AND entity_id = ?", id))
                .isEqualTo(2);
    }

    @Test
    void staleAndIllegalMovesAre409WithTheCurrentOrder(ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String id = order(api, kitchen, "S-12");
        ApiClient staff = api.as(api.newUser("staff"));
        staff.post(path(kitchen, id), Map.of("to", "preparing"));

        var stale = staff.post(path(kitchen, id), Map.of("from", "queued", "to", "preparing"));
        assertThat(stale.assertError(409)).isEqualTo("The order is preparing, not queued");
        assertThat(stale.json().get("order").get("prep_state").asText()).isEqualTo("preparing");
        assertThat(stale.json().get("order").get("id").asText()).isEqualTo(id);

        assertThat(staff.post(path(kitchen, id), Map.of("to", "queued")).assertError(409))
                .isEqualTo("An order cannot go from preparing to queued");
        assertThat(staff.post(path(kitchen, id), Map.of("to", "fulfilled")).assertError(409)).contains("Saavor does that");
        assertThat(staff.post(path(kitchen, id), Map.of("to", "plated")).assertError(400)).contains("Unknown state 'plated'");
        assertThat(staff.post(path(kitchen, id), Map.of("from", "cooking", "to", "ready")).assertError(400))
                .contains("'from'");
        assertThat(staff.post(path(kitchen, id), Map.of()).assertError(400)).contains("'to' is required");
        assertThat(staff.post(path(kitchen, UUID.randomUUID().toString()), Map.of("to", "ready")).assertError(404))
                .startsWith("Order with ID");
    }

    @Test
    void onlyScreensOfTheOrdersLocationMayBump(ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        Kitchen other = KdsFixtures.kitchen(api);
        String id = order(api, kitchen, "S-13");
        ApiClient admin = api.as(api.admin());
        TestUser manager = api.newUser("manager");
        admin.put("/admin/users/" + manager.id() + "/locations",
                Map.of("location_ids", java.util.List.of(other.locationId().toString())));

        assertThat(api.as(manager).post(path(kitchen, id), Map.of("to", "preparing")).assertError(403))
                .contains("not assigned");
        assertThat(api.as(api.newUser("customer")).post(path(kitchen, id), Map.of("to", "preparing")).status())
                .isEqualTo(403);
        assertThat(admin.post("/locations/" + other.locationId() + "/orders/" + id + "/transition",
                Map.of("to", "preparing")).status()).as("the order is not at that location").isEqualTo(404);
        assertThat(api.as(manager).get("/locations/" + kitchen.locationId() + "/orders").json()).isEmpty();
    }

    @Test
    void readyOrdersPastTheHoldTimeAreFlagged(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String id = order(api, kitchen, "S-14");
        api.as(api.admin()).post(path(kitchen, id), Map.of("to", "ready"));
        gateway.sql().execute("UPDATE grill_orders SET state_changed_at = now() - interval '10 minutes' WHERE id = ?::uuid",
                id);

        var orders = api.as(api.admin()).get("/locations/" + kitchen.locationId() + "/orders?state=ready").json();
        assertThat(orders.get(0).get("ready_overdue").asBoolean()).isTrue();
        assertThat(api.as(api.admin()).get("/locations/" + kitchen.locationId() + "/orders?state=queued").json()).isEmpty();
        assertThat(api.as(api.admin()).get("/locations/" + kitchen.locationId() + "/orders?state=voided")
                .assertError(400)).contains("state must be");
    }
}
