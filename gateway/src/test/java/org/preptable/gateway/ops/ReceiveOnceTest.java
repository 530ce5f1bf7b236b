package org.preptable.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.ops.PurchasingFixtures.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** A purchase order is received exactly once, however many people press "received" at the same moment. */
@ExtendWith(GatewayExtension.class)
class ReceiveOnceTest {

    private static final int CALLERS = 8;

    @Test
    void concurrentReceivesAddTheStockOnce(TestGateway gateway, ApiClient api) throws Exception {
        OpsFixtures ops = new OpsFixtures(api);
        PurchasingFixtures purchasing = new PurchasingFixtures(api);
        UUID location = ops.location("Harlingen");
        UUID store = ops.store(location, "Walk-in cooler");
        UUID onions = ops.item("Onions", "lb");
        UUID thighs = ops.item("Chicken thigh", "lb");
        UUID vendor = purchasing.vendor("Sysco");
        purchasing.price(vendor, onions, 1400, 50);
        purchasing.price(vendor, thighs, 15560, 40);
        ops.setQuantity(store, onions, 12, "count_correction");
        JsonNode po = purchasing.purchaseOrder(order(location, vendor, store, onions, 100, thighs, 60));
        String id = po.get("id").asText();
        long number = po.get("number").asLong();
        purchasing.status(id, "submitted", null);

        // Admins and the location's managers, all at once.
        List<ApiClient> callers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            callers.add(i % 2 == 0 ? api.as(api.admin()) : api.as(ops.managerOf(location)));
        }
        List<ApiResponse> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> pending = new ArrayList<>();
            for (ApiClient caller : callers) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return caller.post("/purchase-orders/" + id + "/status", Map.of("status", "received"));
                }));
            }
            start.countDown();
            for (Future<ApiResponse> answer : pending) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        List<ApiResponse> refused = answers.stream().filter(answer -> answer.status() != 200).toList();
        assertThat(refused).hasSize(CALLERS - 1);
        for (ApiResponse answer : refused) {
            assertThat(answer.assertError(409)).isEqualTo("Purchase order " + number
                    + " is received; it cannot become received");
        }
        assertThat(purchasing.stock(store, onions)).isEqualByComparingTo(new BigDecimal("112"));
        assertThat(purchasing.stock(store, thighs)).isEqualByComparingTo(new BigDecimal("60"));
        assertThat(gateway.sql().count("SELECT count(*) FROM stock_movements WHERE store_id = ? AND reason = 'receive'",
                store)).isEqualTo(2);
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE entity = 'purchase_orders'"
                + " AND action = 'status_change' AND entity_id = ?", id)).as("submitted, then received once")
                .isEqualTo(2);

        // And a receive after the fact is the same 409, stock unchanged.
        assertThat(api.as(api.admin()).post("/purchase-orders/" + id + "/status", Map.of("status", "received"))
                .assertError(409)).endsWith("is received; it cannot become received");
        assertThat(purchasing.stock(store, onions)).isEqualByComparingTo(new BigDecimal("112"));
    }
}
