package org.preptable.gateway.kitchen.shopping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.requests.RequestFixture.TODAY;
import static org.preptable.gateway.kitchen.requests.RequestFixture.body;
import static org.preptable.gateway.kitchen.requests.RequestFixture.create;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.kitchen.requests.RequestFixture;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.AuditTrail;

/**
 * Shopping lists over HTTP (reference §4.9): generation from the approved requests of several stations with names
 * and units normalized and quantities merged, the item routes, DRAFT → FINALIZED and what a finalized list
 * refuses, the delivery-date move, delete, the CSV export and the length limits (no 500 at 81-100 characters).
 */
class ShoppingListRoutesTest {

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

    private static Map<String, Object> supplied(Map<String, Object> body, String supplier) {
        body.put("preferredSupplier", supplier);
        return body;
    }

    private static ApiResponse generate(ApiClient as, LocalDate date) {
        return as.post("/shopping-lists", Map.of("deliveryDate", date.toString(), "targetLanguage", "DA"));
    }

    /** "name quantity unit supplier" per item, in the list's order. */
    private static List<String> items(JsonNode list) {
        List<String> items = new ArrayList<>();
        list.get("items").forEach(item -> items.add(item.get("ingredientName").asText() + " "
                + item.get("quantity").asDouble() + " " + item.get("unit").asText() + " "
                + item.get("supplier").asText()));
        return items;
    }

    @Test
    void aListMergesTheApprovedRequestsOfEveryStationConvertingUnits() {
        LocalDate date = TODAY.plusDays(7);
        ApiClient claire = kitchen.lineCook;
        ApiClient rene = kitchen.otherCook;
        fixture.approved(claire, supplied(body("Tomatoes", 2, "KG", date, null), "Grønttorvet"));
        fixture.approved(rene, supplied(body("tomato", 500, "G", date, fixture.salmon), "Grønttorvet"));
        fixture.approved(rene, supplied(body("Frisk Dild", 10, "BUNCH", date, fixture.salmon), "Grønttorvet"));
        fixture.approved(claire, supplied(body("frisk  dild", 5, "BUNCH", date, null), "Inco"));
        fixture.approved(claire, body("Fløde", 500, "ML", date, fixture.steak));
        fixture.approved(rene, body("FLØDE", 1, "L", date, null));
        fixture.approved(claire, body("Mælk", 300, "ML", date, null));
        fixture.approved(rene, body("mælk", 400, "ML", date, null));
        fixture.approved(claire, body("Onions", 10, "PCS", date, null));
        fixture.approved(rene, body("onion", 2, "KG", date, null));
        create(claire, body("Tomatoes", 9, "KG", date, null)); // pending: not on the list
        long rejected = create(rene, body("Tomatoes", 7, "KG", date, null)).get("id").asLong();
        assertThat(kitchen.headChef.patch("/ingredient-requests/" + rejected + "/reject",
                Map.of("reason", "Vi har nok")).status()).isEqualTo(200);
        fixture.approved(claire, body("Tomatoes", 3, "KG", date.plusDays(1), null)); // another day
        assertThat(kitchen.lineCook.post("/shopping-lists", Map.of("deliveryDate", date.toString(),
                "targetLanguage", "DA")).assertError(403)).isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        long mark = AuditTrail.mark(kitchen.gateway);

        ApiResponse generated = generate(kitchen.headChef, date);

        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        JsonNode list = generated.json();
        assertThat(list.get("deliveryDate").asText()).isEqualTo("2026-06-09");
        assertThat(list.get("status").asText()).isEqualTo("DRAFT");
        assertThat(list.get("normalized").asBoolean()).as("no AI normalizer configured").isFalse();
        assertThat(list.get("createdBy").get("id").asLong()).isEqualTo(kitchen.gordon.number());
        assertThat(list.get("allOrdered").asBoolean()).isFalse();
        assertThat(items(list)).containsExactly(
                "Fløde 1.5 L null",
                "Frisk dild 15.0 BUNCH Grønttorvet",
                "Mælk 700.0 ML null",
                "Onion 10.0 PCS null",
                "Onion 2.0 KG null",
                "Tomato 2.5 KG Grønttorvet");
        assertThat(list.get("itemCount").asInt()).isEqualTo(6);
        JsonNode tomato = list.get("items").get(5);
        assertThat(tomato.get("notes").asText()).isEqualTo("Claire (Tomatoes: 2.0 KG) | Rene (tomato: 500.0 G)");
        assertThat(list.get("items").get(1).get("notes").asText())
                .isEqualTo("Rene (Frisk Dild: 10.0 BUNCH) | Claire (frisk  dild: 5.0 BUNCH)");
        assertThat(tomato.get("ordered").asBoolean()).isFalse();
        long id = list.get("id").asLong();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("create shopping_lists " + id);

        assertThat(generate(kitchen.sousChef, date).assertError(409))
                .isEqualTo("Shopping list already exists for date: 2026-06-09");
        assertThat(generate(kitchen.headChef, TODAY.plusDays(20)).assertError(409))
                .isEqualTo("No approved requests for date: 2026-06-22");
        assertThat(generate(kitchen.headChef, TODAY.minusDays(1)).assertError(400))
                .isEqualTo("Delivery date must be in the future");
        assertThat(kitchen.headChef.post("/shopping-lists", Map.of("targetLanguage", "DA")).assertError(400))
                .isEqualTo("Delivery date cannot be null.");
        assertThat(kitchen.headChef.post("/shopping-lists", Map.of("deliveryDate", date.toString()))
                .assertError(400)).isEqualTo("Target language cannot be null.");
        assertThat(kitchen.headChef.post("/shopping-lists", Map.of("deliveryDate", date.toString(),
                "targetLanguage", "XX")).assertError(400)).startsWith("Unsupported target language: XX");

        ApiResponse csv = kitchen.sousChef.get("/shopping-lists/" + id + "?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"shopping-list-2026-06-09.csv\"");
        assertThat(csv.body()).startsWith("ingredientName,quantity,unit,supplier,ordered,notes\r\n"
                + "Fløde,1.5,L,,false,Claire (Fløde: 500.0 ML) | Rene (FLØDE: 1.0 L)\r\n");
        assertThat(csv.body())
                .contains("\r\nTomato,2.5,KG,Grønttorvet,false,Claire (Tomatoes: 2.0 KG) | Rene (tomato: 500.0 G)\r\n");
        assertThat(csv.body().split("\r\n")).hasSize(7);
        assertThat(kitchen.sousChef.get("/shopping-lists/" + id + "?format=xml").assertError(400))
                .startsWith("Unknown format 'xml'");
    }

