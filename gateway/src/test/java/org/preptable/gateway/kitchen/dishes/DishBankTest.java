package org.preptable.gateway.kitchen.dishes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.model.Json;

/**
 * The dish bank's read routes against seed 001, field by field: the seed's dish objects, DishOptions,
 * AvailableDishes and grouped answers, with the seed's own example values (its stations in its order, its head
 * chef, its weeks) so they round-trip. The clock is fixed in ISO week 7 of 2026.
 */
class DishBankTest {

    /** Seed 001's first dish object, as the seed prints it. */
    private static final String SEED_SALMON = """
            {"id": 1, "nameDA": "Røget Laks", "nameEN": "Smoked Salmon",
             "descriptionDA": "Laks med dildcreme og rugbrødschips",
             "descriptionEN": "Salmon with dill cream and rye bread chips",
             "station": { "id": 1, "name": "Cold Kitchen" },
             "createdBy": { "id": 1, "firstName": "Gordon", "lastName": "Ramsay" },
             "allergens": [
               { "id": 1, "nameDA": "Gluten", "nameEN": "Gluten", "displayNumber": 1 },
               { "id": 4, "nameDA": "Fisk", "nameEN": "Fish", "displayNumber": 4 } ],
             "active": true, "originWeek": 7, "originYear": 2026, "hasTranslations": true,
             "createdAt": "2026-02-15 12:00", "updatedAt": "2026-02-20 15:30"}""";

    /** Seed 001's second dish object; the seed numbers Æg 2, the EU-14 table (and so this gateway) 3. */
    private static final String SEED_BEEF = """
            {"id": 2, "nameDA": "Bøf Bearnaise", "nameEN": "Beef Bearnaise",
             "descriptionDA": "Oksemørbrad med hjemmelavet bearnaise",
             "descriptionEN": "Beef tenderloin with homemade bearnaise",
             "station": { "id": 2, "name": "Hot Kitchen" },
             "createdBy": { "id": 1, "firstName": "Gordon", "lastName": "Ramsay" },
             "allergens": [
               { "id": 3, "nameDA": "Æg", "nameEN": "Eggs", "displayNumber": 3 },
               { "id": 7, "nameDA": "Mælk", "nameEN": "Milk", "displayNumber": 7 } ],
             "active": true, "originWeek": 6, "originYear": 2026, "hasTranslations": true,
             "createdAt": "2026-02-10 12:00", "updatedAt": "2026-02-18 15:30"}""";

    private static final String WEEK_5 = "2026-01-28T10:00:00Z";
    private static final String WEEK_6 = "2026-02-04T10:00:00Z";
    private static final String WEEK_7 = "2026-02-11T10:00:00Z";
    private static final String WEEK_10 = "2026-03-04T10:00:00Z";

    private static KitchenFixture kitchen;

    @BeforeAll
    static void bank() {
        kitchen = new KitchenFixture(Instant.parse(WEEK_7));
        assertThat(kitchen.stations.values()).containsExactly(1L, 2L, 3L);
        assertThat(kitchen.gordon.number()).isEqualTo(1);
        kitchen.translate(kitchen.dish("Røget Laks", "Laks med dildcreme og rugbrødschips", "Cold Kitchen",
                List.of(1, 4)), "Smoked Salmon", "Salmon with dill cream and rye bread chips");
        kitchen.at(Instant.parse(WEEK_6));
        kitchen.translate(kitchen.dish("Bøf Bearnaise", "Oksemørbrad med hjemmelavet bearnaise", "Hot Kitchen",
                List.of(3, 7)), "Beef Bearnaise", "Beef tenderloin with homemade bearnaise");
        kitchen.at(Instant.parse(WEEK_5));
        kitchen.dish("Roastbeef", "Roastbeef med remoulade og sprøde løg", "Cold Kitchen", List.of(1, 3, 10));
        kitchen.translate(kitchen.dish("Stegt Flæsk", "Med persillesovs og kartofler", "Hot Kitchen",
                List.of(1, 7)), "Fried Pork Belly", "With parsley sauce and potatoes");
        long cabbage = kitchen.dish("Jeppes kål", "Stuvet grønkål med sennep", "Hot Kitchen", List.of())
                .get("id").asLong();
        assertThat(kitchen.headChef.patch("/dishes/" + cabbage + "/deactivate", null).status()).isEqualTo(200);
        kitchen.at(Instant.parse(WEEK_7));
        kitchen.dish("Tarteletter", "Høns i asparges", "Hot Kitchen", List.of(1, 3, 7));
        kitchen.dish("Chokolademousse", "Mørk chokolade med flødeskum", "Pastry", List.of(3, 7));
        kitchen.at(Instant.parse(WEEK_10));
        // Seed 001's POST example, byte for byte.
        var chicken = kitchen.headChef.post("/dishes", """
                {"nameDA": "Grillet Kylling", "descriptionDA": "Serveret med citron og timian",
                 "stationId": 2, "allergenIds": [1, 3]}""");
        assertThat(chicken.status()).as(chicken.body()).isEqualTo(201);
        kitchen.at(Instant.parse(WEEK_7));
    }

