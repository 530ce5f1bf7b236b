package org.preptable.gateway.ops.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.ops.OpsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * {@code GET /menu-health}: each check with a fixture that triggers it and one that does not, scope, determinism
 * and thresholds from configuration. The clock is fixed at 2026-03-03 03:00 UTC, which is Monday 2026-03-02 21:00
 * in the test locations' America/Chicago: "today" is the location's date, not the UTC one.
 */
class MenuHealthTest {

    static final Instant NOW = Instant.parse("2026-03-03T03:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final int[] EVERY_DAY = {1, 2, 3, 4, 5, 6, 7};

    private static TestGateway gateway;
    private static ApiClient api;
    private static ApiClient admin;
    private static OpsFixtures ops;
    private static HealthFixtures health;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of(), new MutableClock(NOW));
        api = gateway.client();
        admin = api.as(api.admin());
        ops = new OpsFixtures(api);
        health = new HealthFixtures(gateway.sql(), api);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void answersTheLocationsLocalDateAndBothWindows() {
        UUID location = ops.location("Empty");
        JsonNode answer = check(admin, location);
        assertThat(answer.get("location_id").asText()).isEqualTo(location.toString());
        assertThat(answer.get("as_of").asText()).isEqualTo("2026-03-02"); // UTC is already the 3rd
        assertThat(answer.get("windows").toString()).isEqualTo("{\"short_days\":7,\"long_days\":14}");
        assertThat(findings(answer, "daypart_empty")).isEmpty();
    }

    @Test
    void dishRepetitionFlagsMoreThanFourSlotsInSevenDaysButNotExactlyFour() {
        UUID location = ops.location("Repeat");
        UUID lunch = health.daypart(location, "Lunch", "11:00", "14:00");
        UUID dinner = health.daypart(location, "Dinner", "17:00", "21:00");
        String mains = HealthFixtures.unique("Mains");
        UUID bowl = health.meal(HealthFixtures.unique("Chicken bowl"), mains);
        UUID stew = health.meal(HealthFixtures.unique("Beef stew"), mains);
        UUID lasagne = health.meal(HealthFixtures.unique("Veggie lasagne"), mains);
        health.mealOnWeekdays(location, lunch, bowl, 1, 2, 3);
        health.mealOnWeekdays(location, dinner, bowl, 4, 5); // 5 slots over two dayparts
        health.mealOnWeekdays(location, lunch, stew, 4, 5, 6, 7); // exactly 4 ...
        health.mealOnDates(location, lunch, stew, TODAY.plusDays(3)); // ... the same slot again counts once ...
        health.mealOnDates(location, dinner, stew, TODAY.plusDays(7)); // ... and next Monday is outside the 7 days

        List<JsonNode> found = findings(check(admin, location), "dish_repetition");
        assertThat(found).extracting(f -> f.at("/evidence/meal_id").asText()).contains(bowl.toString())
                .doesNotContain(stew.toString());
        JsonNode finding = about(found, "meal_id", bowl);
        assertThat(finding.get("severity").asText()).isEqualTo("info");
        assertThat(finding.at("/evidence/slot_count").asInt()).isEqualTo(5);
        assertThat(finding.at("/evidence/max_slots").asInt()).isEqualTo(4);
        assertThat(finding.at("/evidence/dates").toString())
                .isEqualTo("[\"2026-03-02\",\"2026-03-03\",\"2026-03-04\",\"2026-03-05\",\"2026-03-06\"]");
        assertThat(finding.at("/evidence/dayparts").toString()).isEqualTo("[\"Lunch\",\"Dinner\"]");
        assertThat(finding.get("suggested_actions").get(0).asText())
                .contains("Rotate in other " + mains).contains(name(lasagne)).doesNotContain(name(stew));
    }

    @Test
    void categoryStaleFlagsACategoryWithNothingScheduledInFourteenDays() {
        UUID location = ops.location("Stale");
        UUID lunch = health.daypart(location, "Lunch", "11:00", "14:00");
        String soups = HealthFixtures.unique("Soup");
        String sides = HealthFixtures.unique("Sides");
        UUID lentil = health.meal(HealthFixtures.unique("Lentil soup"), soups);
        UUID tomato = health.meal(HealthFixtures.unique("Tomato soup"), soups);
        UUID fries = health.meal(HealthFixtures.unique("Fries"), sides);
        health.meal(HealthFixtures.unique("Slaw"), sides.toUpperCase()); // the same category in other case
        health.mealOnDates(location, lunch, tomato, TODAY.plusDays(14)); // the day after the window
        health.mealOnDates(location, lunch, fries, TODAY.plusDays(13)); // the window's last day

        List<JsonNode> found = findings(check(admin, location), "category_stale");
        assertThat(found).extracting(f -> f.at("/evidence/category").asText().toLowerCase())
                .contains(soups.toLowerCase()).doesNotContain(sides.toLowerCase());
        JsonNode finding = found.stream().filter(f -> f.at("/evidence/category").asText().equals(soups))
                .findFirst().orElseThrow();
        assertThat(finding.at("/evidence/meals").findValuesAsText("meal_id"))
                .containsExactly(lentil.toString(), tomato.toString());
        assertThat(finding.get("suggested_actions").get(0).asText()).contains(name(lentil), name(tomato));
    }

