package org.preptable.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.preptable.kiosk.config.KioskConfig;

/**
 * The kitchen display's entry point. Its one argument is the kiosk's properties file (default
 * {@code ./kiosk.properties}, or {@code KIOSK_CONFIG}). Shows "connecting" at once, signs in off the FX thread,
 * then the live board full screen. (Packaging for the Pi, with its systemd unit, is still to come.)
 */
public final class KioskApp extends Application {

    private KioskSession session;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Label message = new Label("Connecting to the PrepTable gateway…");
        message.setStyle("-fx-font-size: 28px; -fx-text-fill: #eee;");
        StackPane waiting = new StackPane(message);
        waiting.setStyle("-fx-background-color: #111;");
        stage.setScene(new Scene(waiting, 1280, 720));
        stage.setTitle("PrepTable kitchen display");
        stage.setFullScreen(true);
        stage.show();
        Thread.ofVirtual().name("kiosk-sign-in").start(() -> {
            try {
                KioskConfig config = KioskConfig.load(configPath());
                KioskSession opened = KioskSession.open(config, Clock.systemDefaultZone());
                Platform.runLater(() -> {
                    session = opened;
                    stage.getScene().setRoot(opened.screen());
                    opened.screen().requestFocus();
                    opened.start();
                });
            } catch (Exception e) {
                Platform.runLater(() -> message.setText("Cannot start: " + e.getMessage()));
            }
        });
    }

    private Path configPath() {
        var args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            return Path.of(args.get(0));
        }
        String fromEnv = System.getenv("KIOSK_CONFIG");
        return Path.of(fromEnv == null || fromEnv.isBlank() ? "kiosk.properties" : fromEnv);
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
