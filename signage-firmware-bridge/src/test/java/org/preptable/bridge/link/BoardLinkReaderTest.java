package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.bridge.sim.SocatPty;
import org.preptable.bridge.testing.ScriptedPeer;

/** What the link's reader makes of a board that misbehaves in ways the simulator does not, played by the test. */
class BoardLinkReaderTest {

    /** A bound for a hang, not a speed claim: generous for a loaded machine (2 s once ran out under load). */
    private static final Duration SOON = Duration.ofSeconds(10);


    @TempDir
    Path dir;

    private SocatPty pty;
    private ScriptedPeer board;
    private BoardLink link;
    private final List<LinkState> states = new CopyOnWriteArrayList<>();
    private final BlockingQueue<ButtonEvent> buttons = new LinkedBlockingQueue<>();

    @BeforeEach
    void connect() throws Exception {
        assumeTrue(SocatPty.isInstalled(), "socat is not installed");
        pty = SocatPty.start(dir);
        board = ScriptedPeer.board(pty.boardSide());
        link = new BoardLink(BoardLinkSettings.of(pty.hostSide().toString()).withKeepAlive(Duration.ofSeconds(30)));
        link.onStateChange(states::add);
        link.onButton(buttons::add);
        link.start();
    }

    @AfterEach
    void disconnect() {
        if (link != null) {
            link.close();
            board.close();
            pty.close();
        }
    }

    @Test
    void aHelloTheBoardSentWhileBootingIsNotTakenForTheAnswer() throws Exception {
        Frame hello = board.expect(Verb.HELLO);
        board.send(Verb.HELLO, "0.9-boot", "2"); // crossed ours on the wire: arrives before the ACK
        assertThat(board.expect(Verb.ACK)).isNotNull();
        board.send(Verb.ACK, Long.toString(hello.seq()));
        board.send(Verb.HELLO, "1.2.0", "5");
        assertThat(board.expect(Verb.ACK)).isNotNull();
        assertThat(link.awaitUp(SOON)).isTrue();
        assertThat(link.state()).isEqualTo(new LinkState.Up("1.2.0", 5));
    }

    @Test
    void garbageCutFramesAndOverlongLinesAreSurvived() throws Exception {
        board.completeHandshake("1.0.0", 4);
        assertThat(link.awaitUp(SOON)).isTrue();

        board.writeRaw("\u0000\u00FF\u0007junk without seq\n");
        board.writeRaw("x".repeat(300) + "\n");
        assertThat(board.quietFor(150)).as("no seq, nobody to answer").isTrue();

        String badCrc = ScriptedPeer.withCrc("777 BTN 1 DOWN").replace("BTN 1", "BTN 2");
        board.writeRaw(badCrc);
        assertThat(board.expect(Verb.NAK).args()).containsExactly("777", "CRC");

        board.writeRaw("778 SHOW 0 " + "y".repeat(200) + "\n");
        assertThat(board.expect(Verb.NAK).args()).containsExactly("778", "TOO_LONG");

        String button = ScriptedPeer.withCrc("779 BTN 3 DOWN");
        board.writeRaw(button.substring(0, 4));
        Thread.sleep(30);
        board.writeRaw(button.substring(4, 10));
        Thread.sleep(30);
        board.writeRaw(button.substring(10));
        assertThat(board.expect(Verb.ACK).args()).containsExactly("779");
        assertThat(buttons.poll(1, TimeUnit.SECONDS)).isEqualTo(new ButtonEvent("3", true));
        assertThat(buttons).isEmpty();
        assertThat(link.state().isUp()).isTrue();
    }

    @Test
    void aResentButtonIsAcknowledgedAgainButDeliveredOnce() throws Exception {
        board.completeHandshake("1.0.0", 4);
        String press = ScriptedPeer.withCrc("900 BTN ready DOWN");
        board.writeRaw(press);
        assertThat(board.expect(Verb.ACK).args()).containsExactly("900");
        board.writeRaw(press); // as if our ACK had been lost
        assertThat(board.expect(Verb.ACK).args()).containsExactly("900");
        assertThat(buttons.poll(1, TimeUnit.SECONDS)).isEqualTo(new ButtonEvent("ready", true));
        assertThat(buttons.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aHelloAfterTheHandshakeMeansTheBoardRestartedAndIsReportedAsUpAgain() throws Exception {
        board.completeHandshake("1.0.0", 4);
        // A HELLO that arrives while the handshake is still finishing is part of it, not a restart: let the link be
        // up (and heard to be) before the board restarts.
        assertThat(link.awaitUp(SOON)).isTrue();
        Eventually.await("the first Up", SOON, () -> states.size() == 1, () -> states);
        board.send(Verb.HELLO, "1.0.1", "4");
        assertThat(board.expect(Verb.ACK)).isNotNull();
        Eventually.await("a second Up", SOON, () -> states.size() >= 2, () -> states);
        assertThat(states).containsExactly(new LinkState.Up("1.0.0", 4), new LinkState.Up("1.0.1", 4));
    }

    @Test
    void hostVerbsFromTheBoardAreRefused() throws Exception {
        board.completeHandshake("1.0.0", 4);
        long seq = board.send(Verb.SHOW, "0", "echo");
        assertThat(board.expect(Verb.NAK).args()).containsExactly(Long.toString(seq), "UNKNOWN_VERB");
    }

    @Test
    void aBoardThatAcknowledgesHelloButNeverSaysItsOwnStaysDown() throws Exception {
        Frame hello = board.expect(Verb.HELLO);
        board.send(Verb.ACK, Long.toString(hello.seq()));
        Eventually.await("the handshake to give up", SOON, () -> !states.isEmpty(), () -> states);
        assertThat(states.getFirst()).isEqualTo(new LinkState.Down(
                "the board acknowledged HELLO but sent no HELLO of its own within 500 ms"));
        assertThat(board.expect(Verb.HELLO).seq()).as("a new handshake, with a new seq").isGreaterThan(hello.seq());
    }
}
