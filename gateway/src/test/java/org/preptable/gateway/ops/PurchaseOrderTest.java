package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.ops.PurchasingFixtures.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

@ExtendWith(GatewayExtension.class)
class PurchaseOrderTest {

    private OpsFixtures ops;
    private PurchasingFixtures purchasing;
    private ApiClient admin;
    private UUID harlingen;
    private UUID waco;
    private UUID dryStore;
    private UUID wacoStore;
    private UUID onions;
    private UUID thighs;
    private UUID sysco;
    private UUID farm;
    private ApiClient manager;
    private ApiClient wacoManager;

    @BeforeEach
    void kitchen(ApiClient api) {
        ops = new OpsFixtures(api);
        purchasing = new PurchasingFixtures(api);
        admin = api.as(api.admin());
        harlingen = ops.location("Harlingen");
        waco = ops.location("Waco");
        dryStore = ops.store(harlingen, "Dry store");
        wacoStore = ops.store(waco, "Dry store");
        onions = ops.item("Onions", "lb");
        thighs = ops.item("Chicken thigh", "lb");
        sysco = purchasing.vendor("Sysco " + UUID.randomUUID());
        farm = purchasing.vendor("Farm " + UUID.randomUUID());
        purchasing.price(sysco, onions, 1400, 50);
        purchasing.price(sysco, thighs, 15560, 40);
        purchasing.price(farm, onions, 1100, 50);
        manager = api.as(ops.managerOf(harlingen));
        wacoManager = api.as(ops.managerOf(waco));
    }

