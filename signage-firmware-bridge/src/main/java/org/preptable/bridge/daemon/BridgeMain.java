package org.preptable.bridge.daemon;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.preptable.bridge.config.BridgeConfig;
import org.preptable.bridge.config.BridgeConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar preptable-bridge.jar --config FILE}: runs the bridge until SIGTERM (systemd's stop) or Ctrl-C,
 * then closes it cleanly, lamps off. Exit status 2 for a bad command line or config, 1 when start-up fails.
 */
public final class BridgeMain {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeMain.class);

    private static final String USAGE = """
            Usage: java -jar preptable-bridge.jar [--config FILE]
              --config FILE   the bridge's properties file (default %s)
              --help          this text
            Keys and wiring: docs/bridge.md; an example: scripts/pi/bridge.properties.example
            """.formatted(BridgeConfig.DEFAULT_FILE);

    private BridgeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = BridgeConfig.DEFAULT_FILE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.print(USAGE);
                return;
            } else if (arg.equals("--config") && i + 1 < args.length) {
                file = Path.of(args[++i]);
            } else if (arg.startsWith("--config=")) {
                file = Path.of(arg.substring("--config=".length()));
            } else {
                System.err.print("preptable-bridge: unknown or incomplete option '" + arg + "'\n" + USAGE);
                System.exit(2);
            }
        }

        BridgeConfig config;
        try {
            config = BridgeConfig.load(file);
        } catch (BridgeConfigException e) {
            LOG.error(e.getMessage());
            System.exit(2);
            return;
        }
        Bridge bridge;
        try {
            bridge = Bridge.start(config, Clock.systemUTC());
        } catch (IOException | RuntimeException e) {
            LOG.error("The bridge cannot start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping (signal received)");
            bridge.close();
            stopped.countDown();
        }, "bridge-shutdown"));
        // Every worker thread is a daemon thread: the main thread is what keeps the process alive.
        stopped.await();
    }
}
