package org.preptable.gateway.kds;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Duration;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.kds.handoff.HandOffRoutes;
import org.preptable.gateway.kds.handoff.HandOffService;
import org.preptable.gateway.kds.handoff.Outbox;
import org.preptable.gateway.kds.handoff.OutboxWorker;
import org.preptable.gateway.db.DatabaseTarget;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.db.EventLoop;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.gateway.kds.events.EventStreamRoutes;
import org.preptable.gateway.kds.orders.OrderActionRepository;
import org.preptable.gateway.kds.orders.OrderActionRoutes;
import org.preptable.gateway.kds.orders.OrderExpiry;
import org.preptable.gateway.kds.orders.OrderProjector;
import org.preptable.gateway.kds.orders.OrderRepository;
import org.preptable.gateway.kds.orders.OrderRoutes;
import org.preptable.gateway.kds.orders.OrderService;
import org.preptable.gateway.kds.orders.OrderStations;
import org.preptable.gateway.kds.orders.PriorityService;
import org.preptable.gateway.kds.orders.RecallService;
import org.preptable.gateway.kds.orders.Transitions;
import org.preptable.gateway.kds.saavor.PayloadLog;
import org.preptable.gateway.kds.saavor.PayloadRoutes;
import org.preptable.gateway.kds.saavor.SaavorWebhook;
import org.preptable.gateway.kds.screens.ScreenRepository;
import org.preptable.gateway.kds.screens.ScreenRoutes;
import org.preptable.gateway.kds.screens.ScreenService;
import org.preptable.gateway.live.EventHub;
import org.preptable.gateway.ops.OpsModule;
import org.preptable.gateway.ops.locations.LocationRepository;

/**
 * The kitchen display: Saavor webhook, orders, transitions, expo's clear/recall/rush, the screens' central settings
 * and the live event stream, wired once per gateway.
 */
public record KdsModule(Db db, EventLog events, EventHub<EventLog.Event> hub, OrderService orders, SaavorWebhook webhook,
                        PayloadLog payloads, OpsModule ops, HandOffService handOffs, OutboxWorker outboxWorker,
                        RecallService recalls, PriorityService priorities, ScreenService screens,
                        OrderExpiry expiry)
        implements AutoCloseable {

    public static KdsModule start(Vertx vertx, Db db, DatabaseTarget target, GatewayConfig config,
                                  String saavorSecret, OpsModule ops) {
        EventLog events = new EventLog();
        EventLoop loop = EventLoop.start(vertx);
        EventHub<EventLog.Event> hub = new EventHub<>(vertx, loop, db, events, Duration.ofMillis(config.sseHeartbeatMillis()),
                Duration.ofMillis(config.sseStallMillis()));
        hub.start(Db.connectOptions(target));
        OrderRepository orderRepository = new OrderRepository();
        OrderStations stations = new OrderStations();
        Transitions transitions = new Transitions();
        PayloadLog payloads = new PayloadLog();
        SaavorWebhook webhook = new SaavorWebhook(db, loop, saavorSecret, payloads, new LocationRepository(),
                new OrderProjector(orderRepository, stations, transitions, events), orderRepository);
        OrderService orders = new OrderService(db, orderRepository, stations, transitions, events, ops.locations(),
                config.orderLimits().snapshotMax());
        Outbox outbox = new Outbox();
        OutboxWorker worker = new OutboxWorker(vertx, db, outbox, config.saavorUrl(), saavorSecret,
                Duration.ofMillis(config.saavorRetryMillis()));
        worker.start(Duration.ofMillis(Math.min(500, config.saavorRetryMillis())));
        OrderActionRepository actions = new OrderActionRepository();
        OrderExpiry expiry = new OrderExpiry(vertx, db, orderRepository, transitions, events,
                config.orderLimits().expireAfter());
        expiry.start(config.orderLimits().expiryEvery());
        return new KdsModule(db, events, hub, orders, webhook, payloads, ops,
                new HandOffService(db, outbox, orderRepository, transitions, events), worker,
                new RecallService(db, orderRepository, actions, stations, transitions, events, ops.locations()),
                new PriorityService(db, orderRepository, actions, transitions, events),
                new ScreenService(db, new ScreenRepository(), ops.locations()), expiry);
    }

    public void mount(Router api, Gates gates) {
        new PayloadRoutes(db, payloads, webhook, gates).mount(api);
        // before OrderRoutes: /orders/cleared is a static path beside /orders/:orderId
        new OrderActionRoutes(recalls, priorities, gates).mount(api);
        new OrderRoutes(orders, gates).mount(api);
        new EventStreamRoutes(hub, ops.locations(), gates).mount(api);
        new HandOffRoutes(handOffs, webhook, ops.locations(), gates).mount(api);
        new ScreenRoutes(screens, gates).mount(api);
    }

    @Override
    public void close() {
        expiry.close();
        outboxWorker.close();
        hub.close();
    }
}
