package org.preptable.gateway.kitchen.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.requests.RequestFixture.TODAY;
import static org.preptable.gateway.kitchen.requests.RequestFixture.body;
import static org.preptable.gateway.kitchen.requests.RequestFixture.create;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.TestUser;

/**
 * Ingredient requests over HTTP (reference §4.8): who may create, see, change, withdraw and decide them, the
 * reference's check order and messages, the delivery window in the kitchen's zone, the station rules, and the
 * stored notifications and audit rows.
 */
class IngredientRequestRoutesTest {

    private static RequestFixture fixture;
    private static KitchenFixture kitchen;

    @BeforeAll
    static void start() {
        fixture = new RequestFixture(Map.of());
        kitchen = fixture.kitchen;
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String notifications(TestUser user) {
        return kitchen.gateway.sql().text("SELECT coalesce(string_agg(type || ' ' || category || ' ' || entity_id"
                + " || ' ' || message, '|' ORDER BY id), '') FROM notifications WHERE user_id = ?", user.id());
    }

    @Test
    void theChefsPendingCountFollowsRequestsAndEachDecisionIsPushed() {
        long before = kitchen.headChef.get("/notifications/snapshot").json().get("pendingIngredientRequests").asLong();
        long id = create(kitchen.lineCook, body("Citroner", 12, "PCS", TODAY.plusDays(1), null)).get("id").asLong();
        JsonNode snapshot = kitchen.sousChef.get("/notifications/snapshot").json();
        assertThat(snapshot.get("pendingIngredientRequests").asLong()).isEqualTo(before + 1);

        assertThat(kitchen.headChef.patch("/ingredient-requests/" + id + "/reject", Map.of("reason", "We have some"))
                .status()).isEqualTo(200);
        assertThat(kitchen.sousChef.get("/notifications/snapshot").json().get("pendingIngredientRequests").asLong())
                .isEqualTo(before);
        assertThat(kitchen.gateway.sql().text("SELECT count::text FROM notifications WHERE user_id = ?"
                + " AND type = 'PENDING_COUNT_UPDATED' AND category = 'INGREDIENT_REQUEST'", kitchen.sous.id()))
                .as("the count pushed to the chefs after the decision").isEqualTo(Long.toString(before));
    }

    @Test
    void aCookRequestsForADishOfTheirStationAndTheChefsAreTold() {
        var request = body("Frisk Dild", 10, "BUNCH", TODAY.plusDays(2), fixture.salmon);
        request.put("preferredSupplier", " Grønttorvet ");
        request.put("note", "  Skal bruges til laksen ");
        long mark = AuditTrail.mark(kitchen.gateway);

        JsonNode created = create(kitchen.otherCook, request);

        long id = created.get("id").asLong();
        assertThat(created.get("name").asText()).isEqualTo("Frisk Dild");
        assertThat(created.get("quantity").asDouble()).isEqualTo(10.0);
        assertThat(created.get("unit").asText()).isEqualTo("BUNCH");
        assertThat(created.get("preferredSupplier").asText()).isEqualTo("Grønttorvet");
        assertThat(created.get("note").asText()).isEqualTo("Skal bruges til laksen");
        assertThat(created.get("status").asText()).isEqualTo("PENDING");
        assertThat(created.get("requestType").asText()).isEqualTo("DISH_SPECIFIC");
        assertThat(created.get("deliveryDate").asText()).isEqualTo("2026-06-04");
        assertThat(created.get("requestedBy").get("id").asLong()).isEqualTo(kitchen.rene.number());
        assertThat(created.get("dish").get("id").asLong()).isEqualTo(fixture.salmon);
        assertThat(created.get("dish").get("dishNameDA").asText()).isEqualTo("Røget Laks");
        assertThat(created.get("station").get("name").asText()).isEqualTo("Cold Kitchen");
        assertThat(created.get("reviewedBy").isNull()).isTrue();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("create ingredient_requests " + id);
        String told = "NEW_INGREDIENT_REQUEST INGREDIENT_REQUEST " + id
                + " Rene Redzepi requests 10 BUNCH Frisk Dild for 2026-06-04";
        assertThat(notifications(kitchen.gordon)).contains(told);
        assertThat(notifications(kitchen.sous)).contains(told);
        assertThat(notifications(kitchen.rene)).doesNotContain("NEW_INGREDIENT_REQUEST");

        // A chef's own request tells the other chefs, not themself.
        long own = create(kitchen.headChef, body("Smør", 3, "KG", TODAY, null)).get("id").asLong();
        assertThat(notifications(kitchen.sous)).contains("NEW_INGREDIENT_REQUEST INGREDIENT_REQUEST " + own + " ");
        assertThat(notifications(kitchen.gordon)).doesNotContain("INGREDIENT_REQUEST " + own + " ");
    }

    @Test
    void theBodyIsCheckedInTheReferencesOrderBeforeAnythingIsLookedUp() {
        ApiClient cook = kitchen.lineCook;
        var good = body("Smør", 3, "KG", TODAY.plusDays(3), 987654L);
        assertThat(cook.post("/ingredient-requests", with(good, "name", " ")).assertError(400))
                .isEqualTo("Ingredient name cannot be blank");
        assertThat(cook.post("/ingredient-requests", with(good, "name", "S")).assertError(400))
                .isEqualTo("Ingredient name must be at least 2 characters");
        assertThat(cook.post("/ingredient-requests", with(good, "name", "x".repeat(101))).assertError(400))
                .isEqualTo("Ingredient name must be at most 100 characters");
        assertThat(cook.post("/ingredient-requests", with(with(good, "name", "Smør!"), "quantity", 0))
                .assertError(400)).as("the name first").endsWith("common symbols like '&', '-', or '.'.");
        assertThat(cook.post("/ingredient-requests", with(good, "quantity", 0)).assertError(400))
                .isEqualTo("Quantity must be greater than 0");
        assertThat(cook.post("/ingredient-requests", with(good, "quantity", -2)).assertError(400))
                .isEqualTo("Quantity must be greater than 0");
        assertThat(cook.post("/ingredient-requests", with(good, "quantity", 100000.5)).assertError(400))
                .isEqualTo("Quantity must be at most 100000");
        assertThat(cook.post("/ingredient-requests", with(good, "quantity", 1.0005)).assertError(400))
                .isEqualTo("Quantity may have at most 3 decimals, got: 1.0005");
        assertThat(cook.post("/ingredient-requests", with(good, "unit", null)).assertError(400))
                .isEqualTo("Unit cannot be null.");
        assertThat(cook.post("/ingredient-requests", with(good, "unit", "KILO")).assertError(400))
                .startsWith("Invalid unit: KILO");
        assertThat(cook.post("/ingredient-requests", with(good, "deliveryDate", null)).assertError(400))
                .isEqualTo("Delivery date cannot be null.");
        assertThat(cook.post("/ingredient-requests", with(good, "deliveryDate", "03-06-2026")).assertError(400))
                .isEqualTo("Delivery date must be a date such as 2026-06-15, got: 03-06-2026");
        assertThat(cook.post("/ingredient-requests", with(good, "requestType", null)).assertError(400))
                .isEqualTo("Request type cannot be null.");
        assertThat(cook.post("/ingredient-requests", with(good, "requestType", "GENERAL")).assertError(400))
                .isEqualTo("Invalid request type: GENERAL");
        assertThat(cook.post("/ingredient-requests", with(good, "dishId", null)).assertError(400))
                .isEqualTo("Dish ID is required for dish-specific requests");
        assertThat(cook.post("/ingredient-requests", with(good, "requestType", "GENERAL_STOCK")).assertError(400))
                .isEqualTo("Dish ID must not be given for general-stock requests");
        assertThat(cook.post("/ingredient-requests", with(good, "preferredSupplier", "Inco/Hørkram"))
                .assertError(400)).startsWith("Preferred supplier can only contain");
        assertThat(cook.post("/ingredient-requests", with(good, "note", "n".repeat(256))).assertError(400))
                .isEqualTo("Note must be at most 255 characters");
        assertThat(cook.post("/ingredient-requests", with(good, "status", "APPROVED")).assertError(400))
                .isEqualTo("Unknown field 'status'");
        assertThat(cook.post("/ingredient-requests", with(good, "quantity", "3")).assertError(400))
                .isEqualTo("Field 'quantity' must be a number");
        assertThat(kitchen.api.post("/ingredient-requests", Map.of()).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        // Only now is the dish looked up.
        assertThat(cook.post("/ingredient-requests", good).assertError(404))
                .isEqualTo("Dish with ID 987654 was not found.");
    }

    @Test
    void deliveriesRunFromTodayToThirtyDaysAheadInTheKitchensZone() {
        ApiClient cook = kitchen.lineCook;
        assertThat(cook.post("/ingredient-requests", body("Mel", 5, "KG", TODAY.minusDays(1), null)).assertError(400))
                .isEqualTo("Delivery date must be in the future");
        assertThat(cook.post("/ingredient-requests", body("Mel", 5, "KG", TODAY.plusDays(31), null))
                .assertError(400)).isEqualTo("Cannot order more than 30 days in advance");
        assertThat(cook.post("/ingredient-requests", body("Mel", 5, "KG", TODAY.plusDays(60), null))
                .assertError(400)).isEqualTo("Cannot order more than 30 days in advance");
        assertThat(create(cook, body("Mel", 5, "KG", TODAY, null)).get("deliveryDate").asText())
                .as("today is allowed").isEqualTo("2026-06-02");
        assertThat(create(cook, body("Mel", 5, "KG", TODAY.plusDays(30), null)).get("deliveryDate").asText())
                .isEqualTo("2026-07-02");
        try {
            // 23:30 UTC on 2 June is already 3 June in Copenhagen: the 2nd is yesterday there, the 3rd today.
            kitchen.at(Instant.parse("2026-06-02T22:30:00Z"));
            assertThat(cook.post("/ingredient-requests", body("Mel", 5, "KG", TODAY, null)).assertError(400))
                    .isEqualTo("Delivery date must be in the future");
            assertThat(create(cook, body("Mel", 5, "KG", TODAY.plusDays(31), null)).get("deliveryDate").asText())
                    .isEqualTo("2026-07-03");
        } finally {
            kitchen.at(RequestFixture.NOW);
        }
    }

    @Test
    void dishRequestsFollowTheStationRules() {
        assertThat(kitchen.lineCook.post("/ingredient-requests",
                body("Smør", 3, "KG", TODAY.plusDays(3), fixture.salmon)).assertError(403))
                .isEqualTo("Dish does not belong to your station");
        assertThat(kitchen.lineCook.post("/ingredient-requests",
                body("Smør", 3, "KG", TODAY.plusDays(3), fixture.retired)).assertError(400))
                .isEqualTo("Dish must be active");
        JsonNode own = create(kitchen.lineCook, body("Smør", 3, "KG", TODAY.plusDays(3), fixture.steak));
        assertThat(own.get("dish").get("id").asLong()).isEqualTo(fixture.steak);
        assertThat(own.get("station").get("name").asText()).isEqualTo("Hot Kitchen");
        // Head and sous chefs order for any station's dish.
        assertThat(create(kitchen.sousChef, body("Dild", 2, "BUNCH", TODAY.plusDays(3), fixture.salmon))
                .get("station").get("name").asText()).isEqualTo("Cold Kitchen");
        // A cook without a station may order general stock (no station), not for a dish.
        TestUser drifter = kitchen.api.newUser("LINE_COOK");
        ApiClient drifting = kitchen.api.as(drifter);
        assertThat(drifting.post("/ingredient-requests", body("Smør", 3, "KG", TODAY.plusDays(3), fixture.steak))
                .assertError(400)).isEqualTo("You are not assigned to a station — contact your head chef");
        assertThat(create(drifting, body("Salt", 1, "KG", TODAY.plusDays(3), null)).get("station").isNull()).isTrue();
        // General stock is for the requester's station.
        assertThat(create(kitchen.otherCook, body("Salt", 1, "KG", TODAY.plusDays(3), null)).get("station")
                .get("name").asText()).isEqualTo("Cold Kitchen");
    }

    @Test
    void cooksSeeTheirOwnAndChefsFilterEveryonesByStatusDateTypeAndStation() {
        var date = TODAY.plusDays(9);
        long dill = create(kitchen.otherCook, body("Dild", 4, "BUNCH", date, fixture.salmon)).get("id").asLong();
        long salt = create(kitchen.otherCook, body("Groft Salt", 2, "KG", date, null)).get("id").asLong();
        long butter = create(kitchen.lineCook, body("Smør", 3, "KG", date, fixture.steak)).get("id").asLong();

        assertThat(ids(kitchen.lineCook.get("/ingredient-requests?deliveryDate=" + date).json()))
                .containsExactly(Long.toString(butter));
        assertThat(kitchen.lineCook.get("/ingredient-requests/" + dill).assertError(403))
                .isEqualTo("Only owner, head chef, or sous chef can view this request");
        assertThat(kitchen.otherCook.get("/ingredient-requests/" + dill).json().get("name").asText()).isEqualTo("Dild");
        assertThat(kitchen.headChef.get("/ingredient-requests/987654").assertError(404))
                .isEqualTo("Ingredient request with ID 987654 was not found.");
        assertThat(kitchen.headChef.get("/ingredient-requests/abc").assertError(400)).startsWith("Invalid ID");

        assertThat(ids(kitchen.headChef.get("/ingredient-requests?deliveryDate=" + date).json()))
                .as("newest first").containsExactly(Long.toString(butter), Long.toString(salt), Long.toString(dill));
        assertThat(ids(kitchen.sousChef.get("/ingredient-requests?status=pending&deliveryDate=" + date + "&stationId="
                + kitchen.station("Cold Kitchen")).json()))
                .as("general stock counts for the requester's station")
                .containsExactly(Long.toString(salt), Long.toString(dill));
        assertThat(ids(kitchen.headChef.get("/ingredient-requests?requestType=GENERAL_STOCK&deliveryDate=" + date)
                .json())).containsExactly(Long.toString(salt));
        assertThat(kitchen.headChef.get("/ingredient-requests?deliveryDate=" + date + "&limit=1").json().size())
                .isEqualTo(1);
        assertThat(kitchen.headChef.get("/ingredient-requests?status=APPROVED&deliveryDate=" + date).json().size())
                .isZero();
        assertThat(kitchen.headChef.get("/ingredient-requests?status=PEN").assertError(400))
                .isEqualTo("Invalid status value: PEN");
        assertThat(kitchen.headChef.get("/ingredient-requests?deliveryDate=not-a-date").assertError(400))
                .isEqualTo("Invalid date format: not-a-date");
        assertThat(kitchen.headChef.get("/ingredient-requests?requestType=GENERAL").assertError(400))
                .isEqualTo("Invalid request type: GENERAL");
    }

    @Test
    void theOwnerReplacesAPendingRequestTypeIncluded() {
        long id = create(kitchen.lineCook, body("Smør", 3, "KG", TODAY.plusDays(3), fixture.steak)).get("id").asLong();
        var replacement = body("Smør (usaltet)", 4.5, "KG", TODAY.plusDays(4), null);
        replacement.put("note", "Til sauce");
        assertThat(kitchen.otherCook.put("/ingredient-requests/" + id, replacement).assertError(403))
                .isEqualTo("Only owner, head chef, or sous chef can update requests");
        assertThat(kitchen.otherCook.put("/ingredient-requests/" + id, with(replacement, "name", "!")).assertError(400))
                .as("a bad body is a 400 before anything else").startsWith("Ingredient name must be at least");
        long mark = AuditTrail.mark(kitchen.gateway);

        JsonNode updated = kitchen.lineCook.put("/ingredient-requests/" + id, replacement).json();

        assertThat(updated.get("name").asText()).isEqualTo("Smør (usaltet)");
        assertThat(updated.get("quantity").asDouble()).isEqualTo(4.5);
        assertThat(updated.get("requestType").asText()).as("the reference kept the old type")
                .isEqualTo("GENERAL_STOCK");
        assertThat(updated.get("dish").isNull()).isTrue();
        assertThat(updated.get("station").get("name").asText()).isEqualTo("Hot Kitchen");
        assertThat(updated.get("deliveryDate").asText()).isEqualTo("2026-06-06");
        assertThat(updated.get("note").asText()).isEqualTo("Til sauce");
        assertThat(updated.get("updatedAt").isNull()).isFalse();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update ingredient_requests " + id);

        // A chef may replace it too, for a dish of any station; once decided, nobody can.
        var forDish = body("Smør", 2, "KG", TODAY.plusDays(4), fixture.salmon);
        assertThat(kitchen.headChef.put("/ingredient-requests/" + id, forDish).json().get("dish").get("id").asLong())
                .isEqualTo(fixture.salmon);
        assertThat(kitchen.headChef.patch("/ingredient-requests/" + id + "/approve", null).status()).isEqualTo(200);
        assertThat(kitchen.lineCook.put("/ingredient-requests/" + id, replacement).assertError(409))
                .isEqualTo("Can only modify pending requests. Current: APPROVED");
        assertThat(kitchen.lineCook.delete("/ingredient-requests/" + id).assertError(409))
                .isEqualTo("Cannot delete a non-pending request");
    }

    @Test
    void theOwnerOrAChefWithdrawsAPendingRequest() {
        long id = create(kitchen.lineCook, body("Løg", 5, "KG", TODAY.plusDays(3), null)).get("id").asLong();
        assertThat(kitchen.otherCook.delete("/ingredient-requests/" + id).assertError(403))
                .isEqualTo("Only owner, head chef, or sous chef can delete requests");
        long mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.lineCook.delete("/ingredient-requests/" + id).status()).isEqualTo(204);
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("delete ingredient_requests " + id);
        assertThat(kitchen.lineCook.get("/ingredient-requests/" + id).assertError(404)).contains("was not found");
        long other = create(kitchen.otherCook, body("Løg", 5, "KG", TODAY.plusDays(3), null)).get("id").asLong();
        assertThat(kitchen.sousChef.delete("/ingredient-requests/" + other).status()).isEqualTo(204);
        assertThat(kitchen.sousChef.delete("/ingredient-requests/" + other).assertError(404)).contains("was not found");
    }

    @Test
    void chefsApproveAsAskedOrAdjustedAndTheCookIsTold() {
        long dill = create(kitchen.otherCook, body("Frisk Dild", 10, "BUNCH", TODAY.plusDays(2), fixture.salmon))
                .get("id").asLong();
        String path = "/ingredient-requests/" + dill + "/approve";
        assertThat(kitchen.lineCook.patch(path, null).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(kitchen.headChef.patch(path, Map.of("quantity", 0)).assertError(400))
                .isEqualTo("Quantity must be greater than 0");
        assertThat(kitchen.headChef.patch(path, Map.of("unit", "KILO")).assertError(400)).startsWith("Invalid unit");
        assertThat(kitchen.headChef.patch(path, "{\"quantity\": ").assertError(400))
                .as("the reference answered 500").startsWith("Malformed JSON");
        assertThat(kitchen.headChef.patch("/ingredient-requests/987654/approve", null).assertError(404))
                .isEqualTo("Ingredient request with ID 987654 was not found.");
        long mark = AuditTrail.mark(kitchen.gateway);

        JsonNode approved = kitchen.headChef.patch(path, Map.of("quantity", 12.5, "unit", "bunch",
                "note", "Approved with adjusted quantity")).json();

        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("quantity").asDouble()).isEqualTo(12.5);
        assertThat(approved.get("unit").asText()).isEqualTo("BUNCH");
        assertThat(approved.get("note").asText()).isEqualTo("Approved with adjusted quantity");
        assertThat(approved.get("reviewedBy").get("id").asLong()).isEqualTo(kitchen.gordon.number());
        assertThat(approved.get("reviewedAt").asText()).as("the kitchen's clock, shown in the server's zone")
                .isEqualTo(org.preptable.model.WireTime.kitchen(RequestFixture.NOW, java.time.ZoneId.systemDefault()));
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update ingredient_requests " + dill);
        assertThat(notifications(kitchen.rene)).contains("REQUEST_APPROVED INGREDIENT_REQUEST " + dill
                + " Your request for 12.5 BUNCH Frisk Dild for 2026-06-04 was approved");
        assertThat(kitchen.sousChef.patch(path, null).assertError(409))
                .isEqualTo("Can only modify pending requests. Current: APPROVED");

        var asked = body("Citron", 6, "PCS", TODAY.plusDays(2), null);
        asked.put("note", "Til fisken");
        long lemons = create(kitchen.lineCook, asked).get("id").asLong();
        JsonNode plain = kitchen.sousChef.patch("/ingredient-requests/" + lemons + "/approve", null).json();
        assertThat(plain.get("quantity").asDouble()).isEqualTo(6.0);
        assertThat(plain.get("unit").asText()).isEqualTo("PCS");
        assertThat(plain.get("note").asText()).isEqualTo("Til fisken");
        assertThat(plain.get("reviewedBy").get("id").asLong()).isEqualTo(kitchen.sous.number());
    }

    @Test
    void chefsRejectWithAReasonAndAreRecordedAsReviewers() {
        long truffle = create(kitchen.lineCook, body("Trøffelolie", 1, "BOTTLE", TODAY.plusDays(2), null))
                .get("id").asLong();
        String path = "/ingredient-requests/" + truffle + "/reject";
        assertThat(kitchen.otherCook.patch(path, Map.of("reason", "Nej tak")).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(kitchen.headChef.patch(path, null).assertError(400)).isEqualTo("Request body is required");
        assertThat(kitchen.headChef.patch(path, Map.of()).assertError(400)).isEqualTo("Reason is required");
        assertThat(kitchen.headChef.patch(path, Map.of("reason", "Nej")).assertError(400))
                .isEqualTo("Reason must be at least 5 characters");
        assertThat(kitchen.headChef.patch(path, Map.of("reason", "r".repeat(256))).assertError(400))
                .isEqualTo("Reason must be at most 255 characters");

        JsonNode rejected = kitchen.sousChef.patch(path, Map.of("reason", " For dyrt til hverdagsmenuen ")).json();

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectionReason").asText()).isEqualTo("For dyrt til hverdagsmenuen");
        assertThat(rejected.get("reviewedBy").get("id").asLong()).as("the reference left it empty")
                .isEqualTo(kitchen.sous.number());
        assertThat(rejected.get("reviewedAt").isNull()).isFalse();
        assertThat(notifications(kitchen.claire)).contains("REQUEST_REJECTED INGREDIENT_REQUEST " + truffle
                + " Your request for 1 BOTTLE Trøffelolie for 2026-06-04 was rejected: For dyrt til hverdagsmenuen");
        assertThat(kitchen.headChef.patch(path, Map.of("reason", "Stadig for dyrt")).assertError(409))
                .isEqualTo("Can only modify pending requests. Current: REJECTED");
        assertThat(kitchen.headChef.patch("/ingredient-requests/" + truffle + "/approve", null).assertError(409))
                .isEqualTo("Can only modify pending requests. Current: REJECTED");
    }

    @Test
    void customersHaveNoBusinessHere() {
        ApiClient customer = kitchen.api.as(kitchen.api.newUser("CUSTOMER"));
        assertThat(customer.get("/ingredient-requests").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF, LINE_COOK]");
        assertThat(customer.post("/ingredient-requests", body("Salt", 1, "KG", TODAY, null)).assertError(403))
                .startsWith("Insufficient role");
        assertThat(kitchen.api.as("not-a-real-jwt-token").get("/ingredient-requests").status()).isEqualTo(401);
    }

    /** The top-level ids of a list answer, in order. */
    static java.util.List<String> ids(JsonNode list) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        list.forEach(element -> ids.add(element.get("id").asText()));
        return ids;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
