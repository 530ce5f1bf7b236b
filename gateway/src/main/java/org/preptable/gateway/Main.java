package org.preptable.gateway;

import java.time.Duration;
import org.preptable.gateway.GatewayConfig.ConfigException;
import org.preptable.gateway.db.DataDirLock.DataDirInUseException;

/** {@code java -jar preptable-gateway.jar}: starts the gateway from the environment and stops it on Ctrl-C. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        GatewayConfig config;
        try {
            config = GatewayConfig.fromEnvironment();
        } catch (ConfigException e) {
            System.err.println("preptable: " + e.getMessage());
            System.exit(2);
            return;
        }
        Gateway gateway;
        try {
            gateway = Gateway.start(config, line -> System.out.println("preptable: " + line), () -> {
                System.err.println("preptable: the embedded PostgreSQL stopped and could not be restarted; exiting so"
                        + " the service manager (systemd) starts the gateway again. Its log says why.");
                Runtime.getRuntime().halt(70);
            });
        } catch (DataDirInUseException e) {
            System.err.println("preptable: " + e.getMessage());
            System.exit(3);
            return;
        } catch (Exception e) {
            System.err.println("preptable: start-up failed: " + e.getMessage());
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("preptable: shutting down");
            gateway.close();
            System.out.println("preptable: stopped");
        }, "preptable-shutdown"));
        gateway.apiWarmedUp().join(); // "ready" below means what /readyz means: the warm-up is done

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println();
        System.out.printf("  PrepTable gateway is ready at %s  (started in %.1f s)%n",
                gateway.url(config.publicUrl()), took.toMillis() / 1000.0);
        System.out.println("  Web app:  " + gateway.url(config.publicUrl()) + "/  (sign in with a passkey or the admin"
                + " password; an invitation link below registers a passkey)");
        System.out.println("  Health:   " + gateway.url(config.publicUrl()) + "/healthz");
        System.out.println("  API:      " + gateway.url(config.publicUrl()) + "/api/docs  (reference; contract at"
                + " /api/v1/openapi.json)");
        System.out.println("  Database: " + (config.embeddedDatabase()
                ? "embedded PostgreSQL, data in " + config.dataDir()
                : gateway.database().describe()));
        gateway.notices().forEach(line -> System.out.println("  " + line));
        System.out.println("  Stop with Ctrl-C.");
        System.out.println();
    }
}
