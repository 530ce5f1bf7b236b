package org.preptable.gateway.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Two gateways on one database, as behind a load balancer: every change to who may do what is made on the first and
 * must hold on the second's very next request, although the second answers its callers from memory.
 */
class CachedCallersOnTwoGatewaysTest {

    @Test
    void everyChangeHoldsOnTheOtherGatewaysVeryNextRequest() {
        try (TestGateway first = TestGateway.start();
             TestGateway second = TestGateway.startOn(first.database(), Map.of())) {
            ApiClient admin = first.client().as(first.client().admin());
            TestUser cook = first.client().newUser("LINE_COOK");
            ApiClient cookOnSecond = second.client().as(cook);
            awaitServing(second);

            // role flips, each checked at once on the other gateway, then again from its memory
            for (int flip = 0; flip < 12; flip++) {
                boolean promote = flip % 2 == 0;
                ApiResponse changed = admin.patch("/users/" + cook.number() + "/role",
                        Map.of("userRole", promote ? "SOUS_CHEF" : "LINE_COOK"));
                assertThat(changed.status()).as(changed.body()).isEqualTo(200);
                String expected = promote ? "manager" : "staff";
                assertThat(role(cookOnSecond)).as("flip %d", flip).isEqualTo(expected);
                assertThat(role(cookOnSecond)).as("flip %d, from memory", flip).isEqualTo(expected);
            }
            PrincipalCache memory = second.gateway().services().principals();
            assertThat(memory.hits()).as("the second gateway answered from memory").isGreaterThanOrEqualTo(12);

            // location reassignment
            UUID harlingen = location(first, "Harlingen " + UUID.randomUUID());
            UUID waco = location(first, "Waco " + UUID.randomUUID());
            String locations = "/admin/users/" + cook.id() + "/locations";
            for (UUID only : List.of(harlingen, waco, harlingen)) {
                assertThat(admin.put(locations, Map.of("location_ids", List.of(only.toString()))).status())
                        .isEqualTo(200);
                var seen = cookOnSecond.get("/auth/me").json().get("location_ids");
                assertThat(seen).hasSize(1);
                assertThat(seen.get(0).asText()).isEqualTo(only.toString());
            }

            // a cookie session revoked by an admin on the first gateway
            ApiClient laptop = withSession(second, first, cook);
            assertThat(laptop.get("/auth/me").status()).isEqualTo(200);
            assertThat(laptop.get("/auth/me").status()).isEqualTo(200);
            String laptopSession = first.sql().text("SELECT id FROM sessions WHERE user_id = ?::uuid"
                    + " AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1", cook.id().toString());
            assertThat(admin.delete("/admin/sessions/" + laptopSession).status()).isEqualTo(204);
            assertThat(laptop.get("/auth/me").assertError(401)).contains("Session expired or revoked");

            // logout on the first gateway ends the cookie on the second
            ApiClient phoneOnFirst = withSession(first, first, cook).withHeader("Origin", first.baseUrl());
            ApiClient phoneOnSecond = second.client().withHeader("Cookie", phoneOnFirst.headers().get("Cookie"));
            assertThat(phoneOnSecond.get("/auth/me").status()).isEqualTo(200);
            assertThat(phoneOnFirst.post("/auth/logout", "{}").status()).isEqualTo(204);
            assertThat(phoneOnSecond.get("/auth/me").assertError(401)).contains("Session expired or revoked");

            // a rotated kiosk token ends the kiosk's sessions everywhere
            String token = admin.post("/locations/" + waco + "/kiosk_token/rotate", null).json().get("token").asText();
            ApiResponse signedIn = second.client().post("/signage/auth", Map.of("token", token));
            assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
            String setCookie = signedIn.header("Set-Cookie");
            ApiClient kiosk = second.client().withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')));
            assertThat(kiosk.get("/auth/me").status()).isEqualTo(200);
            assertThat(admin.post("/locations/" + waco + "/kiosk_token/rotate", null).status()).isEqualTo(200);
            assertThat(kiosk.get("/auth/me").status()).isEqualTo(401);

            // a deleted user
            assertThat(cookOnSecond.get("/auth/me").status()).isEqualTo(200);
            assertThat(admin.delete("/users/" + cook.number()).status()).isEqualTo(204);
            assertThat(cookOnSecond.get("/auth/me").assertError(401)).contains("no longer exists");
        }
    }

    @Test
    void aGatewayThatNeverConfirmsHoldsAWriterBackOnlyUntilItHasStoppedAnsweringFromMemory() {
        try (TestGateway gateway = TestGateway.start()) {
            ApiClient admin = gateway.client().as(gateway.client().admin());
            TestUser cook = gateway.client().newUser("LINE_COOK");
            awaitServing(gateway);
            // a gateway that holds a lease but whose LISTEN connection hangs: it never records any change as applied
            gateway.sql().text("INSERT INTO gateway_nodes (id, lease_until, auth_version)"
                    + " VALUES (gen_random_uuid(), now() + interval '1 minute', 0) RETURNING id");

            long started = System.nanoTime();
            assertThat(admin.patch("/users/" + cook.number() + "/role", Map.of("userRole", "SOUS_CHEF")).status())
                    .isEqualTo(200);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isGreaterThanOrEqualTo(AuthPropagation.MAX_WAIT).isLessThan(Duration.ofSeconds(6));
            assertThat(role(gateway.client().as(cook))).isEqualTo("manager");
        }
    }

    @Test
    void aGatewayWithItsCacheSwitchedOffReadsEveryCallerFromTheDatabase() {
        try (TestGateway gateway = TestGateway.start(Map.of("PREPTABLE_AUTH_CACHE", "false"))) {
            TestUser cook = gateway.client().newUser("LINE_COOK");
            for (int i = 0; i < 5; i++) {
                assertThat(role(gateway.client().as(cook))).isEqualTo("staff");
            }
            assertThat(gateway.gateway().services().principals().hits()).isZero();
            assertThat(gateway.gateway().services().principals().serving()).isFalse();
        }
    }

    private static String role(ApiClient client) {
        ApiResponse me = client.get("/auth/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return me.json().get("role").asText();
    }

    /** A client on {@code on} carrying a new cookie session of the user, opened through {@code store}'s database. */
    private static ApiClient withSession(TestGateway on, TestGateway store, TestUser user) {
        var session = store.gateway().services().sessions().create(store.gateway().services().db().pool(), user.id(),
                "passkey", Duration.ofHours(1), "127.0.0.1", "test");
        return on.client().withHeader("Cookie", SessionStore.COOKIE + "=" + session.token());
    }

    private static UUID location(TestGateway gateway, String name) {
        return UUID.fromString(gateway.sql().text("INSERT INTO locations (name) VALUES (?) RETURNING id", name));
    }

    /** The feed's first ping comes back within milliseconds of the start. */
    private static void awaitServing(TestGateway gateway) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!gateway.gateway().services().principals().serving()) {
            assertThat(System.nanoTime() - deadline).as("cache serving within 5 s").isNegative();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
