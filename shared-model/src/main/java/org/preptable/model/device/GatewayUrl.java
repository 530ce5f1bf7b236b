package org.preptable.model.device;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** The {@code gateway.url} of a device's config file: the gateway's origin, {@code http(s)://host[:port]}. */
public final class GatewayUrl {

    private GatewayUrl() {
    }

    /** The origin, or null after appending what is wrong with {@code value} (named by {@code key}) to problems. */
    public static URI parse(String key, String value, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(key + " is required, e.g. http://gateway.local:8080");
            return null;
        }
        String hint = key + " must be an http or https URL like http://gateway.local:8080, was '" + value + "'";
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add(hint);
                return null;
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                // Not echoed: user info may hold a password.
                problems.add(key + " must not contain user info, a query or a fragment");
                return null;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (!path.isEmpty() && !path.equals("/")) {
                // The API lives at /api/v1 of the gateway's origin; a path here would be silently dropped.
                problems.add(key + " must be the gateway's origin without a path (like http://gateway.local:8080),"
                        + " was '" + value + "'");
                return null;
            }
            return new URI(scheme + "://" + uri.getRawAuthority());
        } catch (URISyntaxException e) {
            problems.add(hint);
            return null;
        }
    }
}