    @Test
    void itemsAreEditedOrderedAndTheListFinalizedAfterWhichItIsFinal() {
        LocalDate date = TODAY.plusDays(3);
        fixture.approved(kitchen.lineCook, body("Hvedemel", 25, "KG", date, null));
        long id = generate(kitchen.headChef, date).json().get("id").asLong();
        String path = "/shopping-lists/" + id;

        // Names and suppliers up to 100 characters fit (the reference's 80-character columns answered 500).
        String longName = "Økologisk " + "m".repeat(90);
        ApiResponse added = kitchen.headChef.post(path + "/items", Map.of("ingredientName", longName, "quantity", 5,
                "unit", "kg", "supplier", "S".repeat(100)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("itemCount").asInt()).isEqualTo(2);
        JsonNode manual = added.json().get("items").get(1);
        assertThat(manual.get("ingredientName").asText()).isEqualTo(longName);
        assertThat(manual.get("notes").asText()).isEqualTo("Manual entry by: Gordon Ramsay");
        long manualId = manual.get("id").asLong();
        long flourId = added.json().get("items").get(0).get("id").asLong();
        assertThat(kitchen.headChef.post(path + "/items", Map.of("ingredientName", "m".repeat(101), "quantity", 5,
                "unit", "KG")).assertError(400)).isEqualTo("Ingredient name must be at most 100 characters");
        assertThat(kitchen.headChef.post(path + "/items", Map.of("ingredientName", "Smør", "quantity", 5,
                "unit", "KG", "supplier", "S".repeat(101))).assertError(400))
                .isEqualTo("Supplier must be at most 100 characters");
        assertThat(kitchen.headChef.post(path + "/items", Map.of("ingredientName", "Smør", "quantity", 0,
                "unit", "KG")).assertError(400)).isEqualTo("Quantity must be greater than 0");
        assertThat(kitchen.headChef.post("/shopping-lists/987654/items", Map.of("ingredientName", "Smør",
                "quantity", 1, "unit", "KG")).assertError(404)).isEqualTo("Shopping list with ID 987654 was not found.");
        assertThat(kitchen.lineCook.post(path + "/items", Map.of("ingredientName", "Smør", "quantity", 1,
                "unit", "KG")).assertError(403)).startsWith("Insufficient role");

        JsonNode changed = kitchen.sousChef.put(path + "/items/" + manualId, Map.of("quantity", 2500, "unit", "G",
                "supplier", " ")).json();
        JsonNode item = changed.get("items").get(1);
        assertThat(item.get("quantity").asDouble()).isEqualTo(2500.0);
        assertThat(item.get("unit").asText()).isEqualTo("G");
        assertThat(item.get("supplier").asText()).as("a blank supplier keeps the one there").isEqualTo("S".repeat(100));
        assertThat(item.get("updatedAt").isNull()).isFalse();
        assertThat(kitchen.sousChef.put(path + "/items/987654", Map.of("quantity", 1, "unit", "G")).assertError(404))
                .isEqualTo("Shopping list item with ID 987654 was not found on shopping list " + id + ".");
        assertThat(kitchen.sousChef.put(path + "/items/" + manualId, Map.of("quantity", 1)).assertError(400))
                .isEqualTo("Unit cannot be null.");

        assertThat(kitchen.headChef.patch(path + "/items/" + flourId + "/ordered", null).json().get("items").get(0)
                .get("ordered").asBoolean()).isTrue();
        assertThat(kitchen.headChef.patch(path + "/items/" + flourId + "/ordered", null).assertError(409))
                .isEqualTo("Item is already marked as ordered");
        assertThat(kitchen.headChef.post(path + "/finalize", null).assertError(409))
                .isEqualTo("Cannot finalize — not all items have been ordered");
        long mark = AuditTrail.mark(kitchen.gateway);
        JsonNode ordered = kitchen.headChef.put(path + "/items/order-all", null).json();
        assertThat(ordered.get("allOrdered").asBoolean()).isTrue();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update shopping_lists " + id);
        mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.headChef.put(path + "/items/order-all", null).json().get("allOrdered").asBoolean()).isTrue();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).as("nothing left to order, nothing written").isEmpty();

