package org.preptable.gateway.ops.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

@ExtendWith(GatewayExtension.class)
class DaypartRoutesTest {

    private static Map<String, Object> daypart(String name, String start, String end) {
        return Map.of("name", name, "start_time", start, "end_time", end);
    }

    @Test
    void managersOfTheLocationWriteDaypartsAndEveryWriteIsAudited(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID location = fixtures.location("Harlingen", "America/Chicago");
        ApiClient manager = fixtures.api.as(fixtures.managerOf(location));
        long mark = AuditTrail.mark(gateway);

        var created = manager.post("/locations/" + location + "/dayparts", daypart(" Late night ", "22:00", "02:00"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("name").asText()).isEqualTo("Late night");
        assertThat(created.json().get("start_time").asText()).isEqualTo("22:00");
        assertThat(created.json().get("end_time").asText()).isEqualTo("02:00");
        assertThat(created.json().get("crosses_midnight").asBoolean()).isTrue();
        assertThat(created.json().get("location_id").asText()).isEqualTo(location.toString());
        manager.post("/locations/" + location + "/dayparts", daypart("Lunch", "11:00", "14:00"));

        assertThat(manager.get("/locations/" + location + "/dayparts").json().findValuesAsText("name"))
                .as("by start time").containsExactly("Lunch", "Late night");
        var moved = manager.put("/dayparts/" + id, daypart("Late night", "21:30", "01:30"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("start_time").asText()).isEqualTo("21:30");
        assertThat(manager.delete("/dayparts/" + id).status()).isEqualTo(204);
        assertThat(manager.put("/dayparts/" + id, daypart("Late night", "21:30", "01:30")).assertError(404))
                .isEqualTo("Daypart with ID " + id + " was not found.");
        assertThat(AuditTrail.since(gateway, mark)).filteredOn(row -> row.contains(id))
                .containsExactly("create dayparts " + id, "update dayparts " + id, "delete dayparts " + id);
        assertThat(AuditTrail.since(gateway, mark)).hasSize(4);
    }

    @Test
    void overlappingDaypartsAreA409NamingTheOtherAlsoAcrossMidnight(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID location = fixtures.location("Waco", "America/Chicago");
        String path = "/locations/" + location + "/dayparts";
        ApiClient admin = fixtures.admin;
        assertThat(admin.post(path, daypart("Lunch", "11:00", "14:00")).status()).isEqualTo(201);
        assertThat(admin.post(path, daypart("Late night", "22:00", "02:00")).status()).isEqualTo(201);

        assertThat(admin.post(path, daypart("Brunch", "10:00", "11:30")).assertError(409))
                .isEqualTo("Daypart 'Brunch' (10:00–11:30) overlaps daypart 'Lunch' (11:00–14:00) at this location");
        assertThat(admin.post(path, daypart("Snack", "12:00", "12:30")).assertError(409)).contains("'Lunch'");
        assertThat(admin.post(path, daypart("All day", "06:00", "23:00")).assertError(409)).contains("'Lunch'");
        // across midnight, on either side of it
        assertThat(admin.post(path, daypart("Night owl", "01:00", "03:00")).assertError(409))
                .isEqualTo("Daypart 'Night owl' (01:00–03:00) overlaps daypart 'Late night' (22:00–02:00) at this"
                        + " location");
        assertThat(admin.post(path, daypart("Evening", "21:00", "22:30")).assertError(409)).contains("'Late night'");
        assertThat(admin.post(path, daypart("Overnight", "23:00", "01:00")).assertError(409))
                .contains("'Late night'");
        assertThat(admin.post(path, daypart("Graveyard", "23:30", "22:30")).assertError(409))
                .as("a window of 23 hours crossing midnight").contains("overlaps");

        // touching ends do not overlap, before and after midnight
        assertThat(admin.post(path, daypart("Afternoon", "14:00", "17:00")).status()).isEqualTo(201);
        assertThat(admin.post(path, daypart("Breakfast", "02:00", "11:00")).status()).isEqualTo(201);
        assertThat(admin.post(path, daypart("Dinner", "17:00", "22:00")).status()).isEqualTo(201);

        // names are unique per location in any case
        assertThat(admin.post(path, daypart("LUNCH", "23:00", "23:30")).assertError(409))
                .isEqualTo("This location already has a daypart named 'Lunch'");
        UUID other = fixtures.location("Austin", "America/Chicago");
        assertThat(admin.post("/locations/" + other + "/dayparts", daypart("Lunch", "11:00", "14:00")).status())
                .as("another location may have its own Lunch").isEqualTo(201);

        // an update is checked against the others, not against itself
        String lunch = null;
        for (var part : admin.get(path).json()) {
            if (part.get("name").asText().equals("Lunch")) {
                lunch = part.get("id").asText();
            }
        }
        assertThat(admin.put("/dayparts/" + lunch, daypart("Lunch", "11:00", "14:00")).status()).isEqualTo(200);
        assertThat(admin.put("/dayparts/" + lunch, daypart("Lunch", "10:30", "14:00")).assertError(409))
                .contains("'Breakfast' (02:00–11:00)");
    }

    @Test
    void badTimesAreA400(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID location = fixtures.location("Bryan", "America/Chicago");
        String path = "/locations/" + location + "/dayparts";
        ApiClient admin = fixtures.admin;
        assertThat(admin.post(path, daypart("Lunch", "11:00", "11:00")).assertError(400))
                .contains("start_time and end_time must differ");
        assertThat(admin.post(path, daypart("Lunch", "24:00", "11:00")).assertError(400))
                .isEqualTo("start_time must be a local time HH:mm from 00:00 to 23:59, got: 24:00");
        assertThat(admin.post(path, daypart("Lunch", "11:00", "2pm")).assertError(400)).contains("end_time");
        assertThat(admin.post(path, daypart("Lunch", "11:00:00", "14:00")).assertError(400)).contains("start_time");
        assertThat(admin.post(path, Map.of("name", "Lunch", "start_time", "11:00")).assertError(400))
                .isEqualTo("end_time is required");
        assertThat(admin.post(path, daypart(" ", "11:00", "14:00")).assertError(400)).isEqualTo("name is required");
        UUID unknown = UUID.randomUUID();
        assertThat(admin.post("/locations/" + unknown + "/dayparts", daypart("Lunch", "11:00", "14:00"))
                .assertError(404)).isEqualTo("Location with ID " + unknown + " was not found.");
        assertThat(admin.get("/locations/" + unknown + "/dayparts").status()).isEqualTo(404);
    }

    @Test
    void scopeWritesOutsideAre403ReadsOutsideAreEmptyAndTheKioskReadsItsOwn(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID mine = fixtures.location("Mine", "America/Chicago");
        UUID theirs = fixtures.location("Theirs", "America/Chicago");
        UUID theirLunch = fixtures.daypart(theirs, "Lunch", "11:00", "14:00");
        fixtures.daypart(mine, "Lunch", "11:00", "14:00");
        ApiClient manager = fixtures.api.as(fixtures.managerOf(mine));

        assertThat(manager.post("/locations/" + theirs + "/dayparts", daypart("Dinner", "17:00", "21:00"))
                .assertError(403)).isEqualTo("You are not assigned to location " + theirs);
        assertThat(manager.put("/dayparts/" + theirLunch, daypart("Lunch", "11:00", "15:00")).assertError(403))
                .isEqualTo("You are not assigned to location " + theirs);
        assertThat(manager.delete("/dayparts/" + theirLunch).status()).isEqualTo(403);
        assertThat(manager.get("/locations/" + theirs + "/dayparts").json()).isEmpty();
        assertThat(manager.get("/locations/" + mine + "/dayparts").json()).hasSize(1);

        ApiClient staff = fixtures.api.as(fixtures.api.newUser("staff"));
        assertThat(staff.get("/locations/" + theirs + "/dayparts").json()).hasSize(1);
        assertThat(staff.post("/locations/" + mine + "/dayparts", daypart("Dinner", "17:00", "21:00"))
                .assertError(403)).isEqualTo("Insufficient role. Required: [admin, manager]");

        ApiClient kiosk = fixtures.kiosk(mine);
        assertThat(kiosk.get("/locations/" + mine + "/dayparts").json()).hasSize(1);
        assertThat(kiosk.get("/locations/" + theirs + "/dayparts").json()).isEmpty();
        assertThat(kiosk.post("/locations/" + mine + "/dayparts", daypart("Dinner", "17:00", "21:00")).status())
                .isEqualTo(403);
    }

    @Test
    void aDaypartInUseCannotBeDeleted(TestGateway gateway) {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID location = fixtures.location("Temple", "America/Chicago");
        UUID lunch = fixtures.daypart(location, "Lunch", "11:00", "14:00");
        UUID menu = fixtures.menu("Fall lunch");
        String menuName = fixtures.admin.get("/menus/" + menu).json().get("name").asText();
        UUID placement = fixtures.place(location, MenuFixtures.placement(menu, lunch, fixtures.item("Tea"), false,
                List.of(1), List.of(), null, null, null));
        assertThat(fixtures.admin.delete("/dayparts/" + lunch).assertError(409)).isEqualTo("Cannot delete daypart"
                + " 'Lunch' (11:00–14:00): 1 placement(s) of the menu(s) " + menuName
                + " use it; delete or move them first");
        assertThat(fixtures.admin.delete("/placements/" + placement).status()).isEqualTo(204);
        assertThat(fixtures.admin.delete("/dayparts/" + lunch).status()).isEqualTo(204);
    }

    @Test
    void concurrentOverlappingCreatesCannotBothPass(TestGateway gateway) throws Exception {
        MenuFixtures fixtures = new MenuFixtures(gateway);
        UUID location = fixtures.location("Killeen", "America/Chicago");
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                // different names and windows that all share 12:00-12:30: only the overlap check can refuse them
                String start1 = String.format("%02d:00", 6 + i);
                Map<String, Object> body = daypart("Racer " + i, start1, "12:30");
                answers.add(pool.submit(() -> {
                    start.await();
                    return fixtures.admin.post("/locations/" + location + "/dayparts", body).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(racers - 1);
        }
        assertThat(gateway.sql().count("SELECT count(*) FROM dayparts WHERE location_id = ?::uuid",
                location.toString())).isEqualTo(1);
    }

}
