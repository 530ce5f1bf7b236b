package org.preptable.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.kiosk.board.ScreenBump;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kitchen screen on a test stage with a hand-moved clock and a backend that records what the screen sends (and
 * serves a list of cleared orders and recall answers the test sets), for the TestFX tests of part 2.
 */
final class ScreenRig implements ScreenBackend {

    static final Instant T0 = Instant.parse("2026-06-01T11:30:00Z");

    final MutableClock clock = new MutableClock(T0.plusSeconds(60));
    final List<ScreenBump> sent = new CopyOnWriteArrayList<>();
    final List<String> recalled = new CopyOnWriteArrayList<>();
    volatile Optional<List<KitchenOrder>> cleared = Optional.empty();
    volatile Answer recallAnswer = new Answer(200, "");
    KioskScreen screen;

    /** Builds the screen on the FX thread and shows it on {@code stage} at 1600×800. */
    static ScreenRig show(Stage stage, StationView station, String name, Properties overrides,
            List<KitchenOrder> orders) {
        ScreenRig rig = new ScreenRig();
        fx(() -> {
            Properties p = new Properties();
            p.setProperty(DisplaySettings.BUMP_HOLD, "3");
            p.setProperty(DisplaySettings.COLUMNS, "4");
            p.putAll(overrides);
            List<String> problems = new ArrayList<>();
            rig.screen = new KioskScreen("Harlingen", station, name, DisplaySettings.from(p, problems),
                    Duration.ofMinutes(3), rig.clock, rig, Chime.silent());
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.toString());
            }
            rig.screen.showOrders(orders);
            stage.setScene(new Scene(rig.screen, 1600, 800));
            stage.show();
        });
        return rig;
    }

    @Override
    public void send(ScreenBump bump) {
        sent.add(bump);
    }

    @Override
    public CompletableFuture<Optional<List<KitchenOrder>>> clearedOrders() {
        return CompletableFuture.completedFuture(cleared);
    }

    @Override
    public CompletableFuture<Answer> recall(KitchenOrder order) {
        recalled.add(order.number());
        return CompletableFuture.completedFuture(recallAnswer);
    }

    /** "101:queued→preparing@1" (station) or "…@expo", "101:ready→cleared", "102:rush!" for what was sent. */
    List<String> sentText() {
        return sent.stream().map(b -> switch (b.kind()) {
            case PRIORITY -> b.order().number() + ":" + b.to() + "!";
            case CLEAR -> b.order().number() + ":clear";
            case TRANSITION -> b.order().number() + ":" + b.order().prepState() + "→" + b.to()
                    + "@" + (b.stationId() == null ? "expo" : b.stationId()) + (b.allergensConfirmed() ? "+allergens" : "");
        }).toList();
    }

    /** Moves the clock and runs the screen's tick (holds, voids, notes). */
    void advance(Duration by) {
        clock.advance(by);
        fx(screen::tickNow);
    }

    static void fx(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Texts of the labels matching {@code query} that are on screen, read on the FX thread. */
    static List<String> texts(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAllAs(Label.class).stream().filter(TicketBoardTest::shown)
                .map(Label::getText).toList());
    }

    /** Reads the scene on the FX thread (after the FX work queued before). */
    static <T> T onFx(java.util.concurrent.Callable<T> reading) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(reading).get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the scene on the FX thread failed", e);
        }
    }
}
