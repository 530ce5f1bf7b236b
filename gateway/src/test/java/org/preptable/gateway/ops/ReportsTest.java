package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

@ExtendWith(GatewayExtension.class)
class ReportsTest {

    @Test
    void lowStockListsItemsAtOrBelowTheirThresholdAcrossTheCampusStores(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID location = fixtures.location("Low");
        UUID cooler = fixtures.store(location, "Cooler");
        UUID freezer = fixtures.store(location, "Freezer");
        UUID thighs = item(api, "PRO-CHK-THGH-50", "Chicken thigh, boneless", "lb");
        UUID plenty = item(api, "DRY-RICE-20", "Rice", "kg");
        UUID unwatched = item(api, "DRY-SALT-1", "Salt", "kg");
        fixtures.par(thighs, location, 60, 30);
        fixtures.par(plenty, location, 20, 5);
        fixtures.setQuantity(cooler, thighs, 8, "receive");
        fixtures.setQuantity(freezer, thighs, 4, "receive");
        fixtures.setQuantity(cooler, plenty, 18, "receive");
        fixtures.setQuantity(cooler, unwatched, 0.5, "receive");

        JsonNode report = api.as(api.newUser("staff")).get("/items/low?location_id=" + location).json();
        assertThat(report.get("low_stock")).hasSize(1);
        JsonNode row = report.get("low_stock").get(0);
        assertThat(row.get("item_id").asText()).isEqualTo(thighs.toString());
        assertThat(row.get("item_name").asText()).isEqualTo("Chicken thigh, boneless");
        assertThat(row.get("item_sku").asText()).isEqualTo("PRO-CHK-THGH-50");
        assertThat(row.get("unit").asText()).isEqualTo("lb");
        assertThat(row.get("current_stock").asDouble()).isEqualTo(12.0);
        assertThat(row.get("par_level").asDouble()).isEqualTo(60.0);
        assertThat(row.get("deficit").asDouble()).isEqualTo(48.0);
        assertThat(row.toString()).contains("\"current_stock\":12.0", "\"deficit\":48.0");
    }

    @Test
    void lowStockCsvIsExactlyTheDocumentedColumnsWithRealQuoting(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID location = fixtures.location("Csv");
        UUID store = fixtures.store(location, "Cooler");
        UUID awkward = item(api, "ODD-1", "Peppers, \"hot\"\nred", "lb");
        fixtures.par(awkward, location, 10, 5);
        fixtures.setQuantity(store, awkward, 2.5, "receive");

        var csv = api.as(api.admin()).get("/items/low?location_id=" + location + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"low-stock-report.csv\"");
        assertThat(csv.body()).isEqualTo("item_name,item_sku,unit,current_stock,par_level,deficit\r\n"
                + "\"Peppers, \"\"hot\"\"\nred\",ODD-1,lb,2.5,10.0,7.5\r\n");
    }

