package org.preptable.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

@ExtendWith(GatewayExtension.class)
class AuditLogTest {

    private static long rows(TestGateway gateway) {
        return gateway.sql().count("SELECT count(*) FROM audit_log");
    }

    /** Runs the call and returns how many audit rows it added. */
    private static long added(TestGateway gateway, Supplier<ApiResponse> call, int expectedStatus) {
        long before = rows(gateway);
        ApiResponse response = call.get();
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        return rows(gateway) - before;
    }

    @Test
    void everyMutationWritesExactlyOneRowAndReadsWriteNone(TestGateway gateway, ApiClient api) {
        TestUser admin = api.admin();
        TestUser cook = api.newUser("LINE_COOK");
        ApiClient asAdmin = api.as(admin);
        ApiClient asCook = api.as(cook);
        String location = gateway.sql().text("INSERT INTO locations (name) VALUES ('Audit Hall') RETURNING id::text");
        var registration = Map.of("firstName", "Audit", "lastName", "Me", "email", "audit.me@kitchen.com",
                "password", "Password123");

        Map<String, Supplier<ApiResponse>> mutations = new java.util.LinkedHashMap<>();
        mutations.put("register", () -> api.post("/auth/register", registration));
        mutations.put("login", () -> api.post("/auth/login", Map.of("email", cook.email(), "password", cook.password())));
        mutations.put("profile", () -> asCook.put("/users/" + cook.number(), Map.of("firstName", "Au", "lastName", "Dit")));
        mutations.put("email", () -> asCook.patch("/users/" + cook.number() + "/email",
                Map.of("email", "audited." + cook.email())));
        mutations.put("password", () -> asCook.patch("/users/" + cook.number() + "/password",
                Map.of("currentPassword", cook.password(), "newPassword", "Another-Pass-2")));
        mutations.put("role", () -> asAdmin.patch("/users/" + cook.number() + "/role", Map.of("userRole", "SOUS_CHEF")));
        mutations.put("locations", () -> asAdmin.put("/admin/users/" + cook.id() + "/locations",
                Map.of("location_ids", List.of(location))));
        for (var mutation : mutations.entrySet()) {
            int status = mutation.getKey().equals("register") ? 201 : 200;
            assertThat(added(gateway, mutation.getValue(), status)).as(mutation.getKey()).isEqualTo(1);
        }
        String registered = api.as(admin).get("/users").json().findValues("email").stream()
                .filter(email -> email.asText().equals("audit.me@kitchen.com")).findFirst().map(JsonNode::asText)
                .orElseThrow();
        assertThat(registered).isEqualTo("audit.me@kitchen.com");
        long number = java.util.stream.StreamSupport.stream(asAdmin.get("/users").json().spliterator(), false)
                .filter(user -> user.get("email").asText().equals("audit.me@kitchen.com"))
                .findFirst().orElseThrow().get("id").asLong();
        assertThat(added(gateway, () -> asAdmin.delete("/users/" + number), 204)).isEqualTo(1);

        List<Supplier<ApiResponse>> reads = List.of(
                () -> asAdmin.get("/users"), () -> asAdmin.get("/users/me"), () -> asAdmin.get("/users/" + cook.number()),
                () -> asAdmin.get("/admin/users"), () -> asAdmin.get("/admin/audit-log"), () -> asAdmin.get("/auth/me"),
                () -> asAdmin.get("/admin/users/" + cook.id() + "/locations"), () -> api.get("/healthz"),
                () -> api.get("/auth/health"), () -> asAdmin.get("/auth/sessions"));
        for (Supplier<ApiResponse> read : reads) {
            assertThat(added(gateway, read, 200)).isZero();
        }
    }

