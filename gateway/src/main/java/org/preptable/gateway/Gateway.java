package org.preptable.gateway;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.preptable.gateway.bootstrap.DemoData;
import org.preptable.gateway.contract.ApiContract;
import org.preptable.gateway.bootstrap.FirstAdmin;
import org.preptable.gateway.bootstrap.FirstRunInvitation;
import org.preptable.gateway.db.DataDirLock;
import org.preptable.gateway.auth.cache.AuthChangeFeed;
import org.preptable.gateway.auth.cache.PrincipalCache;
import org.preptable.gateway.db.DatabaseTarget;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.db.EmbeddedDatabase;
import org.preptable.gateway.db.EmbeddedSupervisor;
import org.preptable.gateway.db.Migrations;
import org.preptable.gateway.kds.KdsModule;
import org.preptable.gateway.kitchen.notifications.NotificationModule;
import org.preptable.gateway.settings.StoredSecrets;
import org.preptable.gateway.warmup.ApiWarmUp;
import org.preptable.gateway.web.WebAppWarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running gateway: data-folder lock, PostgreSQL (embedded or external), migrations, secrets, first admin,
 * demo data and the HTTP server, started in that order and closed in reverse. Used by {@link Main} and by tests.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final List<AutoCloseable> resources;
    private final int port;
    private final DatabaseTarget database;
    private final Services services;
    private final KdsModule kds;
    private final NotificationModule notifications;
    private final List<String> notices;
    private final ApiContract contract;
    private final List<String> mountedRoutes;
    private final Optional<EmbeddedSupervisor> supervisor;
    private final CompletableFuture<Void> webWarmedUp = new CompletableFuture<>();
    private final CompletableFuture<ApiWarmUp.Report> apiWarmedUp;

    private Gateway(List<AutoCloseable> resources, int port, DatabaseTarget database, Services services,
                    KdsModule kds, NotificationModule notifications, List<String> notices, ApiContract contract,
                    List<String> mountedRoutes, Optional<EmbeddedSupervisor> supervisor,
                    CompletableFuture<ApiWarmUp.Report> apiWarmedUp) {
        this.resources = resources;
        this.port = port;
        this.database = database;
        this.services = services;
        this.kds = kds;
        this.notifications = notifications;
        this.notices = notices;
        this.contract = contract;
        this.mountedRoutes = mountedRoutes;
        this.supervisor = supervisor;
        this.apiWarmedUp = apiWarmedUp;
    }

    /**
     * Starts everything; on failure, closes what had started and rethrows.
     *
     * @param progress receives one line per slow step, so a first start does not look hung
     */
    public static Gateway start(GatewayConfig config, Consumer<String> progress) throws Exception {
        return start(config, progress, () -> LOG.error("The database is gone for good; this gateway cannot serve"));
    }

    /**
     * @param onDatabaseGone runs when the embedded PostgreSQL died and could not be restarted (the command-line
     *                       gateway exits, so its service manager starts it afresh)
     */
    public static Gateway start(GatewayConfig config, Consumer<String> progress, Runnable onDatabaseGone)
            throws Exception {
        List<AutoCloseable> resources = new ArrayList<>();
        EmbeddedSupervisor supervisor = null;
        try {
            DatabaseTarget target;
            if (config.embeddedDatabase()) {
                resources.add(DataDirLock.acquire(config.dataDir()));
                boolean firstStart = !java.nio.file.Files.exists(config.dataDir().resolve("postgres/PG_VERSION"));
                progress.accept("Starting embedded PostgreSQL in " + config.dataDir().resolve("postgres")
                        + (firstStart ? " (first start: unpacking and initialising it, about 10 s)" : ""));
                EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir(), true);
                resources.add(embedded);
                supervisor = new EmbeddedSupervisor(embedded, Duration.ofSeconds(1), Duration.ofSeconds(60),
                        onDatabaseGone);
                resources.add(supervisor);
                target = embedded.target();
            } else {
                target = DatabaseTarget.parse(config.dbUrl().orElseThrow(), config.dbUser(), config.dbPassword());
            }
            var migrated = Migrations.apply(target);
            if (migrated.migrationsExecuted > 0) {
                progress.accept("Applied " + migrated.migrationsExecuted + " database migration(s); schema version "
                        + migrated.targetSchemaVersion);
            }

            Vertx vertx = Vertx.vertx();
            resources.add(() -> vertx.close().await());
            Db db = Db.connect(vertx, target, config.dbPoolSize());
            resources.add(db);
            if (supervisor != null) {
                db.watchedBy(supervisor::databaseLost);
            }

            List<String> notices = new ArrayList<>();
            StoredSecrets secrets = new StoredSecrets(db.pool());
            String jwtSecret = secrets.resolve(StoredSecrets.JWT_KEY, config.jwtSecret()).value();
            var saavor = secrets.resolve(StoredSecrets.SAAVOR_KEY, config.saavorSecret());
            if (saavor.generatedNow()) {
                notices.add("Saavor webhook secret (shown once; set it in Saavor): " + saavor.value());
            }
            int port = config.httpPort() == 0 ? freePort() : config.httpPort();
            PrincipalCache principals = new PrincipalCache(config.authCache());
            AuthChangeFeed authChanges = new AuthChangeFeed(vertx, db, principals);
            authChanges.start(Db.connectOptions(target));
            resources.add(authChanges);
            Services services = Services.create(vertx, db, config, jwtSecret, port, principals);
            KdsModule kds = KdsModule.start(vertx, db, target, config, saavor.value(), services.ops());
            resources.add(kds);
            NotificationModule notifications = NotificationModule.start(vertx, db, target, config);
            resources.add(notifications);
            FirstAdmin.ensure(services.users(), config.adminEmail(), config.adminPassword(), config.passwordLogin())
                    .ifPresent(admin ->
                    notices.add("First admin: " + admin.email() + admin.shownPassword()
                            .map(password -> "  password: " + password + "  (shown once; change it after signing in)")
                            .orElse("")));
            if (config.demoData()) {
                DemoData.loadOnce(db, services).ifPresent(demo -> {
                    demo.users().forEach(user -> notices.add("Demo " + user.role().opsName() + ": " + user.email()
                            + "  password: " + demo.password() + "  (shown once)"));
                    demo.kioskTokens().forEach((location, token) ->
                            notices.add("Demo kiosk token for " + location + ": " + token + "  (shown once)"));
                });
            }

            FirstRunInvitation.ensure(services.passkeys(), services.users()).ifPresent(notices::add);

            ApiContract contract = ApiContract.load();
            AtomicReference<List<String>> mounted = new AtomicReference<>(List.of());
            int instances = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            CompletableFuture<ApiWarmUp.Report> apiWarmedUp = new CompletableFuture<>();
            String warmUpKey = UUID.randomUUID().toString();
            vertx.deployVerticle(() -> new GatewayVerticle(config, services, kds, notifications, port, contract,
                            mounted::set, apiWarmedUp::isDone, warmUpKey),
                    new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD).setInstances(instances))
                    .await();
            Gateway gateway = new Gateway(resources, port, target, services, kds, notifications, List.copyOf(notices), contract,
                    mounted.get(), Optional.ofNullable(supervisor), apiWarmedUp);
            if (config.apiWarmUpMillis() > 0) {
                progress.accept("Warming up the API for " + config.apiWarmUpMillis() / 1000.0
                        + " s before saying ready (PREPTABLE_API_WARM_UP)");
                gateway.warmUpApi(WebAppWarmUp.origin(config.host(), port), warmUpKey,
                        Duration.ofMillis(config.apiWarmUpMillis()));
            } else {
                apiWarmedUp.complete(ApiWarmUp.Report.NONE);
            }
            if (config.webWarmUp()) {
                gateway.warmUpWebApp(WebAppWarmUp.origin(config.host(), port));
            } else {
                gateway.webWarmedUp.complete(null);
            }
            return gateway;
        } catch (Exception | Error e) {
            closeAll(resources);
            throw e;
        }
    }

    /**
     * Loads the web app once in the background (WebAppWarmUp): readiness does not wait for it (it takes a second or
     * two on a small machine), and a person opening a browser after the start-up lines comes after it anyway.
     */
    private void warmUpWebApp(String origin) {
        Thread.ofVirtual().name("web-warm-up").start(() -> {
            long started = System.nanoTime();
            try {
                int files = WebAppWarmUp.run(origin).size();
                LOG.info("Web app warmed up: {} files in {} ms", files, (System.nanoTime() - started) / 1_000_000);
                webWarmedUp.complete(null);
            } catch (InterruptedException e) {
                webWarmedUp.complete(null);
            }
        });
    }

    /**
     * Drives the hot API paths in the background (ApiWarmUp) while {@code /readyz} answers 503; readiness follows
     * when it is done, whatever happened in it: a warm-up that fails only leaves the first requests slower.
     */
    private void warmUpApi(String origin, String key, Duration budget) {
        Thread warmUp = Thread.ofVirtual().name("api-warm-up").unstarted(() -> {
            try {
                ApiWarmUp.Report report = ApiWarmUp.run(origin, key, services.db(), services.tokens(), kds.webhook(),
                        budget);
                LOG.info("API warmed up: {} requests ({} failed), {} rehearsed orders, {} screen streams in {} rounds,"
                        + " {} ms", report.requests(), report.failed(), report.rehearsed(), report.streams(),
                        report.rounds(), report.millis());
                apiWarmedUp.complete(report);
            } catch (InterruptedException e) {
                // closing during start-up
            } catch (RuntimeException e) {
                LOG.warn("API warm-up stopped early: {}", e.toString());
            } finally {
                apiWarmedUp.complete(ApiWarmUp.Report.NONE); // whatever happened, readiness must not hang on it
            }
        });
        resources.add(warmUp::interrupt);
        warmUp.start();
    }

    /**
     * Completes when the start-up warm-up of the API is done and {@code /readyz} can say ready (at once when it is
     * turned off); {@link Main} waits for it before it prints that the gateway is ready.
     */
    public CompletableFuture<ApiWarmUp.Report> apiWarmedUp() {
        return apiWarmedUp;
    }

    /** Completes when the start-up warm-up of the web app is done (at once when it is turned off). */
    public CompletableFuture<Void> webWarmedUp() {
        return webWarmedUp;
    }

    public int port() {
        return port;
    }

    public DatabaseTarget database() {
        return database;
    }

    public Services services() {
        return services;
    }

    public KdsModule kds() {
        return kds;
    }

    /** Live kitchen-planning notifications (the hub, for tests and diagnostics). */
    public NotificationModule notifications() {
        return notifications;
    }

    /** The watch over the embedded PostgreSQL; empty when the database is external. */
    public Optional<EmbeddedSupervisor> embeddedSupervisor() {
        return supervisor;
    }

    /** The API's OpenAPI document, as served at {@code /api/v1/openapi.json}. */
    public ApiContract contract() {
        return contract;
    }

    /** Every route the HTTP router serves, as {@code "GET /api/v1/items/{itemId}"}. */
    public List<String> mountedRoutes() {
        return mountedRoutes;
    }

    /** Lines to show the operator once: generated credentials and secrets. */
    public List<String> notices() {
        return notices;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("Error while shutting down: {}", e.toString());
            }
        }
        resources.clear();
    }

    /** Where the gateway listens, as a person would type it. */
    public String url(Optional<String> publicUrl) {
        return publicUrl.orElse("http://localhost:" + port);
    }
}
