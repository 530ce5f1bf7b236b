package org.preptable.gateway.kitchen.takeaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.takeaway.TakeawayFixture.order;
import static org.preptable.gateway.kitchen.takeaway.TakeawayFixture.ordered;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;

/**
 * Many requests at once against one offer or one order, all released together: orders never sell more portions
 * than were offered, and parallel cancellations return an order's portions exactly once.
 */
class TakeawayRaceTest {

    private static TakeawayFixture f;
    private static final List<ApiClient> CUSTOMERS = new ArrayList<>();

    @BeforeAll
    static void start() {
        f = new TakeawayFixture();
        CUSTOMERS.add(f.customer);
        CUSTOMERS.add(f.otherCustomer);
        for (int i = 0; i < 3; i++) {
            CUSTOMERS.add(f.nobody.as(f.nobody.newUser("CUSTOMER")));
        }
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void fiftyParallelOrdersForTenPortionsSellExactlyTen() throws Exception {
        long offer = f.offer(f.salmon, 10, "45.00").get("id").asLong();
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ApiClient who = CUSTOMERS.get(i % CUSTOMERS.size());
            calls.add(() -> order(who, offer, 1));
        }

        List<ApiResponse> answers = together(calls);

        List<Integer> statuses = answers.stream().map(ApiResponse::status).toList();
        assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(10);
        assertThat(statuses.stream().filter(s -> s == 409).count()).as(statuses.toString()).isEqualTo(40);
        assertThat(answers.stream().filter(a -> a.status() == 409).map(a -> a.json().get("message").asText())
                .distinct()).containsExactly("All take away dishes are sold out");
        assertThat(f.offerNow(offer).get("availablePortions").asInt()).isZero();
        assertThat(f.kitchen.gateway.sql().count("SELECT coalesce(sum(quantity), 0) FROM takeaway_order_lines"
                + " WHERE offer_id = ?", offer)).isEqualTo(10);
        assertThat(f.kitchen.gateway.sql().count("SELECT count(*) FROM audit_log WHERE entity = 'takeaway_orders'"
                + " AND action = 'create' AND entity_id IN"
                + " (SELECT order_id::text FROM takeaway_order_lines WHERE offer_id = ?)", offer)).isEqualTo(10);
    }

    @Test
    void ordersOfSeveralPortionsNeverOversellEither() throws Exception {
        long offer = f.offer(f.pork, 10, "60").get("id").asLong();
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ApiClient who = CUSTOMERS.get(i % CUSTOMERS.size());
            int quantity = 1 + i % 3;
            calls.add(() -> order(who, offer, quantity));
        }

        together(calls);

        long sold = f.kitchen.gateway.sql().count("SELECT coalesce(sum(quantity), 0) FROM takeaway_order_lines"
                + " WHERE offer_id = ?", offer);
        assertThat(sold).isBetween(8L, 10L); // the last portions may be too few for the orders still waiting
        assertThat(f.offerNow(offer).get("availablePortions").asLong()).isEqualTo(10 - sold);
    }

    @Test
    void parallelCancellationsReturnThePortionsOnce() throws Exception {
        long offer = f.offer(f.mousse, 10, "65.25").get("id").asLong();
        long id = ordered(f.customer, offer, 4).get("id").asLong();
        ordered(f.otherCustomer, offer, 6);
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApiClient who = i % 3 == 0 ? f.customer : i % 3 == 1 ? f.headChef() : f.kitchen.sousChef;
            calls.add(() -> who.patch("/takeaway/orders/" + id + "/cancel", null));
        }

        List<ApiResponse> answers = together(calls);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().get("orderStatus").asText()).isEqualTo("CANCELLED");
        });
        assertThat(f.offerNow(offer).get("availablePortions").asInt()).isEqualTo(4);
        assertThat(f.kitchen.gateway.sql().count("SELECT count(*) FROM audit_log WHERE entity = 'takeaway_orders'"
                + " AND action = 'cancel' AND entity_id = ?", String.valueOf(id))).isEqualTo(1);
    }

    /** Runs every call at the same moment (as far as threads allow) and waits for all the answers. */
    private static List<ApiResponse> together(List<Callable<ApiResponse>> calls) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ApiResponse>> pending = new ArrayList<>();
            for (Callable<ApiResponse> call : calls) {
                pending.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        }
    }
}
