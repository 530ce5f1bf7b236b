package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.testing.Orders.cleared;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.order;
import static org.preptable.kiosk.testing.Orders.station;
import static org.preptable.kiosk.testing.Orders.withState;
import static org.preptable.kiosk.testing.Orders.withStations;
import static org.preptable.kiosk.ui.ScreenRig.T0;
import static org.preptable.kiosk.ui.ScreenRig.fx;
import static org.preptable.kiosk.ui.ScreenRig.texts;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.input.KioskAction;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Station screens and expo: a station shows its own part's state and its bumps name the station; expo shows every
 * line and a chip per station, its bump moves the whole order and a ready order's bump clears it.
 */
@ExtendWith(ApplicationExtension.class)
class StationScreensTest {

    /** A burger from the grill (1) is made; the cheesecake from pastry (2) is not. */
    private final KitchenOrder burgerAndCake = withStations(order("a", "101", "preparing", T0,
                    line("Burger", 1, 1L), line("Cheesecake", 1, 2L), line("Cola", 1, null)), "normal",
            station(1, "Grill", "ready", T0.plusSeconds(40)), station(2, "Pastry", "queued", T0));
    private final KitchenOrder fries = withStations(order("b", "102", "queued", T0.plusSeconds(20),
            line("Fries", 2, 1L)), "normal", station(1, "Grill", "queued", T0.plusSeconds(20)));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void expoShowsEveryLineAndAChipPerStationAndItsBumpMovesTheWholeOrder(FxRobot robot) throws Exception {
        ScreenRig rig = ScreenRig.show(stage, StationView.expo(), "EXPO", new Properties(), List.of(burgerAndCake, fries));
        assertThat(texts(robot, ".ticket .line")).containsExactly("1 × Burger", "1 × Cheesecake", "1 × Cola", "2 × Fries");
        assertThat(texts(robot, ".ticket .state-badge")).as("expo: the derived order state").containsExactly("COOKING", "NEW");
        assertThat(texts(robot, ".ticket .station-chip"))
                .containsExactly("Grill: ready ✓", "Pastry: queued", "Grill: queued");
        assertThat(robot.lookup(".ticket .station-ready").queryAll()).hasSize(1);
        assertThat(texts(robot, ".station-name")).containsExactly("EXPO");
        Screenshots.save(rig.screen, "kiosk-expo-stations.png");

        fx(() -> rig.screen.onAction(KioskAction.SELECT_1));
        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        rig.advance(Duration.ofSeconds(3));
        assertThat(rig.sentText()).as("expo moves the whole order: no station").containsExactly("101:preparing→ready@expo");
    }

    @Test
    void expoClearsAReadyOrderAndClearedOrdersLeaveTheKitchenScreens(FxRobot robot) {
        KitchenOrder ready = withState(fries, "ready", T0.plusSeconds(50));
        ScreenRig rig = ScreenRig.show(stage, StationView.expo(), "EXPO", new Properties(), List.of(burgerAndCake, ready));
        fx(() -> rig.screen.onAction(KioskAction.SELECT_2));
        assertThat(robot.lookup(".ticket.selected .bump-button").queryButton().getText()).isEqualTo("CLEAR");
        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        assertThat(texts(robot, ".ticket.held .hold")).containsExactly("→ CLEARED in 3 s · undo");
        rig.advance(Duration.ofSeconds(3));
        assertThat(rig.sentText()).containsExactly("102:clear");
        assertThat(texts(robot, ".ticket .order-number")).as("gone at once, even offline").containsExactly("#101");

        // Another screen's view: the gateway's event (handed_off_at set) takes it off every kitchen screen.
        ScreenRig grill = ScreenRig.show(stage, StationView.station(1), "GRILL", new Properties(),
                List.of(burgerAndCake, ready));
        assertThat(texts(robot, ".ticket .order-number")).containsExactly("#101", "#102");
        fx(() -> grill.screen.showOrders(List.of(burgerAndCake, cleared(ready, T0.plusSeconds(90)))));
        assertThat(texts(robot, ".ticket .order-number")).containsExactly("#101");
    }

    @Test
    void aStationShowsItsOwnStateAndItsBumpsNameTheStation(FxRobot robot) {
        ScreenRig grill = ScreenRig.show(stage, StationView.station(1), "GRILL", new Properties(),
                List.of(burgerAndCake, fries));
        assertThat(texts(robot, ".ticket .line")).containsExactly("1 × Burger", "2 × Fries");
        assertThat(texts(robot, ".ticket .state-badge")).as("the grill's part of #101 is ready").containsExactly("READY", "NEW");
        assertThat(robot.lookup(".station-chip").queryAll()).as("chips are expo's").isEmpty();
        assertThat(texts(robot, ".station-name")).containsExactly("GRILL");

        fx(() -> grill.screen.onAction(KioskAction.SELECT_1));
        fx(() -> grill.screen.onAction(KioskAction.BUMP));
        assertThat(texts(robot, ".ticket .hint")).as("feedback, not silence").containsExactly("READY — expo clears it");
        fx(() -> grill.screen.onAction(KioskAction.SELECT_2));
        fx(() -> grill.screen.onAction(KioskAction.BUMP));
        grill.advance(Duration.ofSeconds(3));
        assertThat(grill.sentText()).containsExactly("102:queued→preparing@1");

        ScreenRig pastry = ScreenRig.show(stage, StationView.station(2), "PASTRY", new Properties(),
                List.of(burgerAndCake, fries));
        assertThat(texts(robot, ".ticket .line")).containsExactly("1 × Cheesecake");
        assertThat(texts(robot, ".ticket .state-badge")).containsExactly("NEW");
        fx(() -> pastry.screen.onAction(KioskAction.BUMP));
        pastry.advance(Duration.ofSeconds(3));
        assertThat(pastry.sentText()).containsExactly("101:queued→preparing@2");
    }
}
