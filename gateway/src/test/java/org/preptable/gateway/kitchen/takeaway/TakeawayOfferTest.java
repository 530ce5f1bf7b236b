package org.preptable.gateway.kitchen.takeaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.takeaway.TakeawayFixture.ONE_PM;
import static org.preptable.gateway.kitchen.takeaway.TakeawayFixture.ordered;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.AuditTrail;

/**
 * Takeaway offers over HTTP against a real gateway and database: the shape, who may do what, the noon rule, the
 * check order, portions kept consistent with sales through edits, switching on and off, deleting.
 */
class TakeawayOfferTest {

    private static final String CHEFS = "Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]";

    private static TakeawayFixture f;

    @BeforeAll
    static void start() {
        f = new TakeawayFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void aChefOffersADishAndAnyoneSeesIt() {
        long mark = AuditTrail.mark(f.kitchen.gateway);
        var created = f.kitchen.sousChef.post("/takeaway/offers",
                Map.of("dishId", f.salmon, "offeredPortions", 30, "price", new BigDecimal("85.50")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode offer = created.json();
        assertThat(fieldNames(offer)).containsExactly("id", "enabled", "soldOut", "offeredPortions",
                "availablePortions", "price", "dish", "createdBy", "createdAt", "updatedAt");
        assertThat(offer.get("enabled").asBoolean()).isTrue();
        assertThat(offer.get("soldOut").asBoolean()).isFalse();
        assertThat(offer.get("offeredPortions").asInt()).isEqualTo(30);
        assertThat(offer.get("availablePortions").asInt()).isEqualTo(30);
        assertThat(offer.get("price").decimalValue()).isEqualByComparingTo("85.5");
        assertThat(created.body()).as("exact decimals, two places").contains("\"price\":85.50,");
        assertThat(offer.get("dish").toString())
                .isEqualTo("{\"id\":" + f.salmon + ",\"dishNameDA\":\"Røget Laks\",\"dishNameEN\":null}");
        assertThat(offer.get("createdBy").get("id").asLong()).isEqualTo(f.kitchen.sous.number());
        assertThat(offer.get("createdAt").asText()).isEqualTo("2026-06-03");
        assertThat(offer.get("updatedAt").isNull()).isTrue();
        long id = offer.get("id").asLong();
        assertThat(AuditTrail.since(f.kitchen.gateway, mark)).containsExactly("create takeaway_offers " + id);
        assertThat(f.kitchen.gateway.sql().text("SELECT price_cents FROM takeaway_offers WHERE id = ?", id))
                .isEqualTo("8550");

        // public: no token, a forged one, a customer's
        assertThat(f.nobody.get("/takeaway/offers/" + id).json().get("id").asLong()).isEqualTo(id);
        assertThat(f.nobody.withHeader("Authorization", "Bearer not-a-real-jwt-token")
                .get("/takeaway/offers/" + id).status()).isEqualTo(200);
        assertThat(ids(f.customer.get("/takeaway/offers?date=2026-06-03&dishId=" + f.salmon).json()))
                .containsExactly(id);
        assertThat(f.nobody.get("/takeaway/offers/987654").assertError(404))
                .isEqualTo("Takeaway offer with ID 987654 was not found.");
        assertThat(f.nobody.get("/takeaway/offers/abc").assertError(400)).startsWith("Invalid ID");

        // one per dish and day
        assertThat(f.headChef().post("/takeaway/offers", Map.of("dishId", f.salmon, "offeredPortions", 5,
                "price", 10)).assertError(409)).isEqualTo("A takeaway offer for this dish already exists today");
    }

    @Test
    void onlyHeadAndSousChefsManageOffers() {
        Map<String, Object> body = Map.of("dishId", f.pork, "offeredPortions", 5, "price", 50);
        assertThat(f.nobody.post("/takeaway/offers", body).assertError(401)).isNotBlank();
        assertThat(f.kitchen.lineCook.post("/takeaway/offers", body).assertError(403)).isEqualTo(CHEFS);
        assertThat(f.customer.post("/takeaway/offers", Map.of()).assertError(403)).isEqualTo(CHEFS);
        assertThat(f.customer.patch("/takeaway/offers/1/disable", null).assertError(403)).isEqualTo(CHEFS);
        assertThat(f.kitchen.lineCook.delete("/takeaway/offers/1").assertError(403)).isEqualTo(CHEFS);
        assertThat(f.customer.put("/takeaway/offers/1", body).assertError(403)).isEqualTo(CHEFS);
    }

    @Test
    void theBodyIsCheckedBeforeTheDishAndTheDishBeforeTheClock() {
        var chef = f.headChef();
        assertThat(chef.post("/takeaway/offers", Map.of("offeredPortions", 5, "price", 5)).assertError(400))
                .isEqualTo("Invalid ID: must be provided and greater than 0");
        assertThat(chef.post("/takeaway/offers", Map.of("dishId", 987654, "offeredPortions", 0, "price", 5))
                .assertError(400)).isEqualTo("Offered portions must be between 1 and 1000, got: 0");
        assertThat(chef.post("/takeaway/offers", Map.of("dishId", 987654, "offeredPortions", 1001, "price", 5))
                .assertError(400)).isEqualTo("Offered portions must be between 1 and 1000, got: 1001");
        assertThat(chef.post("/takeaway/offers", Map.of("dishId", 987654, "offeredPortions", 5, "price", 0))
                .assertError(400)).isEqualTo("Take away price must be greater than 0");
        assertThat(chef.post("/takeaway/offers", Map.of("dishId", 987654, "offeredPortions", 5,
                "price", new BigDecimal("12.345"))).assertError(400))
                .isEqualTo("Take away price can have at most two decimals, got: 12.345");
        assertThat(chef.post("/takeaway/offers", "{\"dishId\": 1, \"offeredPortions\": 5, \"price\": \"12\"}")
                .assertError(400)).contains("price");
        assertThat(chef.post("/takeaway/offers", Map.of("dishId", 987654, "offeredPortions", 5, "price", 5))
                .assertError(404)).isEqualTo("Dish with ID 987654 was not found.");

        long inactive = f.kitchen.dish("Gammel Ret", "En ret der ikke laves mere", "Hot Kitchen", List.of())
                .get("id").asLong();
        assertThat(chef.patch("/dishes/" + inactive + "/deactivate", null).status()).isEqualTo(200);
        assertThat(chef.post("/takeaway/offers", Map.of("dishId", inactive, "offeredPortions", 5, "price", 5))
                .assertError(409)).isEqualTo("Dish is not active");

        // before noon, kitchen time (11:59 in Copenhagen is 09:59 UTC in June)
        f.kitchen.at(ONE_PM.minus(Duration.ofMinutes(61)));
        try {
            long dish = f.kitchen.dish("Frokostret", "En ret til frokost i dag", "Hot Kitchen", List.of())
                    .get("id").asLong();
            assertThat(chef.post("/takeaway/offers", Map.of("dishId", dish, "offeredPortions", 5, "price", 5))
                    .assertError(409)).isEqualTo("Takeaway offers can only be created after 12:00");
            f.kitchen.at(ONE_PM.minus(Duration.ofMinutes(60)));
            assertThat(chef.post("/takeaway/offers", Map.of("dishId", dish, "offeredPortions", 5, "price", 5))
                    .status()).isEqualTo(201);
        } finally {
            f.kitchen.at(ONE_PM);
        }
    }

    @Test
    void editsKeepSoldPortionsSoldAndOrdersKeepTheirPrice() {
        long dish = f.kitchen.dish("Frikadeller", "Med kartoffelsalat og rødbeder", "Hot Kitchen", List.of())
                .get("id").asLong();
        long id = f.offer(dish, 10, "40.00").get("id").asLong();
        JsonNode order = ordered(f.customer, id, 4);

        var chef = f.headChef();
        assertThat(chef.put("/takeaway/offers/" + id, Map.of("dishId", dish, "offeredPortions", 3, "price", 40))
                .assertError(409)).isEqualTo("Cannot set offered portions below already sold quantity (4)");
        assertThat(chef.put("/takeaway/offers/" + id, Map.of("dishId", f.mousse, "offeredPortions", 10, "price", 40))
                .assertError(409)).isEqualTo("Cannot change the dish of an offer that has sold 4 portion(s)");
        assertThat(chef.put("/takeaway/offers/987654", Map.of("dishId", dish, "offeredPortions", 3, "price", 40))
                .assertError(404)).isEqualTo("Takeaway offer with ID 987654 was not found.");

        long mark = AuditTrail.mark(f.kitchen.gateway);
        JsonNode edited = chef.put("/takeaway/offers/" + id, Map.of("dishId", dish, "offeredPortions", 4,
                "price", new BigDecimal("35.25"))).json();
        assertThat(edited.get("offeredPortions").asInt()).isEqualTo(4);
        assertThat(edited.get("availablePortions").asInt()).isZero();
        // sold out by the edit itself (the reference judged this from the count before the edit)
        assertThat(edited.get("soldOut").asBoolean()).isTrue();
        assertThat(edited.get("enabled").asBoolean()).isFalse();
        assertThat(edited.get("price").decimalValue()).isEqualByComparingTo("35.25");
        assertThat(AuditTrail.since(f.kitchen.gateway, mark)).containsExactly("update takeaway_offers " + id);

        JsonNode same = f.customer.get("/takeaway/orders/" + order.get("id").asLong()).json();
        assertThat(same.get("orderLines").get(0).get("offer").get("price").decimalValue()).isEqualByComparingTo("40");
        assertThat(same.get("totalOrderPrice").decimalValue()).isEqualByComparingTo("160");

        assertThat(chef.patch("/takeaway/offers/" + id + "/enable", null).assertError(409))
                .isEqualTo("Cannot enable a sold out offer");
        JsonNode more = chef.put("/takeaway/offers/" + id, Map.of("dishId", dish, "offeredPortions", 9,
                "price", new BigDecimal("35.25"))).json();
        assertThat(more.get("availablePortions").asInt()).isEqualTo(5);
        assertThat(more.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void switchingOnAndOffIsIdempotentAndFiltersFollowIt() {
        long dish = f.kitchen.dish("Tomatsuppe", "Med basilikum og brød", "Hot Kitchen", List.of())
                .get("id").asLong();
        long id = f.offer(dish, 6, "30").get("id").asLong();
        var chef = f.kitchen.sousChef;

        long mark = AuditTrail.mark(f.kitchen.gateway);
        assertThat(chef.patch("/takeaway/offers/" + id + "/disable", null).json().get("enabled").asBoolean()).isFalse();
        assertThat(chef.patch("/takeaway/offers/" + id + "/disable", null).json().get("enabled").asBoolean()).isFalse();
        assertThat(AuditTrail.since(f.kitchen.gateway, mark)).containsExactly("update takeaway_offers " + id);
        assertThat(ids(f.nobody.get("/takeaway/offers?enabled=false&dishId=" + dish).json())).containsExactly(id);
        assertThat(ids(f.nobody.get("/takeaway/offers?enabled=true&dishId=" + dish).json())).isEmpty();
        assertThat(ids(f.nobody.get("/takeaway/offers?soldOut=false&dishId=" + dish).json())).containsExactly(id);
        assertThat(f.nobody.get("/takeaway/offers?soldOut=maybe").assertError(400))
                .isEqualTo("Invalid value for 'soldOut': expected true or false, got: maybe");
        assertThat(f.nobody.get("/takeaway/offers?date=2026-02-30").assertError(400)).startsWith("Invalid date format");

        JsonNode on = chef.patch("/takeaway/offers/" + id + "/enable", null).json();
        assertThat(on.get("enabled").asBoolean()).isTrue();
        assertThat(on.get("updatedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(chef.patch("/takeaway/offers/987654/enable", null).assertError(404)).contains("987654");
    }

    @Test
    void anOfferWithOrdersIsKeptOneWithoutIsDeleted() {
        long dish = f.kitchen.dish("Æblekage", "Gammeldags æblekage med flødeskum", "Pastry", List.of())
                .get("id").asLong();
        long sold = f.offer(dish, 5, "25").get("id").asLong();
        long orderId = ordered(f.customer, sold, 1).get("id").asLong();
        assertThat(f.headChef().patch("/takeaway/orders/" + orderId + "/cancel", null).status()).isEqualTo(200);
        assertThat(f.headChef().delete("/takeaway/offers/" + sold).assertError(409))
                .isEqualTo("Cannot delete a takeaway offer that has orders; disable it instead");

        long dish2 = f.kitchen.dish("Rabarbergrød", "Med kold mælk og vanilje", "Pastry", List.of())
                .get("id").asLong();
        long unsold = f.offer(dish2, 5, "25").get("id").asLong();
        long mark = AuditTrail.mark(f.kitchen.gateway);
        assertThat(f.headChef().delete("/takeaway/offers/" + unsold).status()).isEqualTo(204);
        assertThat(AuditTrail.since(f.kitchen.gateway, mark)).containsExactly("delete takeaway_offers " + unsold);
        assertThat(f.nobody.get("/takeaway/offers/" + unsold).assertError(404)).contains(String.valueOf(unsold));
        assertThat(f.headChef().delete("/takeaway/offers/" + unsold).assertError(404)).isNotBlank();
    }

    static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
