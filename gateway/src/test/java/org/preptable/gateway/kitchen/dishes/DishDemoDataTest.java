package org.preptable.gateway.kitchen.dishes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;

/**
 * The demo kitchen's brigade, dish bank and suggestions on a new database, made through the services (so every row
 * has its audit row) on a Thursday, when next week is already closed to suggestions. The head chef's printed login
 * works and shows the bank.
 */
class DishDemoDataTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        // Thursday 4 June 2026 in week 23: suggestions for week 24 closed today, so the demo suggests for week 25.
        gateway = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true"),
                new MutableClock(Instant.parse("2026-06-04T09:00:00Z")));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private long count(String sql, Object... arguments) {
        return gateway.sql().count(sql, arguments);
    }

    @Test
    void theBrigadeHasItsLoginsPrintedOnceAndItsStations() {
        assertThat(gateway.gateway().notices()).anyMatch(line -> line.startsWith("Demo admin: gordon@preptable.local"))
                .anyMatch(line -> line.startsWith("Demo manager: marco@preptable.local"))
                .anyMatch(line -> line.startsWith("Demo staff: claire@preptable.local"))
                .anyMatch(line -> line.startsWith("Demo staff: rene@preptable.local"));
        assertThat(gateway.sql().text("SELECT string_agg(u.first_name || ' ' || u.role || ' ' || coalesce(s.name, '-'),"
                + " ', ' ORDER BY u.number) FROM users u LEFT JOIN stations s ON s.id = u.station_id"
                + " WHERE u.email LIKE '%@preptable.local' AND u.role <> 'kiosk' AND u.email <> ?",
                TestGateway.ADMIN_EMAIL)).isEqualTo("Gordon admin Hot Kitchen, Marco manager -, Claire staff Hot Kitchen,"
                + " Rene staff Cold Kitchen, Hans customer -"); // Hans: the takeaway counter's demo guest
    }

    @Test
    void fifteenPlusDishesAcrossTheThreeKitchensMostlyTranslatedFromThisAndEarlierWeeks() {
        assertThat(count("SELECT count(*) FROM dishes")).isEqualTo(18);
        assertThat(gateway.sql().text("SELECT string_agg(DISTINCT s.name, ', ') FROM dishes d"
                + " JOIN stations s ON s.id = d.station_id")).isEqualTo("Cold Kitchen, Hot Kitchen, Pastry");
        assertThat(count("SELECT count(*) FROM dishes d WHERE NOT EXISTS"
                + " (SELECT 1 FROM dish_allergens a WHERE a.dish_id = d.id)")).as("every dish has allergens").isZero();
        assertThat(count("SELECT count(*) FROM dishes WHERE name_en IS NOT NULL AND description_en IS NOT NULL"))
                .isEqualTo(14);
        assertThat(gateway.sql().text("SELECT string_agg(name_da, ', ' ORDER BY id) FROM dishes WHERE name_en IS NULL"))
                .isEqualTo("Boller i Karry, Hønsesalat, Citronfromage, Pariserbøf");
        assertThat(count("SELECT count(*) FROM dishes WHERE origin_year = 2026 AND origin_week = 23")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM dishes WHERE origin_year = 2026 AND origin_week < 23")).isEqualTo(9);
        assertThat(gateway.sql().text("SELECT name_da FROM dishes WHERE NOT active")).isEqualTo("Risalamande");
        // Bøf Bearnaise: allergens looked up by display number (Æg 3, Mælk 7).
        assertThat(gateway.sql().text("SELECT string_agg(a.display_number::text, ',' ORDER BY a.display_number)"
                + " FROM dish_allergens da JOIN allergens a ON a.id = da.allergen_id JOIN dishes d ON d.id = da.dish_id"
                + " WHERE d.name_da = 'Bøf Bearnaise'")).isEqualTo("3,7");
        assertThat(count("SELECT count(*) FROM audit_log WHERE actor_email = 'system' AND route = 'demo data'"
                + " AND entity = 'dishes' AND action = 'create'")).isEqualTo(18);
    }

    @Test
    void suggestionsInEachStateForTheFirstWeekStillOpen() {
        assertThat(gateway.sql().text("SELECT string_agg(name_da || ' ' || status || ' ' || target_week, ', '"
                + " ORDER BY id) FROM dish_suggestions")).isEqualTo("Stegt Torsk PENDING 25, Grøn Salat med Æble"
                + " PENDING 25, Pariserbøf APPROVED 25, Hummersuppe REJECTED 25");
        assertThat(gateway.sql().text("SELECT d.origin_week || ' ' || u.first_name FROM dish_suggestions s"
                + " JOIN dishes d ON d.id = s.dish_id JOIN users u ON u.id = d.created_by WHERE s.status = 'APPROVED'"))
                .isEqualTo("25 Claire");
        assertThat(gateway.sql().text("SELECT feedback || ' / ' || u.first_name FROM dish_suggestions s"
                + " JOIN users u ON u.id = s.reviewed_by WHERE s.status = 'REJECTED'"))
                .isEqualTo("For dyr til en hverdagsmenu, prøv med rejer i stedet / Marco");
        assertThat(gateway.sql().text("SELECT string_agg(n.type || ' ' || u.first_name, ', ' ORDER BY n.id)"
                + " FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.category = 'DISH_SUGGESTION'"
                + " AND n.type LIKE 'SUGGESTION_%'"))
                .isEqualTo("SUGGESTION_APPROVED Claire, SUGGESTION_REJECTED Rene");
        assertThat(count("SELECT count(*) FROM audit_log WHERE actor_email = 'system' AND route = 'demo data'"
                + " AND entity = 'dish_suggestions'")).as("4 creates, 2 decisions").isEqualTo(6);
    }

    @Test
    void theHeadChefsPrintedLoginShowsTheBank() {
        String notice = gateway.gateway().notices().stream()
                .filter(line -> line.startsWith("Demo admin: gordon@preptable.local")).findFirst().orElseThrow();
        String password = notice.substring(notice.indexOf("password: ") + "password: ".length(),
                notice.indexOf("  (shown once)"));
        ApiClient api = gateway.client();
        ApiClient gordon = api.as(api.login("gordon@preptable.local", password));
        JsonNode grouped = gordon.get("/dishes/grouped").json();
        assertThat(grouped.get("Pastry").findValuesAsText("dishName")).doesNotContain("Risalamande")
                .contains("Chokolademousse", "Æblekage");
        JsonNode pending = gordon.get("/dish-suggestions?status=PENDING").json();
        assertThat(pending).hasSize(2);
        assertThat(pending.get(0).get("deadline").asText()).isEqualTo("2026-06-11");

        // the head chef's bell: unread news of the cooks' suggestions, and the dashboard's count
        JsonNode unread = gordon.get("/notifications?unread=true").json();
        assertThat(unread.findValuesAsText("message")).anyMatch(m -> m.contains("Stegt Torsk"))
                .anyMatch(m -> m.contains("Grøn Salat med Æble"));
        assertThat(unread.findValuesAsText("notificationType")).contains("NEW_DISH_SUGGESTION")
                .doesNotContain("PENDING_COUNT_UPDATED");
        assertThat(gordon.get("/notifications/snapshot").json().get("pendingDishSuggestions").asInt()).isEqualTo(2);
    }
}
