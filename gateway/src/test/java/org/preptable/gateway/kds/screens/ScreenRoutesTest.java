package org.preptable.gateway.kds.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.kds.KdsFixtures;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** A location's kitchen screens, configured centrally: {@code /locations/{id}/screens} (issue 17). */
@ExtendWith(GatewayExtension.class)
class ScreenRoutesTest {

    private static String screens(Kitchen kitchen) {
        return "/locations/" + kitchen.locationId() + "/screens";
    }

    private static Map<String, Object> settings(Long station, Integer warn, Integer late) {
        Map<String, Object> body = new HashMap<>();
        body.put("station_id", station);
        body.put("warn_seconds", warn);
        body.put("late_seconds", late);
        return body;
    }

    @Test
    void managersCreateReplaceListAndDeleteScreensAudited(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        var manager = api.newUser("manager");
        ApiClient admin = api.as(api.admin());
        assertThat(admin.put("/admin/users/" + manager.id() + "/locations",
                Map.of("location_ids", List.of(kitchen.locationId().toString()))).status()).isEqualTo(200);
        ApiClient boss = api.as(manager);
        long mark = AuditTrail.mark(gateway);

        var created = boss.put(screens(kitchen) + "/Grill-1", settings(kitchen.grillStationId(), 300, 600));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode grill = created.json();
        assertThat(grill.get("name").asText()).isEqualTo("grill-1");
        assertThat(grill.get("location_id").asText()).isEqualTo(kitchen.locationId().toString());
        assertThat(grill.get("station_id").asLong()).isEqualTo(kitchen.grillStationId());
        assertThat(grill.get("warn_seconds").asInt()).isEqualTo(300);
        assertThat(grill.get("late_seconds").asInt()).isEqualTo(600);
        assertThat(grill.get("last_seen_at").isNull()).isTrue();

        // a replace: every field is set anew, one left out is null afterwards
        var replaced = boss.put(screens(kitchen) + "/grill-1", Map.of("warn_seconds", 120));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("id").asText()).isEqualTo(grill.get("id").asText());
        assertThat(replaced.json().get("station_id").isNull()).isTrue();
        assertThat(replaced.json().get("warn_seconds").asInt()).isEqualTo(120);
        assertThat(replaced.json().get("late_seconds").isNull()).isTrue();

        assertThat(admin.put(screens(kitchen) + "/expo", Map.of()).status()).isEqualTo(201);
        var list = api.as(api.newUser("staff")).get(screens(kitchen));
        assertThat(list.status()).isEqualTo(200);
        assertThat(names(list.json())).containsExactly("expo", "grill-1");

        assertThat(boss.delete(screens(kitchen) + "/GRILL-1").status()).isEqualTo(204);
        assertThat(boss.delete(screens(kitchen) + "/grill-1").assertError(404)).contains("grill-1");
        assertThat(names(boss.get(screens(kitchen)).json())).containsExactly("expo");

        String id = grill.get("id").asText();
        assertThat(AuditTrail.since(gateway, mark).stream().filter(row -> row.contains(" kiosk_screens ")))
                .containsExactly("create kiosk_screens " + id, "update kiosk_screens " + id,
                        "create kiosk_screens " + gateway.sql().text("SELECT id::text FROM kiosk_screens"
                                + " WHERE location_id = ?::uuid AND name = 'expo'", kitchen.locationId().toString()),
                        "delete kiosk_screens " + id);
        assertThat(gateway.sql().text("SELECT before::text || ' ' || after::text FROM audit_log"
                + " WHERE action = 'update' AND entity_id = ?", id)).contains("\"warn_seconds\": 300")
                .contains("\"warn_seconds\": 120");
    }

    @Test
    void badNamesStationsAndThresholdsAre400(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        for (String name : List.of("-grill", "_grill", "grill%201", "gr%C3%A9ll", "x".repeat(41), "grill.1")) {
            assertThat(admin.put(screens(kitchen) + "/" + name, Map.of()).assertError(400))
                    .as(name).startsWith("name must be 1 to 40 of a-z");
        }
        assertThat(admin.put(screens(kitchen) + "/" + "x".repeat(40), Map.of()).status()).isEqualTo(201);
        assertThat(admin.put(screens(kitchen) + "/s", Map.of("station_id", 987654321)).assertError(400))
                .contains("station_id 987654321 is not a station");
        assertThat(admin.put(screens(kitchen) + "/s", Map.of("station_id", 0)).assertError(400))
                .contains("is not a station");
        assertThat(admin.put(screens(kitchen) + "/s", settings(null, 600, 600)).assertError(400))
                .contains("warn_seconds (600) must be less than late_seconds (600)");
        assertThat(admin.put(screens(kitchen) + "/s", settings(null, 9, null)).assertError(400))
                .contains("warn_seconds must be from 10 to 86400");
        assertThat(admin.put(screens(kitchen) + "/s", settings(null, null, 86401)).assertError(400))
                .contains("late_seconds must be from 10 to 86400");
        assertThat(admin.put(screens(kitchen) + "/s", Map.of("warn_seconds", "soon")).status()).isEqualTo(400);
        assertThat(admin.put(screens(kitchen) + "/s", Map.of("colour", "red")).assertError(400)).contains("colour");
        assertThat(admin.delete(screens(kitchen) + "/-x").status()).isEqualTo(400);
        // only one threshold: the other comes from the device file, so nothing to compare
        assertThat(admin.put(screens(kitchen) + "/s", settings(null, null, 15)).status()).isEqualTo(201);
        assertThat(gateway.sql().count("SELECT count(*) FROM kiosk_screens WHERE location_id = ?::uuid",
                kitchen.locationId().toString())).isEqualTo(2);
    }

    @Test
    void screensAreHeldToTheLocationScope(TestGateway gateway, ApiClient api) {
        Kitchen kitchen = KdsFixtures.kitchen(api);
        ApiClient admin = api.as(api.admin());
        assertThat(admin.put(screens(kitchen) + "/expo", Map.of()).status()).isEqualTo(201);
        ApiClient stranger = api.as(api.newUser("manager")); // a manager of no location

        assertThat(stranger.get(screens(kitchen)).json()).isEmpty();
        assertThat(stranger.put(screens(kitchen) + "/expo", Map.of("warn_seconds", 60)).assertError(403))
                .startsWith("You are not assigned to location");
        assertThat(stranger.delete(screens(kitchen) + "/expo").status()).isEqualTo(403);
        ApiClient staff = api.as(api.newUser("staff"));
        assertThat(staff.put(screens(kitchen) + "/expo", Map.of()).assertError(403)).contains("Insufficient role");
        assertThat(staff.delete(screens(kitchen) + "/expo").status()).isEqualTo(403);
        assertThat(api.get(screens(kitchen)).status()).isEqualTo(401);

        assertThat(admin.get("/locations/" + UUID.randomUUID() + "/screens").status()).isEqualTo(404);
        assertThat(admin.put("/locations/" + UUID.randomUUID() + "/screens/expo", Map.of()).status()).isEqualTo(404);
        assertThat(admin.delete("/locations/" + UUID.randomUUID() + "/screens/expo").status()).isEqualTo(404);
        // the same name at another location is another screen
        Kitchen other = KdsFixtures.kitchen(api);
        assertThat(admin.put(screens(other) + "/expo", Map.of()).status()).isEqualTo(201);
        assertThat(names(admin.get(screens(kitchen)).json())).containsExactly("expo");
    }

    private static List<String> names(JsonNode screens) {
        List<String> names = new ArrayList<>();
        screens.forEach(screen -> names.add(screen.get("name").asText()));
        return names;
    }
}
