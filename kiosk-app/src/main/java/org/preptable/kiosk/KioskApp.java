package org.preptable.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.config.KioskConfigException;
import org.preptable.kiosk.signage.SignageSession;
import org.preptable.kiosk.ui.Chime;
import org.preptable.kiosk.ui.MessageScreen;
import org.preptable.model.client.GatewayProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kitchen display (or, with {@code mode = signage}, the guest menu and order-ready board) as a JavaFX application (started through {@link Launcher}). Shows a full-screen message at
 * once, then reads the config, checks the gateway and signs in off the FX thread, retrying with back-off and saying
 * why on screen (bad config, refused token, gateway unreachable) until it can show the live board.
 */
public final class KioskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    /**
     * Until the config can be read, the pause between tries stays at most this long; after that the file's
     * {@code link.retry-max-ms} (1 s) applies. A screen switched on before the gateway must be live within about 2 s of
     * the gateway coming up, not after a back-off of half a minute.
     */
    private static final Duration MAX_RETRY = Duration.ofSeconds(2);

    private volatile AutoCloseable session;
    private volatile boolean stopping;

    @Override
    public void start(Stage stage) {
        MessageScreen message = new MessageScreen();
        Rectangle2D screen = Screen.getPrimary().getBounds();
        stage.setScene(new Scene(message, screen.getWidth(), screen.getHeight()));
        stage.setTitle("PrepTable kitchen display");
        fillScreen(stage, screen);
        stage.show();
        Path configFile = Launcher.configPath(getParameters().getRaw());
        Thread.ofVirtual().name("kiosk-sign-in").start(() -> signInUntilItWorks(stage, message, configFile));
    }

    private void signInUntilItWorks(Stage stage, MessageScreen message, Path configFile) {
        Duration wait = Duration.ofMillis(500);
        Duration maxWait = MAX_RETRY;
        String lastProblem = null;
        boolean firstTry = true;
        while (!stopping) {
            String retry = "Trying again every " + seconds(maxWait) + " s…";
            try {
                KioskConfig config = KioskConfig.load(configFile);
                maxWait = config.link().retryMax();
                if (firstTry) { // later tries keep the problem on screen rather than flashing "Connecting…" each second
                    Platform.runLater(() -> message.show("Connecting…", "Signing in to " + config.gatewayUrl(), ""));
                    firstTry = false;
                }
                GatewayProbe.Result probe = new GatewayProbe(Duration.ofSeconds(5)).probe(config.gatewayUrl());
                if (!probe.reachable()) {
                    Platform.runLater(() -> message.showProblem("Gateway unreachable", probe.message(), retry));
                } else {
                    showLive(stage, config);
                    return;
                }
            } catch (KioskConfigException e) {
                Platform.runLater(() -> message.showProblem("The kiosk's config needs fixing", e.getMessage(), retry));
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!e.toString().equals(lastProblem)) { // one line per change of problem, not one a second
                    LOG.warn("Kiosk start failed (retrying every {} s): {}", seconds(maxWait), e.toString());
                    lastProblem = e.toString();
                }
                Platform.runLater(() -> message.showProblem("Cannot sign in", e.getMessage(), retry));
            }
            sleep(wait);
            wait = wait.multipliedBy(2).compareTo(maxWait) > 0 ? maxWait : wait.multipliedBy(2);
        }
    }

    private static String seconds(Duration duration) {
        return java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private void showLive(Stage stage, KioskConfig config) throws Exception {
        if (config.mode() == KioskConfig.Mode.SIGNAGE) {
            SignageSession signage = SignageSession.open(config, Clock.systemDefaultZone());
            session = signage;
            Platform.runLater(() -> {
                stage.getScene().setRoot(signage.screen());
                signage.start();
            });
            return;
        }
        KioskSession opened = KioskSession.open(config, Clock.systemDefaultZone(), Chime.tone());
        session = opened;
        opened.onSetupChanged(next -> Thread.ofVirtual().name("kiosk-reopen").start(() -> {
            // The kitchen changed this screen on the gateway: start again with the new station and thresholds.
            opened.close();
            MessageScreen message = new MessageScreen();
            Platform.runLater(() -> {
                stage.getScene().setRoot(message);
                message.show("Screen settings changed", "Showing " + next.stationName() + " from now on", "");
            });
            signInUntilItWorks(stage, message, Launcher.configPath(getParameters().getRaw()));
        }));
        Platform.runLater(() -> {
            stage.getScene().setRoot(opened.screen());
            opened.screen().requestFocus();
            opened.attachInputs(stage.getScene());
            opened.start();
        });
    }

    /**
     * Makes the stage cover the whole screen, with or without a window manager. JavaFX's full-screen mode alone asks
     * the window manager for it: on plain X with none (a kiosk started by xinit, or cage's XWayland) the stage stayed
     * the size of its scene. So the stage is also undecorated and placed on the screen's bounds by hand; with a window
     * manager, full-screen mode still applies on top. A cook's elbow on Esc must not leave full screen: the exit key is
     * off (stop the app with Ctrl-C or systemctl stop instead). Call before the stage is first shown.
     */
    static void fillScreen(Stage stage, Rectangle2D screen) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() throws Exception {
        stopping = true;
        AutoCloseable open = session;
        if (open != null) {
            open.close();
        }
    }

    static List<String> usage() {
        return List.of("usage: preptable-kiosk [--config FILE]", "  default config: " + Launcher.DEFAULT_CONFIG);
    }
}
