package org.preptable.bridge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.bridge.link.Crc16;
import org.preptable.bridge.link.Eventually;
import org.preptable.bridge.link.Frame;
import org.preptable.bridge.link.FrameCodec;
import org.preptable.bridge.link.LampState;
import org.preptable.bridge.link.Verb;
import org.preptable.bridge.testing.ScriptedPeer;

/** The simulator held to the protocol by a host the test plays line by line. */
class BoardSimulatorTest {

    @TempDir
    Path dir;

    private SocatPty pty;
    private BoardSimulator board;
    private ScriptedPeer host;

    @BeforeEach
    void connect() throws Exception {
        assumeTrue(SocatPty.isInstalled(), "socat is not installed");
        pty = SocatPty.start(dir);
        host = ScriptedPeer.host(pty.hostSide());
        board = new BoardSimulator("3.1.4", 4);
        board.attach(pty.boardSide());
        Frame bootHello = host.expect(Verb.HELLO);
        assertThat(bootHello.args()).as("a board says HELLO when it powers up").containsExactly("3.1.4", "4");
        host.send(Verb.ACK, Long.toString(bootHello.seq()));
        // Settled before the test starts, so a fault injected next cannot land on this ACK.
        Eventually.await("the ACK to arrive", Duration.ofSeconds(10), // a bound for a hang on a loaded machine
                () -> !board.received().isEmpty());
    }

    @AfterEach
    void disconnect() {
        if (board != null) {
            board.close();
            host.close();
            pty.close();
        }
    }

    @Test
    void answersHelloWithAckThenItsOwnHello() throws Exception {
        long seq = host.send(Verb.HELLO);
        assertThat(host.expect(Verb.ACK).args()).containsExactly(Long.toString(seq));
        Frame hello = host.expect(Verb.HELLO);
        assertThat(hello.args()).containsExactly("3.1.4", "4");
        host.send(Verb.ACK, Long.toString(hello.seq()));
        assertThat(host.nextLine(300)).as("acknowledged, so not resent").isNull();
    }

    @Test
    void resendsItsOwnFramesUntilAcknowledgedThreeTimesAtMost() throws Exception {
        host.send(Verb.HELLO);
        host.expect(Verb.ACK);
        Frame first = host.expect(Verb.HELLO);
        long started = System.nanoTime();
        assertThat(host.expect(Verb.HELLO)).as("the same seq each time").isEqualTo(first);
        assertThat(host.expect(Verb.HELLO)).isEqualTo(first);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(350L, 1_000L);
        assertThat(host.nextLine(400)).as("gives up after 3 tries").isNull();
    }