    @Test
    void refusedMutationsLeaveNoRowExceptFailedLogins(TestGateway gateway, ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        TestUser admin = api.admin();

        assertThat(added(gateway, () -> api.as(cook).patch("/users/" + cook.number() + "/role",
                Map.of("userRole", "HEAD_CHEF")), 403)).isZero();
        assertThat(added(gateway, () -> api.as(cook).put("/users/" + cook.number(),
                Map.of("firstName", "", "lastName", "X")), 400)).isZero();
        assertThat(added(gateway, () -> api.as(admin).put("/admin/users/" + admin.id() + "/role",
                Map.of("role", "staff")), 409)).isZero();
        assertThat(added(gateway, () -> api.post("/auth/login",
                Map.of("email", cook.email(), "password", "Wrong-Pass-1")), 401)).isEqualTo(1);
    }

    @Test
    void rowsSayWhoWhatWhereAndOnlyTheChangedFields(TestGateway gateway, ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        api.withHeader("User-Agent", "pass-station/1.0").as(cook)
                .put("/users/" + cook.number(), Map.of("firstName", "Renamed", "lastName", "Cook"));

        JsonNode entry = api.as(api.admin()).get("/admin/audit-log?entity=users&action=update&entity_id=" + cook.id())
                .json().get("entries").get(0);
        assertThat(entry.get("actor_id").asText()).isEqualTo(cook.id().toString());
        assertThat(entry.get("actor_email").asText()).isEqualTo(cook.email());
        assertThat(entry.get("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(entry.get("user_agent").asText()).isEqualTo("pass-station/1.0");
        assertThat(entry.get("route").asText()).isEqualTo("PUT /api/v1/users/" + cook.number());
        assertThat(entry.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z");
        assertThat(entry.get("before").toString()).isEqualTo("{\"first_name\":\"Test\"}");
        assertThat(entry.get("after").toString()).isEqualTo("{\"first_name\":\"Renamed\"}");

        String everything = gateway.sql().text("SELECT string_agg(coalesce(before::text,'') || coalesce(after::text,''), '')"
                + " FROM audit_log");
        assertThat(everything).doesNotContain("argon2", cook.password());
    }

    @Test
    void theLogPagesNewestFirstAndFilters(ApiClient api) {
        TestUser admin = api.admin();
        TestUser cook = api.newUser("LINE_COOK");
        for (int i = 0; i < 5; i++) {
            api.as(cook).put("/users/" + cook.number(), Map.of("firstName", "Name" + i, "lastName", "Cook"));
        }
        ApiClient asAdmin = api.as(admin);

        JsonNode page = asAdmin.get("/admin/audit-log?limit=2&actor=" + cook.email()).json();
        assertThat(page.get("entries")).hasSize(2);
        long first = page.get("entries").get(0).get("id").asLong();
        long second = page.get("entries").get(1).get("id").asLong();
        assertThat(first).isGreaterThan(second);
        assertThat(page.get("entries").get(0).get("after").get("first_name").asText()).isEqualTo("Name4");
        JsonNode next = asAdmin.get("/admin/audit-log?limit=2&actor=" + cook.email() + "&before="
                + page.get("next_before").asLong()).json();
        assertThat(next.get("entries").get(0).get("id").asLong()).isLessThan(second);

        assertThat(asAdmin.get("/admin/audit-log?action=login_failed&actor=nobody@x.dk").json().get("entries")).isEmpty();
        assertThat(asAdmin.get("/admin/audit-log?before=2000-01-01T00:00:00Z").json().get("entries")).isEmpty();
        assertThat(asAdmin.get("/admin/audit-log?since=2000-01-01T00:00:00Z&limit=1").json().get("entries")).hasSize(1);
        assertThat(asAdmin.get("/admin/audit-log?limit=0").assertError(400)).contains("limit");
        assertThat(asAdmin.get("/admin/audit-log?before=yesterday").assertError(400)).contains("RFC 3339");
        assertThat(api.as(cook).get("/admin/audit-log").assertError(403)).isEqualTo("Insufficient role. Required: [admin]");
    }
}
