package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.order;
import static org.preptable.kiosk.testing.Orders.withState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kitchen screen with a hand-moved clock: station filtering, the all-day panel, held bumps and undo, recall,
 * the offline banner and the new-ticket chime. Bumps land in a list instead of the network (the end-to-end tests
 * send them to a real gateway).
 */
@ExtendWith(ApplicationExtension.class)
class KioskScreenTest {

    private static final Instant T0 = Instant.parse("2026-06-01T11:30:00Z");
    private final MutableClock clock = new MutableClock(T0.plusSeconds(60));
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger chimes = new AtomicInteger();
    private KioskScreen screen;

    private final KitchenOrder first = order("a", "101", "queued", T0, line("Burger", 2, 1L), line("Salad", 1, 2L));
    private final KitchenOrder second = order("b", "102", "queued", T0.plusSeconds(10), line("Salad", 3, 2L));
    private final KitchenOrder third = order("c", "103", "preparing", T0.plusSeconds(20), line("Burger", 1, 1L));

    @Start
    void start(Stage stage) {
        Properties p = new Properties();
        p.setProperty(DisplaySettings.BUMP_HOLD, "3");
        p.setProperty(DisplaySettings.COLUMNS, "4");
        screen = new KioskScreen("Harlingen", StationView.station(1), DisplaySettings.from(p, new ArrayList<>()),
                Duration.ofMinutes(3), clock, bump -> sent.add(bump.order().number() + ":" + bump.order().prepState() + "→" + bump.to()),
                chimes::incrementAndGet);
        screen.showOrders(List.of(first, second, third));
        stage.setScene(new Scene(screen, 1600, 700));
        stage.show();
    }

    private void fx(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(TicketBoardTest::shown).map(Label::getText).toList();
    }

    @Test
    void thePrinterChipSaysItsConditionOnceInPlainText(FxRobot robot) {
        assertThat(robot.lookup(".printer").query().isVisible()).isFalse();
        fx(() -> screen.showPrinter("printer: no status", "ok"));
        assertThat(robot.lookup(".printer").queryAs(Label.class).getText()).isEqualTo("Printer: no status");
        fx(() -> screen.showPrinter("paper low", "warning"));
        Label chip = robot.lookup(".printer").queryAs(Label.class);
        assertThat(chip.getText()).isEqualTo("Paper low");
        assertThat(chip.getStyleClass()).contains("warning").doesNotContain("ok");
    }

    @Test
    void aStationScreenShowsOnlyItsLinesAndTheAllDayPanelCountsThem(FxRobot robot) {
        assertThat(texts(robot, ".ticket .order-number")).containsExactly("#101", "#103");
        assertThat(texts(robot, ".ticket .line")).containsExactly("2 × Burger", "1 × Burger");
        assertThat(robot.lookup(".all-day").query().isVisible()).isFalse();
        fx(screen::toggleSummary);
        assertThat(robot.lookup(".all-day").query().isVisible()).isTrue();
        assertThat(texts(robot, ".all-day-quantity")).containsExactly("3");
        assertThat(texts(robot, ".all-day-name")).containsExactly("Burger");
        assertThat(texts(robot, ".station-name")).containsExactly("STATION 1");
        assertThat(texts(robot, ".page")).containsExactly("2 tickets");
    }

    @Test
    void aBumpIsHeldUndoableThenSentAndShownAtOnce(FxRobot robot) {
        fx(() -> screen.selectSlot(1));
        fx(screen::bump);
        assertThat(sent).as("held, not sent yet").isEmpty();
        assertThat(texts(robot, ".ticket.held .hold")).containsExactly("→ COOKING in 3 s · undo");
        fx(screen::undo);
        clock.advance(Duration.ofSeconds(5));
        fx(screen::tickNow);
        assertThat(sent).as("an undone bump is never sent").isEmpty();
        assertThat(robot.lookup(".ticket.held").queryAll()).isEmpty();

        fx(screen::bump);
        clock.advance(Duration.ofSeconds(3));
        fx(screen::tickNow);
        assertThat(sent).containsExactly("101:queued→preparing");
        assertThat(texts(robot, ".ticket .state-badge")).as("shown as cooking before the gateway confirms")
                .containsExactly("COOKING", "COOKING");

        // The gateway's event confirms it; then the other screen's bump of #103 to ready arrives.
        fx(() -> screen.showOrders(List.of(withState(first, "preparing", clock.instant()), second,
                withState(third, "ready", clock.instant()))));
        assertThat(texts(robot, ".ticket .state-badge")).containsExactly("COOKING", "READY");
        fx(() -> screen.bumpAnswered("a", 200));
        assertThat(texts(robot, ".ticket .state-badge")).containsExactly("COOKING", "READY");
    }

