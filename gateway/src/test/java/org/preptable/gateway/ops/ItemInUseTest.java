package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;

/** Deleting an item something still refers to is a 409 that names what: a placement, a purchase order, a vendor. */
@ExtendWith(GatewayExtension.class)
class ItemInUseTest {

    @Test
    void anItemOnAMenuAnOrderOrAPriceListIsNotDeleted(ApiClient api) {
        ApiClient admin = api.as(api.admin());
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        UUID location = ops.location("In use");
        String locationName = admin.get("/locations/" + location).json().get("name").asText();

        UUID lemonade = ops.item("Lemonade", "ea");
        String menu = admin.post("/menus", Map.of("name", "In-use menu")).json().get("id").asText();
        String daypart = admin.post("/locations/" + location + "/dayparts",
                Map.of("name", "Lunch", "start_time", "11:00", "end_time", "14:00")).json().get("id").asText();
        String placement = admin.post("/locations/" + location + "/placements", Map.of("menu_id", menu,
                "daypart_id", daypart, "item_id", lemonade.toString(), "weekdays", List.of(1, 2, 3))).json()
                .get("id").asText();
        assertThat(admin.delete("/items/" + lemonade).assertError(409))
                .isEqualTo("Cannot delete item 'Lemonade': it is used by menu 'In-use menu' at " + locationName);

        UUID lemons = ops.item("Lemons", "ea");
        String vendorName = "Citrus Co " + UUID.randomUUID().toString().substring(0, 8);
        UUID vendor = purchasing.vendor(vendorName);
        purchasing.price(vendor, lemons, 1200, 24);
        assertThat(admin.delete("/items/" + lemons).assertError(409))
                .isEqualTo("Cannot delete item 'Lemons': it is used by vendor '" + vendorName + "'");
        long number = purchasing.purchaseOrder(PurchasingFixtures.order(location, vendor, null, lemons, 48))
                .get("number").asLong();
        assertThat(admin.delete("/items/" + lemons).assertError(409)).isEqualTo("Cannot delete item 'Lemons': it is"
                + " used by purchase order " + number + " (draft), vendor '" + vendorName + "'");

        assertThat(admin.delete("/placements/" + placement).status()).isEqualTo(204);
        assertThat(admin.delete("/items/" + lemonade).status()).as("free again").isEqualTo(204);
    }
}
