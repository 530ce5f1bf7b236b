package org.preptable.gateway.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;

/** Deleting a station, dish or allergen that something still uses is a 409 that says what uses it. */
class ReferencedDeletesTest {

    @Test
    void aStationOrAllergenInUseSaysWhatUsesIt() throws Exception {
        try (KitchenFixture kitchen = new KitchenFixture(Instant.parse("2026-06-02T08:00:00Z"))) {
            long pastry = kitchen.station("Pastry");
            long dish = kitchen.dish("Æblekage", "Æblemos, makroner og flødeskum", "Pastry", List.of(1, 7))
                    .get("id").asLong();
            long menu = kitchen.headChef.post("/weekly-menus", Map.of("week", 24, "year", 2026)).json()
                    .get("menuId").asLong();
            kitchen.headChef.post("/weekly-menus/" + menu + "/slots",
                    Map.of("dayOfWeek", "MONDAY", "stationId", pastry, "dishId", dish));

            assertThat(kitchen.headChef.delete("/stations/" + pastry).assertError(409))
                    .isEqualTo("Cannot delete station, it is used by 1 dish(es) and 1 weekly-menu slot(s)");
            assertThat(kitchen.headChef.delete("/allergens/7").assertError(409))
                    .isEqualTo("Cannot delete allergen, it is on 1 dish(es)");
            assertThat(kitchen.headChef.delete("/dishes/" + dish).assertError(409))
                    .startsWith("Dish is used in 1 weekly menu(s): week 24 of 2026 (DRAFT)");
            assertThat(kitchen.headChef.get("/stations/" + pastry).status()).isEqualTo(200);
            assertThat(kitchen.headChef.get("/allergens/7").status()).isEqualTo(200);
        }
    }
}