    @Test
    void daypartEmptyWarnsOfDaysWithNoAvailablePlacement() {
        UUID location = ops.location("Gaps");
        UUID lunch = health.daypart(location, "Lunch", "11:00", "14:00");
        UUID late = health.daypart(location, "Late night", "22:00", "02:00");
        UUID burger = health.meal(HealthFixtures.unique("Burger"), null);
        health.mealOnWeekdays(location, lunch, burger, EVERY_DAY);
        health.mealOnWeekdays(location, late, burger, 1, 2, 3, 4, 5);
        health.placement(location, late, burger, null, new int[] {6}, new LocalDate[0], false); // sold out

        List<JsonNode> found = findings(check(admin, location), "daypart_empty");
        assertThat(found).hasSize(1);
        JsonNode finding = found.getFirst();
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
        assertThat(finding.at("/evidence/daypart_id").asText()).isEqualTo(late.toString());
        assertThat(finding.at("/evidence/start_time").asText()).isEqualTo("22:00");
        assertThat(finding.at("/evidence/end_time").asText()).isEqualTo("02:00");
        assertThat(finding.at("/evidence/empty_dates").toString()).isEqualTo("[\"2026-03-07\",\"2026-03-08\"]");
        assertThat(finding.get("suggested_actions").toString()).contains("available again");
    }

    @Test
    void costOutlierComparesTheCurrentCostWithTheMedianOfItsOwnRecentPast() {
        UUID location = ops.location("Costs");
        UUID lunch = health.daypart(location, "Lunch", "11:00", "14:00");
        UUID thighs = ops.item(HealthFixtures.unique("Chicken thigh"), "lb");
        health.preferredVendor(thighs, HealthFixtures.unique("Sysco"), 5200, 40);
        UUID jumped = scheduledMealWithHistory(location, lunch, health.pricedMeal(
                HealthFixtures.unique("Chicken bowl"), 700, HealthFixtures.item(thighs, 0.5)), 700, 500, 500);
        UUID warned = scheduledMealWithHistory(location, lunch, "Pork bowl", 600, 500);
        UUID exactly = scheduledMealWithHistory(location, lunch, "Tofu bowl", 575, 500, 500);
        UUID firstCost = scheduledMealWithHistory(location, lunch, "New bowl", 900);
        UUID oldPast = health.pricedMeal(HealthFixtures.unique("Old bowl"), 650);
        health.cost(oldPast, 100, "meal created", NOW.minus(Duration.ofDays(100))); // outside the 90 days
        health.cost(oldPast, 600, "price change", NOW.minus(Duration.ofDays(10)));
        health.cost(oldPast, 650, "price change", NOW.minus(Duration.ofDays(1)));
        health.mealOnWeekdays(location, lunch, oldPast, 1);
        UUID unscheduled = health.pricedMeal(HealthFixtures.unique("Unscheduled bowl"), 2000);
        health.cost(unscheduled, 500, "meal created", NOW.minus(Duration.ofDays(5)));
        health.cost(unscheduled, 2000, "price change", NOW.minus(Duration.ofDays(1)));

        List<JsonNode> found = findings(check(admin, location), "cost_outlier");
        assertThat(found).extracting(f -> f.at("/evidence/meal_id").asText())
                .containsExactlyInAnyOrder(jumped.toString(), warned.toString())
                .doesNotContain(exactly.toString(), firstCost.toString(), oldPast.toString(), unscheduled.toString());
        JsonNode critical = about(found, "meal_id", jumped);
        assertThat(critical.get("severity").asText()).isEqualTo("critical"); // 40% is above twice 15%
        assertThat(critical.at("/evidence/before_cents").asLong()).isEqualTo(500);
        assertThat(critical.at("/evidence/after_cents").asLong()).isEqualTo(700);
        assertThat(critical.at("/evidence/increase_percent").asDouble()).isEqualTo(40.0);
        assertThat(critical.at("/evidence/history_entries").asInt()).isEqualTo(2);
        assertThat(critical.at("/evidence/latest_cause").asText()).isEqualTo("price change");
        assertThat(critical.at("/evidence/latest_recorded_at").asText()).isEqualTo("2026-03-02T03:00:00Z");
        assertThat(critical.get("suggested_actions").get(0).asText()).contains(name(thighs, "items"), "5200");
        assertThat(about(found, "meal_id", warned).get("severity").asText()).isEqualTo("warning"); // 20%
    }

