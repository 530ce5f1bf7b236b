package org.preptable.gateway.http;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gives every request a short id, sent back as {@code X-Request-Id} and used as the error envelope's
 * {@code referenceId}, so a support call can find the log line.
 */
public final class RequestIds {

    private static final String KEY = "preptable.requestId";
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private RequestIds() {
    }

    public static void assign(RoutingContext ctx) {
        String requestId = newId();
        ctx.put(KEY, requestId);
        ctx.response().putHeader("X-Request-Id", requestId);
        ctx.next();
    }

    /** A fresh id, for a request refused before it reaches the router. */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    public static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id == null ? "unknown" : id;
    }
}
