package org.preptable.gateway.ops.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/** Menus, dayparts, placements, meals and items for the menu tests, made through the API as an admin. */
final class MenuFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final TestGateway gateway;
    final ApiClient api;
    final ApiClient admin;

    MenuFixtures(TestGateway gateway) {
        this.gateway = gateway;
        this.api = gateway.client();
        this.admin = api.as(api.admin());
    }

    UUID location(String name, String zone) {
        return id(admin.post("/locations", Map.of("name", name + " " + COUNTER.incrementAndGet(), "timezone", zone)));
    }

    UUID menu(String name) {
        return id(admin.post("/menus", Map.of("name", name + " " + COUNTER.incrementAndGet())));
    }

    UUID daypart(UUID location, String name, String start, String end) {
        return id(admin.post("/locations/" + location + "/dayparts",
                Map.of("name", name, "start_time", start, "end_time", end)));
    }

    UUID item(String name) {
        return id(admin.post("/items", Map.of("sku", "MENU-" + COUNTER.incrementAndGet(), "name", name, "unit", "ea")));
    }

    /** A meal with no components, through the meals API; allergens by id (the seeded EU-14 ids are their numbers). */
    UUID meal(String name, String description, long... allergenIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + COUNTER.incrementAndGet());
        body.put("description", description);
        body.put("allergen_ids", java.util.Arrays.stream(allergenIds).boxed().toList());
        body.put("components", List.of());
        return id(admin.post("/meals", body));
    }

    /** A placement body; {@code target} is a meal or an item id, told apart by {@code meal}. */
    static Map<String, Object> placement(UUID menu, UUID daypart, UUID target, boolean meal, List<Integer> weekdays,
                                         List<String> dates, Long price, Boolean available, Integer position) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("menu_id", menu.toString());
        body.put("daypart_id", daypart.toString());
        body.put(meal ? "meal_id" : "item_id", target.toString());
        body.put("weekdays", weekdays);
        body.put("dates", dates);
        if (price != null) {
            body.put("price_cents", price);
        }
        if (available != null) {
            body.put("available", available);
        }
        if (position != null) {
            body.put("position", position);
        }
        return body;
    }

    UUID place(UUID location, Map<String, Object> body) {
        return id(admin.post("/locations/" + location + "/placements", body));
    }

    /** Every day of the week. */
    static List<Integer> everyDay() {
        return new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7));
    }

    /** A manager assigned to this location only. */
    TestUser managerOf(UUID location) {
        TestUser manager = api.newUser("manager");
        assertThat(admin.put("/admin/users/" + manager.id() + "/locations",
                Map.of("location_ids", List.of(location.toString()))).status()).isEqualTo(200);
        return manager;
    }

    /** A signed-in kiosk session of the location, as the kiosk app holds it (cookie and Origin). */
    ApiClient kiosk(UUID location) {
        ApiResponse rotated = admin.post("/locations/" + location + "/kiosk_token/rotate", null);
        ApiResponse signedIn = api.post("/signage/auth", Map.of("token", rotated.json().get("token").asText()));
        String setCookie = signedIn.header("Set-Cookie");
        assertThat(setCookie).startsWith(SessionStore.COOKIE + "=");
        return api.withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                .withHeader("Origin", gateway.baseUrl());
    }

    static UUID id(ApiResponse created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }
}