    @Test
    void useItUpFlagsStockAboveTwiceParThatNothingScheduledUses() {
        UUID location = ops.location("Stock");
        UUID store = ops.store(location, "Cooler");
        UUID freezer = ops.store(location, "Freezer");
        UUID lunch = health.daypart(location, "Lunch", "11:00", "14:00");
        UUID squash = stocked(location, store, "Squash", 10, 25);
        ops.setQuantity(freezer, squash, 1, "receive"); // 26 over both stores
        UUID onions = stocked(location, store, "Onions", 10, 20); // exactly 2× par
        UUID stockInSauce = stocked(location, store, "Stock", 10, 50);
        UUID cans = stocked(location, store, "Soda cans", 10, 50);
        UUID beans = stocked(location, store, "Beans", 10, 50);
        UUID sauce = health.meal(HealthFixtures.unique("Sauce"), null, HealthFixtures.item(stockInSauce, 1));
        // stock is two levels down a scheduled meal
        UUID plate = health.meal(HealthFixtures.unique("Plate"), null, HealthFixtures.meal(sauce, 1));
        health.mealOnDates(location, lunch, plate, TODAY.plusDays(13));
        health.itemOnWeekdays(location, lunch, cans, 3); // sold as it is
        // a meal that uses beans, not scheduled
        UUID chili = health.meal(HealthFixtures.unique("Chili"), null, HealthFixtures.item(beans, 2));

        List<JsonNode> found = findings(check(admin, location), "use_it_up");
        assertThat(found).extracting(f -> f.at("/evidence/item_id").asText())
                .containsExactly(beans.toString(), squash.toString()) // by name
                .doesNotContain(onions.toString(), stockInSauce.toString(), cans.toString());
        JsonNode squashFinding = about(found, "item_id", squash);
        assertThat(squashFinding.at("/evidence/stock").asDouble()).isEqualTo(26.0);
        assertThat(squashFinding.at("/evidence/par_level").asDouble()).isEqualTo(10.0);
        assertThat(squashFinding.at("/evidence/unit").asText()).isEqualTo("kg");
        assertThat(squashFinding.get("suggested_actions").toString()).contains("No meal uses", "Lower the par");
        assertThat(about(found, "item_id", beans).get("suggested_actions").get(0).asText()).contains(name(chili));
    }

    @Test
    void managersOfTheLocationAndAdminsOnly() {
        UUID location = ops.location("Scope");
        UUID other = ops.location("Other");
        TestUser manager = ops.managerOf(location);
        assertThat(api.as(manager).get("/menu-health?location_id=" + location).status()).isEqualTo(200);
        assertThat(admin.get("/menu-health?location_id=" + other).status()).isEqualTo(200);
        assertThat(api.as(manager).get("/menu-health?location_id=" + other).assertError(403))
                .isEqualTo("You are not assigned to location " + other);
        assertThat(api.as(api.newUser("staff")).get("/menu-health?location_id=" + location).assertError(403))
                .isEqualTo("Insufficient role. Required: [admin, manager]");
        assertThat(api.get("/menu-health?location_id=" + location).status()).isEqualTo(401);
        assertThat(admin.get("/menu-health").assertError(400)).contains("location_id is required");
        assertThat(admin.get("/menu-health?location_id=lunch").assertError(400)).contains("must be a UUID");
        UUID unknown = UUID.randomUUID();
        assertThat(admin.get("/menu-health?location_id=" + unknown).status()).isEqualTo(404);
        assertThat(api.as(manager).get("/menu-health?location_id=" + unknown).status()).isEqualTo(403);
    }

    @Test
    void theSameDataAndClockGiveTheSameFindingsInOrder() {
        UUID location = ops.location("Same");
        UUID store = ops.store(location, "Cooler");
        UUID lunch = health.daypart(location, "Lunch", "11:00", "14:00");
        health.daypart(location, "Dinner", "17:00", "21:00");
        stocked(location, store, "Rice", 1, 30);
        stocked(location, store, "Flour", 1, 30);
        scheduledMealWithHistory(location, lunch, "Fish bowl", 900, 500);
        UUID rice = health.meal(HealthFixtures.unique("Rice bowl"), HealthFixtures.unique("Bowls"));
        health.mealOnWeekdays(location, lunch, rice, EVERY_DAY);

        String first = admin.get("/menu-health?location_id=" + location).body();
        String second = admin.get("/menu-health?location_id=" + location).body();
        assertThat(second).isEqualTo(first);
        List<String> order = new ArrayList<>();
        check(admin, location).get("findings").forEach(f -> order.add(f.get("severity").asText() + " "
                + f.get("code").asText()));
        assertThat(order).isSortedAccordingTo((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b));
        assertThat(order).contains("critical cost_outlier", "warning daypart_empty", "info dish_repetition",
                "info use_it_up");
    }

