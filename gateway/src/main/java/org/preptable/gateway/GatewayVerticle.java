package org.preptable.gateway;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.preptable.gateway.admin.AdminUserRoutes;
import org.preptable.gateway.audit.AuditRoutes;
import org.preptable.gateway.auth.SessionRoutes;
import org.preptable.gateway.contract.ApiContract;
import org.preptable.gateway.contract.ContractRoutes;
import org.preptable.gateway.contract.MountedRoutes;
import org.preptable.gateway.http.AccessLog;
import org.preptable.gateway.http.ClientAddress;
import org.preptable.gateway.http.ErrorHandler;
import org.preptable.gateway.http.HealthRoutes;
import org.preptable.gateway.http.RequestIds;
import org.preptable.gateway.http.RouteSegments;
import org.preptable.gateway.http.UnroutedRequests;
import org.preptable.gateway.kds.KdsModule;
import org.preptable.gateway.kds.kiosk.KioskRoutes;
import org.preptable.gateway.kitchen.allergens.AllergenRoutes;
import org.preptable.gateway.kitchen.notifications.NotificationModule;
import org.preptable.gateway.kitchen.notifications.NotificationSocket;
import org.preptable.gateway.kitchen.stations.StationRoutes;
import org.preptable.gateway.users.AccountRoutes;
import org.preptable.gateway.users.KitchenUserRoutes;
import org.preptable.gateway.web.WebApp;

/**
 * The HTTP server: one Router with the health checks at the root and every feature's routes under
 * {@code /api/v1}, grouped by first path segment ({@link RouteSegments}). Deployed on virtual threads, so handlers
 * await database results in plain sequential code.
 */
final class GatewayVerticle extends VerticleBase {

    private final GatewayConfig config;
    private final Services services;
    private final KdsModule kds;
    private final NotificationModule notifications;
    private final int port;
    private final ApiContract contract;
    private final Consumer<List<String>> mounted;
    private final BooleanSupplier warmedUp;
    private final String warmUpKey;

    /**
     * {@code mounted} hears the routes the router serves, for the contract's coverage check; {@code warmedUp}
     * tells {@code /readyz} whether the start-up warm-up of the API is done, whose requests carry {@code warmUpKey}
     * and stay out of the access log.
     */
    GatewayVerticle(GatewayConfig config, Services services, KdsModule kds, NotificationModule notifications,
                    int port, ApiContract contract, Consumer<List<String>> mounted, BooleanSupplier warmedUp,
                    String warmUpKey) {
        this.config = config;
        this.services = services;
        this.kds = kds;
        this.notifications = notifications;
        this.port = port;
        this.contract = contract;
        this.mounted = mounted;
        this.warmedUp = warmedUp;
        this.warmUpKey = warmUpKey;
    }

    @Override
    public Future<?> start() {
        ErrorHandler errors = new ErrorHandler(ZoneId.systemDefault(), config.bodyLimitBytes());
        Router root = Router.router(vertx);
        root.route().handler(RequestIds::assign);
        root.route().handler(AccessLog.except(warmUpKey));
        root.route().handler(new ClientAddress(config.trustedProxies())::handle);
        root.route().handler(BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes()));
        new HealthRoutes(services.db(), errors, warmedUp).mount(root);
        ContractRoutes contractRoutes = new ContractRoutes(contract);
        contractRoutes.mountDocs(root);

        // The API's ~210 routes, one router per first path segment: a request only tries its own segment's routes
        // (issue 23). The features see one Router (the facade) and mount on it as before.
        RouteSegments segments = new RouteSegments(vertx, "/api/v1");
        Router api = segments.facade();
        contractRoutes.mount(api);
        new AccountRoutes(services.users(), services.tokens(), config.selfRegistration(), config.passwordLogin())
                .mount(api);
        new SessionRoutes(services.db(), services.sessions(), services.gates(), services.authPropagation()).mount(api);
        services.passkeys().mount(api, services.gates());
        new KitchenUserRoutes(services.users(), services.gates()).mount(api);
        new AdminUserRoutes(services.users(), services.gates()).mount(api);
        new AuditRoutes(services.db(), services.gates()).mount(api);
        new StationRoutes(services.stations(), services.users(), services.gates()).mount(api);
        new AllergenRoutes(services.allergens(), services.gates()).mount(api);
        services.dishes().mount(api, services.gates());
        services.menus().mount(api, services.gates());
        services.takeaway().mount(api, services.gates());
        services.inspirations().mount(api, services.gates());
        services.requests().mount(api, services.gates());
        services.ops().mount(api, services.db(), services.gates());
        new KioskRoutes(services.kiosks(), services.gates(), config.secureCookies()).mount(api);
        kds.mount(api, services.gates());
        notifications.mount(api, services.gates());
        segments.mountOn(root);
        // the management web app: its pages (incl. /invite/{token}) and static files. After the API, so an API
        // request does not first try the app's ~40 page routes (their paths never overlap /api/v1/*).
        new WebApp().mount(root);
        mounted.accept(MountedRoutes.of(root, "/api/v1", segments.routers()));

        // Each API router keeps the failure handler the one API router had. The 404/405/413/415 answers come from
        // the root router's error handlers: the segment routers are entered by handleContext, not as sub-routers,
        // so Vert.x never asks them (and a sub-router's error handler would answer before the next root route).
        for (Router router : segments.routers()) {
            router.route().failureHandler(errors::handle);
        }
        root.route().failureHandler(errors::handle);
        for (int status : new int[] {404, 405, 413, 415}) {
            root.errorHandler(status, ctx -> errors.handleStatus(ctx, status));
        }
        UnroutedRequests unrouted = new UnroutedRequests(errors, root);
        // WebSocket upgrades go to the one WebSocket channel, /api/v1/notifications, not through the router
        NotificationSocket socket = notifications.socket(services.gates());
        return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
                .webSocketHandshakeHandler(socket::handshake)
                .webSocketHandler(acceptedBySocket -> { }) // the handshake handler takes the accepted socket
                .requestHandler(unrouted::handle)
                .invalidRequestHandler(unrouted::handleInvalid)
                .listen(port, config.host());
    }
}
