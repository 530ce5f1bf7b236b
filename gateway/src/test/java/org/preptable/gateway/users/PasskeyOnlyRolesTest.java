package org.preptable.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;

/**
 * {@code PREPTABLE_PASSKEY_ONLY_ROLES}: an install turns password login off for the operations roles it names; the
 * others (here the head chef, the cooks and the customers) keep it.
 */
class PasskeyOnlyRolesTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_PASSKEY_ONLY_ROLES", "manager,kiosk"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aPasskeyOnlyRoleGetsA403AfterTheRightPasswordAndOthersSignIn() {
        ApiClient api = gateway.client();
        String email = "manager-" + System.nanoTime() + "@test.preptable";
        var registered = api.post("/auth/register", Map.of("firstName", "Marco", "lastName", "Manager",
                "email", email, "password", "Manager-Pass-1"));
        ApiClient admin = api.as(api.admin());
        admin.patch("/users/" + registered.json().get("id").asText() + "/role", Map.of("userRole", "manager"));

        String refused = api.post("/auth/login", Map.of("email", email, "password", "Manager-Pass-1")).assertError(403);
        assertThat(refused).isEqualTo("Password login is turned off for manager accounts on this install;"
                + " sign in with a passkey");
        // a wrong password is the same 401 as for anyone, so the answer does not tell a guesser the account's role
        assertThat(api.post("/auth/login", Map.of("email", email, "password", "Wrong-Pass-1")).assertError(401))
                .isEqualTo("Invalid email or password");
        assertThat(gateway.sql().text("SELECT after->>'reason' FROM audit_log WHERE action = 'login_failed'"
                + " AND after->>'email' = ? AND actor_email = ?", email, email)).isEqualTo("passkey_only");

        // the head chef (not named) and a cook keep password login
        assertThat(api.newUser("LINE_COOK").token()).isNotBlank();
        assertThat(api.admin().token()).isNotBlank();
    }
}
