package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.order;
import static org.preptable.kiosk.ui.ScreenRig.T0;
import static org.preptable.kiosk.ui.ScreenRig.onFx;
import static org.preptable.kiosk.ui.ScreenRig.texts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.kiosk.board.StationView;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Touch and mouse (TestFX clicks and drags on the real nodes): a tap selects a ticket, its button bumps it, a swipe or
 * the page buttons turn pages, and the bar's buttons do what the keys do.
 */
@ExtendWith(ApplicationExtension.class)
class TouchInputTest {

    private Stage stage;
    private ScreenRig rig;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        List<KitchenOrder> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(order("o" + i, Integer.toString(200 + i), "queued", T0.plusSeconds(i), line("Burger", 1, 1L)));
        }
        rig = ScreenRig.show(stage, StationView.station(1), "GRILL", new Properties(), orders);
    }

    @Test
    void aTapSelectsATicketAndItsButtonBumpsIt(FxRobot robot) {
        assertThat(rig.screen.selectedOrderId()).isEqualTo("o0");
        robot.clickOn(ticket(robot, "#203"));
        assertThat(rig.screen.selectedOrderId()).isEqualTo("o3");
        assertThat(texts(robot, ".ticket.selected .order-number")).containsExactly("#203");

        robot.clickOn(button(robot, "#205"));
        assertThat(rig.screen.selectedOrderId()).as("the button selects its ticket too").isEqualTo("o5");
        assertThat(texts(robot, ".ticket.held .hold")).containsExactly("→ COOKING in 3 s · undo");
        robot.clickOn(".undo-button");
        assertThat(rig.screen.heldIds()).as("Undo on the bar, as ⌫").isEmpty();
        robot.clickOn(button(robot, "#205"));
        rig.advance(Duration.ofSeconds(3));
        assertThat(rig.sentText()).containsExactly("205:queued→preparing@1");
    }

    @Test
    void aSwipeOrThePageButtonsTurnThePage(FxRobot robot) {
        assertThat(texts(robot, ".page")).containsExactly("Page 1/2 · 10 tickets");
        Node board = robot.lookup(".ticket-board").query();
        Point2D middle = onFx(() -> board.localToScreen(board.getBoundsInLocal().getCenterX(),
                board.getBoundsInLocal().getCenterY()));
        robot.drag(middle, MouseButton.PRIMARY).moveBy(-150, 0).moveBy(-150, 0).drop();
        assertThat(texts(robot, ".page")).as("right to left: the next page").containsExactly("Page 2/2 · 10 tickets");
        assertThat(texts(robot, ".ticket .order-number")).containsExactly("#208", "#209");
        assertThat(rig.screen.selectedOrderId()).as("a swipe is not a tap").isEqualTo("o8");

        robot.drag(middle, MouseButton.PRIMARY).moveBy(150, 0).moveBy(150, 0).drop();
        assertThat(texts(robot, ".page")).containsExactly("Page 1/2 · 10 tickets");
        robot.drag(middle, MouseButton.PRIMARY).moveBy(-40, 0).drop();
        assertThat(texts(robot, ".page")).as("a short move is no swipe").containsExactly("Page 1/2 · 10 tickets");

        robot.clickOn(".page-down-button");
        assertThat(texts(robot, ".page")).containsExactly("Page 2/2 · 10 tickets");
        robot.clickOn(".page-up-button");
        assertThat(texts(robot, ".page")).containsExactly("Page 1/2 · 10 tickets");
    }

    @Test
    void theBarsButtonsDoWhatTheKeysDo(FxRobot robot) {
        robot.clickOn(ticket(robot, "#204"));
        robot.clickOn(".rush-button");
        assertThat(rig.sentText()).containsExactly("204:rush!");
        assertThat(texts(robot, ".ticket .order-number").get(0)).as("rush first").isEqualTo("#204");
        assertThat(texts(robot, ".ticket.rush .rush-chip")).containsExactly("RUSH");

        robot.clickOn(".summary-button");
        assertThat(onFx(() -> robot.lookup(".all-day").query().isVisible())).isTrue();
        robot.clickOn(".recall-button");
        assertThat(onFx(() -> robot.lookup(".recall").query().isVisible())).isTrue();
        robot.clickOn(".recall-button");
        assertThat(onFx(() -> robot.lookup(".recall").query().isVisible())).isFalse();
    }

    private static Node ticket(FxRobot robot, String number) {
        return onFx(() -> robot.lookup(".ticket .order-number").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Label) n).getText().equals(number) && TicketBoardTest.shown(n))
                .findFirst().orElseThrow());
    }

    private static Node button(FxRobot robot, String number) {
        return onFx(() -> {
            Node label = robot.lookup(".ticket .order-number").queryAll().stream()
                    .filter(n -> ((javafx.scene.control.Label) n).getText().equals(number) && TicketBoardTest.shown(n))
                    .findFirst().orElseThrow();
            Node card = label;
            while (!(card instanceof TicketCard)) {
                card = card.getParent();
            }
            return card.lookup(".bump-button");
        });
    }
}
