package org.preptable.gateway.auth.passkeys;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.GatewayConfig.ConfigException;

/**
 * Who the passkeys belong to: the origin browsers show (and put in every ceremony's client data) and the RP ID
 * (its host name), both from {@code WEBAUTHN_RP_ORIGIN}. Without it, {@code PREPTABLE_PUBLIC_URL}'s origin, else
 * {@code http://localhost:<port>}, which is also what makes the gateway count as "dev mode" (docs/auth.md).
 *
 * @param publicBase where links the gateway prints point (invitation URLs): the public URL if set, else the origin
 */
public record RelyingParty(String origin, String id, boolean devMode, String publicBase) {

    public static RelyingParty from(GatewayConfig config, int port) {
        String origin = config.webauthnRpOrigin()
                .or(() -> config.publicUrl())
                .map(RelyingParty::originOf)
                .orElse("http://localhost:" + port);
        String host = URI.create(origin).getHost().toLowerCase(Locale.ROOT);
        boolean dev = host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1")
                || host.equals("[::1]") || host.equals("::1");
        return new RelyingParty(origin, host, dev, config.publicUrl().orElse(origin));
    }

    /** The link that opens an invitation in the web app. */
    public String invitationUrl(String token) {
        return publicBase + "/invite/" + token;
    }

    /** Scheme, host and port as browsers write an origin; refuses what is not an http(s) URL with a host. */
    static String originOf(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("WEBAUTHN_RP_ORIGIN=" + url + " is not a URL; use e.g. https://kitchen.example.com");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ConfigException("WEBAUTHN_RP_ORIGIN=" + url
                    + " must be an http(s) origin with a host name, e.g. https://kitchen.example.com");
        }
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