    @Test
    void bumpingTwiceGoesStraightToReadyAndAStaleAnswerShowsTheTruth(FxRobot robot) {
        fx(() -> screen.selectSlot(1));
        fx(screen::bump);
        fx(screen::bump);
        assertThat(texts(robot, ".ticket.held .hold")).containsExactly("→ READY in 3 s · undo");
        clock.advance(Duration.ofSeconds(3));
        fx(screen::tickNow);
        assertThat(sent).containsExactly("101:queued→ready");
        fx(() -> screen.bumpAnswered("a", 409));
        assertThat(texts(robot, ".ticket .state-badge")).as("409: the screen drops its guess").startsWith("NEW");
    }

    @Test
    void recallShowsTheLastBumpedTickets(FxRobot robot) {
        fx(() -> screen.selectSlot(2));
        fx(screen::bump);
        clock.advance(Duration.ofSeconds(3));
        fx(screen::tickNow);
        assertThat(sent).containsExactly("103:preparing→ready");
        fx(screen::toggleRecall);
        assertThat(robot.lookup(".recall").query().isVisible()).isTrue();
        assertThat(texts(robot, ".recall .order-number")).containsExactly("#103");
        assertThat(texts(robot, ".recall .state-badge")).containsExactly("READY");
        fx(screen::bump);
        clock.advance(Duration.ofSeconds(5));
        fx(screen::tickNow);
        assertThat(sent).as("bumping is off while recall is shown").hasSize(1);
        fx(screen::toggleRecall);
        assertThat(robot.lookup(".recall").query().isVisible()).isFalse();
    }

    @Test
    void offlineBannerCountsTheTimeSinceTheDropAndWaitingBumps() {
        fx(() -> screen.showStatus("live"));
        assertThat(screen.bannerText()).isEmpty();
        clock.advance(Duration.ofSeconds(40)); // a quiet spell without events: the link is fine, nothing counts
        fx(() -> screen.showStatus("offline: connection refused"));
        clock.advance(Duration.ofSeconds(5));
        fx(() -> screen.showStatus("offline: the gateway does not answer")); // a retry does not restart the count
        clock.advance(Duration.ofSeconds(7));
        fx(() -> screen.showWaitingBumps(2));
        fx(screen::tickNow);
        assertThat(screen.bannerText()).isEqualTo(
                "OFFLINE — link down 0:12 · 2 bumps saved, will be sent · the gateway does not answer");
        fx(() -> screen.showStatus("offline: null"));
        assertThat(screen.bannerText()).doesNotContain("null").startsWith("OFFLINE — link down 0:12");
        fx(() -> screen.showStatus("live"));
        fx(() -> screen.showWaitingBumps(0));
        assertThat(screen.bannerText()).isEmpty();
    }

    @Test
    void aNewTicketChimesButTheFirstLoadAndUpdatesDoNot() {
        assertThat(chimes).hasValue(0);
        fx(() -> screen.showOrders(List.of(first, withState(second, "preparing", clock.instant()), third)));
        assertThat(chimes).hasValue(0);
        fx(() -> screen.showOrders(List.of(first, second, third, order("d", "104", "queued", T0, line("Burger", 1, 1L)))));
        assertThat(chimes).hasValue(1);
    }

    @Test
    void savesAScreenshot() throws Exception {
        fx(screen::toggleSummary);
        fx(() -> screen.selectSlot(1));
        fx(screen::bump);
        assertThat(Screenshots.save(screen, "kiosk-screen.png")).isNotEmptyFile();
    }
}