    @Test
    void aDraftIsPricedFromTheVendorsList(TestGateway gateway) {
        long mark = AuditTrail.mark(gateway);
        Map<String, Object> body = order(harlingen, sysco, dryStore, onions, 100, thighs, 60);
        body.put("notes", " Back door ");
        body.put("expected_on", "2026-06-03");
        var created = manager.post("/purchase-orders", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode po = created.json();
        assertThat(po.get("number").asLong()).isGreaterThanOrEqualTo(1001);
        assertThat(po.get("status").asText()).isEqualTo("draft");
        assertThat(po.get("notes").asText()).isEqualTo("Back door");
        assertThat(po.get("expected_on").asText()).isEqualTo("2026-06-03");
        assertThat(po.get("store_id").asText()).isEqualTo(dryStore.toString());
        assertThat(po.get("vendor_name").asText()).startsWith("Sysco");
        JsonNode thighLine = po.get("lines").get(1);
        assertThat(thighLine.get("item_name").asText()).isEqualTo("Chicken thigh");
        assertThat(thighLine.get("pack_size").asDouble()).isEqualTo(40.0);
        assertThat(thighLine.get("packs").asDouble()).isEqualTo(1.5);
        assertThat(thighLine.get("pack_price_cents").asLong()).isEqualTo(15560);
        assertThat(thighLine.get("line_total_cents").asLong()).isEqualTo(23340);
        assertThat(po.get("lines").get(0).get("line_total_cents").asLong()).isEqualTo(2800);
        assertThat(po.get("total_cents").asLong()).isEqualTo(26140);
        assertThat(po.get("submitted_at").isNull()).isTrue();
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("create purchase_orders " + po.get("id").asText());

        // Line totals are rounded half up once: 1 lb of a 3 lb pack at 100 cents = 33.33 → 33; 1.5 at 101 → 50.5 → 51.
        UUID limes = ops.item("Limes", "lb");
        UUID lemons = ops.item("Lemons", "lb");
        purchasing.price(sysco, limes, 100, 3);
        purchasing.price(sysco, lemons, 101, 3);
        JsonNode rounded = purchasing.purchaseOrder(order(harlingen, sysco, null, limes, 1, lemons, 1.5));
        assertThat(rounded.get("lines").findValuesAsText("line_total_cents")).containsExactly("33", "51");
        assertThat(rounded.get("lines").get(0).get("packs").asDouble()).isEqualTo(0.333);
        assertThat(rounded.get("total_cents").asLong()).isEqualTo(84);
    }

    @Test
    void badOrdersAreRefusedWithTheReason() {
        assertThat(admin.post("/purchase-orders", order(harlingen, farm, null, thighs, 5)).assertError(400))
                .startsWith("lines[0]: vendor 'Farm").contains("does not sell Chicken thigh");
        assertThat(admin.post("/purchase-orders", order(harlingen, sysco, null, onions, 5, onions, 6))
                .assertError(400)).isEqualTo("lines[1] repeats item " + onions + "; give each item one line");
        assertThat(admin.post("/purchase-orders", order(harlingen, sysco, wacoStore, onions, 5)).assertError(400))
                .isEqualTo("Store 'Dry store' is not at the order's location " + harlingen);
        assertThat(admin.post("/purchase-orders", order(harlingen, sysco, null)).assertError(400))
                .startsWith("lines is required");
        assertThat(admin.post("/purchase-orders", order(harlingen, sysco, null, onions, 0)).assertError(400))
                .isEqualTo("lines[0].quantity must be greater than 0, got: 0.000");
        assertThat(admin.post("/purchase-orders", order(harlingen, sysco, null, onions, 1.0005)).assertError(400))
                .contains("3 decimals");
        assertThat(admin.post("/purchase-orders", order(harlingen, UUID.randomUUID(), null, onions, 5))
                .assertError(404)).startsWith("Vendor with ID");
        assertThat(admin.post("/purchase-orders", order(UUID.randomUUID(), sysco, null, onions, 5)).assertError(404))
                .startsWith("Location with ID");
        assertThat(admin.post("/purchase-orders", order(harlingen, sysco, UUID.randomUUID(), onions, 5))
                .assertError(404)).startsWith("Store with ID");
        assertThat(admin.post("/purchase-orders", order(harlingen, sysco, null, UUID.randomUUID(), 5))
                .assertError(404)).startsWith("Item with ID");
        Map<String, Object> badDate = order(harlingen, sysco, null, onions, 5);
        badDate.put("expected_on", "2026-02-30");
        assertThat(admin.post("/purchase-orders", badDate).assertError(400)).startsWith("expected_on must be a date");
        Map<String, Object> noVendor = order(harlingen, sysco, null, onions, 5);
        noVendor.remove("vendor_id");
        assertThat(admin.post("/purchase-orders", noVendor).assertError(400)).isEqualTo("vendor_id is required");
        Map<String, Object> priced = order(harlingen, sysco, null, onions, 5);
        priced.put("lines", List.of(Map.of("item_id", onions.toString(), "quantity", 5, "pack_price_cents", 1)));
        assertThat(admin.post("/purchase-orders", priced).assertError(400))
                .as("prices come from the price list only").isEqualTo("Unknown field 'pack_price_cents'");
        assertThat(admin.get("/purchase-orders?status=shipped").assertError(400)).contains("status must be one of");
        assertThat(admin.get("/purchase-orders/" + UUID.randomUUID()).assertError(404))
                .startsWith("Purchase order with ID");
    }

    @Test
    void theWorkflowGoesDraftSubmittedReceivedAndRefusesEverythingElse(TestGateway gateway) {
        JsonNode draft = purchasing.purchaseOrder(order(harlingen, sysco, null, onions, 100, thighs, 60));
        String id = draft.get("id").asText();
        long number = draft.get("number").asLong();
        String status = "/purchase-orders/" + id + "/status";

        assertThat(manager.post(status, Map.of("status", "received")).assertError(409))
                .isEqualTo("Purchase order " + number + " is draft; it cannot become received");
        assertThat(manager.post(status, Map.of("status", "draft")).assertError(409))
                .isEqualTo("Purchase order " + number + " is draft; it cannot become draft");
        assertThat(manager.post(status, Map.of("status", "shipped")).assertError(400))
                .startsWith("status must be one of draft, submitted, received, cancelled");
        assertThat(manager.post(status, Map.of()).assertError(400)).startsWith("status is required");
        assertThat(manager.post(status, Map.of("status", "submitted", "store_id", dryStore.toString()))
                .assertError(400)).startsWith("store_id is only taken with status received");

        // A draft is edited freely, and its lines follow the price list until it is submitted.
        purchasing.price(sysco, onions, 1500, 50);
        var edited = manager.put("/purchase-orders/" + id, order(harlingen, sysco, null, onions, 150));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("lines")).hasSize(1);
        assertThat(edited.json().get("total_cents").asLong()).isEqualTo(4500);

        long mark = AuditTrail.mark(gateway);
        JsonNode submitted = manager.post(status, Map.of("status", "submitted")).json();
        assertThat(submitted.get("status").asText()).isEqualTo("submitted");
        assertThat(submitted.get("submitted_at").isNull()).isFalse();
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("status_change purchase_orders " + id);

        purchasing.price(sysco, onions, 2000, 50);
        assertThat(manager.get("/purchase-orders/" + id).json().get("total_cents").asLong())
                .as("a sent order keeps its prices").isEqualTo(4500);
        assertThat(manager.put("/purchase-orders/" + id, order(harlingen, sysco, null, onions, 1)).assertError(409))
                .isEqualTo("Purchase order " + number + " is submitted; only a draft can be edited");
        assertThat(manager.delete("/purchase-orders/" + id).assertError(409)).isEqualTo("Purchase order " + number
                + " is submitted; only a draft or a cancelled order can be deleted");
        assertThat(manager.post(status, Map.of("status", "submitted")).assertError(409))
                .isEqualTo("Purchase order " + number + " is submitted; it cannot become submitted");
        assertThat(manager.post(status, Map.of("status", "received")).assertError(400))
                .as("no store on the order or in the body").contains("has no store");
        assertThat(manager.post(status, Map.of("status", "received", "store_id", wacoStore.toString()))
                .assertError(400)).isEqualTo("Store 'Dry store' is not at the order's location " + harlingen);

        mark = AuditTrail.mark(gateway);
        JsonNode received = manager.post(status, Map.of("status", "received", "store_id", dryStore.toString())).json();
        assertThat(received.get("status").asText()).isEqualTo("received");
        assertThat(received.get("store_id").asText()).isEqualTo(dryStore.toString());
        assertThat(received.get("received_at").isNull()).isFalse();
        assertThat(purchasing.stock(dryStore, onions)).isEqualByComparingTo(new BigDecimal("150"));
        JsonNode movement = admin.get("/stores/" + dryStore + "/movements").json().get("movements").get(0);
        assertThat(movement.get("reason").asText()).isEqualTo("receive");
        assertThat(movement.get("delta").asDouble()).isEqualTo(150.0);
        assertThat(movement.get("note").asText()).isEqualTo("PO " + number + " from " + received.get("vendor_name")
                .asText());
        assertThat(AuditTrail.since(gateway, mark)).hasSize(2)
                .last().isEqualTo("status_change purchase_orders " + id);

        for (String next : List.of("received", "cancelled", "submitted")) {
            assertThat(manager.post(status, Map.of("status", next)).assertError(409))
                    .isEqualTo("Purchase order " + number + " is received; it cannot become " + next);
        }
        assertThat(manager.delete("/purchase-orders/" + id).assertError(409)).contains("is received");
        assertThat(purchasing.stock(dryStore, onions)).isEqualByComparingTo(new BigDecimal("150"));
    }

