package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.testing.Orders.changed;
import static org.preptable.kiosk.testing.Orders.changedLine;
import static org.preptable.kiosk.testing.Orders.cleared;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.order;
import static org.preptable.kiosk.testing.Orders.withState;
import static org.preptable.kiosk.ui.ScreenRig.T0;
import static org.preptable.kiosk.ui.ScreenRig.fx;
import static org.preptable.kiosk.ui.ScreenRig.onFx;
import static org.preptable.kiosk.ui.ScreenRig.texts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.kiosk.board.SpeedFigure;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.input.KioskAction;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Voids (marked VOID for {@code display.void-seconds}), Saavor's changes (highlighted until the next bump), recall
 * (the gateway's last cleared orders, one brought back) and the speed panel.
 */
@ExtendWith(ApplicationExtension.class)
class VoidsChangesRecallTest {

    private final KitchenOrder burger = order("a", "101", "queued", T0, line("Burger", 2, 1L));
    private final KitchenOrder fries = order("b", "102", "preparing", T0.plusSeconds(20), line("Fries", 1, 1L));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aVoidedOrderStaysMarkedVoidForTheConfiguredSeconds(FxRobot robot) {
        Properties p = new Properties();
        p.setProperty(DisplaySettings.VOID_SECONDS, "4");
        ScreenRig rig = ScreenRig.show(stage, StationView.station(1), "GRILL", p, List.of(burger, fries));
        // order.removed: the board drops it, then the screen hears that it was a void.
        fx(() -> rig.screen.showOrders(List.of(fries)));
        fx(() -> rig.screen.showVoided(withState(burger, "voided", rig.clock.instant())));
        assertThat(texts(robot, ".ticket .order-number")).containsExactly("#101", "#102");
        assertThat(texts(robot, ".ticket.state-voided .state-badge")).containsExactly("VOID");
        assertThat(texts(robot, ".ticket.state-voided .void-banner")).containsExactly("VOID — do not make");
        rig.advance(Duration.ofSeconds(3));
        assertThat(texts(robot, ".ticket .order-number")).containsExactly("#101", "#102");
        rig.advance(Duration.ofSeconds(1));
        assertThat(texts(robot, ".ticket .order-number")).containsExactly("#102");
        assertThat(rig.sentText()).isEmpty();
    }

    @Test
    void changedLinesAreTaggedAndRemovedLinesStruckThroughUntilTheNextBump(FxRobot robot) throws Exception {
        ScreenRig rig = ScreenRig.show(stage, StationView.expo(), "EXPO", new Properties(), List.of(burger));
        KitchenOrder update = changed(burger, T0.plusSeconds(30), List.of(changedLine("Burger", 3, 1L, "modified"),
                changedLine("Onion rings", 1, 1L, "added")), new KitchenOrder.RemovedLine("Fries", 1));
        fx(() -> rig.screen.showOrders(List.of(update)));
        assertThat(texts(robot, ".ticket .changed-chip")).containsExactly("CHANGED");
        assertThat(texts(robot, ".ticket .change-tag")).containsExactly("CHANGED", "ADDED", "REMOVED");
        assertThat(texts(robot, ".ticket .line.changed")).containsExactly("3 × Burger", "1 × Onion rings");
        assertThat(texts(robot, ".ticket .removed-line")).containsExactly("1 × Fries");
        assertThat(onFx(() -> robot.lookup(".removed-line .text").queryAs(javafx.scene.text.Text.class).isStrikethrough()))
                .isTrue();
        Screenshots.save(rig.screen, "kiosk-changed-order.png");

        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        rig.advance(Duration.ofSeconds(3));
        assertThat(texts(robot, ".ticket .change-tag")).as("bumped: the cook has seen it").isEmpty();
        assertThat(texts(robot, ".ticket .removed-line")).isEmpty();
        assertThat(texts(robot, ".ticket .line")).containsExactly("3 × Burger", "1 × Onion rings");
    }

    @Test
    void recallListsTheLastClearedOrdersAndBringsOneBack(FxRobot robot) {
        ScreenRig rig = ScreenRig.show(stage, StationView.expo(), "EXPO", new Properties(), List.of(fries));
        KitchenOrder gone = cleared(withState(burger, "ready", T0.plusSeconds(50)), T0.plusSeconds(55));
        KitchenOrder older = cleared(withState(order("c", "099", "ready", T0.minusSeconds(300), line("Salad", 1, 2L)),
                "ready", T0), T0.plusSeconds(10));
        rig.cleared = Optional.of(List.of(gone, older));
        fx(() -> rig.screen.onAction(KioskAction.RECALL));
        assertThat(texts(robot, ".recall .order-number")).containsExactly("#101", "#099");
        fx(() -> rig.screen.onAction(KioskAction.SELECT_2));
        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        assertThat(rig.recalled).containsExactly("099");
        assertThat(onFx(() -> robot.lookup(".recall").query().isVisible())).as("closed once it is back").isFalse();
        // The gateway's event brings it back; the screen selects it.
        KitchenOrder back = withState(order("c", "099", "ready", T0.minusSeconds(300), line("Salad", 1, 2L)), "ready", T0);
        fx(() -> rig.screen.showOrders(List.of(back, fries)));
        assertThat(rig.screen.selectedOrderId()).isEqualTo("c");

        rig.recallAnswer = new ScreenBackend.Answer(409, "Order 101 is not cleared (HTTP 409)");
        fx(() -> rig.screen.onAction(KioskAction.RECALL));
        robot.clickOn(".bring-back-button");
        assertThat(texts(robot, ".recall-message")).containsExactly("Could not bring #101 back: Order 101 is not cleared (HTTP 409)");
        fx(() -> rig.screen.onAction(KioskAction.RECALL));

        rig.cleared = Optional.empty(); // a gateway without the list: this screen's last bumps, shown only
        fx(() -> rig.screen.onAction(KioskAction.RECALL));
        assertThat(texts(robot, ".recall-title").get(0)).startsWith("RECALL — last bumped");
        assertThat(robot.lookup(".bring-back-button").queryAll()).isEmpty();
    }

    @Test
    void theAllDayPanelShowsTodaysMedianAndHidesWithoutOne(FxRobot robot) throws Exception {
        ScreenRig rig = ScreenRig.show(stage, StationView.station(1), "GRILL", new Properties(), List.of(burger, fries));
        fx(rig.screen::toggleSummary);
        assertThat(onFx(() -> robot.lookup(".speed").query().isVisible())).as("no figures yet").isFalse();
        fx(() -> rig.screen.showSpeed(List.of(new SpeedFigure("Grill", 372, 41))));
        assertThat(texts(robot, ".speed-p50")).containsExactly("6:12");
        assertThat(texts(robot, ".speed-label")).containsExactly("Grill · 41 tickets");
        Screenshots.save(rig.screen, "kiosk-speed-panel.png");
        fx(() -> rig.screen.showSpeed(List.of()));
        assertThat(onFx(() -> robot.lookup(".speed").query().isVisible())).isFalse();
    }
}
