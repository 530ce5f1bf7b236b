package org.preptable.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;
import org.preptable.gateway.testing.WebhookSender;

/**
 * What the generated contract tests call the API with: two locations (the callers' own and one outside their
 * scope), a store, an order, a daypart and a placement (of the one item, on the one menu) at each, a vendor selling
 * the item and a purchase order of it at each, and one caller of every kind — nobody, each role of both dialects,
 * and a kiosk session of the inside location.
 */
final class ContractFixtures {

    /** The kinds of caller the matrix tries on every operation. */
    enum Caller { NOBODY, ADMIN, MANAGER, STAFF, CUSTOMER, KIOSK }

    final TestGateway gateway;
    final ApiClient api;
    final UUID inside;
    final UUID outside;
    final UUID insideStore;
    final UUID outsideStore;
    final UUID item;
    final UUID insideOrder;
    final UUID outsideOrder;
    final UUID menu;
    final UUID insideDaypart;
    final UUID outsideDaypart;
    final UUID insidePlacement;
    final UUID outsidePlacement;
    final UUID vendor;
    final UUID insidePurchaseOrder;
    final UUID outsidePurchaseOrder;
    private final Map<Caller, ApiClient> clients = new LinkedHashMap<>();
    private final Map<Caller, TestUser> users = new LinkedHashMap<>();

    ContractFixtures(TestGateway gateway) {
        this.gateway = gateway;
        this.api = gateway.client();
        ApiClient admin = api.as(api.admin());
        inside = id(admin.post("/locations", Map.of("name", "Matrix Inside", "timezone", "America/Chicago",
                "saavor_store_ref", "matrix-inside", "ready_hold_seconds", 300)));
        outside = id(admin.post("/locations", Map.of("name", "Matrix Outside", "timezone", "America/Chicago",
                "saavor_store_ref", "matrix-outside", "ready_hold_seconds", 300)));
        insideStore = id(admin.post("/stores", Map.of("location_id", inside.toString(), "name", "Inside cooler")));
        outsideStore = id(admin.post("/stores", Map.of("location_id", outside.toString(), "name", "Outside cooler")));
        item = id(admin.post("/items", Map.of("sku", "MTX-ONION", "name", "Onion", "unit", "kg",
                "category", "produce")));
        insideOrder = order(admin, "matrix-inside", inside);
        outsideOrder = order(admin, "matrix-outside", outside);
        menu = id(admin.post("/menus", Map.of("name", "Matrix menu")));
        insideDaypart = daypart(admin, inside);
        outsideDaypart = daypart(admin, outside);
        insidePlacement = placement(admin, inside, insideDaypart);
        outsidePlacement = placement(admin, outside, outsideDaypart);
        vendor = id(admin.post("/vendors", Map.of("name", "Matrix Produce")));
        ApiResponse priced = admin.put("/vendors/" + vendor + "/items/" + item,
                Map.of("price_cents", 1400, "pack_size", 50));
        assertThat(priced.status()).as(priced.body()).isEqualTo(200);
        insidePurchaseOrder = purchaseOrder(admin, inside);
        outsidePurchaseOrder = purchaseOrder(admin, outside);
        refreshCallers();
    }

    /** Signs every caller in afresh (after an operation that may have ended a session). */
    void refreshCallers() {
        ApiClient admin = api.as(api.admin());
        users.put(Caller.ADMIN, api.admin());
        users.put(Caller.MANAGER, api.newUser("manager"));
        users.put(Caller.STAFF, api.newUser("staff"));
        users.put(Caller.CUSTOMER, api.newUser("CUSTOMER"));
        assertThat(admin.put("/admin/users/" + users.get(Caller.MANAGER).id() + "/locations",
                Map.of("location_ids", List.of(inside.toString()))).status()).isEqualTo(200);
        clients.put(Caller.NOBODY, api);
        for (Caller caller : List.of(Caller.ADMIN, Caller.MANAGER, Caller.STAFF, Caller.CUSTOMER)) {
            clients.put(caller, api.as(users.get(caller)));
        }
        ApiResponse rotated = admin.post("/locations/" + inside + "/kiosk_token/rotate", null);
        ApiResponse signedIn = api.post("/signage/auth", Map.of("token", rotated.json().get("token").asText()));
        String setCookie = signedIn.header("Set-Cookie");
        assertThat(setCookie).startsWith(SessionStore.COOKIE + "=");
        // A cookie session's writes must come from the gateway's own origin, as the kiosk app sends it.
        clients.put(Caller.KIOSK, api.withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                .withHeader("Origin", gateway.baseUrl()));
    }

    ApiClient client(Caller caller) {
        return clients.get(caller);
    }

    /** The caller's own user, for operations a line cook may only do to themself. */
    TestUser user(Caller caller) {
        return users.get(caller);
    }

    /** Whether a caller passes an operation's role list (names of either dialect). */
    static boolean admits(JsonNode roles, Caller caller) {
        if (caller == Caller.NOBODY) {
            return false;
        }
        for (JsonNode role : roles) {
            String name = role.asText().toLowerCase(java.util.Locale.ROOT);
            boolean same = switch (caller) {
                case ADMIN -> name.equals("admin") || name.equals("head_chef");
                case MANAGER -> name.equals("manager") || name.equals("sous_chef");
                case STAFF -> name.equals("staff") || name.equals("line_cook");
                case CUSTOMER -> name.equals("customer");
                case KIOSK -> name.equals("kiosk");
                case NOBODY -> false;
            };
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static UUID id(ApiResponse created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    private static UUID daypart(ApiClient admin, UUID location) {
        return id(admin.post("/locations/" + location + "/dayparts",
                Map.of("name", "Lunch", "start_time", "11:00", "end_time", "14:00")));
    }

    private UUID placement(ApiClient admin, UUID location, UUID daypart) {
        return id(admin.post("/locations/" + location + "/placements", Map.of("menu_id", menu.toString(),
                "daypart_id", daypart.toString(), "item_id", item.toString(), "weekdays", List.of(1, 2, 3, 4, 5))));
    }

    /** A draft to the fixture vendor for the fixture item. */
    private UUID purchaseOrder(ApiClient admin, UUID location) {
        return id(admin.post("/purchase-orders", Map.of("location_id", location.toString(),
                "vendor_id", vendor.toString(), "lines", List.of(Map.of("item_id", item.toString(), "quantity", 10)))));
    }

    private UUID order(ApiClient admin, String storeRef, UUID location) {
        String saavorId = "MTX-" + UUID.randomUUID();
        ApiResponse sent = new WebhookSender(api).send(WebhookSender.event("order.created", storeRef, saavorId,
                Instant.now(), WebhookSender.line("BRG-CLS", "Classic burger", 1)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return UUID.fromString(sent.json().get("order_id").asText());
    }
}