    @Test
    void lowStockNeedsAKnownFormatAndLocationAndRespectsScope(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID harlingen = fixtures.location("Harlingen");
        UUID waco = fixtures.location("Waco");
        UUID item = fixtures.item("Limes", "ea");
        fixtures.par(item, waco, 10, 5);
        ApiClient manager = api.as(fixtures.managerOf(harlingen));

        assertThat(manager.get("/items/low?location_id=" + harlingen + "&format=excel").assertError(400))
                .isEqualTo("Unknown format 'excel'; use format=json or format=csv");
        assertThat(manager.get("/items/low").assertError(400)).contains("location_id is required");
        assertThat(manager.get("/items/low?location_id=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.as(api.admin()).get("/items/low?location_id=" + waco).json().get("low_stock")).hasSize(1);
        assertThat(manager.get("/items/low?location_id=" + waco).json().get("low_stock")).isEmpty();
        assertThat(manager.get("/items/low?location_id=" + waco + "&format=csv").body())
                .isEqualTo("item_name,item_sku,unit,current_stock,par_level,deficit\r\n");
    }

    @Test
    void usageRollsUpTheLedgerByItemAndReasonInBothEncodings(TestGateway gateway, ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID store = fixtures.store(fixtures.location("Usage"), "Cooler");
        UUID thighs = item(api, "PRO-CHK-THGH-51", "Chicken thigh, boneless", "lb");
        gateway.sql().execute("UPDATE items SET unit_cost_cents = 389 WHERE id = ?::uuid", thighs.toString());
        ApiClient staff = api.as(api.newUser("staff"));
        fixtures.setQuantity(store, thighs, 43, "receive");
        staff.post("/items/" + thighs + "/waste", Map.of("store_id", store.toString(), "quantity", 4.5,
                "waste_reason", "spoiled"));

        JsonNode usage = staff.get("/stores/" + store + "/usage?from=2020-01-01&to=2100-12-31").json();
        assertThat(usage.get("from").asText()).isEqualTo("2020-01-01T00:00:00Z");
        assertThat(usage.get("to").asText()).isEqualTo("2100-12-31T23:59:59Z");
        assertThat(usage.get("reasons").toString()).isEqualTo("[\"waste\",\"adjust\",\"count_correction\",\"receive\"]");
        JsonNode row = usage.get("rows").get(0);
        assertThat(row.get("item_name").asText()).isEqualTo("Chicken thigh, boneless");
        assertThat(row.get("unit_cost_cents").asLong()).isEqualTo(389);
        assertThat(row.get("total_used").asDouble()).isEqualTo(47.5);
        assertThat(row.get("by_reason").toString())
                .isEqualTo("{\"waste\":4.5,\"adjust\":0.0,\"count_correction\":0.0,\"receive\":43.0}");
        assertThat(row.get("value_used_cents").asLong()).isEqualTo(18478);
        assertThat(usage.get("total_value_cents").asLong()).isEqualTo(18478);

        var csv = staff.get("/stores/" + store + "/usage?from=2020-01-01&to=2100-12-31&format=csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"usage-report.csv\"");
        assertThat(csv.body()).isEqualTo("item_name,unit,total_used,used_waste,used_adjust,used_count_correction,"
                + "used_receive,unit_cost_cents,value_used_cents\r\n"
                + "\"Chicken thigh, boneless\",lb,47.5,4.5,0.0,0.0,43.0,389,18478\r\n");

        JsonNode wasteOnly = staff.get("/stores/" + store + "/usage?reasons=waste").json();
        assertThat(wasteOnly.get("rows").get(0).get("total_used").asDouble()).isEqualTo(4.5);
        assertThat(wasteOnly.get("total_value_cents").asLong()).isEqualTo(1751);
        assertThat(staff.get("/stores/" + store + "/usage?reasons=waste&format=csv").body())
                .endsWith("\"Chicken thigh, boneless\",lb,4.5,4.5,0.0,0.0,0.0,389,1751\r\n");
        assertThat(staff.get("/stores/" + store + "/usage?from=2000-01-01&to=2000-01-31").json().get("rows")).isEmpty();
    }

    @Test
    void usageRefusesUnknownFormatsReasonsAndBackwardWindows(ApiClient api) {
        OpsFixtures fixtures = new OpsFixtures(api);
        UUID harlingen = fixtures.location("Harlingen");
        UUID store = fixtures.store(harlingen, "Cooler");
        UUID wacoStore = fixtures.store(fixtures.location("Waco"), "Cooler");
        ApiClient manager = api.as(fixtures.managerOf(harlingen));

        assertThat(manager.get("/stores/" + store + "/usage?format=pdf").assertError(400)).contains("'pdf'");
        assertThat(manager.get("/stores/" + store + "/usage?reasons=theft").assertError(400)).contains("theft");
        assertThat(manager.get("/stores/" + store + "/usage?from=2026-06-30&to=2026-06-01").assertError(400))
                .contains("must not be after");
        assertThat(manager.get("/stores/" + store + "/usage?from=June").assertError(400)).contains("RFC 3339");
        assertThat(manager.get("/stores/" + wacoStore + "/usage").status()).isEqualTo(404);
    }

    private static UUID item(ApiClient api, String sku, String name, String unit) {
        var response = api.as(api.admin()).post("/items", Map.of("sku", sku, "name", name, "unit", unit));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asText());
    }
}
