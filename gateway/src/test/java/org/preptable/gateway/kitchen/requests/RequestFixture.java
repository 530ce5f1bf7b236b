package org.preptable.gateway.kitchen.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;

/**
 * The kitchen fixture with the cooks at their stations (Claire at Hot Kitchen, Rene at Cold Kitchen, as in the
 * demo), a dish at each and an inactive one, and helpers to write ingredient requests. "Today" is Tuesday
 * 2 June 2026 in Copenhagen.
 */
public final class RequestFixture implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-06-02T08:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-06-02");

    public final KitchenFixture kitchen;
    public final long salmon;
    public final long steak;
    public final long retired;

    public RequestFixture(Map<String, String> settings) {
        kitchen = new KitchenFixture(NOW, settings);
        rename(kitchen.claire.number(), "Claire", "Smyth");
        rename(kitchen.rene.number(), "Rene", "Redzepi");
        assign(kitchen.claire.number(), kitchen.station("Hot Kitchen"));
        assign(kitchen.rene.number(), kitchen.station("Cold Kitchen"));
        salmon = kitchen.dish("Røget Laks", "Laks med dildcreme og rugbrødschips", "Cold Kitchen", List.of(4))
                .get("id").asLong();
        steak = kitchen.dish("Bøf Bearnaise", "Oksemørbrad med hjemmelavet bearnaise", "Hot Kitchen", List.of(3))
                .get("id").asLong();
        retired = kitchen.dish("Gammel Ret", "En ret der ikke laves mere", "Hot Kitchen", List.of(1))
                .get("id").asLong();
        assertThat(kitchen.headChef.patch("/dishes/" + retired + "/deactivate", null).status()).isEqualTo(200);
    }

    private void rename(long user, String firstName, String lastName) {
        ApiResponse renamed = kitchen.headChef.put("/users/" + user,
                Map.of("firstName", firstName, "lastName", lastName));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    }

    private void assign(long user, long station) {
        ApiResponse assigned = kitchen.headChef.patch("/users/" + user + "/station/" + station, null);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }

    /** A request body; {@code dishId} null makes it general stock. */
    public static Map<String, Object> body(String name, double quantity, String unit, LocalDate date, Long dishId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("quantity", quantity);
        body.put("unit", unit);
        body.put("requestType", dishId == null ? "GENERAL_STOCK" : "DISH_SPECIFIC");
        body.put("deliveryDate", date.toString());
        if (dishId != null) {
            body.put("dishId", dishId);
        }
        return body;
    }

    /** Creates a request and returns it; fails the test on anything but 201. */
    public static JsonNode create(ApiClient as, Map<String, Object> body) {
        ApiResponse created = as.post("/ingredient-requests", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Creates and approves a request; returns its id. */
    public long approved(ApiClient as, Map<String, Object> body) {
        long id = create(as, body).get("id").asLong();
        ApiResponse approved = kitchen.headChef.patch("/ingredient-requests/" + id + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    @Override
    public void close() {
        kitchen.close();
    }
}