    @Test
    void answersEveryFrameWithin100Milliseconds() throws Exception {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            long seq = host.send(Verb.PING);
            assertThat(host.expect(Verb.ACK).args()).containsExactly(Long.toString(seq));
            millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }
        // The median, so one hiccup of a busy test machine does not count against the simulator.
        assertThat(Arrays.stream(millis).sorted().toArray()[2]).isLessThan(100);
    }

    @Test
    void appliesShowClearLampAndBeep() throws Exception {
        host.send(Verb.SHOW, "0", "142");
        host.send(Verb.SHOW, "3", ">143<");
        host.send(Verb.LAMP, "ready", "BLINK");
        host.send(Verb.BEEP, "250");
        host.send(Verb.CLEAR, "0");
        for (int i = 0; i < 5; i++) {
            host.expect(Verb.ACK);
        }
        BoardState state = board.state();
        assertThat(state.slots()).containsExactly("", "", "", ">143<");
        assertThat(state.lamps()).containsEntry("ready", LampState.BLINK);
        assertThat(state.lastBeepMs()).isEqualTo(250);
        assertThat(state.beeps()).isEqualTo(1);
    }

    @Test
    void aGarbledFrameGetsNakCrcAndALineWithoutSeqNoAnswer() throws Exception {
        String body = "42 SHOW 0 142";
        host.writeRaw(body + "*" + Crc16.toHex(Crc16.ofAscii(body) ^ 0x0100) + "\n");
        assertThat(host.expect(Verb.NAK).args()).containsExactly("42", "CRC");
        host.writeRaw("\u0001garbage\n");
        assertThat(host.nextLine(200)).isNull();
        assertThat(board.state().slots().get(0)).isEmpty();
    }

    @Test
    void outOfRangeArgumentsAreRefusedWithRange() throws Exception {
        long slot = host.send(Verb.SHOW, "4", "nope");
        assertThat(host.expect(Verb.NAK).args()).containsExactly(Long.toString(slot), "RANGE");
        long beep = host.send(Verb.BEEP, "60000");
        assertThat(host.expect(Verb.NAK).args()).containsExactly(Long.toString(beep), "RANGE");
        long verb = host.send(Verb.BTN, "1", "DOWN");
        assertThat(host.expect(Verb.NAK).args()).containsExactly(Long.toString(verb), "UNKNOWN_VERB");
    }

    @Test
    void aResentLineIsAcknowledgedAgainButAppliedOnce() throws Exception {
        int appliedBefore = board.state().applied();
        String line = FrameCodec.encode(Frame.of(77, Verb.BEEP, "100"));
        host.writeRaw(line);
        assertThat(host.expect(Verb.ACK).args()).containsExactly("77");
        host.writeRaw(line);
        assertThat(host.expect(Verb.ACK).args()).containsExactly("77");
        assertThat(board.state().beeps()).isEqualTo(1);
        assertThat(board.state().applied()).isEqualTo(appliedBefore + 1);
    }

    @Test
    void droppedAcksAreNotSentButTheFrameIsApplied() throws Exception {
        board.dropAcks(1);
        long seq = host.send(Verb.SHOW, "1", "9");
        assertThat(host.nextLine(250)).isNull();
        assertThat(board.state().slots().get(1)).isEqualTo("9");
        long next = host.send(Verb.PING);
        assertThat(host.expect(Verb.ACK).args()).as("no late ACK for seq %d", seq)
                .containsExactly(Long.toString(next));
    }

    @Test
    void unpluggedItIsSilentAndPluggedInItComesBackBlankSayingHello() throws Exception {
        host.send(Verb.SHOW, "0", "142");
        host.expect(Verb.ACK);
        board.unplug();
        assertThat(board.state().powered()).isFalse();
        host.send(Verb.PING);
        assertThat(host.nextLine(250)).isNull();
        board.plug();
        Frame hello = host.expect(Verb.HELLO);
        assertThat(hello.seq()).as("counting from scratch after power-up").isEqualTo(1);
        assertThat(board.state().slots()).containsOnly("");
    }

    @Test
    void aButtonPressIsDownThenUpEachResentUntilAcknowledged() throws Exception {
        board.press("7");
        Frame down = host.expect(Verb.BTN);
        assertThat(down.args()).containsExactly("7", "DOWN");
        Frame again = host.expect(Verb.BTN); // not acknowledged: the same frame again
        assertThat(again).isEqualTo(down);
        host.send(Verb.ACK, Long.toString(down.seq()));
        Frame up = host.expect(Verb.BTN);
        assertThat(up.args()).containsExactly("7", "UP");
        host.send(Verb.ACK, Long.toString(up.seq()));
        assertThat(host.nextLine(300)).isNull();
    }

    @Test
    void noisePutsJunkOnTheLineAndGarblesTheNextFrame() throws Exception {
        board.noise();
        List<String> junk = List.of(host.nextLine(500), host.nextLine(500), host.nextLine(500));
        assertThat(junk).allSatisfy(line -> assertThat(line).isNotNull());
        long seq = host.send(Verb.SHOW, "2", "150");
        assertThat(host.expect(Verb.NAK).args()).containsExactly(Long.toString(seq), "CRC");
        assertThat(board.state().slots().get(2)).isEmpty();
    }
}
