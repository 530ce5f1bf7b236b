package org.preptable.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;

/** PREPTABLE_SELF_REGISTRATION=false and PREPTABLE_PASSWORD_LOGIN=false turn those routes into clear 403s. */
class SwitchedOffLoginTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_SELF_REGISTRATION", "false", "PREPTABLE_PASSWORD_LOGIN", "false"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void registrationAndPasswordLoginAnswer403() {
        ApiClient api = gateway.client();
        assertThat(api.post("/auth/register", Map.of("firstName", "No", "lastName", "Body", "email", "no@body.dk",
                "password", "Password123")).assertError(403)).contains("Self-registration is turned off");
        assertThat(api.post("/auth/login", Map.of("email", TestGateway.ADMIN_EMAIL, "password",
                TestGateway.ADMIN_PASSWORD)).assertError(403)).contains("passkey");
    }
}
