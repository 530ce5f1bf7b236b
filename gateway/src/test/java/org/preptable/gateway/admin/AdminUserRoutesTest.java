package org.preptable.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

@ExtendWith(GatewayExtension.class)
class AdminUserRoutesTest {

    private static UUID location(TestGateway gateway, String name) {
        return UUID.fromString(gateway.sql().text("INSERT INTO locations (name) VALUES (?) RETURNING id", name));
    }

    @Test
    void adminListsUsersInTheOperationsDialect(ApiClient api) {
        TestUser manager = api.newUser("SOUS_CHEF");

        var list = api.as(api.admin()).get("/admin/users");
        assertThat(list.status()).isEqualTo(200);
        var entry = java.util.stream.StreamSupport.stream(list.json().spliterator(), false)
                .filter(user -> user.get("id").asText().equals(manager.id().toString())).findFirst().orElseThrow();
        assertThat(entry.get("role").asText()).isEqualTo("manager");
        assertThat(entry.get("first_name").asText()).isEqualTo("Test");
        assertThat(entry.get("created_at").asText()).endsWith("Z");
        assertThat(entry.has("password_hash")).isFalse();

        assertThat(api.as(manager).get("/admin/users").assertError(403)).isEqualTo("Insufficient role. Required: [admin]");
    }

    @Test
    void locationSetIsReplacedAndAppliesOnTheNextRequest(TestGateway gateway, ApiClient api) {
        UUID harlingen = location(gateway, "Harlingen " + UUID.randomUUID());
        UUID waco = location(gateway, "Waco " + UUID.randomUUID());
        TestUser manager = api.newUser("manager");
        String path = "/admin/users/" + manager.id() + "/locations";

        assertThat(api.as(api.admin()).get(path).json().get("location_ids")).isEmpty();
        var set = api.as(api.admin()).put(path, Map.of("location_ids", List.of(harlingen.toString(), waco.toString())));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("location_ids")).hasSize(2);
        assertThat(api.as(manager).get("/auth/me").json().get("location_ids").toString())
                .contains(harlingen.toString(), waco.toString());

        api.as(api.admin()).put(path, Map.of("location_ids", List.of(waco.toString())));
        var me = api.as(manager).get("/auth/me").json().get("location_ids");
        assertThat(me).hasSize(1);
        assertThat(me.get(0).asText()).isEqualTo(waco.toString());

        // by kitchen-planning number too
        assertThat(api.as(api.admin()).get("/admin/users/" + manager.number() + "/locations").json()
                .get("user_id").asText()).isEqualTo(manager.id().toString());
    }

    @Test
    void badLocationSetsAreRefusedAndChangeNothing(TestGateway gateway, ApiClient api) {
        UUID kept = location(gateway, "Kept " + UUID.randomUUID());
        TestUser manager = api.newUser("manager");
        String path = "/admin/users/" + manager.id() + "/locations";
        api.as(api.admin()).put(path, Map.of("location_ids", List.of(kept.toString())));

        UUID missing = UUID.randomUUID();
        assertThat(api.as(api.admin()).put(path, Map.of("location_ids", List.of(kept.toString(), missing.toString())))
                .assertError(404)).isEqualTo("Location with ID " + missing + " was not found.");
        assertThat(api.as(api.admin()).put(path, Map.of("location_ids", List.of("harlingen"))).assertError(400))
                .contains("location UUIDs");
        assertThat(api.as(api.admin()).put(path, "{}").assertError(400)).contains("location_ids");
        assertThat(api.as(api.admin()).put("/admin/users/" + UUID.randomUUID() + "/locations",
                Map.of("location_ids", List.of())).status()).isEqualTo(404);
        assertThat(api.as(manager).put(path, Map.of("location_ids", List.of())).status()).isEqualTo(403);

        assertThat(api.as(api.admin()).get(path).json().get("location_ids").get(0).asText()).isEqualTo(kept.toString());
    }
}