    @AfterAll
    static void stop() {
        kitchen.close();
    }

    /** Every field equal to the seed's, but the two timestamps, which only need the seed's format. */
    private static void assertSeedDish(JsonNode actual, String seed) throws Exception {
        JsonNode expected = Json.MAPPER.readTree(seed);
        List<String> fields = new ArrayList<>();
        actual.fieldNames().forEachRemaining(fields::add);
        List<String> seedFields = new ArrayList<>();
        expected.fieldNames().forEachRemaining(seedFields::add);
        assertThat(fields).containsExactlyElementsOf(seedFields);
        for (String field : seedFields) {
            if (field.equals("createdAt") || field.equals("updatedAt")) {
                assertThat(actual.get(field).asText()).as(field).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            } else {
                assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
            }
        }
    }

    @Test
    void theSeedsDishObjectsRoundTripFieldByField() throws Exception {
        var list = kitchen.headChef.get("/dishes?stationId=1&active=true");
        assertThat(list.status()).isEqualTo(200);
        assertThat(names(list.json())).containsExactly("Roastbeef", "Røget Laks");
        assertSeedDish(list.json().get(1), SEED_SALMON);
        assertSeedDish(kitchen.headChef.get("/dishes?stationId=2").json().get(0), SEED_BEEF);
    }

