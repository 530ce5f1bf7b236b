package org.preptable.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    /** The demo data a new install shows: locations, stores with stock, and something for the low-stock report. */
    private static void demoKitchenIsThere(Gateway gateway) {
        String password = gateway.notices().stream().filter(line -> line.startsWith("First admin:"))
                .map(line -> line.replaceAll(".*password: (\\S+).*", "$1")).findFirst().orElseThrow();
        ApiClient admin = client(gateway).as(client(gateway).login("admin@preptable.local", password));
        var locations = admin.get("/locations").json();
        assertThat(locations.findValuesAsText("name")).containsExactly("Harlingen", "Waco");
        String harlingen = locations.get(0).get("id").asText();
        assertThat(admin.get("/stores?location_id=" + harlingen).json()).hasSize(3);
        assertThat(admin.get("/items").json()).hasSize(20);
        assertThat(admin.get("/items/low?location_id=" + harlingen).json().get("low_stock").findValuesAsText("item_sku"))
                .containsExactlyInAnyOrder("PRO-CHK-THGH-50", "BRD-BUN-BRI-48", "PRD-LET-ROM-24", "DRY-CHO-DRK-5",
                        "FRZ-FRY-SHO-30");
    }

    @Test
    void dataSecretsAndDemoDataSurviveARestartAndTheFolderHasOneOwner(@TempDir Path dataDir) throws Exception {
        // JUnit deletes the folder afterwards: a left-behind cluster is about 1 GB
        var registration = Map.of("firstName", "Kept", "lastName", "Across", "email", "kept@kitchen.com",
                "password", "Password123");
        String token;
        try (Gateway first = start(dataDir)) {
            assertThat(first.notices()).anyMatch(line -> line.startsWith("First admin: admin@preptable.local  password:"))
                    .anyMatch(line -> line.startsWith("Demo manager: marco@preptable.local"))
                    .anyMatch(line -> line.startsWith("Saavor webhook secret"));
            assertThat(client(first).post("/auth/register", registration).status()).isEqualTo(201);
            demoKitchenIsThere(first);
            token = client(first).login("kept@kitchen.com", "Password123");

            assertThatThrownBy(() -> start(dataDir))
                    .isInstanceOf(DataDirLock.DataDirInUseException.class)
                    .hasMessageContaining("already running on the data folder " + dataDir.toAbsolutePath());
        }

        try (Gateway second = start(dataDir)) {
            // a dev-mode start (localhost origin) makes a new admin invitation each time, which is not a repeat
            assertThat(second.notices()).as("credentials and secrets are shown only once")
                    .filteredOn(line -> !line.startsWith("Admin invitation (dev mode")).isEmpty();
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
