package org.preptable.gateway.http;

import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request came from: the connection's peer, unless that peer is a reverse proxy named in
 * {@code PREPTABLE_TRUSTED_PROXIES}, in which case {@code X-Forwarded-For} is read from the right, through trusted
 * hops only, to the first address no trusted proxy stands for. A client's own {@code X-Forwarded-For} is therefore
 * never believed: with no trusted proxies (the default) the header is ignored, and behind a trusted proxy only the
 * hop that proxy appended counts. Login protection counts failures per this address; audit rows record it.
 */
public final class ClientAddress {

    private static final String KEY = "preptable.clientAddress";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(ClientAddress::range).toList();
    }

    /** Router handler: resolves the client address once per request, for {@link #of}. */
    public void handle(RoutingContext ctx) {
        var peer = ctx.request().remoteAddress();
        String remote = peer == null ? null : peer.hostAddress();
        ctx.put(KEY, resolve(remote, ctx.request().headers().getAll("X-Forwarded-For")));
        ctx.next();
    }

    /** The request's client address as resolved by {@link #handle}, else the connection's peer; null if unknown. */
    public static String of(RoutingContext ctx) {
        String resolved = ctx.get(KEY);
        if (resolved != null) {
            return resolved;
        }
        var peer = ctx.request().remoteAddress();
        return peer == null ? null : normalize(peer.hostAddress());
    }

    /** The client behind {@code remote}, given the request's {@code X-Forwarded-For} headers (oldest hop first). */
    String resolve(String remote, List<String> forwardedFor) {
        String client = normalize(remote);
        if (client == null || trusted.isEmpty() || forwardedFor.isEmpty()) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> hops.addAll(List.of(header.split(","))));
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            String hop = normalize(hops.get(i).trim());
            if (hop == null) {
                break; // junk that no trusted proxy wrote: keep the last address a trusted proxy vouched for
            }
            client = hop;
        }
        return client;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = bytes(address);
        return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    /** Whether {@code text} is an IP address or a CIDR range such as {@code 10.0.0.0/8} or {@code fd00::/8}. */
    public static boolean isRange(String text) {
        try {
            range(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Range range(String text) {
        String[] parts = text.trim().split("/", 2);
        byte[] network = bytes(parts[0]);
        if (network == null) {
            throw new IllegalArgumentException(text);
        }
        int prefix = network.length * 8;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(text);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(text);
            }
        }
        return new Range(network, prefix);
    }

    /** An IP literal in its canonical spelling; null for anything else (names are never looked up). */
    static String normalize(String address) {
        if (address == null) {
            return null;
        }
        byte[] bytes = bytes(address);
        try {
            return bytes == null ? null : InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] bytes(String literal) {
        String text = literal.trim();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (IPV4.matcher(text).matches()) {
            String[] parts = text.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (!IPV6.matcher(text).matches()) {
            return null; // not a literal: InetAddress would look a name up
        }
        try { // contains ':', so InetAddress parses it as an IPv6 literal and never asks DNS
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