        JsonNode finalized = kitchen.sousChef.post(path + "/finalize", null).json();
        assertThat(finalized.get("status").asText()).isEqualTo("FINALIZED");
        assertThat(finalized.get("finalizedAt").isNull()).isFalse();

        assertThat(kitchen.sousChef.post(path + "/finalize", null).assertError(409))
                .isEqualTo("Cannot finalize - list is FINALIZED");
        assertThat(kitchen.headChef.post(path + "/items", Map.of("ingredientName", "Smør", "quantity", 1,
                "unit", "KG")).assertError(409)).isEqualTo("Cannot add items - list is FINALIZED");
        assertThat(kitchen.headChef.put(path + "/items/" + manualId, Map.of("quantity", 1, "unit", "KG"))
                .assertError(409)).isEqualTo("Cannot modify items in finalized list");
        assertThat(kitchen.headChef.delete(path + "/items/" + manualId).assertError(409))
                .isEqualTo("Cannot remove items - list is FINALIZED");
        assertThat(kitchen.headChef.patch(path + "/delivery-date", Map.of("deliveryDate", TODAY.plusDays(5).toString()))
                .assertError(409)).isEqualTo("Cannot update delivery date - list is FINALIZED");
        assertThat(kitchen.headChef.delete(path).assertError(409)).isEqualTo("Cannot delete a finalized shopping list");
        assertThat(kitchen.headChef.put(path + "/items/order-all", null).status()).isEqualTo(200);

        assertThat(kitchen.sousChef.get("/shopping-lists?status=finalized").json().findValuesAsText("deliveryDate"))
                .containsExactly(date.toString());
        assertThat(kitchen.sousChef.get("/shopping-lists?status=INVALID").assertError(400))
                .isEqualTo("Invalid shopping list status: INVALID");
        assertThat(kitchen.sousChef.get("/shopping-lists?deliveryDate=not-a-date").assertError(400))
                .isEqualTo("Invalid date format: not-a-date");
        assertThat(kitchen.api.get("/shopping-lists").assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
    }

