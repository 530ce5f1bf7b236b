package org.preptable.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard and keyboard-mode bump bars, on a headless (Monocle) stage like the kiosk's. */
@ExtendWith(ApplicationExtension.class)
class KeyboardInputTest {

    private final List<KioskAction> actions = new CopyOnWriteArrayList<>();
    private final List<KeyCode> passedThrough = new CopyOnWriteArrayList<>();
    private final InputHandler handler = new InputHandler(actions::add, Platform::runLater);
    private Scene scene;
    private Button button;
    private int buttonFired;
    private KeyboardInput keyboard;

    @Start
    void start(Stage stage) {
        button = new Button("focus owner");
        button.setOnAction(e -> buttonFired++);
        VBox root = new VBox(button);
        // What the rest of the screen would see: anything the filter did not consume.
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> passedThrough.add(e.getCode()));
        scene = new Scene(root, 300, 200);
        keyboard = KeyboardInput.install(scene, KeyMap.defaults(), handler);
        stage.setScene(scene);
        stage.show();
        button.requestFocus();
    }

    @Test
    void bumpRecallAndUndoFromTheKeyboard(FxRobot robot) {
        robot.type(KeyCode.DIGIT3, KeyCode.ENTER, KeyCode.BACK_SPACE, KeyCode.R, KeyCode.NUMPAD1, KeyCode.RIGHT,
                KeyCode.S, KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(actions).containsExactly(KioskAction.SELECT_3, KioskAction.BUMP, KioskAction.UNDO,
                KioskAction.RECALL, KioskAction.SELECT_1, KioskAction.NEXT, KioskAction.SUMMARY, KioskAction.PAGE_DOWN);
        assertThat(passedThrough).as("mapped keys are consumed").isEmpty();
        assertThat(handler.count(KeyboardInput.SOURCE)).isEqualTo(8);
    }

    @Test
    void autoRepeatDoesNotBumpTwice() {
        press(KeyCode.ENTER);
        press(KeyCode.ENTER);
        press(KeyCode.ENTER);
        assertThat(actions).containsExactly(KioskAction.BUMP);

        release(KeyCode.ENTER);
        press(KeyCode.ENTER);
        release(KeyCode.ENTER);

        assertThat(actions).containsExactly(KioskAction.BUMP, KioskAction.BUMP);
        assertThat(passedThrough).as("repeats are swallowed, not passed on").isEmpty();
    }

    @Test
    void anotherKeyWhileOneIsHeldStillActs() {
        press(KeyCode.ENTER);
        press(KeyCode.DIGIT2);
        press(KeyCode.ENTER);

        assertThat(actions).containsExactly(KioskAction.BUMP, KioskAction.SELECT_2);
    }

    @Test
    void unmappedAndShortcutKeysPassThrough(FxRobot robot) {
        robot.type(KeyCode.X);
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(actions).isEmpty();
        assertThat(passedThrough).contains(KeyCode.X, KeyCode.R);
    }

    @Test
    void aConsumedSpaceDoesNotAlsoPressTheFocusedButton(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(actions).containsExactly(KioskAction.BUMP);
        assertThat(buttonFired).isZero();
    }

    @Test
    void learnModeCapturesTheNextKeyInsteadOfActing(FxRobot robot) throws Exception {
        KeyLearner learner = new KeyLearner(KioskAction.RECALL, KeyMap.defaults(), SerialByteMap.defaults());
        robot.interact(() -> keyboard.learnNext(learner));

        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(learner.result().get(5, TimeUnit.SECONDS).configLines())
                .containsExactly("input.keys.recall = R,ENTER", "input.keys.bump = SPACE");
        assertThat(actions).as("only the second Enter acts").containsExactly(KioskAction.BUMP);
    }

    @Test
    void uninstallStopsListening(FxRobot robot) {
        robot.interact(keyboard::uninstall);

        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(actions).isEmpty();
        assertThat(passedThrough).containsExactly(KeyCode.DIGIT5);
    }

    @Test
    void onANodeItHearsOnlyKeysAimedInsideIt(FxRobot robot) {
        Button other = new Button("outside");
        robot.interact(() -> {
            keyboard.uninstall();
            ((VBox) scene.getRoot()).getChildren().add(other);
            KeyboardInput.install(button, KeyMap.defaults(), handler);
        });

        fire(other, KeyEvent.KEY_PRESSED, KeyCode.DIGIT4);
        fire(button, KeyEvent.KEY_PRESSED, KeyCode.DIGIT5);

        assertThat(actions).containsExactly(KioskAction.SELECT_5);
        assertThat(passedThrough).containsExactly(KeyCode.DIGIT4);
    }

    private void press(KeyCode key) {
        fire(button, KeyEvent.KEY_PRESSED, key);
    }

    private void release(KeyCode key) {
        fire(button, KeyEvent.KEY_RELEASED, key);
    }

    /** Fires at a node as the toolkit does at the focus owner; unlike a robot it can repeat a press (OS auto-repeat). */
    private static void fire(Node target, EventType<KeyEvent> type, KeyCode key) {
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(target,
                new KeyEvent(type, "", "", key, false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
