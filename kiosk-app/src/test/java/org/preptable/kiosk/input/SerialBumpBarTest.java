package org.preptable.kiosk.input;

import org.preptable.kiosk.testing.Await;
import org.preptable.kiosk.testing.SocatPty;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A serial bump bar over a real pseudo-terminal pair from socat, read through jSerialComm. */
class SerialBumpBarTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final BlockingQueue<KioskAction> actions = new LinkedBlockingQueue<>();
    private final InputHandler handler = new InputHandler(actions::add, Runnable::run);
    private SocatPty socat;
    private SerialBumpBar bar;

    @BeforeEach
    void startSocat() throws Exception {
        socat = SocatPty.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        if (bar != null) {
            bar.close();
        }
        socat.close();
    }

    @Test
    void aBumpBarByteBumpsATicket() throws Exception {
        bar = start(SerialByteMap.defaults());

        socat.send('3', '\r', 'z', 'r', 0x08);

        assertThat(next()).isEqualTo(KioskAction.SELECT_3);
        assertThat(next()).isEqualTo(KioskAction.BUMP);
        // 'z' is not in the map: skipped, not an error
        assertThat(next()).isEqualTo(KioskAction.RECALL);
        assertThat(next()).isEqualTo(KioskAction.UNDO);
        assertThat(actions.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(handler.count("serial:" + socat.host())).isEqualTo(4);
    }

    @Test
    void usesTheConfiguredByteMap() throws Exception {
        List<String> problems = new ArrayList<>();
        bar = start(SerialByteMap.parse("input.serial.map", "0xA1:BUMP, 66:summary", problems));
        assertThat(problems).isEmpty();

        socat.send(0xA1, '\r', 0x42);

        assertThat(next()).isEqualTo(KioskAction.BUMP);
        assertThat(next()).isEqualTo(KioskAction.SUMMARY);
        assertThat(actions.poll(200, TimeUnit.MILLISECONDS)).as("CR is not in this map").isNull();
    }

    @Test
    void reopensAfterTheDeviceDisappearsAndComesBack() throws Exception {
        bar = start(SerialByteMap.defaults());
        socat.send('1');
        assertThat(next()).isEqualTo(KioskAction.SELECT_1);

        socat.stop();
        Await.until("the bump bar noticed the unplug", WAIT, () -> !bar.isConnected());
        socat.start();
        Await.until("the bump bar reopened", WAIT, bar::isConnected);
        socat.send('\n');

        assertThat(next()).isEqualTo(KioskAction.BUMP);
        assertThat(bar.timesOpened()).isEqualTo(2);
    }

    @Test
    void waitsForAPortThatDoesNotExistYet() throws Exception {
        socat.stop();
        bar = startWithoutWaiting(SerialByteMap.defaults());
        Thread.sleep(150);
        assertThat(bar.isConnected()).isFalse();

        socat.start();
        Await.until("the bump bar opened the late port", WAIT, bar::isConnected);
        socat.send('8');
        assertThat(next()).isEqualTo(KioskAction.SELECT_8);
    }

    @Test
    void closeStopsPromptlyWhetherConnectedOrRetrying() throws Exception {
        bar = start(SerialByteMap.defaults());
        long started = System.nanoTime();
        bar.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(bar.isConnected()).isFalse();

        socat.stop();
        SerialBumpBar retrying = SerialBumpBar.start(new SerialSettings(socat.host().toString(), 9600,
                SerialByteMap.defaults()), handler, Duration.ofSeconds(30), Duration.ofSeconds(30));
        Thread.sleep(100);
        started = System.nanoTime();
        retrying.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("close interrupts the back-off wait")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(actions).isEmpty();
    }

    @Test
    void learnModeCapturesTheNextByteInsteadOfActing() throws Exception {
        bar = start(SerialByteMap.defaults());
        KeyLearner learner = new KeyLearner(KioskAction.BUMP, KeyMap.defaults(), SerialByteMap.defaults());
        bar.learnNext(learner);

        socat.send('r', 'r');

        KeyLearner.Learned learned = learner.result().get(5, TimeUnit.SECONDS);
        assertThat(learned.input()).isEqualTo("byte 0x72");
        assertThat(learned.configLines()).singleElement().asString()
                .startsWith("input.serial.map = ").contains("0x72:BUMP").contains("0x52:RECALL")
                .doesNotContain("0x72:RECALL");
        assertThat(next()).as("only the second 'r' acts, with the map still in force").isEqualTo(KioskAction.RECALL);
        assertThat(actions.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    private SerialBumpBar startWithoutWaiting(SerialByteMap map) {
        return SerialBumpBar.start(new SerialSettings(socat.host().toString(), 9600, map), handler,
                Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private SerialBumpBar start(SerialByteMap map) {
        SerialBumpBar started = startWithoutWaiting(map);
        Await.until("the bump bar opened " + socat.host(), WAIT, started::isConnected);
        return started;
    }

    private KioskAction next() throws InterruptedException {
        KioskAction action = actions.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(action).as("an action within " + WAIT).isNotNull();
        return action;
    }
}