    @Test
    void theDetailViewAddsMenuCountAndLastServed() throws Exception {
        JsonNode salmon = kitchen.lineCook.get("/dishes/1").json();
        assertThat(salmon.get("menuCount").asLong()).isZero();
        assertThat(salmon.get("lastServed").isNull()).isTrue();
        ((ObjectNode) salmon).remove(List.of("menuCount", "lastServed"));
        assertSeedDish(salmon, SEED_SALMON);

        long pork = idOf("Stegt Flæsk");
        kitchen.menu(5, 2026, "PUBLISHED", pork);
        kitchen.menu(6, 2026, "PUBLISHED", pork, pork);
        kitchen.menu(7, 2026, "DRAFT", pork);
        kitchen.menu(9, 2026, "PUBLISHED", pork); // not served yet: week 9 is after the current week 7
        JsonNode detail = kitchen.sousChef.get("/dishes/" + pork).json();
        assertThat(detail.get("menuCount").asLong()).isEqualTo(4);
        assertThat(detail.get("lastServed").asText()).isEqualTo("Uge 6 · 2026");
        assertThat(kitchen.api.as(kitchen.api.newUser("CUSTOMER")).get("/dishes/" + pork).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF, LINE_COOK]");
        assertThat(kitchen.api.get("/dishes/" + pork).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
    }

    @Test
    void listingFiltersByStationAndActivity() {
        var all = kitchen.headChef.get("/dishes");
        assertThat(names(all.json())).containsExactly("Bøf Bearnaise", "Chokolademousse",
                "Grillet Kylling", "Jeppes kål", "Roastbeef", "Røget Laks", "Stegt Flæsk", "Tarteletter");
        var active = kitchen.sousChef.get("/dishes?active=TRUE");
        assertThat(active.json()).hasSize(7);
        active.json().forEach(dish -> assertThat(dish.get("active").asBoolean()).isTrue());
        assertThat(names(kitchen.headChef.get("/dishes?active=false").json()))
                .containsExactly("Jeppes kål");
        var hot = kitchen.headChef.get("/dishes?stationId=" + kitchen.station("Hot Kitchen"));
        assertThat(hot.json()).hasSize(5);
        hot.json().forEach(dish -> assertThat(dish.get("station").get("name").asText()).isEqualTo("Hot Kitchen"));
        assertThat(kitchen.headChef.get("/dishes?stationId=999").json()).isEmpty();
        assertThat(kitchen.headChef.get("/dishes?stationId=&active=").json()).hasSize(8);

        assertThat(kitchen.headChef.get("/dishes?active=sand").assertError(400))
                .isEqualTo("Invalid value for 'active': expected true or false, got: sand");
        assertThat(kitchen.headChef.get("/dishes?stationId=abc").assertError(400))
                .isEqualTo("stationId must be a positive whole number, got: abc");
        assertThat(kitchen.lineCook.get("/dishes").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }

    @Test
    void searchFindsActiveDishesByDanishOrEnglishName() {
        var salmon = kitchen.lineCook.get("/dishes/search?query=laks");
        assertThat(salmon.status()).isEqualTo(200);
        assertThat(salmon.json()).hasSize(1);
        assertThat(salmon.json().get(0).get("nameDA").asText()).isEqualTo("Røget Laks");
        assertThat(salmon.json().get(0).get("station").get("id").asLong()).isEqualTo(1);
        assertThat(salmon.json().get(0).get("allergens")).hasSize(2);
        assertThat(names(kitchen.headChef.get("/dishes/search?query=%20SALMON%20").json()))
                .containsExactly("Røget Laks");
        assertThat(names(kitchen.headChef.get("/dishes/search?query=bøf").json()))
                .containsExactly("Bøf Bearnaise");
        assertThat(kitchen.headChef.get("/dishes/search?query=kål").json()).as("inactive").isEmpty();
        assertThat(kitchen.headChef.get("/dishes/search?query=%25%25").json()).as("no wildcards").isEmpty();

        assertThat(kitchen.lineCook.get("/dishes/search").assertError(400))
                .isEqualTo("Query parameter 'query' is required");
        assertThat(kitchen.lineCook.get("/dishes/search?query=%20").assertError(400))
                .isEqualTo("Query parameter 'query' is required");
        assertThat(kitchen.lineCook.get("/dishes/search?query=a").assertError(400))
                .isEqualTo("Search query length must be between 2 and 100, got: 1");
        assertThat(kitchen.lineCook.get("/dishes/search?query=" + "a".repeat(101)).assertError(400))
                .isEqualTo("Search query length must be between 2 and 100, got: 101");
    }

    @Test
    void availableSplitsTheWeeksNewDishesFromTheBankByStation() throws Exception {
        var available = kitchen.sousChef.get("/dishes/available?week=7&year=2026");
        assertThat(available.status()).isEqualTo(200);
        JsonNode body = available.json();
        assertThat(fieldNames(body)).containsExactly("week", "year", "thisWeekDishes", "fromDishBank");
        assertThat(body.get("week").asInt()).isEqualTo(7);
        assertThat(body.get("year").asInt()).isEqualTo(2026);
        JsonNode thisWeek = body.get("thisWeekDishes");
        assertThat(fieldNames(thisWeek)).containsExactly("Cold Kitchen", "Hot Kitchen", "Pastry");
        // Seed 001's DishOption, exactly.
        assertThat(thisWeek.get("Cold Kitchen")).isEqualTo(Json.MAPPER.readTree("""
                [{"dishId": 1, "dishName": "Røget Laks", "dishDescription": "Laks med dildcreme og rugbrødschips",
                  "stationName": "Cold Kitchen", "isActive": true}]"""));
        assertThat(thisWeek.get("Hot Kitchen").findValuesAsText("dishName")).containsExactly("Tarteletter");
        assertThat(thisWeek.get("Pastry").findValuesAsText("dishName")).containsExactly("Chokolademousse");
        JsonNode bank = body.get("fromDishBank");
        assertThat(fieldNames(bank)).containsExactly("Cold Kitchen", "Hot Kitchen");
        assertThat(bank.get("Cold Kitchen").findValuesAsText("dishName")).containsExactly("Roastbeef");
        assertThat(bank.get("Hot Kitchen").findValuesAsText("dishName"))
                .as("active, earlier weeks only: not the inactive cabbage, not week 10's chicken")
                .containsExactly("Bøf Bearnaise", "Stegt Flæsk");

        var week10 = kitchen.headChef.get("/dishes/available?week=10&year=2026").json();
        assertThat(week10.get("thisWeekDishes").get("Hot Kitchen").findValuesAsText("dishName"))
                .containsExactly("Grillet Kylling");
        assertThat(kitchen.headChef.get("/dishes/available?week=1&year=2026").json().get("fromDishBank"))
                .isEmpty();
    }

    @Test
    void availableChecksWeekAndYear() {
        assertThat(kitchen.headChef.get("/dishes/available?year=2026").assertError(400))
                .isEqualTo("Query parameter 'week' is required");
        assertThat(kitchen.headChef.get("/dishes/available?week=7").assertError(400))
                .isEqualTo("Query parameter 'year' is required");
        assertThat(kitchen.headChef.get("/dishes/available?week=60&year=2026").assertError(400))
                .isEqualTo("Week must be between 1 and 53, got: 60");
        assertThat(kitchen.headChef.get("/dishes/available?week=0&year=2026").assertError(400))
                .isEqualTo("Week must be between 1 and 53, got: 0");
        assertThat(kitchen.headChef.get("/dishes/available?week=7&year=2019").assertError(400))
                .isEqualTo("Year must be between 2020 and 2100, got: 2019");
        assertThat(kitchen.headChef.get("/dishes/available?week=53&year=2025").assertError(400))
                .isEqualTo("Year 2025 has no week 53");
        assertThat(kitchen.headChef.get("/dishes/available?week=seven&year=2026").assertError(400))
                .isEqualTo("Query parameter 'week' must be a whole number, got: seven");
        assertThat(kitchen.headChef.get("/dishes/available?week=53&year=2026").status()).isEqualTo(200);
        assertThat(kitchen.lineCook.get("/dishes/available?week=7&year=2026").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }

    @Test
    void groupedListsEveryActiveDishByStation() {
        JsonNode grouped = kitchen.headChef.get("/dishes/grouped").json();
        assertThat(fieldNames(grouped)).containsExactly("Cold Kitchen", "Hot Kitchen", "Pastry");
        assertThat(grouped.get("Cold Kitchen").findValuesAsText("dishName")).containsExactly("Roastbeef", "Røget Laks");
        assertThat(grouped.get("Hot Kitchen").findValuesAsText("dishName"))
                .containsExactly("Bøf Bearnaise", "Grillet Kylling", "Stegt Flæsk", "Tarteletter");
        JsonNode mousse = grouped.get("Pastry").get(0);
        assertThat(fieldNames(mousse)).containsExactly("dishId", "dishName", "dishDescription", "stationName",
                "isActive");
        assertThat(mousse.get("dishDescription").asText()).isEqualTo("Mørk chokolade med flødeskum");
        assertThat(mousse.get("stationName").asText()).isEqualTo("Pastry");
        assertThat(mousse.get("isActive").asBoolean()).isTrue();
        assertThat(kitchen.lineCook.get("/dishes/grouped").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }

    @Test
    void staticSegmentsWinOverIdsTrailingSlashesAreIgnoredAndIdsMustBeNumbers() {
        ApiClient raw = kitchen.headChef.unchecked(); // the contract names no path with a trailing slash
        assertThat(raw.get("/dishes/").json()).hasSize(8);
        assertThat(raw.get("/dishes/grouped/").json().has("Pastry")).isTrue();
        assertThat(raw.get("/dishes/search/?query=laks").json()).hasSize(1);
        assertThat(raw.get("/dishes/available/?week=7&year=2026").json().get("week").asInt()).isEqualTo(7);
        assertThat(raw.get("/dishes/1/").json().get("nameDA").asText()).isEqualTo("Røget Laks");

        assertThat(kitchen.headChef.get("/dishes/abc").assertError(400))
                .isEqualTo("Invalid ID: must be provided and greater than 0");
        assertThat(kitchen.headChef.get("/dishes/-1").assertError(400)).startsWith("Invalid ID");
        assertThat(kitchen.headChef.get("/dishes/0").assertError(400)).startsWith("Invalid ID");
        assertThat(kitchen.headChef.get("/dishes/99999999999999999999").assertError(400)).startsWith("Invalid ID");
        assertThat(kitchen.headChef.delete("/dishes/search").assertError(400)).startsWith("Invalid ID");
        assertThat(kitchen.headChef.get("/dishes/9999").assertError(404)).isEqualTo("Dish with ID 9999 was not found.");
    }

    private static long idOf(String nameDa) {
        for (JsonNode dish : kitchen.headChef.get("/dishes").json()) {
            if (dish.get("nameDA").asText().equals(nameDa)) {
                return dish.get("id").asLong();
            }
        }
        throw new AssertionError("no dish " + nameDa);
    }

    /** The top-level {@code nameDA} of each dish (allergens have one too). */
    static List<String> names(JsonNode dishes) {
        List<String> names = new ArrayList<>();
        dishes.forEach(dish -> names.add(dish.get("nameDA").asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
