package org.preptable.gateway;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ClientAddress;

/**
 * Everything the gateway reads from its environment. Each setting is an environment variable; a properties file
 * named by {@code PREPTABLE_CONFIG} may hold the same keys, and the environment wins over it.
 */
public record GatewayConfig(
        String host,
        int httpPort,
        Path dataDir,
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        int dbPoolSize,
        Optional<String> adminEmail,
        Optional<String> adminPassword,
        boolean demoData,
        Optional<String> jwtSecret,
        Optional<String> saavorSecret,
        Optional<String> saavorUrl,
        Optional<String> publicUrl,
        boolean selfRegistration,
        boolean passwordLogin,
        Optional<String> webauthnRpOrigin,
        long bodyLimitBytes,
        int kioskSessionHours,
        int saavorRetryMillis,
        int sseHeartbeatMillis,
        int sseStallMillis,
        ZoneId kitchenZone,
        Optional<String> translateUrl,
        Optional<String> translateKey,
        int translateTimeoutMillis,
        AiSettings ai,
        MenuHealthThresholds menuHealth,
        LoginProtection loginProtection,
        Set<Role> passkeyOnlyRoles,
        List<String> trustedProxies,
        Passkeys passkeys,
        ShoppingAi shoppingAi,
        boolean authCache,
        boolean webWarmUp,
        OrderLimits orderLimits,
        int apiWarmUpMillis,
        Clock clock) {

    /** The default body limit: 1 MiB is far above any real request and far below what could hurt the server. */
    public static final long DEFAULT_BODY_LIMIT = 1024 * 1024;

    public static GatewayConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static GatewayConfig from(Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        String file = environment.get("PREPTABLE_CONFIG");
        if (file != null && !file.isBlank()) {
            values.putAll(readProperties(Path.of(file)));
        }
        environment.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        });
        return new Settings(values).toConfig();
    }

    /** The same settings read by another clock: tests fix "now" (the Thursday deadline, the week boundary). */
    public GatewayConfig withClock(Clock other) {
        return new GatewayConfig(host, httpPort, dataDir, dbUrl, dbUser, dbPassword, dbPoolSize, adminEmail,
                adminPassword, demoData, jwtSecret, saavorSecret, saavorUrl, publicUrl, selfRegistration, passwordLogin,
                webauthnRpOrigin, bodyLimitBytes, kioskSessionHours, saavorRetryMillis, sseHeartbeatMillis,
                sseStallMillis, kitchenZone, translateUrl, translateKey, translateTimeoutMillis, ai, menuHealth,
                loginProtection, passkeyOnlyRoles, trustedProxies, passkeys, shoppingAi, authCache, webWarmUp,
                orderLimits, apiWarmUpMillis, other);
    }

    /**
     * The menu-health check's thresholds (docs/menu-health.md): a meal on more than {@code repeatMax} service slots
     * in 7 days repeats; a plate cost more than {@code costJumpPercent} above the median of its last
     * {@code costHistoryDays} days jumped; stock above {@code stockFactor} × par is to be used up.
     */
    public record MenuHealthThresholds(int repeatMax, int costJumpPercent, int costHistoryDays,
                                       BigDecimal stockFactor) {
    }

    /**
     * An OpenAI-compatible chat-completions API ({@code POST {url}/chat/completions}): menu inspirations use it.
     * {@code url} and {@code model} make it configured; {@code key}, sent as a bearer token, is optional because a
     * model served on the kitchen's own network (llama.cpp, Ollama, vLLM) may need none.
     */
    public record AiSettings(Optional<String> url, Optional<String> key, Optional<String> model, int timeoutMillis) {

        public boolean configured() {
            return url.isPresent() && model.isPresent();
        }
    }

    /**
     * The shopping lists' optional name normalizer (docs/ingredient-requests.md) asks the same chat API as menu
     * inspirations ({@link AiSettings}; one AI service for the kitchen to configure) when {@code enabled}, with a
     * time-out of its own: generating a list waits for it, so it is short.
     */
    public record ShoppingAi(boolean enabled, int timeoutMillis) {
    }

    /**
     * Login protection (docs/login-protection.md): within {@code window}, an account is slowed after
     * {@code accountSlowAfter} failed sign-ins and refused for {@code lock} after {@code accountLockAfter}; a client
     * address likewise with its own, higher thresholds. Slowed means each further attempt waits {@code delay},
     * doubling per failure, at most {@code maxDelay}.
     */
    public record LoginProtection(int accountSlowAfter, int accountLockAfter, int addressSlowAfter,
                                  int addressLockAfter, Duration window, Duration lock, Duration delay,
                                  Duration maxDelay) {
    }

    /**
     * Passkey timings (docs/auth.md): how long a ceremony's challenge lives, how long a passkey session lasts, and
     * how long an invitation stays open when the admin names no expiry (the first-run invitation too).
     */
    public record Passkeys(int challengeSeconds, int sessionHours, int invitationHours) {
    }

    /**
     * What keeps a kitchen display's memory bounded when orders are never fulfilled (docs/kds-order-expiry.md): an
     * order on the screens longer than {@code expireAfter} (from placed_at, else when it arrived) leaves them as
     * {@code expired}, checked every {@code expiryEvery}; a screen's connect-time snapshot holds at most
     * {@code snapshotMax} orders.
     */
    public record OrderLimits(Duration expireAfter, Duration expiryEvery, int snapshotMax) {
    }

    /**
     * Session cookies are {@code Secure} when the passkey origin is https (DESIGN.md §2). Without
     * {@code WEBAUTHN_RP_ORIGIN} the passkey origin is {@code PREPTABLE_PUBLIC_URL}'s (docs/auth.md), so that decides.
     */
    public boolean secureCookies() {
        return webauthnRpOrigin.or(() -> publicUrl)
                .map(origin -> origin.regionMatches(true, 0, "https:", 0, 6)).orElse(false);
    }

    /** Whether the gateway runs its own PostgreSQL in the data folder. */
    public boolean embeddedDatabase() {
        return dbUrl.isEmpty();
    }

    private static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("PREPTABLE_CONFIG names " + file + ", which cannot be read: " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).trim()));
        return values;
    }

    /** A setting that cannot be used; the message says which one and what would work. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }

    private record Settings(Map<String, String> values) {

        GatewayConfig toConfig() {
            return new GatewayConfig(
                    text("PREPTABLE_HTTP_HOST").orElse("0.0.0.0"),
                    integer("PREPTABLE_HTTP_PORT", 8080, 0, 65535),
                    Path.of(text("PREPTABLE_DATA_DIR").orElse("data")).toAbsolutePath().normalize(),
                    text("PREPTABLE_DB_URL"),
                    text("PREPTABLE_DB_USER"),
                    text("PREPTABLE_DB_PASSWORD"),
                    integer("PREPTABLE_DB_POOL_SIZE", 8, 1, 200),
                    text("PREPTABLE_ADMIN_EMAIL"),
                    text("PREPTABLE_ADMIN_PASSWORD"),
                    bool("PREPTABLE_DEMO_DATA", true),
                    text("PREPTABLE_JWT_SECRET"),
                    text("PREPTABLE_SAAVOR_SECRET"),
                    text("PREPTABLE_SAAVOR_URL"),
                    text("PREPTABLE_PUBLIC_URL").map(url -> url.replaceAll("/+$", "")),
                    bool("PREPTABLE_SELF_REGISTRATION", true),
                    bool("PREPTABLE_PASSWORD_LOGIN", true),
                    text("WEBAUTHN_RP_ORIGIN"),
                    integer("PREPTABLE_BODY_LIMIT_BYTES", (int) DEFAULT_BODY_LIMIT, 1024, Integer.MAX_VALUE),
                    // a kiosk session lasts a shift; a week is the most a stolen cookie may stay useful
                    integer("PREPTABLE_KIOSK_SESSION_HOURS", 12, 1, 168),
                    integer("PREPTABLE_SAAVOR_RETRY_MS", 1000, 10, 600_000),
                    integer("PREPTABLE_SSE_HEARTBEAT_MS", 2_000, 100, 300_000),
                    // a screen whose socket takes nothing for this long is gone or hung; it resumes by its id
                    integer("PREPTABLE_SSE_STALL_MS", 60_000, 100, 3_600_000),
                    // weekly menus, "this week" and suggestion deadlines are the kitchen's days, not the server's
                    zone("PREPTABLE_KITCHEN_TIMEZONE", ZoneId.of("Europe/Copenhagen")),
                    text("PREPTABLE_TRANSLATE_URL").map(url -> url.replaceAll("/+$", "")),
                    text("PREPTABLE_TRANSLATE_KEY"),
                    integer("PREPTABLE_TRANSLATE_TIMEOUT_MS", 10_000, 100, 120_000),
                    new AiSettings(
                            text("PREPTABLE_AI_URL").map(url -> url.replaceAll("/+$", "")),
                            text("PREPTABLE_AI_KEY"),
                            text("PREPTABLE_AI_MODEL"),
                            // ten dishes take a language model several seconds; a minute bounds a hang
                            integer("PREPTABLE_AI_TIMEOUT_MS", 60_000, 100, 600_000)),
                    new MenuHealthThresholds(
                            integer("PREPTABLE_HEALTH_REPEAT_MAX", 4, 1, 100),
                            integer("PREPTABLE_HEALTH_COST_JUMP_PERCENT", 15, 1, 1000),
                            integer("PREPTABLE_HEALTH_COST_HISTORY_DAYS", 90, 1, 3650),
                            decimal("PREPTABLE_HEALTH_STOCK_FACTOR", BigDecimal.TWO, BigDecimal.ONE,
                                    BigDecimal.valueOf(100))),
                    loginProtection(),
                    roles("PREPTABLE_PASSKEY_ONLY_ROLES"),
                    addressRanges("PREPTABLE_TRUSTED_PROXIES"),
                    new Passkeys(
                            // WebAuthn's own suggestion for a ceremony with user verification is 2-5 minutes
                            integer("PREPTABLE_WEBAUTHN_CHALLENGE_SECONDS", 120, 10, 900),
                            integer("PREPTABLE_SESSION_HOURS", 168, 1, 2160),
                            integer("PREPTABLE_INVITATION_HOURS", 72, 1, 720)),
                    new ShoppingAi(
                            bool("PREPTABLE_SHOPPING_AI", true),
                            integer("PREPTABLE_SHOPPING_AI_TIMEOUT_MS", 8_000, 100, 120_000)),
                    // remember callers between requests (auth/cache); off only to measure or to rule it out
                    bool("PREPTABLE_AUTH_CACHE", true),
                    // load the web app once before saying ready, so the first browser is not the one that waits
                    bool("PREPTABLE_WEB_WARM_UP", true),
                    new OrderLimits(
                            // a shift and a half: a real order is long gone by then, a forgotten one clutters
                            duration("PREPTABLE_ORDER_EXPIRE_AFTER", Duration.ofHours(12), Duration.ofSeconds(1),
                                    Duration.ofDays(30)),
                            Duration.ofMillis(integer("PREPTABLE_ORDER_EXPIRY_EVERY_MS", 60_000, 50, 3_600_000)),
                            // far more than a kitchen can cook at once, far less than what grew the heap to 2 GB
                            integer("PREPTABLE_SNAPSHOT_MAX_ORDERS", 500, 1, 10_000)),
                    // drive the hot API paths for a few seconds before /readyz says ready (0 when switched off):
                    // a fresh JVM answered its first 10 s of orders 3-10x slower than a warm one (issue 23)
                    bool("PREPTABLE_API_WARM_UP", true)
                            ? integer("PREPTABLE_API_WARM_UP_MS", 4_000, 100, 30_000) : 0,
                    Clock.systemUTC());
        }

        /** The thresholds of docs/login-protection.md; a lock threshold must lie above its slow-down threshold. */
        LoginProtection loginProtection() {
            int accountSlow = integer("PREPTABLE_LOGIN_ACCOUNT_SLOW_AFTER", 5, 1, 1000);
            int accountLock = integer("PREPTABLE_LOGIN_ACCOUNT_LOCK_AFTER", 10, 1, 1000);
            // a kitchen's staff may share one address (one router), so an address gets more tries than an account
            int addressSlow = integer("PREPTABLE_LOGIN_ADDRESS_SLOW_AFTER", 20, 1, 10_000);
            int addressLock = integer("PREPTABLE_LOGIN_ADDRESS_LOCK_AFTER", 50, 1, 10_000);
            int windowSeconds = integer("PREPTABLE_LOGIN_WINDOW_SECONDS", 900, 1, 86_400);
            int lockSeconds = integer("PREPTABLE_LOGIN_LOCK_SECONDS", windowSeconds, 1, 86_400);
            int delayMillis = integer("PREPTABLE_LOGIN_DELAY_MS", 1000, 0, 60_000);
            int maxDelayMillis = integer("PREPTABLE_LOGIN_MAX_DELAY_MS", 8000, 0, 60_000);
            if (accountSlow > accountLock) {
                throw new ConfigException("PREPTABLE_LOGIN_ACCOUNT_SLOW_AFTER=" + accountSlow
                        + " must not be above PREPTABLE_LOGIN_ACCOUNT_LOCK_AFTER=" + accountLock);
            }
            if (addressSlow > addressLock) {
                throw new ConfigException("PREPTABLE_LOGIN_ADDRESS_SLOW_AFTER=" + addressSlow
                        + " must not be above PREPTABLE_LOGIN_ADDRESS_LOCK_AFTER=" + addressLock);
            }
            return new LoginProtection(accountSlow, accountLock, addressSlow, addressLock,
                    Duration.ofSeconds(windowSeconds), Duration.ofSeconds(lockSeconds), Duration.ofMillis(delayMillis),
                    Duration.ofMillis(Math.max(delayMillis, maxDelayMillis)));
        }

        /** A comma-separated list of roles in either dialect's spelling, e.g. {@code admin,SOUS_CHEF}. */
        Set<Role> roles(String key) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return Set.of();
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : raw.get().split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                roles.add(Role.parse(name).orElseThrow(() -> new ConfigException(key + "=" + raw.get()
                        + " names an unknown role '" + name.trim() + "'; use admin, manager, staff or customer")));
            }
            return Collections.unmodifiableSet(roles);
        }

        /** A comma-separated list of IP addresses or CIDR ranges, e.g. {@code 127.0.0.1,10.0.0.0/8}. */
        List<String> addressRanges(String key) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return List.of();
            }
            List<String> ranges = new ArrayList<>();
            for (String range : raw.get().split(",")) {
                if (range.isBlank()) {
                    continue;
                }
                if (!ClientAddress.isRange(range.trim())) {
                    throw new ConfigException(key + "=" + raw.get() + " has '" + range.trim() + "', which is not an"
                            + " IP address or a CIDR range such as 10.0.0.0/8");
                }
                ranges.add(range.trim());
            }
            return List.copyOf(ranges);
        }

        Optional<String> text(String key) {
            return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
        }

        int integer(String key, int fallback, int min, int max) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(raw.get());
                if (value < min || value > max) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ConfigException(key + "=" + raw.get() + " is not a whole number from " + min + " to " + max);
            }
        }

        /** A plain decimal such as {@code 2} or {@code 2.5}, at most 3 decimals, within [min, max]. */
        BigDecimal decimal(String key, BigDecimal fallback, BigDecimal min, BigDecimal max) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                BigDecimal value = new BigDecimal(raw.get());
                if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 3) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ConfigException(key + "=" + raw.get() + " is not a number from " + min.toPlainString()
                        + " to " + max.toPlainString() + " with at most 3 decimals");
            }
        }

        /**
         * A length of time: whole hours ({@code 12}) or an ISO-8601 duration ({@code PT12H}, {@code PT90M},
         * {@code P2D}), within [min, max].
         */
        Duration duration(String key, Duration fallback, Duration min, Duration max) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                Duration value = raw.get().matches("[0-9]{1,6}") ? Duration.ofHours(Long.parseLong(raw.get()))
                        : Duration.parse(raw.get().toUpperCase(java.util.Locale.ROOT));
                if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                    throw new java.time.format.DateTimeParseException("out of range", raw.get(), 0);
                }
                return value;
            } catch (java.time.format.DateTimeParseException e) {
                throw new ConfigException(key + "=" + raw.get() + " is not a duration from " + min + " to " + max
                        + "; give whole hours (12) or an ISO-8601 duration (PT12H, PT90M)");
            }
        }

        ZoneId zone(String key, ZoneId fallback) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                return ZoneId.of(raw.get());
            } catch (java.time.DateTimeException e) {
                throw new ConfigException(key + "=" + raw.get() + " is not a time zone; use a name like Europe/Copenhagen");
            }
        }

        boolean bool(String key, boolean fallback) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return fallback;
            }
            return switch (raw.get().toLowerCase()) {
                case "true", "yes", "1", "on" -> true;
                case "false", "no", "0", "off" -> false;
                default -> throw new ConfigException(key + "=" + raw.get() + " must be true or false");
            };
        }
    }
}
