package org.preptable.gateway.kitchen.requests;

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
 * The demo kitchen's ingredient requests for the next two delivery dates in every state and tomorrow's generated
 * shopping list, made through the services (audit rows and the chefs' notifications included).
 */
class DemoRequestsTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true"),
                new MutableClock(Instant.parse("2026-06-04T09:00:00Z")));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void theNextTwoDeliveryDatesHaveRequestsInEveryState() {
        assertThat(gateway.sql().text("SELECT string_agg(delivery_date || ' ' || status || ' ' || n, ', '"
                + " ORDER BY delivery_date, status) FROM (SELECT delivery_date, status, count(*) AS n"
                + " FROM ingredient_requests GROUP BY 1, 2) counts"))
                .isEqualTo("2026-06-05 APPROVED 6, 2026-06-05 PENDING 1, 2026-06-05 REJECTED 1,"
                        + " 2026-06-06 APPROVED 1, 2026-06-06 PENDING 1, 2026-06-06 REJECTED 1");
        assertThat(gateway.sql().count("SELECT count(*) FROM ingredient_requests WHERE status <> 'PENDING'"
                + " AND reviewed_by IS NULL")).as("every decision names its reviewer").isZero();
        assertThat(gateway.sql().count("SELECT count(*) FROM ingredient_requests r WHERE NOT EXISTS (SELECT 1 FROM"
                + " audit_log a WHERE a.entity = 'ingredient_requests' AND a.entity_id = r.id::text)")).isZero();
        assertThat(gateway.sql().count("SELECT count(*) FROM notifications WHERE type = 'NEW_INGREDIENT_REQUEST'"))
                .as("the three chefs (the first admin, Gordon, Marco) hear of each of the 11 requests").isEqualTo(33);
    }

    @Test
    void tomorrowsShoppingListIsGeneratedAndTheHeadChefSeesIt() {
        ApiClient gordon = gateway.client().as(gateway.client().login("gordon@preptable.local", password()));
        JsonNode lists = gordon.get("/shopping-lists").json();
        assertThat(lists.size()).isEqualTo(1);
        JsonNode list = lists.get(0);
        assertThat(list.get("deliveryDate").asText()).isEqualTo("2026-06-05");
        assertThat(list.get("status").asText()).isEqualTo("DRAFT");
        List<String> items = new ArrayList<>();
        list.get("items").forEach(item -> items.add(item.get("ingredientName").asText() + " "
                + item.get("quantity").asDouble() + " " + item.get("unit").asText() + " "
                + item.get("supplier").asText()));
        assertThat(items).containsExactly("Fløde 1.5 L Arla", "Frisk dild 10.0 BUNCH Grønttorvet", "Løg 3.0 KG null",
                "Tomato 2.5 KG Grønttorvet");
        assertThat(gordon.get("/ingredient-requests?status=PENDING").json().size()).isEqualTo(2);
    }

    /** The demo people's shared password, printed once at start-up. */
    private static String password() {
        return gateway.gateway().notices().stream().filter(line -> line.startsWith("Demo admin: gordon@"))
                .map(line -> line.split("password: ", 2)[1].trim().split("\\s+")[0]).findFirst().orElseThrow();
    }
}