    @Test
    void aDraftMovesToAFreeDateAndIsDeletedAndAnEmptyListCannotBeFinalized() {
        LocalDate first = TODAY.plusDays(11);
        LocalDate second = TODAY.plusDays(12);
        fixture.approved(kitchen.lineCook, body("Rug", 10, "KG", first, null));
        fixture.approved(kitchen.lineCook, body("Rug", 10, "KG", second, null));
        JsonNode list = generate(kitchen.headChef, first).json();
        long id = list.get("id").asLong();
        generate(kitchen.headChef, second);
        String path = "/shopping-lists/" + id;

        assertThat(kitchen.headChef.patch(path + "/delivery-date", Map.of("deliveryDate", TODAY.minusDays(1)
                .toString())).assertError(400)).isEqualTo("Delivery date must be in the future");
        assertThat(kitchen.headChef.patch(path + "/delivery-date", Map.of()).assertError(400))
                .isEqualTo("Delivery date cannot be null.");
        assertThat(kitchen.headChef.patch(path + "/delivery-date", Map.of("deliveryDate", second.toString()))
                .assertError(409)).isEqualTo("A shopping list already exists for: " + second);
        assertThat(kitchen.headChef.patch("/shopping-lists/987654/delivery-date",
                Map.of("deliveryDate", second.toString())).assertError(404)).contains("was not found");
        JsonNode moved = kitchen.headChef.patch(path + "/delivery-date",
                Map.of("deliveryDate", TODAY.plusDays(13).toString())).json();
        assertThat(moved.get("deliveryDate").asText()).isEqualTo(TODAY.plusDays(13).toString());
        assertThat(kitchen.sousChef.get("/shopping-lists?deliveryDate=" + TODAY.plusDays(13)).json()
                .findValuesAsText("deliveryDate")).containsExactly(TODAY.plusDays(13).toString());

        long item = list.get("items").get(0).get("id").asLong();
        JsonNode emptied = kitchen.headChef.delete(path + "/items/" + item).json();
        assertThat(emptied.get("itemCount").asInt()).isZero();
        assertThat(emptied.get("allOrdered").asBoolean()).as("nothing to have ordered").isFalse();
        assertThat(kitchen.headChef.post(path + "/finalize", null).assertError(409))
                .isEqualTo("Cannot finalize — not all items have been ordered");

        assertThat(kitchen.lineCook.delete(path).assertError(403)).startsWith("Insufficient role. Required:");
        long mark = AuditTrail.mark(kitchen.gateway);
        assertThat(kitchen.headChef.delete(path).status()).isEqualTo(204);
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("delete shopping_lists " + id);
        assertThat(kitchen.headChef.get(path).assertError(404)).isEqualTo("Shopping list with ID " + id
                + " was not found.");
        assertThat(kitchen.headChef.delete("/shopping-lists/987654").assertError(404)).contains("was not found");
        assertThat(kitchen.headChef.get("/shopping-lists/-1").assertError(400)).startsWith("Invalid ID");
        // The list's requests stay approved, so the date can have a list again.
        assertThat(generate(kitchen.headChef, TODAY.plusDays(13)).status()).isEqualTo(409);
        assertThat(generate(kitchen.headChef, first).status()).isEqualTo(201);
    }

    @Test
    void aSpreadsheetNeverRunsTextFromTheList() {
        LocalDate date = TODAY.plusDays(14);
        var requested = body("Ost", 2, "KG", date, null);
        fixture.approved(kitchen.otherCook, requested);
        long id = generate(kitchen.headChef, date).json().get("id").asLong();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ingredientName", "Smør, usaltet");
        row.put("quantity", 1.25);
        row.put("unit", "KG");
        assertThat(kitchen.headChef.post("/shopping-lists/" + id + "/items", row).status()).isEqualTo(201);
        kitchen.gateway.sql().execute("UPDATE shopping_list_items SET notes = '=HYPERLINK(\"x\")' WHERE list_id = ?"
                + " AND ingredient_name = 'Ost'", id);
        String csv = kitchen.headChef.get("/shopping-lists/" + id + "?format=CSV").body();
        assertThat(csv).contains("\r\nOst,2,KG,,false,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        assertThat(csv).contains("\r\n\"Smør, usaltet\",1.25,KG,,false,Manual entry by: Gordon Ramsay\r\n");
    }
}
