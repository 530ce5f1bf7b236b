package org.preptable.gateway.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.preptable.gateway.GatewayConfig.ConfigException;

/** Where the gateway's PostgreSQL is: the embedded one or the one named by {@code PREPTABLE_DB_URL}. */
public record DatabaseTarget(String host, int port, String database, String user, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The address for log lines: never the password. */
    public String describe() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    /**
     * Reads {@code postgresql://user:pass@host:port/db}, the same with a {@code jdbc:} prefix, or
     * {@code postgres://...}; explicit user and password settings win over the URL's.
     */
    public static DatabaseTarget parse(String url, Optional<String> user, Optional<String> password) {
        String raw = url.startsWith("jdbc:") ? url.substring(5) : url;
        try {
            URI uri = new URI(raw);
            if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
                throw new URISyntaxException(url, "scheme must be postgresql");
            }
            String host = Optional.ofNullable(uri.getHost()).orElse("localhost");
            int port = uri.getPort() > 0 ? uri.getPort() : 5432;
            String path = Optional.ofNullable(uri.getPath()).orElse("").replaceFirst("^/", "");
            String database = path.isEmpty() ? "postgres" : path;
            String urlUser = null;
            String urlPassword = null;
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getUserInfo().split(":", 2);
                urlUser = parts[0];
                urlPassword = parts.length > 1 ? parts[1] : null;
            }
            return new DatabaseTarget(host, port, database,
                    user.orElse(Optional.ofNullable(urlUser).orElse("postgres")),
                    password.orElse(Optional.ofNullable(urlPassword).orElse("")));
        } catch (URISyntaxException e) {
            throw new ConfigException("PREPTABLE_DB_URL=" + url + " is not a PostgreSQL URL;"
                    + " use postgresql://user:password@host:5432/database");
        }
    }
}
