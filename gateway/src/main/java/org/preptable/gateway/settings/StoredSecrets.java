package org.preptable.gateway.settings;

import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import org.preptable.gateway.auth.RandomTokens;

/**
 * Secrets that must be the same on every gateway sharing one database (JWT signing key, Saavor webhook secret).
 * A configured value wins; otherwise the first gateway to start generates one and stores it, and the others read
 * that one, so no two instances ever sign with different keys.
 */
public final class StoredSecrets {

    public static final String JWT_KEY = "jwt_secret";
    public static final String SAAVOR_KEY = "saavor_secret";


    private final Pool pool;

    public StoredSecrets(Pool pool) {
        this.pool = pool;
    }

    /** The secret's value, and whether this call generated it (so the caller may show it once). */
    public record Secret(String value, boolean generatedNow) {
    }

    public Secret resolve(String key, Optional<String> configured) {
        if (configured.isPresent()) {
            return new Secret(configured.get(), false);
        }
        String candidate = generate();
        var inserted = pool.preparedQuery(
                        "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING value")
                .execute(Tuple.of(key, candidate)).await();
        if (inserted.rowCount() == 1) {
            return new Secret(candidate, true);
        }
        Row row = pool.preparedQuery("SELECT value FROM settings WHERE key = $1").execute(Tuple.of(key)).await()
                .iterator().next();
        return new Secret(row.getString("value"), false);
    }

    private static String generate() {
        return RandomTokens.base64Url(48);
    }
}
