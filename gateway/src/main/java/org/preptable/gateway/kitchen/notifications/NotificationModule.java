package org.preptable.gateway.kitchen.notifications;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Duration;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.DatabaseTarget;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.db.EventLoop;
import org.preptable.gateway.live.EventHub;

/**
 * Live notifications, wired once per gateway: the hub that LISTENs for stored notifications (from any gateway on the
 * database) and pushes each to its user's open WebSockets and streams, the inbox routes and the WebSocket handler.
 * The hub is the kitchen display's, fed from {@code notifications} with one feed per user.
 */
public record NotificationModule(EventHub<Notification> hub, NotificationService service) implements AutoCloseable {

    public static NotificationModule start(Vertx vertx, Db db, DatabaseTarget target, GatewayConfig config) {
        NotificationRepository repository = new NotificationRepository();
        EventHub<Notification> hub = new EventHub<>(vertx, EventLoop.start(vertx), db, repository,
                Duration.ofMillis(config.sseHeartbeatMillis()), Duration.ofMillis(config.sseStallMillis()));
        hub.start(Db.connectOptions(target));
        return new NotificationModule(hub, new NotificationService(db, repository));
    }

    public void mount(Router api, Gates gates) {
        new NotificationRoutes(service, hub, gates).mount(api);
    }

    /** The WebSocket channel, for the HTTP server's WebSocket handlers. */
    public NotificationSocket socket(Gates gates) {
        return new NotificationSocket(gates.authenticator(), hub);
    }

    @Override
    public void close() {
        hub.close();
    }
}
