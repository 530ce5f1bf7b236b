package org.preptable.gateway.kds.speed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.Sql;

/**
 * Locations, dayparts and stations through the API; orders, their stations and their prep transitions as rows, the
 * way the kitchen display stores them, so a test knows every interval to the second.
 */
final class SpeedFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ApiClient admin;
    private final Sql sql;

    SpeedFixtures(ApiClient api, Sql sql) {
        this.admin = api.as(api.admin());
        this.sql = sql;
    }

    UUID location(String name, String zone) {
        return id(admin.post("/locations", Map.of("name", name + " " + COUNTER.incrementAndGet(), "timezone", zone)));
    }

    UUID daypart(UUID location, String name, String start, String end) {
        return id(admin.post("/locations/" + location + "/dayparts",
                Map.of("name", name, "start_time", start, "end_time", end)));
    }

    long station(String name) {
        ApiResponse created = admin.post("/stations", Map.of("name", name + " " + COUNTER.incrementAndGet(),
                "description", "Speed of service test station"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** An order placed (and reaching the kitchen) at {@code placed}, with lines for these stations. */
    UUID order(UUID location, Instant placed, long... stations) {
        return order(location, placed, placed, "fulfilled", stations);
    }

    /** {@code placed} null: Saavor sent no placed time, so the kitchen's arrival ({@code created}) stands for it. */
    UUID order(UUID location, Instant placed, Instant created, String state, long... stations) {
        UUID id = UUID.randomUUID();
        sql.execute("INSERT INTO grill_orders (id, location_id, saavor_order_id, placed_at, prep_state,"
                        + " saavor_occurred_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, location,
                "SPEED-" + COUNTER.incrementAndGet(), placed == null ? null : utc(placed), state, utc(created),
                utc(created));
        for (long station : stations) {
            sql.execute("INSERT INTO grill_order_stations (order_id, station_id, prep_state) VALUES (?, ?, 'ready')",
                    id, station);
        }
        return id;
    }

    /** A transition of one station's part ({@code station} null: the whole order, as expo moves it). */
    void transition(UUID location, UUID order, Long station, String to, Instant at) {
        sql.execute("INSERT INTO prep_transitions (location_id, order_id, station_id, to_state, at)"
                + " VALUES (?, ?, ?, ?, ?)", location, order, station, to, utc(at));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static UUID id(ApiResponse created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }
}
