package org.preptable.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestUser;

@ExtendWith(GatewayExtension.class)
class LastAdminTest {

    @Test
    void theOnlyAdminCannotBeDemotedButCanOnceAnotherExists(ApiClient api) {
        TestUser admin = api.admin();

        assertThat(api.as(admin).put("/admin/users/" + admin.id() + "/role", Map.of("role", "manager"))
                .assertError(409)).contains("only active admin");
        assertThat(api.as(admin).patch("/users/" + admin.number() + "/role", Map.of("userRole", "LINE_COOK"))
                .assertError(409)).contains("only active admin");

        TestUser second = api.newUser("admin");
        var demoted = api.as(second).put("/admin/users/" + admin.id() + "/role", Map.of("role", "manager"));
        assertThat(demoted.status()).isEqualTo(200);
        assertThat(demoted.json().get("role").asText()).isEqualTo("manager");

        assertThat(api.as(second).put("/admin/users/" + second.id() + "/role", Map.of("role", "staff"))
                .assertError(409)).contains("only active admin");
    }
}
