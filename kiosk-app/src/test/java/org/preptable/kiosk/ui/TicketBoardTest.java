package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.preptable.kiosk.testing.Orders.allergen;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.lineWithAllergens;
import static org.preptable.kiosk.testing.Orders.order;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.testing.Await;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) UI test of the ticket grid; the surefire config in kiosk-app/pom.xml sets up Monocle. */
@ExtendWith(ApplicationExtension.class)
class TicketBoardTest {

    private static <T> T onFx(java.util.concurrent.Callable<T> reading) {
        try {
            return WaitForAsyncUtils.asyncFx(reading).get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the scene on the FX thread failed", e);
        }
    }

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private TicketBoard board;

    @Start
    void start(Stage stage) {
        Properties p = new Properties();
        p.setProperty(DisplaySettings.COLUMNS, "3");
        p.setProperty(DisplaySettings.ROWS, "1");
        board = new TicketBoard(clock, DisplaySettings.from(p, new ArrayList<>()), Duration.ofMinutes(3));
        board.show(List.of(
                order("o1", "1042", "queued", NOW.minusSeconds(95), line("Classic burger", 2, 1L, "no pickles", "extra cheese"),
                        lineWithAllergens("Fries", 1, 1L, allergen(1, "Gluten"), allergen(7, "Milk"))),
                order("o2", "1043", "preparing", NOW.minusSeconds(754), line("Veggie wrap", 1, 2L, "no onion"))));
        stage.setScene(new Scene(board, 1200, 500));
        stage.show();
    }

