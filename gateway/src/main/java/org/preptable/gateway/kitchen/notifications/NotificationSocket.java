package org.preptable.gateway.kitchen.notifications;

import io.netty.channel.Channel;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.internal.http.WebSocketInternal;
import java.util.concurrent.Executor;
import org.preptable.gateway.auth.Authenticator;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.live.EventHub;
import org.preptable.gateway.live.LoopSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket {@code /api/v1/notifications} (reference §4.10): the token comes from the {@code Authorization}
 * header or {@code ?token=} (browsers cannot set headers on a WebSocket); a missing or bad token closes the socket
 * with 1008 and the reason, an unexpected failure with 1011. Any signed-in kitchen user may connect, customers
 * included. Each open socket is one subscriber of its user's feed, so every tab gets every notification once; the
 * server pings on the heartbeat, and what the client sends is ignored. {@code ?lastEventId=} replays what a tab
 * missed since a notification it saw.
 */
public final class NotificationSocket {

    public static final String PATH = "/api/v1/notifications";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationSocket.class);
    /** Text a tab may have waiting before it is paused: a few thousand notifications. */
    private static final int MAX_QUEUED_BYTES = 1024 * 1024;

    private final Authenticator authenticator;
    private final EventHub<Notification> hub;

    NotificationSocket(Authenticator authenticator, EventHub<Notification> hub) {
        this.authenticator = authenticator;
        this.hub = hub;
    }

    /**
     * For {@code HttpServer.webSocketHandshakeHandler}; runs on the HTTP verticle's virtual thread, so it may await.
     * This is the only WebSocket path; others get 404. The caller is authenticated and the resume point read
     * <em>before</em> the 101 goes out, so a notification committed after the client sees its socket open is never
     * missed. A refused caller is accepted and closed at once with 1008 (the reference's behaviour; a browser sees
     * a close code, never an HTTP status).
     */
    public void handshake(ServerWebSocketHandshake handshake) {
        if (!PATH.equals(handshake.path()) && !(PATH + "/").equals(handshake.path())) {
            handshake.reject(404);
            return;
        }
        CurrentUser user;
        long from;
        try {
            user = authenticator.bearer(token(handshake.headers(), queryParam(handshake.query(), "token")));
            if (user.role() == Role.KIOSK) {
                throw ApiError.unauthorized("Kiosk sessions have no kitchen-planning notifications");
            }
            Long lastSeen = lastEventId(queryParam(handshake.query(), "lastEventId"));
            from = lastSeen != null ? lastSeen : hub.latest(user.id());
        } catch (ApiError refused) {
            handshake.accept().onSuccess(socket -> socket.close((short) 1008, refused.getMessage()));
            return;
        } catch (RuntimeException failure) {
            LOG.warn("Authenticating a notifications WebSocket failed", failure);
            handshake.accept().onSuccess(socket -> socket.close((short) 1011, "Internal authentication error"));
            return;
        }
        ServerWebSocket socket = handshake.accept().await();
        socket.handler(ignored -> { }); // client → server messages are ignored, as in the reference
        Channel channel = ((WebSocketInternal) socket).channelHandlerContext().channel();
        socket.setWriteQueueMaxSize(MAX_QUEUED_BYTES);
        SocketSink sink = new SocketSink(socket, channel.eventLoop(), () -> hub.wake(user.id()),
                () -> LoopSink.reset(channel));
        Runnable unsubscribe = hub.subscribe(user.id(), from, sink);
        socket.closeHandler(closed -> unsubscribe.run());
        socket.exceptionHandler(failure -> unsubscribe.run());
        if (socket.isClosed()) { // closed before the handler was set: it would never run
            unsubscribe.run();
        }
    }

    private static String token(MultiMap headers, String queryToken) {
        String authorization = headers.get("Authorization");
        if (authorization != null) {
            if (!authorization.startsWith("Bearer ") || authorization.length() <= 7) {
                throw ApiError.unauthorized("Missing or malformed Authorization header");
            }
            return authorization.substring(7).trim();
        }
        if (queryToken == null || queryToken.isBlank()) {
            throw ApiError.unauthorized("Missing or malformed Authorization header");
        }
        return queryToken.trim();
    }

    private static Long lastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiError.badRequest("lastEventId must be a notification id, got: " + raw);
    }

    /** One query parameter, percent-decoded; null when absent. */
    static String queryParam(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return java.net.URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1),
                            java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest("Bad percent-escape in the query parameter " + name);
                }
            }
        }
        return null;
    }

    /** Sends each notification as one text message; pings on the heartbeat. */
    private static final class SocketSink extends LoopSink<Notification, ServerWebSocket> {

        SocketSink(ServerWebSocket socket, Executor loop, Runnable onDrained, Runnable dropConnection) {
            super(socket, loop, onDrained, dropConnection);
        }

        @Override
        protected void emit(Notification notification) {
            stream.writeTextMessage(notification.json());
        }

        @Override
        protected boolean gone() {
            return stream.isClosed();
        }

        @Override
        public void heartbeat() {
            if (!full()) {
                write(socket -> socket.writePing(Buffer.buffer()));
            }
        }

        /** A resume point this database never issued for the user: the tab reloads its list. */
        @Override
        public void reset() {
            write(socket -> socket.writeTextMessage("{\"notificationType\":\"RESET\"}"));
        }
    }
}
