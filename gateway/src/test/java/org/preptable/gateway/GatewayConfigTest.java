package org.preptable.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.GatewayConfig.ConfigException;
import org.preptable.gateway.db.DatabaseTarget;

class GatewayConfigTest {

    @Test
    void defaultsRunEmbeddedOnPort8080WithDemoData() {
        GatewayConfig config = GatewayConfig.from(Map.of());
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(config.embeddedDatabase()).isTrue();
        assertThat(config.demoData()).isTrue();
        assertThat(config.selfRegistration()).isTrue();
        assertThat(config.bodyLimitBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void badValuesNameTheSettingAndWhatWouldWork() {
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_HTTP_PORT", "eighty")))
                .isInstanceOf(ConfigException.class).hasMessage("PREPTABLE_HTTP_PORT=eighty is not a whole number from 0 to 65535");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_DEMO_DATA", "maybe")))
                .isInstanceOf(ConfigException.class).hasMessage("PREPTABLE_DEMO_DATA=maybe must be true or false");
        assertThatThrownBy(() -> DatabaseTarget.parse("mysql://x/y", Optional.empty(), Optional.empty()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("postgresql://user:password@host:5432/database");
    }

    @Test
    void menuHealthThresholdsDefaultAndRefuseBadValues() {
        assertThat(GatewayConfig.from(Map.of()).menuHealth())
                .isEqualTo(new GatewayConfig.MenuHealthThresholds(4, 15, 90, java.math.BigDecimal.TWO));
        GatewayConfig.MenuHealthThresholds set = GatewayConfig.from(Map.of("PREPTABLE_HEALTH_REPEAT_MAX", "6",
                "PREPTABLE_HEALTH_COST_JUMP_PERCENT", "25", "PREPTABLE_HEALTH_COST_HISTORY_DAYS", "30",
                "PREPTABLE_HEALTH_STOCK_FACTOR", "2.5")).menuHealth();
        assertThat(set.repeatMax()).isEqualTo(6);
        assertThat(set.costJumpPercent()).isEqualTo(25);
        assertThat(set.costHistoryDays()).isEqualTo(30);
        assertThat(set.stockFactor()).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_HEALTH_REPEAT_MAX", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("PREPTABLE_HEALTH_REPEAT_MAX=0 is not a whole number from 1 to 100");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_HEALTH_COST_JUMP_PERCENT", "15%")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("PREPTABLE_HEALTH_COST_JUMP_PERCENT=15% is not a whole number from 1 to 1000");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_HEALTH_STOCK_FACTOR", "0.5")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("PREPTABLE_HEALTH_STOCK_FACTOR=0.5 is not a number from 1 to 100 with at most 3 decimals");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_HEALTH_STOCK_FACTOR", "double")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("PREPTABLE_HEALTH_STOCK_FACTOR=double");
    }

    @Test
    void aConfigFileMirrorsTheEnvironmentWhichWins() throws Exception {
        Path file = Files.createTempFile("preptable", ".properties");
        Files.writeString(file, "PREPTABLE_HTTP_PORT=9090\nPREPTABLE_DEMO_DATA=false\nPREPTABLE_PUBLIC_URL=https://kitchen.example/\n");
        GatewayConfig config = GatewayConfig.from(Map.of("PREPTABLE_CONFIG", file.toString(), "PREPTABLE_HTTP_PORT", "7070"));
        assertThat(config.httpPort()).isEqualTo(7070);
        assertThat(config.demoData()).isFalse();
        assertThat(config.publicUrl()).contains("https://kitchen.example");
    }

    @Test
    void databaseUrlsInEitherForm() {
        DatabaseTarget plain = DatabaseTarget.parse("postgresql://chef:secret@db.local:6543/kitchen",
                Optional.empty(), Optional.empty());
        assertThat(plain).isEqualTo(new DatabaseTarget("db.local", 6543, "kitchen", "chef", "secret"));
        DatabaseTarget jdbc = DatabaseTarget.parse("jdbc:postgresql://db.local/kitchen", Optional.of("app"),
                Optional.of("pw"));
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5432/kitchen");
        assertThat(jdbc.user()).isEqualTo("app");
        assertThat(jdbc.describe()).doesNotContain("pw");
    }

    @Test
    void loginProtectionDefaultsAndChecks() {
        GatewayConfig defaults = GatewayConfig.from(Map.of());
        assertThat(defaults.loginProtection()).isEqualTo(new GatewayConfig.LoginProtection(5, 10, 20, 50,
                java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(15), java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(8)));
        assertThat(defaults.passkeyOnlyRoles()).isEmpty();
        assertThat(defaults.trustedProxies()).isEmpty();

        GatewayConfig set = GatewayConfig.from(Map.of("PREPTABLE_LOGIN_WINDOW_SECONDS", "60",
                "PREPTABLE_PASSKEY_ONLY_ROLES", "admin, SOUS_CHEF", "PREPTABLE_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8"));
        assertThat(set.loginProtection().lock()).isEqualTo(java.time.Duration.ofSeconds(60)); // follows the window
        assertThat(set.passkeyOnlyRoles()).containsExactlyInAnyOrder(org.preptable.gateway.auth.Role.ADMIN,
                org.preptable.gateway.auth.Role.MANAGER);
        assertThat(set.trustedProxies()).containsExactly("127.0.0.1", "10.0.0.0/8");

        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_LOGIN_ACCOUNT_SLOW_AFTER", "12")))
                .isInstanceOf(ConfigException.class).hasMessage("PREPTABLE_LOGIN_ACCOUNT_SLOW_AFTER=12 must not be"
                        + " above PREPTABLE_LOGIN_ACCOUNT_LOCK_AFTER=10");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_PASSKEY_ONLY_ROLES", "admin,chef")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown role 'chef'");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_TRUSTED_PROXIES", "proxy.local")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not an IP address or a CIDR range");
    }

    @Test
    void orderLimitsDefaultToTwelveHoursAndFiveHundredAndReadHoursOrIsoDurations() {
        GatewayConfig.OrderLimits defaults = GatewayConfig.from(Map.of()).orderLimits();
        assertThat(defaults.expireAfter()).isEqualTo(java.time.Duration.ofHours(12));
        assertThat(defaults.expiryEvery()).isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(defaults.snapshotMax()).isEqualTo(500);
        assertThat(GatewayConfig.from(Map.of("PREPTABLE_ORDER_EXPIRE_AFTER", "8")).orderLimits().expireAfter())
                .isEqualTo(java.time.Duration.ofHours(8));
        assertThat(GatewayConfig.from(Map.of("PREPTABLE_ORDER_EXPIRE_AFTER", "pt90m")).orderLimits().expireAfter())
                .isEqualTo(java.time.Duration.ofMinutes(90));
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_ORDER_EXPIRE_AFTER", "12h")))
                .isInstanceOf(ConfigException.class).hasMessage("PREPTABLE_ORDER_EXPIRE_AFTER=12h is not a duration"
                        + " from PT1S to PT720H; give whole hours (12) or an ISO-8601 duration (PT12H, PT90M)");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_ORDER_EXPIRE_AFTER", "0")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("PREPTABLE_ORDER_EXPIRE_AFTER=0 is not");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("PREPTABLE_SNAPSHOT_MAX_ORDERS", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("PREPTABLE_SNAPSHOT_MAX_ORDERS=0 is not a whole number from 1 to 10000");
    }
}
