package org.preptable.kiosk.tools;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.preptable.kiosk.Launcher;
import org.preptable.kiosk.board.SpeedFigure;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.kiosk.ui.Chime;
import org.preptable.kiosk.ui.KioskScreen;
import org.preptable.model.client.KioskClient;
import org.preptable.model.kds.KitchenOrder;

/**
 * Renders the kitchen display headless (Monocle) to a PNG, for docs and review; run by {@code scripts/kiosk-screenshot}.
 * <pre>
 * KioskScreenshot OUT.png [--mode kitchen|signage] [--size WxH] [--station N] [--scene NAME]
 *                         [--gateway URL --token KIOSK_TOKEN]
 * </pre>
 * With a gateway and token it signs in and renders that location's live orders; otherwise a demo lunch rush. A scene
 * (demo only) shows part 2's features: {@code stations} (expo with a chip per station, a rush and a changed order),
 * {@code allergens} (a station's allergen confirmation prompt), {@code speed} (the all-day panel with today's
 * median).
 */
public final class KioskScreenshot {

    private KioskScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        CompletableFuture<Parent> shown = new CompletableFuture<>();
        Launcher.applyRenderingDefaults();
        Platform.startup(() -> {
            try {
                Parent root = options.mode.equals("signage") ? SignageShots.build(options) : kitchen(options);
                Stage stage = new Stage();
                stage.setScene(new Scene(root, options.width, options.height));
                stage.show();
                shown.complete(root);
            } catch (Exception e) {
                shown.completeExceptionally(e);
            }
        });
        Parent root = shown.get(30, TimeUnit.SECONDS);
        Thread.sleep(options.gateway == null ? 500 : 1500); // CSS, layout, and for live mode the first events
        Path written = Screenshots.saveTo(root, options.out, 1);
        System.out.println("kiosk-screenshot: wrote " + written + " (" + options.width + "x" + options.height + ")");
        Platform.exit();
    }

    private static Parent kitchen(Options options) throws Exception {
        String location = "Harlingen Main";
        Duration readyHold = Duration.ofMinutes(3);
        List<KitchenOrder> orders;
        if (options.gateway != null) {
            KioskClient client = new KioskClient(URI.create(options.gateway));
            KioskClient.SignIn signIn = client.signIn(options.token);
            location = signIn.locationName();
            readyHold = Duration.ofSeconds(signIn.readyHoldSeconds());
            orders = client.activeOrders().orders();
        } else if (options.scene != null) {
            orders = DemoOrders.lunchRushWithStations(Instant.now(), 11);
        } else {
            orders = DemoOrders.lunchRush(Instant.now(), 11);
        }
        String name = options.station.isExpo() ? "EXPO" : options.station.stationId().getAsLong() == 1 ? "GRILL" : "COLD";
        KioskScreen screen = new KioskScreen(location, options.station, name, DisplaySettings.defaults(), readyHold,
                Clock.systemDefaultZone(), bump -> { }, Chime.silent());
        screen.showOrders(orders);
        screen.showStatus("live");
        if ("allergens".equals(options.scene)) {
            // The first cooking ticket with allergens on this screen, bumped once: the prompt waits for the second press.
            List<KitchenOrder> shown = screen.shownOrders();
            for (int slot = 1; slot <= Math.min(8, shown.size()); slot++) {
                KitchenOrder order = shown.get(slot - 1);
                if ("preparing".equals(order.prepState()) && order.lines().stream().anyMatch(l -> !l.allergens().isEmpty())) {
                    screen.selectSlot(slot);
                    screen.bump();
                    break;
                }
            }
        }
        if ("speed".equals(options.scene)) {
            screen.showSpeed(options.station.isExpo()
                    ? List.of(new SpeedFigure("Grill", 402, 63), new SpeedFigure("Cold", 251, 48))
                    : List.of(new SpeedFigure(name.equals("GRILL") ? "Grill" : "Cold", 402, 63)));
        }
        if (options.station.isExpo() || "speed".equals(options.scene)) {
            screen.toggleSummary();
        }
        return screen;
    }

    /** Command-line options. */
    static final class Options {
        Path out;
        String mode = "kitchen";
        int width = 1920;
        int height = 1080;
        StationView station = StationView.expo();
        String gateway;
        String token;
        String scene;

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> rest = new ArrayList<>(List.of(args));
            for (int i = 0; i < rest.size(); i++) {
                String arg = rest.get(i);
                String value = i + 1 < rest.size() ? rest.get(i + 1) : null;
                switch (arg) {
                    case "--mode" -> { o.mode = require(arg, value); i++; }
                    case "--size" -> {
                        String[] wh = require(arg, value).split("x");
                        o.width = Integer.parseInt(wh[0]);
                        o.height = Integer.parseInt(wh[1]);
                        i++;
                    }
                    case "--station" -> { o.station = StationView.station(Long.parseLong(require(arg, value))); i++; }
                    case "--gateway" -> { o.gateway = require(arg, value); i++; }
                    case "--token" -> { o.token = require(arg, value); i++; }
                    case "--scene" -> {
                        o.scene = require(arg, value);
                        if (!List.of("stations", "allergens", "speed").contains(o.scene)) {
                            throw new IllegalArgumentException("--scene is stations, allergens or speed");
                        }
                        i++;
                    }
                    default -> {
                        if (arg.startsWith("--") || o.out != null) {
                            throw new IllegalArgumentException("unknown argument " + arg);
                        }
                        o.out = Path.of(arg);
                    }
                }
            }
            if (o.out == null) {
                throw new IllegalArgumentException("usage: kiosk-screenshot OUT.png [--mode kitchen|signage] "
                        + "[--size WxH] [--station N] [--scene stations|allergens|speed] [--gateway URL --token KIOSK_TOKEN]");
            }
            if ((o.gateway == null) != (o.token == null)) {
                throw new IllegalArgumentException("--gateway and --token go together");
            }
            return o;
        }

        private static String require(String flag, String value) {
            if (value == null) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return value;
        }
    }
}
