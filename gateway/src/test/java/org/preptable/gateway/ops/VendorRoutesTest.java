package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

@ExtendWith(GatewayExtension.class)
class VendorRoutesTest {

    @Test
    void theCatalogIsAdminWrittenAndReadByEveryone(TestGateway gateway, ApiClient api) {
        ApiClient admin = api.as(api.admin());
        long mark = AuditTrail.mark(gateway);
        var created = admin.post("/vendors", Map.of("name", "  Keith Foods ", "contact_name", "Dana Whitfield",
                "email", "dana@sysco.example", "phone", "+1 956 555 0100"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("name").asText()).isEqualTo("Keith Foods");
        assertThat(created.json().get("notes").isNull()).isTrue();

        for (String role : new String[] {"staff", "manager"}) {
            ApiClient reader = api.as(api.newUser(role));
            assertThat(reader.get("/vendors").json().findValuesAsText("id")).contains(id);
            assertThat(reader.get("/vendors/" + id).json().get("email").asText()).isEqualTo("dana@sysco.example");
            assertThat(reader.post("/vendors", Map.of("name", "Other")).assertError(403))
                    .isEqualTo("Insufficient role. Required: [admin]");
            assertThat(reader.put("/vendors/" + id, Map.of("name", "Other")).status()).isEqualTo(403);
            assertThat(reader.delete("/vendors/" + id).status()).isEqualTo(403);
        }

        var renamed = admin.put("/vendors/" + id, Map.of("name", "Keith Foods South"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("contact_name").isNull()).as("a full replacement").isTrue();
        assertThat(admin.delete("/vendors/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/vendors/" + id).assertError(404)).isEqualTo("Vendor with ID " + id + " was not found.");
        assertThat(AuditTrail.since(gateway, mark)).filteredOn(row -> row.contains(" vendors "))
                .containsExactly("create vendors " + id, "update vendors " + id,
                "delete vendors " + id);
    }

    @Test
    void namesAreUniqueInAnyCaseAndInputIsChecked(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        admin.post("/vendors", Map.of("name", "Rio Grande Farms"));
        assertThat(admin.post("/vendors", Map.of("name", "RIO GRANDE farms")).assertError(409))
                .isEqualTo("A vendor named 'Rio Grande Farms' already exists");
        String other = admin.post("/vendors", Map.of("name", "Valley Dairy")).json().get("id").asText();
        assertThat(admin.put("/vendors/" + other, Map.of("name", "rio grande farms")).assertError(409))
                .isEqualTo("A vendor named 'Rio Grande Farms' already exists");
        assertThat(admin.put("/vendors/" + other, Map.of("name", "VALLEY dairy")).status())
                .as("its own name in another case").isEqualTo(200);
        assertThat(admin.post("/vendors", Map.of("name", " ")).assertError(400)).isEqualTo("name is required");
        assertThat(admin.post("/vendors", Map.of("name", "X", "email", "not an address")).assertError(400))
                .contains("email");
        assertThat(admin.post("/vendors", Map.of("name", "X", "fax", "1")).assertError(400))
                .isEqualTo("Unknown field 'fax'");
        assertThat(admin.post("/vendors", Map.of("name", "x".repeat(201))).assertError(400)).contains("200");
        assertThat(admin.get("/vendors/not-a-uuid").assertError(400)).contains("vendorId");
        assertThat(admin.put("/vendors/" + UUID.randomUUID(), Map.of("name", "Nobody")).status()).isEqualTo(404);
    }

    @Test
    void priceListsShowTheUnitCostRoundedHalfUp(TestGateway gateway, ApiClient api) {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        ApiClient admin = api.as(api.admin());
        UUID onions = ops.item("Onions", "lb");
        UUID flour = ops.item("Flour", "kg");
        UUID sysco = purchasing.vendor("Sysco");
        UUID farm = purchasing.vendor("Hill Country Farms");

        long mark = AuditTrail.mark(gateway);
        JsonNode row = admin.put("/vendors/" + sysco + "/items/" + onions,
                Map.of("price_cents", 1400, "pack_size", 50, "vendor_sku", " 1827364 ")).json();
        assertThat(row.get("unit_cost_cents").asLong()).isEqualTo(28);
        assertThat(row.get("vendor_sku").asText()).isEqualTo("1827364");
        assertThat(row.get("preferred").asBoolean()).isFalse();
        assertThat(row.get("item_name").asText()).isEqualTo("Onions");
        // 1001 / 2 = 500.5 → 501; 1000 / 3 = 333.33… → 333
        assertThat(purchasing.price(sysco, flour, 1001, 2).get("unit_cost_cents").asLong()).isEqualTo(501);
        assertThat(purchasing.price(sysco, flour, 1000, 3).get("unit_cost_cents").asLong()).isEqualTo(333);
        assertThat(purchasing.price(farm, onions, 1100, 50).get("unit_cost_cents").asLong()).isEqualTo(22);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("create vendor_items " + sysco + "/" + onions,
                "create vendor_items " + sysco + "/" + flour, "update vendor_items " + sysco + "/" + flour,
                "create vendor_items " + farm + "/" + onions);

        ApiClient staff = api.as(api.newUser("staff"));
        assertThat(staff.get("/vendors/" + sysco + "/items").json().findValuesAsText("item_name"))
                .containsExactly("Flour", "Onions");
        assertThat(staff.get("/items/" + onions + "/vendors").json().findValuesAsText("vendor_name"))
                .as("no preferred vendor yet: by name").containsExactly("Hill Country Farms", "Sysco");
        purchasing.prefer(sysco, onions);
        assertThat(staff.get("/items/" + onions + "/vendors").json().findValuesAsText("vendor_name"))
                .as("the preferred vendor first").containsExactly("Sysco", "Hill Country Farms");
        assertThat(staff.get("/vendors/" + UUID.randomUUID() + "/items").status()).isEqualTo(404);
        assertThat(staff.get("/items/" + UUID.randomUUID() + "/vendors").status()).isEqualTo(404);
        assertThat(staff.put("/vendors/" + sysco + "/items/" + onions, Map.of("price_cents", 1, "pack_size", 1))
                .status()).isEqualTo(403);
    }

    @Test
    void pricesAreCheckedAndNeedAVendorAndAnItem(ApiClient api) {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        ApiClient admin = api.as(api.admin());
        UUID item = ops.item("Limes", "ea");
        UUID vendor = purchasing.vendor("Citrus Co");
        String path = "/vendors/" + vendor + "/items/" + item;
        assertThat(admin.put(path, Map.of("pack_size", 10)).assertError(400)).isEqualTo("price_cents is required");
        assertThat(admin.put(path, Map.of("price_cents", -1, "pack_size", 10)).assertError(400))
                .contains("price_cents must be from 0");
        assertThat(admin.put(path, Map.of("price_cents", 100)).assertError(400)).isEqualTo("pack_size is required");
        assertThat(admin.put(path, Map.of("price_cents", 100, "pack_size", 0)).assertError(400))
                .contains("pack_size must be greater than 0");
        assertThat(admin.put(path, Map.of("price_cents", 100, "pack_size", 1.2345)).assertError(400))
                .contains("3 decimals");
        assertThat(admin.put(path, Map.of("price_cents", 1.5, "pack_size", 1)).assertError(400))
                .contains("price_cents");
        assertThat(admin.put(path, Map.of("price_cents", 100, "pack_size", 1, "vendor_sku", "x".repeat(65)))
                .assertError(400)).contains("vendor_sku");
        assertThat(admin.put("/vendors/" + UUID.randomUUID() + "/items/" + item,
                Map.of("price_cents", 100, "pack_size", 1)).assertError(404)).startsWith("Vendor with ID");
        assertThat(admin.put("/vendors/" + vendor + "/items/" + UUID.randomUUID(),
                Map.of("price_cents", 100, "pack_size", 1)).assertError(404)).startsWith("Item with ID");
        assertThat(admin.delete(path).assertError(404)).startsWith("Vendor 'Citrus Co' does not sell Limes");
        assertThat(admin.get("/vendors/" + vendor + "/items").json()).isEmpty();
        assertThat(purchasing.price(vendor, item, 0, 0.001).get("unit_cost_cents").asLong()).as("free is a price")
                .isZero();
    }

    @Test
    void thePreferredPriceListRowCannotBeRemovedAndItsPriceChangesTheItemCost(TestGateway gateway, ApiClient api) {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        ApiClient admin = api.as(api.admin());
        UUID onions = ops.item("Yellow onions", "lb");
        UUID sysco = purchasing.vendor("Sysco Rio");
        UUID farm = purchasing.vendor("Farm Rio");
        purchasing.price(sysco, onions, 1400, 50);
        purchasing.price(farm, onions, 1100, 50);
        purchasing.prefer(sysco, onions);

        assertThat(admin.delete("/vendors/" + sysco + "/items/" + onions).assertError(409)).isEqualTo(
                "Cannot remove Yellow onions from vendor 'Sysco Rio': it is the item's preferred vendor; choose"
                        + " another preferred vendor first");
        long mark = AuditTrail.mark(gateway);
        assertThat(purchasing.price(sysco, onions, 1500, 50).get("unit_cost_cents").asLong()).isEqualTo(30);
        assertThat(admin.get("/items/" + onions).json().get("unit_cost_cents").asLong()).isEqualTo(30);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("update vendor_items " + sysco + "/" + onions,
                "update items " + onions);

        mark = AuditTrail.mark(gateway);
        purchasing.price(farm, onions, 900, 50);
        assertThat(admin.get("/items/" + onions).json().get("unit_cost_cents").asLong())
                .as("an alternate vendor's price does not drive the cost").isEqualTo(30);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("update vendor_items " + farm + "/" + onions);

        assertThat(admin.delete("/vendors/" + farm + "/items/" + onions).status()).isEqualTo(204);
        assertThat(admin.get("/items/" + onions + "/vendors").json().findValuesAsText("vendor_name"))
                .containsExactly("Sysco Rio");
    }

    @Test
    void aVendorInUseCannotBeDeleted(TestGateway gateway, ApiClient api) {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        ApiClient admin = api.as(api.admin());
        UUID onions = ops.item("Onions", "lb");
        UUID flour = ops.item("Flour", "kg");
        UUID salt = ops.item("Salt", "kg");
        UUID sysco = purchasing.vendor("US Foods");
        for (UUID item : new UUID[] {onions, flour, salt}) {
            purchasing.price(sysco, item, 1000, 10);
        }
        purchasing.prefer(sysco, onions);
        purchasing.prefer(sysco, flour);
        assertThat(admin.delete("/vendors/" + sysco).assertError(409))
                .isEqualTo("Cannot delete vendor 'US Foods': it is the preferred vendor for Flour, Onions");

        UUID farm = purchasing.vendor("Farm Stand");
        purchasing.price(farm, onions, 1100, 50);
        UUID location = ops.location("Harlingen");
        long first = purchasing.purchaseOrder(PurchasingFixtures.order(location, farm, null, onions, 10))
                .get("number").asLong();
        long second = purchasing.purchaseOrder(PurchasingFixtures.order(location, farm, null, onions, 20))
                .get("number").asLong();
        assertThat(admin.delete("/vendors/" + farm).assertError(409)).isEqualTo("Cannot delete vendor 'Farm Stand':"
                + " purchase orders " + first + ", " + second + " are placed with it");

        UUID unused = purchasing.vendor("Unused");
        purchasing.price(unused, salt, 10, 1);
        assertThat(admin.delete("/vendors/" + unused).status()).isEqualTo(204);
        assertThat(gateway.sql().count("SELECT count(*) FROM vendor_items WHERE vendor_id = ?", unused))
                .as("its alternate prices go with it").isZero();
        assertThat(admin.delete("/vendors/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
