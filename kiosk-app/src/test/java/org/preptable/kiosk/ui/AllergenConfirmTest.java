package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.testing.Orders.allergen;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.lineWithAllergens;
import static org.preptable.kiosk.testing.Orders.order;
import static org.preptable.kiosk.ui.ScreenRig.T0;
import static org.preptable.kiosk.ui.ScreenRig.fx;
import static org.preptable.kiosk.ui.ScreenRig.onFx;
import static org.preptable.kiosk.ui.ScreenRig.texts;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.kiosk.board.ScreenBump;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.input.KioskAction;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Allergen confirmation: a move to ready of a ticket whose lines carry allergens first shows the prompt on the ticket
 * and needs a second, deliberate press (key or tap) within the window; only then is it sent, with
 * {@code allergens_confirmed}. A gateway's refusal for want of a confirmation leads to the prompt too.
 */
@ExtendWith(ApplicationExtension.class)
class AllergenConfirmTest {

    private static final String PROMPT = "⚠ ALLERGENS: Gluten, Milk — press again to confirm";
    private final KitchenOrder cake = order("a", "101", "preparing", T0,
            lineWithAllergens("Cheesecake", 1, 2L, allergen(7, "Milk"), allergen(1, "Gluten")), line("Cola", 1, null));
    private final KitchenOrder fries = order("b", "102", "preparing", T0.plusSeconds(20), line("Fries", 2, 1L));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theFirstPressAsksAndOnlyADeliberateSecondPressSendsTheConfirmedBump(FxRobot robot) throws Exception {
        ScreenRig rig = ScreenRig.show(stage, StationView.expo(), "EXPO", new Properties(), List.of(cake, fries));
        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        assertThat(texts(robot, ".ticket.confirming .allergen-prompt")).containsExactly(PROMPT);
        assertThat(bumpButtonText(robot)).isEqualTo("CONFIRM");
        assertThat(rig.screen.heldIds()).as("nothing held before the confirmation").isEmpty();
        Screenshots.save(rig.screen, "kiosk-allergen-confirm.png");

        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        assertThat(rig.screen.heldIds()).as("a second press in the same instant is a bounce, not a decision").isEmpty();

        rig.advance(Duration.ofSeconds(1));
        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        assertThat(rig.screen.heldIds()).containsExactly("a");
        assertThat(robot.lookup(".allergen-prompt").tryQuery().filter(n -> n.isVisible())).isEmpty();
        rig.advance(Duration.ofSeconds(3));
        assertThat(rig.sentText()).containsExactly("101:preparing→ready@expo+allergens");

        fx(() -> rig.screen.onAction(KioskAction.SELECT_2));
        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        rig.advance(Duration.ofSeconds(3));
        assertThat(rig.sentText()).as("no allergens: one press").endsWith("102:preparing→ready@expo");
    }

    @Test
    void aTapOnTheButtonAsksAndASecondTapConfirmsButThePromptRunsOut(FxRobot robot) {
        ScreenRig rig = ScreenRig.show(stage, StationView.station(2), "PASTRY", new Properties(), List.of(cake));
        robot.clickOn(".ticket .bump-button");
        assertThat(texts(robot, ".allergen-prompt")).containsExactly(PROMPT);
        rig.advance(TicketNotesWindow.PLUS_ONE);
        assertThat(texts(robot, ".allergen-prompt")).as("the prompt runs out").isEmpty();
        assertThat(bumpButtonText(robot)).isEqualTo("BUMP");

        robot.clickOn(".ticket .bump-button");
        rig.advance(Duration.ofSeconds(1));
        robot.clickOn(".ticket .bump-button");
        rig.advance(Duration.ofSeconds(3));
        assertThat(rig.sentText()).containsExactly("101:preparing→ready@2+allergens");
    }

    @Test
    void theGatewaysRefusalForWantOfAConfirmationShowsThePromptUntilTheCookActs(FxRobot robot) {
        KitchenOrder plain = order("a", "101", "preparing", T0, line("Cheesecake", 1, 2L));
        ScreenRig rig = ScreenRig.show(stage, StationView.station(2), "PASTRY", new Properties(), List.of(plain));
        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        rig.advance(Duration.ofSeconds(3));
        assertThat(rig.sentText()).containsExactly("101:preparing→ready@2");
        // 409 allergen_confirmation_required, with the order as the gateway has it (its allergens were resolved there).
        fx(() -> rig.screen.showOrders(List.of(cake)));
        fx(() -> rig.screen.bumpAnswered(ScreenBump.Kind.TRANSITION, "a", 409, true));
        assertThat(texts(robot, ".ticket .state-badge")).containsExactly("COOKING");
        rig.advance(Duration.ofSeconds(30));
        assertThat(texts(robot, ".allergen-prompt")).as("not a silent failure: it waits for the cook").containsExactly(PROMPT);
        fx(() -> rig.screen.onAction(KioskAction.BUMP));
        rig.advance(Duration.ofSeconds(3));
        assertThat(rig.sentText()).containsExactly("101:preparing→ready@2", "101:preparing→ready@2+allergens");
    }

    private static String bumpButtonText(FxRobot robot) {
        return onFx(() -> robot.lookup(".ticket.selected .bump-button").queryAs(Button.class).getText());
    }

    /** Just past the prompt's window. */
    private static final class TicketNotesWindow {
        static final Duration PLUS_ONE = org.preptable.kiosk.board.TicketNotes.CONFIRM_WINDOW.plusSeconds(1);
    }
}
