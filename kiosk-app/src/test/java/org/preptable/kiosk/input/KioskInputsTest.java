package org.preptable.kiosk.input;

import org.preptable.kiosk.testing.Await;
import org.preptable.kiosk.testing.SocatPty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.preptable.kiosk.input.KeyMapTest.props;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard, serial bump bar and GPIO button together, as the app wires them: one consumer on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class KioskInputsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    /** What the screen received, and whether it was on the FX thread. */
    private final List<String> received = new CopyOnWriteArrayList<>();
    private Scene scene;
    private SocatPty socat;
    private KioskInputs inputs;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        if (inputs != null) {
            robot.interact(inputs::close);
        }
        if (socat != null) {
            socat.close();
        }
    }

    @Test
    void allThreeSourcesFeedOneConsumerOnTheFxThread(FxRobot robot) throws Exception {
        start(robot, "input.gpio.pins", "17:RECALL");

        robot.type(KeyCode.ENTER);
        awaitReceived(1);
        socat.send('2');
        awaitReceived(2);
        // Active-high in this test: the mock pin starts LOW, so HIGH is the press.
        button(17).mockState(DigitalState.HIGH);
        awaitReceived(3);

        assertThat(received).containsExactly("BUMP on FX", "SELECT_2 on FX", "RECALL on FX");
        assertThat(inputs.handler().counts()).containsEntry("keyboard", 1L)
                .containsEntry("serial:" + socat.host(), 1L).containsEntry("gpio:17", 1L);
    }

    @Test
    void learnModeTakesWhicheverComesFirstAndCanBeCancelled(FxRobot robot) throws Exception {
        start(robot);

        var fromSerial = WaitForAsyncUtils.asyncFx(() -> inputs.learn(KioskAction.BUMP)).get(5, TimeUnit.SECONDS);
        socat.send(0x41);
        assertThat(fromSerial.get(5, TimeUnit.SECONDS).configLines()).singleElement().asString()
                .contains("0x41:BUMP");
        robot.type(KeyCode.ENTER);
        awaitReceived(1);
        assertThat(received).as("the keyboard is back to normal").containsExactly("BUMP on FX");

        var fromKeys = WaitForAsyncUtils.asyncFx(() -> inputs.learn(KioskAction.SUMMARY)).get(5, TimeUnit.SECONDS);
        robot.type(KeyCode.F7);
        assertThat(fromKeys.get(5, TimeUnit.SECONDS).configLines()).containsExactly("input.keys.summary = S,F7");

        var cancelled = WaitForAsyncUtils.asyncFx(() -> inputs.learn(KioskAction.RECALL)).get(5, TimeUnit.SECONDS);
        robot.type(KeyCode.ESCAPE);
        assertThat(cancelled).isCancelled();
    }

    @Test
    void closeStopsEverySource(FxRobot robot) throws Exception {
        start(robot, "input.gpio.pins", "17:RECALL");
        SerialBumpBar serial = inputs.serial().orElseThrow();
        GpioButtons gpio = inputs.gpio().orElseThrow();

        robot.interact(inputs::close);
        inputs = null;

        assertThat(serial.isConnected()).isFalse();
        assertThat(gpio.context().isShutdown()).isTrue();
        robot.type(KeyCode.ENTER);
        socat.send('\r');
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(received).isEmpty();
    }

    @Test
    void aGpioFailureStopsTheSerialBumpBarItStarted(FxRobot robot) throws Exception {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")));
        socat = SocatPty.start(dir);
        InputSettings settings = settings(props("input.serial.port", socat.host().toString(),
                "input.gpio.provider", "gpiod", "input.gpio.pins", "17:BUMP"));

        assertThatThrownBy(() -> WaitForAsyncUtils.asyncFx(() -> KioskInputs.start(settings, scene, a -> { },
                Platform::runLater)).get()).hasRootCauseInstanceOf(IllegalStateException.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("serial-bump-bar")
                && t.getName().endsWith(socat.host().toString()));
    }

    private void start(FxRobot robot, String... extra) throws Exception {
        socat = SocatPty.start(dir);
        Properties p = props("input.serial.port", socat.host().toString(), "input.gpio.provider", "mock",
                "input.gpio.active-low", "false");
        p.putAll(props(extra));
        InputSettings settings = settings(p);
        robot.interact(() -> inputs = KioskInputs.start(settings, scene, action -> received.add(action + " on "
                + (Platform.isFxApplicationThread() ? "FX" : Thread.currentThread().getName())), Platform::runLater));
        SerialBumpBar serial = inputs.serial().orElseThrow();
        Await.until("the serial bump bar is open", WAIT, serial::isConnected);
    }

    private static InputSettings settings(Properties p) {
        List<String> problems = new ArrayList<>();
        InputSettings settings = InputSettings.from(p, problems);
        assertThat(problems).isEmpty();
        return settings;
    }

    private MockDigitalInput button(int pin) {
        return (MockDigitalInput) inputs.gpio().orElseThrow().input(pin);
    }

    private void awaitReceived(int count) {
        Await.until(count + " action(s) received", WAIT, () -> received.size() >= count);
    }
}
