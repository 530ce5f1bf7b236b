package org.preptable.gateway.kitchen.takeaway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestUser;

/**
 * A kitchen at 13:00 on Wednesday 2026-06-03, kitchen time (Copenhagen, 11:00 UTC), so offers may be created, with
 * three dishes, two customers (Hans and Grete) and the kitchen fixture's brigade.
 */
final class TakeawayFixture implements AutoCloseable {

    static final Instant ONE_PM = Instant.parse("2026-06-03T11:00:00Z");

    final KitchenFixture kitchen;
    final TestUser hans;
    final TestUser grete;
    final ApiClient customer;
    final ApiClient otherCustomer;
    final ApiClient nobody;
    final long salmon;
    final long pork;
    final long mousse;

    TakeawayFixture() {
        kitchen = new KitchenFixture(ONE_PM);
        nobody = kitchen.api;
        hans = nobody.newUser("CUSTOMER");
        grete = nobody.newUser("CUSTOMER");
        customer = nobody.as(hans);
        otherCustomer = nobody.as(grete);
        salmon = kitchen.dish("Røget Laks", "Laks med dildcreme og rugbrødschips", "Cold Kitchen", List.of())
                .get("id").asLong();
        pork = kitchen.dish("Stegt Flæsk", "Med persillesovs og kartofler", "Hot Kitchen", List.of())
                .get("id").asLong();
        mousse = kitchen.dish("Chokolademousse", "Mørk chokolade med flødeskum", "Pastry", List.of())
                .get("id").asLong();
    }

    ApiClient headChef() {
        return kitchen.headChef;
    }

    /** Today's offer of the dish, made by the head chef; fails the test on anything but 201. */
    JsonNode offer(long dish, int portions, String price) {
        ApiResponse created = kitchen.headChef.post("/takeaway/offers",
                Map.of("dishId", dish, "offeredPortions", portions, "price", new java.math.BigDecimal(price)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** An order of one line; the answer as it came. */
    static ApiResponse order(ApiClient who, long offer, int quantity) {
        return who.post("/takeaway/orders",
                Map.of("takeAwayOrderLines", List.of(Map.of("offerId", offer, "quantity", quantity))));
    }

    /** An order that must succeed. */
    static JsonNode ordered(ApiClient who, long offer, int quantity) {
        ApiResponse answer = order(who, offer, quantity);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    JsonNode offerNow(long offer) {
        ApiResponse answer = nobody.get("/takeaway/offers/" + offer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Override
    public void close() {
        kitchen.close();
    }
}
