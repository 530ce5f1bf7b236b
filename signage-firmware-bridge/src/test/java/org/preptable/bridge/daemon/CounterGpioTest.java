package org.preptable.bridge.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.bridge.config.ButtonAction;
import org.preptable.bridge.link.Eventually;
import org.preptable.bridge.link.LampState;
import org.preptable.bridge.signals.Lamp;
import org.preptable.bridge.testing.CounterBench;
import org.preptable.gateway.testing.TestGateway;

/**
 * The counter's lamps, buzzer and buttons through Pi4J's mock GPIO, with a real gateway behind the bridge and the
 * board simulator in front of it.
 */
class CounterGpioTest {

    private static final TestGateway GATEWAY = TestGateway.start();
    private static final Duration SOON = CounterBench.SOON;

    @TempDir
    Path dir;
    private CounterBench bench;
    private final List<DigitalState> buzzerEdges = new CopyOnWriteArrayList<>();
    private final List<DigitalState> readyLampEdges = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startBridge() throws Exception {
        bench = CounterBench.create(GATEWAY, dir, 4);
        bench.start(bench.config("runner.blink-seconds", "1", "recall.seconds", "1", "buzzer.ready-ms", "100",
                "buzzer.runner-ms", "150", "board.button.recall", "R"));
        bench.buzzer().addListener(event -> buzzerEdges.add(event.state()));
        bench.lamp(Lamp.READY).addListener(event -> readyLampEdges.add(event.state()));
    }

    @AfterEach
    void stopBridge() {
        bench.close();
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Test
    void lampsFollowTheOrdersAndTheBuzzerPulsesOnReady() {
        assertThat(bench.lamp(Lamp.NEW).state()).isEqualTo(DigitalState.LOW);
        assertThat(bench.lamp(Lamp.READY).state()).isEqualTo(DigitalState.LOW);

        String number = bench.posOrder("S-LAMP-1");
        Eventually.await("the new-order lamp", SOON, () -> bench.lamp(Lamp.NEW).state() == DigitalState.HIGH);
        assertThat(buzzerEdges).as("a new order is not ready: no buzz").isEmpty();

        bench.transition("S-LAMP-1", "queued", "preparing");
        Eventually.await("the new-order lamp off once the order is started", SOON,
                () -> bench.lamp(Lamp.NEW).state() == DigitalState.LOW);
        bench.transition("S-LAMP-1", "preparing", "ready");
        Eventually.await("the ready lamp", SOON, () -> bench.lamp(Lamp.READY).state() == DigitalState.HIGH);
        Eventually.await("one buzzer pulse", SOON, () -> buzzerEdges.equals(List.of(DigitalState.HIGH,
                DigitalState.LOW)), () -> buzzerEdges);
        bench.awaitSlots("the number on the board", List.of(number, "", "", ""));
        // Slots, lamps and the beep reach the board as separate frames: wait for the lamps and the beep too.
        Eventually.await("the lamps and the beep mirrored to the board", SOON,
                () -> bench.board.state().lamps().get("ready") == LampState.ON
                        && bench.board.state().lamps().get("new") == LampState.OFF
                        && bench.board.state().beeps() >= 1, () -> bench.board.state());
        assertThat(bench.board.state().beeps()).isEqualTo(1);

        bench.fulfil("S-LAMP-1");
        Eventually.await("the ready lamp off", SOON, () -> bench.lamp(Lamp.READY).state() == DigitalState.LOW);
        bench.awaitSlots("an empty board", List.of("", "", "", ""));
    }

    @Test
    void theRunnerButtonBlinksTheReadyLampAndSoundsTheBuzzer() {
        bench.press(ButtonAction.RUNNER);

        Eventually.await("a buzzer pulse", SOON, () -> buzzerEdges.equals(List.of(DigitalState.HIGH,
                DigitalState.LOW)), () -> buzzerEdges);
        Eventually.await("the ready lamp blinking", SOON, () -> readyLampEdges.size() >= 3, () -> readyLampEdges);
        Eventually.await("the board's ready lamp blinking", SOON,
                () -> bench.board.state().lamps().get("ready") == LampState.BLINK);
        assertThat(bench.board.state().lastBeepMs()).isEqualTo(150);

        // runner.blink-seconds = 1: then the lamp shows the truth again (nothing is ready: off).
        Eventually.await("the blinking to end", SOON,
                () -> bench.board.state().lamps().get("ready") == LampState.OFF);
        // The board and the GPIO lamp are told one after the other, each on its own thread: wait for the GPIO lamp
        // itself (once the lamp is wanted off, no blink toggle can light it again).
        Eventually.await("the GPIO ready lamp off", SOON, () -> bench.lamp(Lamp.READY).state() == DigitalState.LOW,
                () -> readyLampEdges);
    }

    @Test
    void theRecallButtonShowsTheLastClearedNumberAgainForAWhile() {
        String first = bench.posOrder("S-RECALL-1");
        String second = bench.posOrder("S-RECALL-2");
        bench.press(ButtonAction.RECALL);
        assertThat(bench.bridge().status().snapshot().get("shown")).as("nothing has left the board yet")
                .isEqualTo(List.of());

        bench.transition("S-RECALL-1", "queued", "ready");
        bench.transition("S-RECALL-2", "queued", "ready");
        bench.awaitSlots("both numbers", List.of(first, second, "", ""));
        bench.fulfil("S-RECALL-2");
        bench.awaitSlots("the fulfilled number gone", List.of(first, "", "", ""));

        bench.press(ButtonAction.RECALL);
        bench.awaitSlots("the cleared number back, after the ready one", List.of(first, second, "", ""));
        assertThat(bench.board.state().slots().get(1)).as("a recalled number is not highlighted").isEqualTo(second);
        bench.awaitSlots("the recall over after recall.seconds", List.of(first, "", "", ""));

        bench.board.press("R"); // the board's own button, mapped by board.button.recall
        bench.awaitSlots("recalled from the board's button", List.of(first, second, "", ""));
    }

    @Test
    void theHandOffButtonTellsTheGatewayAndTheNumberStaysUntilFulfilled() {
        String older = bench.posOrder("S-HAND-1");
        String newer = bench.posOrder("S-HAND-2");
        bench.transition("S-HAND-1", "queued", "ready");
        bench.transition("S-HAND-2", "queued", "ready");
        bench.awaitSlots("both ready", List.of(older, newer, "", ""));

        bench.press(ButtonAction.HANDOFF);
        Eventually.await("the oldest ready order handed off at the gateway", SOON, () -> bench.handedOff("S-HAND-1"));
        assertThat(bench.handedOff("S-HAND-2")).isFalse();
        assertThat(GATEWAY.sql().count("SELECT count(*) FROM saavor_outbox o JOIN grill_orders g ON g.id = o.order_id"
                + " WHERE g.saavor_order_id = 'S-HAND-1'")).as("one message queued for the POS").isEqualTo(1);

        bench.press(ButtonAction.HANDOFF);
        Eventually.await("the next one on the second press", SOON, () -> bench.handedOff("S-HAND-2"));
        bench.press(ButtonAction.HANDOFF);
        Eventually.await("a third press finds nothing left", SOON, () -> bench.bridge().status().snapshot()
                .get("last_hand_off").toString().contains("nothing_to_hand_off"));
        assertThat(bench.slots()).as("handed off is not fulfilled: the numbers stay up")
                .containsExactly(older, newer, "", "");

        bench.fulfil("S-HAND-1");
        bench.awaitSlots("gone once the POS fulfils it", List.of(newer, "", "", ""));
    }
}