    @Test
    void draftsAndSubmittedOrdersCanBeCancelledAndCancelledOnesDeleted(TestGateway gateway) {
        JsonNode fromDraft = purchasing.purchaseOrder(order(harlingen, sysco, null, onions, 10));
        JsonNode cancelled = purchasing.status(fromDraft.get("id").asText(), "cancelled", null);
        assertThat(cancelled.get("cancelled_at").isNull()).isFalse();
        assertThat(cancelled.get("submitted_at").isNull()).isTrue();
        JsonNode fromSubmitted = purchasing.purchaseOrder(order(harlingen, sysco, null, onions, 10));
        String id = fromSubmitted.get("id").asText();
        purchasing.status(id, "submitted", null);
        purchasing.status(id, "cancelled", null);
        assertThat(manager.post("/purchase-orders/" + id + "/status", Map.of("status", "submitted")).assertError(409))
                .endsWith("is cancelled; it cannot become submitted");

        long mark = AuditTrail.mark(gateway);
        assertThat(manager.delete("/purchase-orders/" + id).status()).isEqualTo(204);
        JsonNode draft = purchasing.purchaseOrder(order(harlingen, sysco, null, onions, 10));
        assertThat(manager.delete("/purchase-orders/" + draft.get("id").asText()).status()).isEqualTo(204);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("delete purchase_orders " + id,
                "create purchase_orders " + draft.get("id").asText(), "delete purchase_orders " + draft.get("id").asText());
        assertThat(admin.get("/purchase-orders/" + id).status()).isEqualTo(404);
        assertThat(gateway.sql().count("SELECT count(*) FROM purchase_order_lines WHERE po_id = ?::uuid", id)).isZero();
    }

