package org.preptable.gateway.kitchen.stations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/** Reference §4.3 and §7.2 (StationControllerTest), with whole-name uniqueness instead of substring matching. */
@ExtendWith(GatewayExtension.class)
class StationRoutesTest {

    private static final String CONTAINS_ONLY =
            "can only contain letters, numbers, and common symbols like '&', '-', or '.'.";

    private static ApiClient headChef;
    private static ApiClient sousChef;
    private static ApiClient lineCook;
    /** The reference fixture's stations, which no test here changes. */
    private static final Map<String, Long> FIXTURE = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void fixture(ApiClient api) {
        headChef = api.as(api.admin());
        sousChef = api.as(api.newUser("SOUS_CHEF"));
        lineCook = api.as(api.newUser("LINE_COOK"));
        Map.of("Cold Kitchen", "Salads & Starters", "Hot Kitchen", "Main Courses", "Pastry", "Desserts & Bread",
                "Grill", "Steaks & BBQ", "Salad", "Salads and crudites").forEach((name, description) ->
                FIXTURE.put(name, create(name, description).get("id").asLong()));
    }

    private static JsonNode create(String name, String description) {
        var response = headChef.post("/stations", Map.of("name", name, "description", description));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static Map<String, String> body(String name, String description) {
        return Map.of("name", name, "description", description);
    }

    @Test
    void headAndSousChefsListStationsSortedByName(ApiClient api) {
        var list = sousChef.get("/stations");

        assertThat(list.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        list.json().forEach(station -> {
            ids.add(station.get("id").asLong());
            names.add(station.get("name").asText().toLowerCase());
        });
        assertThat(ids).containsAll(FIXTURE.values());
        assertThat(names).isSorted();
        assertThat(headChef.get("/stations").status()).isEqualTo(200);
        assertThat(lineCook.get("/stations").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(api.as(api.newUser("CUSTOMER")).get("/stations").status()).isEqualTo(403);
        assertThat(api.get("/stations").assertError(401)).isEqualTo("Missing or malformed Authorization header");
        assertThat(api.as("not-a-real-jwt-token").get("/stations").assertError(401))
                .isEqualTo("Token could not be verified");
    }

    @Test
    void oneStationById() {
        var cold = headChef.get("/stations/" + FIXTURE.get("Cold Kitchen"));
        assertThat(cold.status()).isEqualTo(200);
        assertThat(cold.json().get("id").asLong()).isEqualTo(FIXTURE.get("Cold Kitchen"));
        assertThat(cold.json().get("name").asText()).isEqualTo("Cold Kitchen");
        assertThat(cold.json().get("description").asText()).isEqualTo("Salads & Starters");
        assertThat(cold.json().get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(cold.json().get("updatedAt").isNull()).isTrue();
        assertThat(sousChef.get("/stations/" + FIXTURE.get("Hot Kitchen")).json().get("name").asText())
                .isEqualTo("Hot Kitchen");

        assertThat(headChef.get("/stations/9999").assertError(404)).isEqualTo("Station with ID 9999 was not found.");
        assertThat(headChef.get("/stations/-1").assertError(400)).startsWith("Invalid ID");
        assertThat(headChef.get("/stations/abc").assertError(400)).startsWith("Invalid ID");
        assertThat(lineCook.get("/stations/" + FIXTURE.get("Pastry")).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }

    @Test
    void headChefCreatesStationsWithValidTextAndAnAuditRow(TestGateway gateway, ApiClient api) {
        long mark = AuditTrail.mark(gateway);
        var created = headChef.post("/stations",
                body("Sandwich", "Rugbrøds sandwich, sandwich panini og lave morgenmad"));

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("name").asText()).isEqualTo("Sandwich");
        assertThat(created.json().get("description").asText())
                .isEqualTo("Rugbrøds sandwich, sandwich panini og lave morgenmad");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("create stations " + id);
        assertThat(headChef.post("/stations", body("  Smørrebrød  ", "  Åbne sandwich (koldt): rugbrød  "))
                .json().get("name").asText()).isEqualTo("Smørrebrød");

        mark = AuditTrail.mark(gateway);
        assertThat(headChef.post("/stations", body(" ", "A fine description")).assertError(400))
                .isEqualTo("Station name is required");
        assertThat(headChef.post("/stations", Map.of("name", "Bakery")).assertError(400))
                .isEqualTo("Station description is required");
        assertThat(headChef.post("/stations", body("Bakery!", "A fine description")).assertError(400))
                .isEqualTo("Station name " + CONTAINS_ONLY);
        assertThat(headChef.post("/stations", body("Bakery", "Bread / rolls")).assertError(400))
                .isEqualTo("Description " + CONTAINS_ONLY);
        assertThat(headChef.post("/stations", body("B", "A fine description")).assertError(400))
                .isEqualTo("Station name must be at least 2 characters");
        assertThat(headChef.post("/stations", body("B".repeat(101), "A fine description")).assertError(400))
                .isEqualTo("Station name must be at most 100 characters");
        assertThat(headChef.post("/stations", body("Bakery", "Buns")).assertError(400))
                .isEqualTo("Description must be at least 5 characters");
        assertThat(headChef.post("/stations", Map.of("name", "Bakery", "description", "Bread", "id", 7))
                .assertError(400)).isEqualTo("Unknown field 'id'");
        assertThat(sousChef.post("/stations", body("Bakery", "Bread and rolls")).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
        assertThat(api.post("/stations", body("Bakery", "Bread and rolls")).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
    }

    @Test
    void namesAreUniqueByWholeNameInAnyCase() {
        assertThat(headChef.post("/stations", body("Pastry", "Another pastry section")).assertError(409))
                .isEqualToIgnoringCase("Station with name 'Pastry' already exists");
        assertThat(headChef.post("/stations", body(" PASTRY ", "Another pastry section")).assertError(409))
                .isEqualTo("Station with name 'PASTRY' already exists");

        // The reference refused these as "substrings" of Hot Kitchen and Pastry.
        assertThat(headChef.post("/stations", body("Hot", "Just the hot line")).status()).isEqualTo(201);
        assertThat(headChef.post("/stations", body("Pastry Bar", "Cakes at the counter")).status()).isEqualTo(201);
    }

    @Test
    void headChefUpdatesStations(TestGateway gateway) {
        long id = create("Koldt parti", "Kolde retter og salater").get("id").asLong();

        long mark = AuditTrail.mark(gateway);
        var updated = headChef.put("/stations/" + id, body("Koldt parti(Updated)", "Opdateret beskrivelse"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").asText()).isEqualTo("Koldt parti(Updated)");
        assertThat(updated.json().get("description").asText()).isEqualTo("Opdateret beskrivelse");
        assertThat(updated.json().get("updatedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("update stations " + id);
        assertThat(gateway.sql().text("SELECT after::text FROM audit_log ORDER BY id DESC LIMIT 1"))
                .contains("Koldt parti(Updated)").doesNotContain("created_at");

        assertThat(headChef.put("/stations/" + id, body("KOLDT PARTI(updated)", "Opdateret beskrivelse"))
                .status()).as("a change of case only is not a clash with itself").isEqualTo(200);
        assertThat(headChef.put("/stations/" + id, body("grill", "Opdateret beskrivelse")).assertError(409))
                .isEqualTo("Station with name 'grill' already exists");
        assertThat(headChef.put("/stations/9999", body("Nowhere", "No such station")).assertError(404))
                .isEqualTo("Station with ID 9999 was not found.");
        assertThat(headChef.put("/stations/9999", body("Nowhere", " ")).assertError(400))
                .as("input is checked before the lookup").isEqualTo("Station description is required");
        assertThat(headChef.put("/stations/" + id, body("Koldt", " ")).assertError(400))
                .isEqualTo("Station description is required");
        assertThat(headChef.put("/stations/-1", body("Koldt", "Kolde retter")).assertError(400))
                .startsWith("Invalid ID");
        assertThat(sousChef.put("/stations/" + id, body("Koldt", "Kolde retter")).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
    }

    @Test
    void headChefDeletesStations(TestGateway gateway) {
        long id = create("Salatbar", "Salads and crudites").get("id").asLong();

        assertThat(lineCook.delete("/stations/" + id).assertError(403))
                .contains("Insufficient role. Required: [HEAD_CHEF]");
        assertThat(sousChef.delete("/stations/" + id).status()).isEqualTo(403);
        long mark = AuditTrail.mark(gateway);
        assertThat(headChef.delete("/stations/" + id).status()).isEqualTo(204);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("delete stations " + id);
        assertThat(headChef.get("/stations/" + id).assertError(404))
                .isEqualTo("Station with ID " + id + " was not found.");

        assertThat(headChef.delete("/stations/9999").assertError(404))
                .isEqualToIgnoringCase("Station with ID 9999 was not found.");
        assertThat(headChef.delete("/stations/-1").assertError(400)).startsWith("Invalid ID");
        assertThat(headChef.delete("/stations/abc").assertError(400)).startsWith("Invalid ID");
    }

    @Test
    void rowsOfOtherTablesThatUseAStationMakeItsDelete409(TestGateway gateway) {
        long id = create("Wok", "Stir-fries and noodles").get("id").asLong();
        // Stands in for the dishes and menu slots to come: any foreign key to stations.
        gateway.sql().execute("CREATE TABLE future_dishes (station_id bigint NOT NULL REFERENCES stations (id))");
        gateway.sql().execute("INSERT INTO future_dishes VALUES (?)", id);

        long mark = AuditTrail.mark(gateway);
        assertThat(headChef.delete("/stations/" + id).assertError(409)).contains("still referenced");
        assertThat(headChef.get("/stations/" + id).status()).isEqualTo(200);
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
    }

    @Test
    void findByNamePrefersTheWholeNameThenAnyNameContainingTheText() {
        var pastry = sousChef.get("/stations/name/pas");
        assertThat(pastry.status()).isEqualTo(200);
        assertThat(pastry.json().get("name").asText()).isEqualTo("Pastry");
        assertThat(pastry.json().get("id").asLong()).isEqualTo(FIXTURE.get("Pastry"));
        create("Grill Bar", "Burgers off the grill");
        assertThat(headChef.get("/stations/name/GRILL").json().get("name").asText()).isEqualTo("Grill");
        assertThat(headChef.get("/stations/name/Hot%20Kitchen").json().get("name").asText()).isEqualTo("Hot Kitchen");
        assertThat(headChef.get("/stations/name/%25").assertError(400))
                .isEqualTo("Search query length must be between 2 and 100, got: 1");
        assertThat(headChef.get("/stations/name/%25%25").assertError(404)).isEqualTo("Station not found: %%");

        assertThat(sousChef.get("/stations/name/burger").assertError(404)).isEqualTo("Station not found: burger");
        assertThat(headChef.get("/stations/name/%20%20%20").assertError(400))
                .isEqualTo("Path parameter 'name' is required");
        assertThat(lineCook.get("/stations/name/pas").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }
}
