package org.preptable.gateway.kitchen.takeaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.takeaway.TakeawayFixture.ONE_PM;
import static org.preptable.gateway.kitchen.takeaway.TakeawayFixture.order;
import static org.preptable.gateway.kitchen.takeaway.TakeawayFixture.ordered;
import static org.preptable.gateway.kitchen.takeaway.TakeawayOfferTest.fieldNames;
import static org.preptable.gateway.kitchen.takeaway.TakeawayOfferTest.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.AuditTrail;

/**
 * Customers' orders over HTTP: ordering takes portions (and sells an offer out), every refusal orders nothing, who
 * sees which orders, paying, cancelling (portions back exactly once, the customer's 45 minutes), and the summary.
 * Each test has its own kitchen, so the day's figures are the test's own.
 */
class TakeawayOrderTest {

    private TakeawayFixture f;

    @BeforeEach
    void start() {
        f = new TakeawayFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void anOrderTakesItsPortionsAndTheLastOneSellsTheOfferOut() {
        long offer = f.offer(f.salmon, 10, "45.00").get("id").asLong();
        long mark = AuditTrail.mark(f.kitchen.gateway);

        var placed = order(f.customer, offer, 4);

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode body = placed.json();
        assertThat(fieldNames(body)).containsExactly("id", "totalOrderLines", "totalQuantity", "customer",
                "orderLines", "totalOrderPrice", "orderStatus", "orderedAt", "createdAt");
        assertThat(body.get("totalOrderLines").asInt()).isEqualTo(1);
        assertThat(body.get("totalQuantity").asInt()).isEqualTo(4);
        assertThat(body.get("customer").get("id").asLong()).isEqualTo(f.hans.number());
        assertThat(fieldNames(body.get("customer"))).containsExactly("id", "firstName", "lastName");
        JsonNode line = body.get("orderLines").get(0);
        assertThat(line.get("offer").get("id").asLong()).isEqualTo(offer);
        assertThat(line.get("offer").get("dishName").asText()).isEqualTo("Røget Laks");
        assertThat(placed.body()).contains("\"lineTotal\":180.00}", "\"totalOrderPrice\":180.00,");
        assertThat(body.get("totalOrderPrice").decimalValue()).isEqualByComparingTo("180");
        assertThat(body.get("orderStatus").asText()).isEqualTo("RESERVED");
        assertThat(body.get("createdAt").asText()).isEqualTo("2026-06-03");
        long id = body.get("id").asLong();
        assertThat(AuditTrail.since(f.kitchen.gateway, mark)).containsExactly("create takeaway_orders " + id);
        assertThat(f.offerNow(offer).get("availablePortions").asInt()).isEqualTo(6);

        ordered(f.otherCustomer, offer, 6);
        JsonNode soldOut = f.offerNow(offer);
        assertThat(soldOut.get("availablePortions").asInt()).isZero();
        assertThat(soldOut.get("soldOut").asBoolean()).isTrue();
        assertThat(soldOut.get("enabled").asBoolean()).isFalse();
        assertThat(order(f.customer, offer, 1).assertError(409)).isEqualTo("All take away dishes are sold out");
    }

    @Test
    void everyRefusalOrdersNothing() {
        long salmon = f.offer(f.salmon, 5, "45").get("id").asLong();
        long pork = f.offer(f.pork, 5, "60").get("id").asLong();

        assertThat(f.customer.post("/takeaway/orders", Map.of("takeAwayOrderLines", List.of())).assertError(400))
                .isEqualTo("Order must have at least one line");
        assertThat(f.customer.post("/takeaway/orders", Map.of()).assertError(400))
                .isEqualTo("Order must have at least one line");
        assertThat(order(f.customer, salmon, 0).assertError(400)).isEqualTo("Quantity must be between 1 and 50, got: 0");
        assertThat(order(f.customer, salmon, 51).assertError(400)).isEqualTo("Quantity must be between 1 and 50, got: 51");
        assertThat(f.customer.post("/takeaway/orders", Map.of("takeAwayOrderLines", List.of(
                Map.of("offerId", salmon, "quantity", 1), Map.of("offerId", salmon, "quantity", 2)))).assertError(400))
                .startsWith("Offer " + salmon + " appears on more than one line");

        // an unknown offer is a 404 (the reference: a 500), and the other line's portions stay
        assertThat(f.customer.post("/takeaway/orders", Map.of("takeAwayOrderLines", List.of(
                Map.of("offerId", salmon, "quantity", 2), Map.of("offerId", 987654, "quantity", 1)))).assertError(404))
                .isEqualTo("Takeaway offer with ID 987654 was not found.");
        assertThat(order(f.customer, pork, 6).assertError(409))
                .isEqualTo("Not enough portions left for your order (5 left of Stegt Flæsk)");
        assertThat(f.customer.post("/takeaway/orders", Map.of("takeAwayOrderLines", List.of(
                Map.of("offerId", salmon, "quantity", 2), Map.of("offerId", pork, "quantity", 6)))).assertError(409))
                .startsWith("Not enough portions left");
        assertThat(f.offerNow(salmon).get("availablePortions").asInt()).isEqualTo(5);
        assertThat(f.offerNow(pork).get("availablePortions").asInt()).isEqualTo(5);

        assertThat(f.headChef().patch("/takeaway/offers/" + pork + "/disable", null).status()).isEqualTo(200);
        assertThat(order(f.customer, pork, 1).assertError(409)).isEqualTo("Take away offer is not enabled");
        assertThat(f.kitchen.gateway.sql().count("SELECT count(*) FROM takeaway_orders")).isZero();

        // only customers order
        assertThat(order(f.kitchen.lineCook, salmon, 1).assertError(403))
                .isEqualTo("Insufficient role. Required: [CUSTOMER]");
        assertThat(order(f.nobody, salmon, 1).assertError(401)).isNotBlank();

        // yesterday's offer is not for sale today
        f.kitchen.at(ONE_PM.plus(Duration.ofDays(1)));
        assertThat(order(f.customer, salmon, 1).assertError(409))
                .isEqualTo("Takeaway offer " + salmon + " was for 2026-06-03; only today's offers can be ordered");
    }

    @Test
    void customersSeeTheirOwnOrdersAndChefsSeeAll() {
        long offer = f.offer(f.salmon, 20, "45").get("id").asLong();
        long hans = ordered(f.customer, offer, 4).get("id").asLong();
        long hans2 = ordered(f.customer, offer, 6).get("id").asLong();
        long grete = ordered(f.otherCustomer, offer, 1).get("id").asLong();

        assertThat(ids(f.customer.get("/takeaway/orders").json())).containsExactly(hans2, hans);
        // a customer cannot widen the filter to someone else
        assertThat(ids(f.customer.get("/takeaway/orders?customerId=" + f.grete.number()).json())).isEmpty();
        assertThat(ids(f.headChef().get("/takeaway/orders").json())).containsExactly(grete, hans2, hans);
        assertThat(ids(f.headChef().get("/takeaway/orders?customerId=" + f.grete.number()).json()))
                .containsExactly(grete);
        assertThat(ids(f.kitchen.sousChef.get("/takeaway/orders?offerId=" + offer + "&date=2026-06-03&status=reserved")
                .json())).containsExactly(grete, hans2, hans);
        assertThat(ids(f.kitchen.lineCook.get("/takeaway/orders").json())).isEmpty();
        assertThat(f.headChef().get("/takeaway/orders?status=EATEN").assertError(400))
                .isEqualTo("Invalid order status: EATEN");

        assertThat(f.customer.get("/takeaway/orders/" + hans).json().get("totalQuantity").asInt()).isEqualTo(4);
        assertThat(f.otherCustomer.get("/takeaway/orders/" + hans).assertError(403))
                .isEqualTo("You cannot view other customers' orders");
        assertThat(f.kitchen.lineCook.get("/takeaway/orders/" + hans).assertError(403)).isNotBlank();
        assertThat(f.kitchen.sousChef.get("/takeaway/orders/" + hans).status()).isEqualTo(200);
        assertThat(f.customer.get("/takeaway/orders/987654").assertError(404))
                .isEqualTo("Takeaway order with ID 987654 was not found.");
    }

    @Test
    void chefsTakeTheMoneyAtPickUp() {
        long offer = f.offer(f.salmon, 20, "45").get("id").asLong();
        long id = ordered(f.customer, offer, 4).get("id").asLong();

        assertThat(f.customer.patch("/takeaway/orders/" + id + "/pay", null).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        long mark = AuditTrail.mark(f.kitchen.gateway);
        assertThat(f.headChef().patch("/takeaway/orders/" + id + "/pay", null).json().get("orderStatus").asText())
                .isEqualTo("PAID");
        assertThat(f.headChef().patch("/takeaway/orders/" + id + "/pay", null).json().get("orderStatus").asText())
                .isEqualTo("PAID");
        assertThat(AuditTrail.since(f.kitchen.gateway, mark)).containsExactly("pay takeaway_orders " + id);
        assertThat(f.headChef().patch("/takeaway/orders/" + id + "/cancel", null).assertError(409))
                .isEqualTo("Cannot cancel an order that is already paid");

        long cancelled = ordered(f.customer, offer, 1).get("id").asLong();
        assertThat(f.customer.patch("/takeaway/orders/" + cancelled + "/cancel", null).status()).isEqualTo(200);
        assertThat(f.kitchen.sousChef.patch("/takeaway/orders/" + cancelled + "/pay", null).assertError(409))
                .isEqualTo("Cannot pay for a cancelled order");
        assertThat(f.kitchen.sousChef.patch("/takeaway/orders/987654/pay", null).assertError(404)).isNotBlank();
    }

    @Test
    void cancellingReturnsThePortionsOnceAndKeepsAChefsSwitch() {
        long offer = f.offer(f.salmon, 10, "45").get("id").asLong();
        long first = ordered(f.customer, offer, 4).get("id").asLong();
        long second = ordered(f.customer, offer, 6).get("id").asLong();
        assertThat(f.offerNow(offer).get("soldOut").asBoolean()).isTrue();

        assertThat(f.otherCustomer.patch("/takeaway/orders/" + first + "/cancel", null).assertError(403))
                .isEqualTo("Only the customer who ordered, head chefs and sous chefs can cancel an order");
        assertThat(f.kitchen.lineCook.patch("/takeaway/orders/" + first + "/cancel", null).assertError(403))
                .isEqualTo("Insufficient role. Required: [CUSTOMER, HEAD_CHEF, SOUS_CHEF]");

        long mark = AuditTrail.mark(f.kitchen.gateway);
        JsonNode cancelled = f.customer.patch("/takeaway/orders/" + second + "/cancel", null).json();
        assertThat(cancelled.get("orderStatus").asText()).isEqualTo("CANCELLED");
        // a sold-out offer comes back on with the returned portions
        JsonNode back = f.offerNow(offer);
        assertThat(back.get("availablePortions").asInt()).isEqualTo(6);
        assertThat(back.get("enabled").asBoolean()).isTrue();
        // again: the same answer, nothing returned twice (the reference returned them again)
        assertThat(f.customer.patch("/takeaway/orders/" + second + "/cancel", null).json().get("orderStatus").asText())
                .isEqualTo("CANCELLED");
        assertThat(f.offerNow(offer).get("availablePortions").asInt()).isEqualTo(6);
        assertThat(AuditTrail.since(f.kitchen.gateway, mark)).containsExactly("cancel takeaway_orders " + second);

        // switched off by a chef, it stays off when portions come back (the reference switched it on again)
        assertThat(f.headChef().patch("/takeaway/offers/" + offer + "/disable", null).status()).isEqualTo(200);
        f.kitchen.at(ONE_PM.plus(Duration.ofMinutes(46)));
        assertThat(f.customer.patch("/takeaway/orders/" + first + "/cancel", null).assertError(403))
                .isEqualTo("Cancellation window (45 mins) has expired. Please contact the kitchen.");
        assertThat(f.kitchen.sousChef.patch("/takeaway/orders/" + first + "/cancel", null).status()).isEqualTo(200);
        JsonNode off = f.offerNow(offer);
        assertThat(off.get("availablePortions").asInt()).isEqualTo(10);
        assertThat(off.get("enabled").asBoolean()).isFalse();
        assertThat(off.get("soldOut").asBoolean()).isFalse();
    }

    @Test
    void theSummaryCountsWhatWasSoldAndLeavesCancelledOrdersOut() {
        long salmon = f.offer(f.salmon, 20, "45.00").get("id").asLong();
        long mousse = f.offer(f.mousse, 10, "65.25").get("id").asLong();
        ordered(f.customer, salmon, 4);
        long toPay = f.customer.post("/takeaway/orders", Map.of("takeAwayOrderLines", List.of(
                Map.of("offerId", salmon, "quantity", 6), Map.of("offerId", mousse, "quantity", 3)))).json()
                .get("id").asLong();
        assertThat(f.headChef().patch("/takeaway/orders/" + toPay + "/pay", null).status()).isEqualTo(200);
        long cancelled = ordered(f.otherCustomer, mousse, 5).get("id").asLong();
        assertThat(f.otherCustomer.patch("/takeaway/orders/" + cancelled + "/cancel", null).status()).isEqualTo(200);
        // the price changes later: revenue is what the orders were placed at
        assertThat(f.headChef().put("/takeaway/offers/" + salmon, Map.of("dishId", f.salmon, "offeredPortions", 20,
                "price", 99)).status()).isEqualTo(200);

        var answer = f.kitchen.sousChef.get("/takeaway/orders/summary");
        assertThat(answer.body()).contains("\"revenue\":450.00}", "\"revenue\":195.75}");
        JsonNode summary = answer.json();
        assertThat(summary.get("date").asText()).isEqualTo("2026-06-03");
        assertThat(summary.get("totalOfferedPortions").asInt()).isEqualTo(30);
        assertThat(summary.get("totalSoldPortions").asInt()).isEqualTo(13);
        assertThat(summary.get("totalRemainingPortions").asInt()).isEqualTo(17);
        assertThat(summary.get("totalOrders").asInt()).isEqualTo(2);
        JsonNode first = summary.get("summaryPerOffer").get(0);
        assertThat(first.get("offerId").asLong()).isEqualTo(salmon);
        assertThat(first.get("soldPortions").asInt()).isEqualTo(10);
        assertThat(first.get("remainingPortions").asInt()).isEqualTo(10);
        assertThat(first.get("revenue").decimalValue()).isEqualByComparingTo("450");
        JsonNode second = summary.get("summaryPerOffer").get(1);
        assertThat(second.get("dish").get("dishNameDA").asText()).isEqualTo("Chokolademousse");
        assertThat(second.get("soldPortions").asInt()).isEqualTo(3);
        assertThat(second.get("revenue").decimalValue()).isEqualByComparingTo("195.75");

        JsonNode other = f.headChef().get("/takeaway/orders/summary?date=2026-06-02").json();
        assertThat(other.get("date").asText()).isEqualTo("2026-06-02");
        assertThat(other.get("summaryPerOffer")).isEmpty();
        assertThat(other.get("totalOrders").asInt()).isZero();
        assertThat(f.customer.get("/takeaway/orders/summary").assertError(403)).isNotBlank();
        assertThat(f.headChef().get("/takeaway/orders/summary?date=yesterday").assertError(400))
                .startsWith("Invalid date format: yesterday");
    }
}
