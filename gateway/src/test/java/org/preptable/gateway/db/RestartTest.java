package org.preptable.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.Gateway;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestClients;

/** The gateway as {@code scripts/run} starts it: embedded PostgreSQL in a data folder, nothing else configured. */
class RestartTest {

    private static Gateway start(Path dataDir) throws Exception {
        return Gateway.start(GatewayConfig.from(Map.of(
                "PREPTABLE_DATA_DIR", dataDir.toString(),
                "PREPTABLE_HTTP_HOST", "127.0.0.1",
                "PREPTABLE_HTTP_PORT", "0")), line -> { });
    }

    private static ApiClient client(Gateway gateway) {
        return TestClients.forBaseUrl("http://127.0.0.1:" + gateway.port());
    }

    @Test
    void dataSecretsAndDemoDataSurviveARestartAndTheFolderHasOneOwner() throws Exception {
        Path dataDir = Files.createTempDirectory("preptable-restart");
        var registration = Map.of("firstName", "Kept", "lastName", "Across", "email", "kept@kitchen.com",
                "password", "Password123");
        String token;
        try (Gateway first = start(dataDir)) {
            assertThat(first.notices()).anyMatch(line -> line.startsWith("First admin: admin@preptable.local  password:"))
                    .anyMatch(line -> line.startsWith("Demo manager: marco@preptable.local"))
                    .anyMatch(line -> line.startsWith("Saavor webhook secret"));
            assertThat(client(first).post("/auth/register", registration).status()).isEqualTo(201);
            token = client(first).login("kept@kitchen.com", "Password123");

            assertThatThrownBy(() -> start(dataDir))
                    .isInstanceOf(DataDirLock.DataDirInUseException.class)
                    .hasMessageContaining("already running on the data folder " + dataDir.toAbsolutePath());
        }

        try (Gateway second = start(dataDir)) {
            assertThat(second.notices()).as("credentials and secrets are shown only once").isEmpty();
            ApiClient api = client(second);
            assertThat(api.as(token).get("/users/me").json().get("email").asText())
                    .as("the JWT key was stored in the database, so tokens outlive restarts")
                    .isEqualTo("kept@kitchen.com");
            assertThat(api.login("kept@kitchen.com", "Password123")).isNotBlank();
            assertThat(api.post("/auth/register", registration).status()).isEqualTo(409);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).content().startsWith("17");
    }
}
