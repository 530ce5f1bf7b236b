package org.preptable.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
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

/** People at stations (reference §4.2, §4.3): assignment, the user's {@code station}, and the station's people. */
@ExtendWith(GatewayExtension.class)
class UserStationTest {

    private static TestUser headChef;
    private static TestUser sousChef;

    @BeforeAll
    static void users(ApiClient api) {
        headChef = api.admin();
        sousChef = api.newUser("SOUS_CHEF");
    }

    private static long station(ApiClient api, String name) {
        var created = api.as(headChef).post("/stations", Map.of("name", name, "description", name + " station"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> profile(String firstName, String lastName, Long stationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("stationId", stationId);
        return body;
    }

    private static List<String> firstNames(JsonNode users) {
        List<String> names = new ArrayList<>();
        users.forEach(user -> names.add(user.get("firstName").asText()));
        return names;
    }

    @Test
    void headAndSousChefsAssignStationsAndTheUserShowsIt(TestGateway gateway, ApiClient api) {
        long grill = station(api, "Grill");
        long pastry = station(api, "Pastry");
        TestUser claire = api.newUser("LINE_COOK");
        assertThat(api.as(claire).get("/users/me").json().get("station").isNull()).isTrue();

        long mark = AuditTrail.mark(gateway);
        var assigned = api.as(sousChef).patch("/users/" + claire.number() + "/station/" + grill, null);

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("station").get("id").asLong()).isEqualTo(grill);
        assertThat(assigned.json().get("station").get("name").asText()).isEqualTo("Grill");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("update users " + claire.id());
        assertThat(gateway.sql().text("SELECT after::text FROM audit_log WHERE id > ?", mark))
                .isEqualTo("{\"station_id\": " + grill + "}");
        assertThat(api.as(claire).get("/users/me").json().get("station").get("name").asText()).isEqualTo("Grill");
        assertThat(api.as(headChef).patch("/users/" + claire.id() + "/station/" + pastry, null)
                .json().get("station").get("name").asText()).isEqualTo("Pastry");
        assertThat(api.as(headChef).get("/users/" + claire.number()).json().get("station").get("id").asLong())
                .isEqualTo(pastry);

        mark = AuditTrail.mark(gateway);
        assertThat(api.as(claire).patch("/users/" + claire.number() + "/station/" + grill, null).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(api.patch("/users/" + claire.number() + "/station/" + grill, null).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        assertThat(api.as(sousChef).patch("/users/" + claire.number() + "/station/9999", null).assertError(404))
                .isEqualTo("Station with ID 9999 was not found.");
        assertThat(api.as(sousChef).patch("/users/999999/station/" + grill, null).assertError(404))
                .isEqualTo("User with ID 999999 was not found.");
        assertThat(api.as(sousChef).patch("/users/" + claire.number() + "/station/-1", null).assertError(400))
                .startsWith("Invalid ID");
        assertThat(api.as(sousChef).patch("/users/" + claire.number() + "/station/abc", null).assertError(400))
                .startsWith("Invalid ID");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
    }

    @Test
    void profileUpdatesReplaceNamesAndStation(TestGateway gateway, ApiClient api) {
        long cold = station(api, "Cold Kitchen");
        TestUser claire = api.newUser("LINE_COOK");
        String path = "/users/" + claire.number();

        long mark = AuditTrail.mark(gateway);
        var updated = api.as(claire).put(path, profile("Claire-Updated", "Smyth", cold));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("firstName").asText()).isEqualTo("Claire-Updated");
        assertThat(updated.json().get("station").get("id").asLong()).isEqualTo(cold);
        assertThat(updated.json().get("station").get("name").asText()).isEqualTo("Cold Kitchen");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("update users " + claire.id());

        var noStation = api.as(claire).put(path, profile("Claire", "Smyth", null));
        assertThat(noStation.json().get("station").isNull()).as("null means no station").isTrue();

        assertThat(api.as(claire).put(path, profile("Claire", "Smyth", 9999L)).assertError(404))
                .isEqualTo("Station with ID 9999 was not found.");
        assertThat(api.as(claire).put(path, profile("Claire", "Smyth", 0L)).assertError(400))
                .isEqualTo("Invalid ID: must be provided and greater than 0");
        assertThat(api.as(claire).put("/users/" + headChef.number(), profile("Gordon", "Ramsay", cold))
                .assertError(403)).isEqualTo("You can only update your own profile");
        assertThat(api.as(claire).put("/users/" + headChef.number(), profile(" ", "Ramsay", cold)).assertError(400))
                .as("input is checked before ownership").isEqualTo("First name cannot be empty");
        assertThat(api.as(claire).put("/users/" + headChef.number(), profile("Gordon", "Ramsay", 9999L))
                .assertError(403)).as("ownership is checked before the station")
                .isEqualTo("You can only update your own profile");
        var byHeadChef = api.as(headChef).put(path, profile("Claire", "Smyth", cold));
        assertThat(byHeadChef.json().get("station").get("id").asLong()).isEqualTo(cold);
    }

    @Test
    void aStationListsItsPeopleByFirstName(ApiClient api) {
        long hot = station(api, "Hot Kitchen");
        long empty = station(api, "Empty Corner");
        TestUser zoe = api.newUser("LINE_COOK");
        TestUser anna = api.newUser("LINE_COOK");
        api.as(zoe).put("/users/" + zoe.number(), profile("Zoe", "Cook", hot));
        api.as(anna).put("/users/" + anna.number(), profile("Anna", "Cook", hot));

        var people = api.as(sousChef).get("/stations/" + hot + "/users");

        assertThat(people.status()).isEqualTo(200);
        assertThat(firstNames(people.json())).containsExactly("Anna", "Zoe");
        assertThat(people.json().get(0).get("station").get("name").asText()).isEqualTo("Hot Kitchen");
        assertThat(people.json().get(0).get("email").asText()).isEqualTo(anna.email());
        assertThat(api.as(headChef).get("/stations/" + empty + "/users").json()).isEmpty();
        assertThat(api.as(headChef).get("/stations/9999/users").assertError(404))
                .isEqualTo("Station with ID 9999 was not found.");
        assertThat(api.as(headChef).get("/stations/-1/users").assertError(400)).startsWith("Invalid ID");
        assertThat(api.as(zoe).get("/stations/" + hot + "/users").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }

    @Test
    void statsCountThePeopleAtEachStationSortedByName(ApiClient api) {
        long busy = station(api, "Aa Busy Line");
        long quiet = station(api, "Ab Quiet Line");
        for (int i = 0; i < 2; i++) {
            TestUser cook = api.newUser("LINE_COOK");
            api.as(headChef).patch("/users/" + cook.number() + "/station/" + busy, null);
        }

        var stats = api.as(sousChef).get("/stations/stats");

        assertThat(stats.status()).isEqualTo(200);
        Map<Long, Long> counts = new HashMap<>();
        List<String> names = new ArrayList<>();
        stats.json().forEach(station -> {
            counts.put(station.get("id").asLong(), station.get("userCount").asLong());
            names.add(station.get("name").asText().toLowerCase());
            assertThat(station.get("description").asText()).isNotBlank();
        });
        assertThat(counts).containsEntry(busy, 2L).containsEntry(quiet, 0L);
        assertThat(names).isSorted();
        assertThat(api.as(api.newUser("LINE_COOK")).get("/stations/stats").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }

    @Test
    void aStationPeopleWorkAtIsNotDeleted(TestGateway gateway, ApiClient api) {
        long salad = station(api, "Salad");
        TestUser rene = api.newUser("LINE_COOK");
        TestUser jamie = api.newUser("LINE_COOK");
        api.as(headChef).patch("/users/" + rene.number() + "/station/" + salad, null);
        api.as(headChef).patch("/users/" + jamie.number() + "/station/" + salad, null);

        long mark = AuditTrail.mark(gateway);
        assertThat(api.as(headChef).delete("/stations/" + salad).assertError(409))
                .isEqualTo("Cannot delete station, 2 user(s) are assigned to it");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();

        api.as(headChef).put("/users/" + rene.number(), profile("Rene", "Redzepi", null));
        assertThat(api.as(headChef).delete("/stations/" + salad).assertError(409))
                .isEqualTo("Cannot delete station, 1 user(s) are assigned to it");
        assertThat(api.as(headChef).delete("/users/" + jamie.number()).status()).isEqualTo(204);
        assertThat(api.as(headChef).delete("/stations/" + salad).status()).isEqualTo(204);
    }
}
