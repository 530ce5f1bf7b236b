package org.preptable.gateway.kitchen.dishes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * A gateway whose clock the test sets (the kitchen's zone is the default, Europe/Copenhagen), with seed 001's
 * stations in seed order (Cold Kitchen 1, Hot Kitchen 2, Pastry 3) and a brigade: the first admin renamed Gordon
 * Ramsay (head chef, number 1, as in the seed), a sous chef and two line cooks.
 */
public final class KitchenFixture implements AutoCloseable {

    public final MutableClock clock;
    public final TestGateway gateway;
    public final ApiClient api;
    public final TestUser gordon;
    public final TestUser sous;
    public final TestUser claire;
    public final TestUser rene;
    public final ApiClient headChef;
    public final ApiClient sousChef;
    public final ApiClient lineCook;
    public final ApiClient otherCook;
    public final Map<String, Long> stations = new LinkedHashMap<>();

    public KitchenFixture(Instant now) {
        this(now, Map.of());
    }

    public KitchenFixture(Instant now, Map<String, String> settings) {
        clock = new MutableClock(now);
        gateway = TestGateway.start(settings, clock);
        api = gateway.client();
        gordon = api.admin();
        headChef = api.as(gordon);
        assertThat(headChef.put("/users/" + gordon.number(),
                Map.of("firstName", "Gordon", "lastName", "Ramsay")).status()).isEqualTo(200);
        sous = api.newUser("SOUS_CHEF");
        claire = api.newUser("LINE_COOK");
        rene = api.newUser("LINE_COOK");
        sousChef = api.as(sous);
        lineCook = api.as(claire);
        otherCook = api.as(rene);
        for (List<String> station : List.of(List.of("Cold Kitchen", "Salads & Starters"),
                List.of("Hot Kitchen", "Main Courses"), List.of("Pastry", "Desserts & Bread"))) {
            ApiResponse created = headChef.post("/stations",
                    Map.of("name", station.get(0), "description", station.get(1)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            stations.put(station.get(0), created.json().get("id").asLong());
        }
    }

    /** Sets the clock to {@code instant} (forwards or back). */
    public void at(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    public long station(String name) {
        return stations.get(name);
    }

    /** Creates a dish as the head chef and returns it; fails the test on anything but 201. */
    public JsonNode dish(String nameDa, String descriptionDa, String station, List<Integer> allergenIds) {
        ApiResponse created = headChef.post("/dishes", Map.of("nameDA", nameDa, "descriptionDA", descriptionDa,
                "stationId", station(station), "allergenIds", allergenIds));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Gives a dish its English texts (a PUT keeping the Danish texts and allergens). */
    public JsonNode translate(JsonNode dish, String nameEn, String descriptionEn) {
        List<Long> allergens = new java.util.ArrayList<>();
        dish.get("allergens").forEach(allergen -> allergens.add(allergen.get("id").asLong()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameDA", dish.get("nameDA").asText());
        body.put("descriptionDA", dish.get("descriptionDA").asText());
        body.put("nameEN", nameEn);
        body.put("descriptionEN", descriptionEn);
        body.put("allergenIds", allergens);
        ApiResponse updated = headChef.put("/dishes/" + dish.get("id").asLong(), body);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        return updated.json();
    }

    /** A weekly menu row with one slot per dish (written directly: the menus' own routes are not under test). */
    public long menu(int week, int year, String status, long... dishIds) {
        long menu = gateway.sql().count("INSERT INTO weekly_menus (week_number, year, status) VALUES (?, ?, ?)"
                + " RETURNING id", week, year, status);
        for (long dishId : dishIds) {
            gateway.sql().execute("INSERT INTO weekly_menu_slots (menu_id, day_of_week, station_id, dish_id)"
                    + " SELECT ?, 'MONDAY', station_id, id FROM dishes WHERE id = ?", menu, dishId);
        }
        return menu;
    }

    @Override
    public void close() {
        gateway.close();
    }
}
