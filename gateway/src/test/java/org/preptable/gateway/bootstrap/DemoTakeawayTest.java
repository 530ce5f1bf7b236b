package org.preptable.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;

/**
 * The demo kitchen's takeaway on a new database, loaded at 09:00 (before the noon rule would allow an offer): three
 * offers for today, one switched off, and two orders by the demo customer Hans, one paid — all through the services
 * and audited as the demo data.
 */
class DemoTakeawayTest {

    private static TestGateway gateway;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true"),
                new MutableClock(Instant.parse("2026-06-03T07:00:00Z")));
        api = gateway.client();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void todaysOffersWithAFewOrders() {
        JsonNode offers = api.get("/takeaway/offers?date=2026-06-03").json();
        assertThat(offers).hasSize(3);
        List<String> summary = new ArrayList<>();
        for (int i = offers.size() - 1; i >= 0; i--) { // newest first on the wire; oldest first here
            JsonNode offer = offers.get(i);
            summary.add(offer.get("offeredPortions").asInt() + "/" + offer.get("availablePortions").asInt() + " at "
                    + offer.get("price").decimalValue().stripTrailingZeros().toPlainString() + " "
                    + (offer.get("enabled").asBoolean() ? "on" : "off") + " by "
                    + offer.get("createdBy").get("firstName").asText());
        }
        assertThat(summary).containsExactly("20/10 at 45 on by Gordon", "10/10 at 57.5 off by Gordon",
                "10/10 at 65.25 on by Gordon");

        assertThat(gateway.gateway().notices()).anyMatch(line -> line.startsWith("Demo customer: hans@preptable.local"));
        assertThat(gateway.sql().text("SELECT string_agg(o.status || ' ' || l.quantity || ' ' || u.first_name, ', '"
                + " ORDER BY o.id) FROM takeaway_orders o JOIN takeaway_order_lines l ON l.order_id = o.id"
                + " JOIN users u ON u.id = o.customer_id")).isEqualTo("PAID 4 Hans, RESERVED 6 Hans");
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE actor_email = 'system'"
                + " AND route = 'demo data' AND entity IN ('takeaway_offers', 'takeaway_orders')"))
                .as("3 offers, 1 switched off, 2 orders, 1 payment").isEqualTo(7);

        JsonNode sales = api.as(api.admin()).get("/takeaway/orders/summary").json();
        assertThat(sales.get("totalSoldPortions").asInt()).isEqualTo(10);
        assertThat(sales.get("totalOrders").asInt()).isEqualTo(2);
        assertThat(sales.get("summaryPerOffer").get(0).get("revenue").decimalValue()).isEqualByComparingTo("450");
    }
}