    @Test
    void ordersAreScopedToTheCallersLocations(ApiClient api) {
        JsonNode ours = purchasing.purchaseOrder(order(harlingen, sysco, null, onions, 10));
        JsonNode theirs = purchasing.purchaseOrder(order(waco, farm, null, onions, 10));
        String ourId = ours.get("id").asText();

        assertThat(wacoManager.post("/purchase-orders", order(harlingen, sysco, null, onions, 5)).assertError(403))
                .isEqualTo("You are not assigned to location " + harlingen);
        assertThat(wacoManager.put("/purchase-orders/" + ourId, order(waco, sysco, null, onions, 5)).assertError(403))
                .isEqualTo("You are not assigned to location " + harlingen);
        assertThat(manager.put("/purchase-orders/" + ourId, order(waco, sysco, null, onions, 5)).assertError(403))
                .as("moving an order needs the new location too").isEqualTo("You are not assigned to location " + waco);
        assertThat(wacoManager.delete("/purchase-orders/" + ourId).status()).isEqualTo(403);
        assertThat(wacoManager.post("/purchase-orders/" + ourId + "/status", Map.of("status", "cancelled"))
                .status()).isEqualTo(403);
        assertThat(wacoManager.get("/purchase-orders/" + ourId).status()).isEqualTo(404);
        List<String> seen = wacoManager.get("/purchase-orders").json().findValuesAsText("id");
        assertThat(seen).contains(theirs.get("id").asText()).doesNotContain(ourId);
        assertThat(wacoManager.get("/purchase-orders?location_id=" + harlingen).json()).isEmpty();
        assertThat(manager.get("/purchase-orders/" + ourId).json().get("status").asText()).isEqualTo("draft");

        ApiClient staff = api.as(api.newUser("staff"));
        assertThat(staff.get("/purchase-orders").json().findValuesAsText("id")).contains(ourId, theirs.get("id").asText());
        assertThat(staff.post("/purchase-orders", order(harlingen, sysco, null, onions, 5)).assertError(403))
                .isEqualTo("Insufficient role. Required: [admin, manager]");
        assertThat(staff.post("/purchase-orders/" + ourId + "/status", Map.of("status", "cancelled")).status())
                .isEqualTo(403);
    }

    @Test
    void listsFilterByLocationStatusAndVendor() {
        JsonNode a = purchasing.purchaseOrder(order(harlingen, sysco, null, onions, 10));
        JsonNode b = purchasing.purchaseOrder(order(harlingen, farm, null, onions, 10));
        JsonNode c = purchasing.purchaseOrder(order(waco, sysco, null, onions, 10));
        purchasing.status(b.get("id").asText(), "submitted", null);
        assertThat(ids(admin.get("/purchase-orders?location_id=" + harlingen).json()))
                .containsExactly(id(b), id(a));
        assertThat(ids(admin.get("/purchase-orders?location_id=" + harlingen + "&status=submitted").json()))
                .containsExactly(id(b));
        assertThat(ids(admin.get("/purchase-orders?vendor_id=" + sysco).json())).containsExactly(id(c), id(a));
        assertThat(ids(admin.get("/purchase-orders?vendor_id=" + sysco + "&status=draft&location_id=" + waco).json()))
                .containsExactly(id(c));
        assertThat(admin.get("/purchase-orders?vendor_id=nope").assertError(400)).contains("vendor_id");
    }

    @Test
    void editsAreFullReplacementsAndKeepTheRules() {
        JsonNode draft = purchasing.purchaseOrder(order(harlingen, sysco, dryStore, onions, 10, thighs, 4));
        String id = draft.get("id").asText();
        Map<String, Object> body = new LinkedHashMap<>(order(harlingen, farm, null, onions, 75));
        var edited = manager.put("/purchase-orders/" + id, body);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("vendor_id").asText()).isEqualTo(farm.toString());
        assertThat(edited.json().get("store_id").isNull()).isTrue();
        assertThat(edited.json().get("lines").findValuesAsText("line_total_cents")).containsExactly("1650");
        assertThat(manager.put("/purchase-orders/" + id, order(harlingen, farm, null, thighs, 1)).assertError(400))
                .contains("does not sell Chicken thigh");
        assertThat(manager.put("/purchase-orders/" + UUID.randomUUID(), body).assertError(404))
                .startsWith("Purchase order with ID");
        assertThat(manager.put("/purchase-orders/" + id, Map.of()).assertError(400)).isEqualTo("location_id is required");
    }

    private static String id(JsonNode po) {
        return po.get("id").asText();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new java.util.ArrayList<>();
        list.forEach(po -> ids.add(po.get("id").asText()));
        return ids;
    }
}