    @Test
    void thresholdsComeFromConfiguration() {
        try (TestGateway strict = TestGateway.start(Map.of("PREPTABLE_HEALTH_REPEAT_MAX", "2",
                "PREPTABLE_HEALTH_STOCK_FACTOR", "1.5", "PREPTABLE_HEALTH_COST_JUMP_PERCENT", "50"),
                new MutableClock(NOW))) {
            for (TestGateway target : List.of(gateway, strict)) {
                boolean isStrict = target == strict;
                ApiClient client = target.client();
                ApiClient boss = client.as(client.admin());
                OpsFixtures fixtures = new OpsFixtures(client);
                HealthFixtures meals = new HealthFixtures(target.sql(), client);
                UUID location = fixtures.location("Thresholds");
                UUID store = fixtures.store(location, "Cooler");
                UUID lunch = meals.daypart(location, "Lunch", "11:00", "14:00");
                UUID soup = meals.pricedMeal(HealthFixtures.unique("Soup"), 700);
                meals.mealOnWeekdays(location, lunch, soup, 1, 2, 3); // 3 slots
                meals.cost(soup, 500, "meal created", NOW.minus(Duration.ofDays(3)));
                meals.cost(soup, 700, "price change", NOW.minus(Duration.ofDays(1))); // +40%
                UUID rice = fixtures.item(HealthFixtures.unique("Rice"), "kg");
                fixtures.par(rice, location, 10, 2);
                fixtures.setQuantity(store, rice, 16, "receive"); // 1.6× par

                JsonNode answer = check(boss, location);
                assertThat(findings(answer, "dish_repetition")).as("3 slots, strict=" + isStrict)
                        .hasSize(isStrict ? 1 : 0);
                assertThat(findings(answer, "use_it_up")).as("1.6× par, strict=" + isStrict)
                        .hasSize(isStrict ? 1 : 0);
                assertThat(findings(answer, "cost_outlier")).as("+40%, strict=" + isStrict)
                        .hasSize(isStrict ? 0 : 1);
            }
        }
    }

    private UUID scheduledMealWithHistory(UUID location, UUID daypart, String name, long current, long... earlier) {
        return scheduledMealWithHistory(location, daypart, health.pricedMeal(HealthFixtures.unique(name), current),
                current, earlier);
    }

    private UUID scheduledMealWithHistory(UUID location, UUID daypart, UUID meal, long current, long... earlier) {
        for (int i = 0; i < earlier.length; i++) {
            health.cost(meal, earlier[i], i == 0 ? "meal created" : "price change",
                    NOW.minus(Duration.ofDays(30L - i)));
        }
        health.cost(meal, current, earlier.length == 0 ? "meal created" : "price change",
                NOW.minus(Duration.ofDays(1)));
        health.mealOnDates(location, daypart, meal, TODAY.plusDays(10));
        return meal;
    }

    private UUID stocked(UUID location, UUID store, String name, double par, double stock) {
        UUID item = ops.item(HealthFixtures.unique(name), "kg");
        ops.par(item, location, par, par / 2);
        ops.setQuantity(store, item, stock, "receive");
        return item;
    }

    private static int rank(String severityAndCode) {
        return List.of("critical", "warning", "info").indexOf(severityAndCode.split(" ")[0]);
    }

    private static JsonNode check(ApiClient client, UUID location) {
        var answer = client.get("/menu-health?location_id=" + location);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<JsonNode> findings(JsonNode answer, String code) {
        List<JsonNode> found = new ArrayList<>();
        answer.get("findings").forEach(f -> {
            if (f.get("code").asText().equals(code)) {
                found.add(f);
            }
        });
        return found;
    }

    private static JsonNode about(List<JsonNode> findings, String field, UUID id) {
        return findings.stream().filter(f -> f.at("/evidence/" + field).asText().equals(id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no finding about " + id + " in " + findings));
    }

    private static String name(UUID meal) {
        return name(meal, "meals");
    }

    private static String name(UUID id, String table) {
        return gateway.sql().text("SELECT name FROM " + table + " WHERE id = ?", id);
    }
}