    @Test
    void showsOrdersLinesModifiersAllergensAndStates(FxRobot robot) {
        for (String text : List.of("#1042", "#1043", "2 × Classic burger", "1 × Fries", "no pickles", "extra cheese",
                "⚠ 1 Gluten, 7 Milk", "Guest 1042 · COUNTER", "NEW", "COOKING", "1:35", "12:34", "1", "2")) {
            verifyThat(robot.lookup(hasText(text)).queryLabeled(), isVisible());
        }
        assertThat(robot.lookup(".ticket").queryAll()).hasSize(2);
        // Header text must be shown whole, not wrapped or cut to "12...": laid-out width covers the preferred width.
        // Measured on the FX thread: prefWidth lays text out with JavaFX's shared text helper, which a pulse may be
        // using at the same moment (read from the test thread, it failed under load inside the text layout).
        List<String> cut = onFx(() -> robot.lookup(".ticket-header .label").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getWidth() < l.prefWidth(-1) - 0.5)
                .map(l -> l.getText() + " (" + l.getWidth() + " < " + l.prefWidth(-1) + ")").toList());
        assertThat(cut).as("header labels narrower than their text").isEmpty();
        assertThat(robot.lookup(".state-queued").queryAll()).hasSize(1);
        assertThat(robot.lookup(".urgency-warn").queryAll()).as("12 minutes old is past warn (5m) and late (10m)").isEmpty();
        assertThat(robot.lookup(".urgency-late").queryAll()).hasSize(1);
    }

    @Test
    void ageEscalatesWithTheClock(FxRobot robot) {
        assertThat(robot.lookup(".urgency-warn").queryAll()).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        Platform.runLater(board::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".urgency-warn").queryAll()).hasSize(1);
        verifyThat(robot.lookup(".urgency-warn .urgency-marker").queryLabeled(), hasText("!"));
        verifyThat(robot.lookup(".urgency-late .urgency-marker").queryLabeled(), hasText("LATE"));
        verifyThat(robot.lookup(hasText("5:35")).queryLabeled(), isVisible());
    }

    @Test
    void overflowGoesToTheNextPage(FxRobot robot) {
        List<KitchenOrder> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            many.add(order("p" + i, Integer.toString(200 + i), "queued", NOW.minusSeconds(100 - i), line("Cola", 1, 1L)));
        }
        java.util.concurrent.atomic.AtomicInteger pageChanges = new java.util.concurrent.atomic.AtomicInteger();
        board.onPagesChanged(pageChanges::incrementAndGet);
        Platform.runLater(() -> board.show(many));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.pageCount()).isEqualTo(3);
        assertThat(pageChanges).as("the status bar hears about new pages").hasPositiveValue();
        assertThat(texts(robot, ".order-number")).containsExactly("#200", "#201", "#202");
        Platform.runLater(() -> board.pageBy(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".order-number")).containsExactly("#203", "#204", "#205");
        Platform.runLater(() -> board.pageBy(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".order-number")).containsExactly("#206");
        assertThat(texts(robot, ".slot")).as("select keys count from 1 on every page").containsExactly("1");
    }

    @Test
    void aTicketTallerThanItsCellSaysThereIsMore(FxRobot robot) {
        KitchenOrder.OrderLine[] lines = new KitchenOrder.OrderLine[30];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line("Item " + i, 1, 1L);
        }
        Platform.runLater(() -> board.show(List.of(order("long", "300", "queued", NOW, lines))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".more").queryLabeled().isVisible()).isTrue();
    }

    @Test
    void theTimeKeepsItsWholeWidthWhenItGainsDigitsAndTheCellsShareThePage(FxRobot robot) throws Exception {
        // The elapsed time is its own layout root: the ticket is not re-laid out for it, so it must find room itself.
        clock.advance(Duration.ofHours(1));
        Platform.runLater(board::refresh);
        // The refresh and the layout pass after it run on the FX thread: wait for the laid-out label, not a clock.
        Await.onFx("the time reads 1:01:35 at its whole width", () -> robot.lookup(hasText("1:01:35"))
                .tryQueryAs(Label.class).map(time -> time.getWidth() >= time.prefWidth(-1) - 0.5).orElse(false));
        Label time = robot.lookup(hasText("1:01:35")).queryAs(Label.class);
        Label number = robot.lookup(hasText("#1042")).queryAs(Label.class);
        assertThat(time.localToScene(time.getLayoutBounds()).getMinX()).as("the time stays right of the order number")
                .isGreaterThan(number.localToScene(number.getLayoutBounds()).getMaxX());
        // Three columns of one row on a 1200 px board: equal cells, 10 px apart inside the board's 10 px padding.
        List<Node> cells = robot.lookup(".ticket-cell").queryAll().stream().filter(TicketBoardTest::shown)
                .sorted(Comparator.comparingDouble(c -> c.localToScene(0, 0).getX())).toList();
        assertThat(cells).hasSize(2);
        Bounds first = cells.get(0).localToScene(cells.get(0).getLayoutBounds());
        Bounds second = cells.get(1).localToScene(cells.get(1).getLayoutBounds());
        assertThat(first.getMinX()).isEqualTo(10.0);
        assertThat(first.getWidth()).isCloseTo((1200 - 20 - 20) / 3.0, offset(1.0));
        assertThat(second.getMinX() - first.getMaxX()).isCloseTo(10.0, offset(1.0));
    }

    @Test
    void savesAScreenshot() throws Exception {
        assertThat(Screenshots.save(board, "ticket-board.png")).isNotEmptyFile();
    }

    @Test
    void formatsElapsedTimeAndStateWords() {
        assertThat(TicketCard.formatElapsed(Duration.ofSeconds(59))).isEqualTo("0:59");
        assertThat(TicketCard.formatElapsed(Duration.ofSeconds(3601))).isEqualTo("1:00:01");
        assertThat(TicketCard.formatElapsed(Duration.ofSeconds(-5))).isEqualTo("0:00");
        assertThat(TicketCard.badgeText("weird")).isEqualTo("WEIRD");
    }

    /**
     * On screen: the node and every parent visible, and inside the window (pages not shown keep their tickets in the
     * scene, moved off the board).
     */
    static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinX() < node.getScene().getWidth() && bounds.getMaxX() > 0;
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(TicketBoardTest::shown).map(Label::getText).toList();
    }
}
