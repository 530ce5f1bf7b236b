package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.bridge.link.SendResult.Outcome;

/** The link against the board simulator over a real serial line (a socat pty pair). */
class BoardLinkTest {

    @TempDir
    Path dir;

    @Test
    void handshakeReadsFirmwareVersionAndSlotCount() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "2.4.1-rc1", 6).startAndAwaitUp()) {
            assertThat(bench.link.state()).isEqualTo(new LinkState.Up("2.4.1-rc1", 6));
            assertThat(bench.awaitStates(1)).containsExactly(new LinkState.Up("2.4.1-rc1", 6));
            assertThat(bench.received("HELLO")).hasSize(1);
        }
    }

    @Test
    void showAndClearReachTheBoard() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            assertThat(bench.link.send(Verb.SHOW, "0", "142").acked()).isTrue();
            assertThat(bench.link.send(Verb.SHOW, "1", " Ana  143 ").acked()).isTrue();
            assertThat(bench.board.state().slots()).containsExactly("142", " Ana  143 ", "", "");
            assertThat(bench.link.send(Verb.CLEAR, "0").acked()).isTrue();
            assertThat(bench.link.send(Verb.LAMP, "ready", "BLINK").acked()).isTrue();
            assertThat(bench.link.send(Verb.BEEP, "250").acked()).isTrue();
            assertThat(bench.board.state().slots()).containsExactly("", " Ana  143 ", "", "");
            assertThat(bench.board.state().lamps()).containsEntry("ready", LampState.BLINK);
            assertThat(bench.board.state().lastBeepMs()).isEqualTo(250);
        }
    }

    @Test
    void aDroppedAckIsResentWithTheSameSeqAndAppliedOnce() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            int appliedBefore = bench.board.state().applied();
            bench.board.dropAcks(1);
            long started = System.nanoTime();
            SendResult result = bench.link.send(Verb.SHOW, "2", "150");
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(result.acked()).isTrue();
            List<String> shows = bench.received("SHOW");
            assertThat(shows).hasSize(2);
            assertThat(shows.get(1)).as("the resend is the very same line, seq and all").isEqualTo(shows.get(0));
            assertThat(bench.board.state().applied()).isEqualTo(appliedBefore + 1);
            assertThat(tookMs).as("resent after the 200 ms ACK timeout").isGreaterThanOrEqualTo(190);
            assertThat(bench.link.state().isUp()).isTrue();
        }
    }

    @Test
    void lineNoiseIsSurvivedByResendingAfterNakCrc() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            assertThat(bench.link.send(Verb.PING).acked()).isTrue(); // no keep-alive PING due for a while
            bench.board.noise();
            long started = System.nanoTime();
            assertThat(bench.link.send(Verb.SHOW, "3", "151").acked()).isTrue();
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(bench.board.state().slots().get(3)).isEqualTo("151");
            List<String> lines = bench.board.received();
            String sent = lines.getLast();
            assertThat(sent).startsWith(bench.received("SHOW").getFirst().split(" ")[0] + " SHOW 3 151*");
            assertThat(lines.get(lines.size() - 2)).as("the garbled copy the board refused with NAK CRC")
                    .isNotEqualTo(sent).hasSameSizeAs(sent);
            assertThat(tookMs).as("a NAK is resent at once, not after the timeout").isLessThan(190);
            assertThat(bench.awaitStates(1)).hasSize(1);
            assertThat(bench.link.state().isUp()).isTrue();
        }
    }

    @Test
    void aRefusedFrameIsNotResent() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            SendResult result = bench.link.send(Verb.SHOW, "9", "too far");
            assertThat(result).isEqualTo(new SendResult(Outcome.REFUSED, "RANGE"));
            assertThat(bench.received("SHOW")).hasSize(1);
            assertThat(bench.link.state().isUp()).isTrue();
        }
    }

    @Test
    void threeUnansweredTriesMarkTheLinkDownAndItReconnects() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            bench.board.dropAcks(3);
            SendResult result = bench.link.send(Verb.SHOW, "0", "160");
            assertThat(result.outcome()).isEqualTo(Outcome.LINK_DOWN);
            assertThat(result.detail()).isEqualTo("no ACK for SHOW after 3 tries (last: no answer within 200 ms)");
            assertThat(bench.received("SHOW")).hasSize(3).allMatch(line -> line.equals(bench.received("SHOW").get(0)));
            bench.awaitUp();
            assertThat(bench.awaitChanges(3)).containsExactly(new LinkState.Up("1.0.0", 4).toString(),
                    new LinkState.Down(result.detail()).toString(), new LinkState.Up("1.0.0", 4).toString());
            assertThat(bench.received("HELLO")).as("a fresh handshake on the reopened port").hasSize(2);
        }
    }

    @Test
    void aSilentBoardIsNoticedByKeepAliveAndWelcomedBack() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            bench.board.unplug(); // power off, cable still in: no read error, only silence
            bench.awaitDown();
            assertThat(((LinkState.Down) bench.link.state()).reason()).contains("no ACK for PING after 3 tries");
            assertThat(bench.link.send(Verb.PING).outcome()).isEqualTo(Outcome.LINK_DOWN);
            Eventually.await("a failed handshake on the reopened port", SimulatedBoardLink.SOON,
                    () -> bench.states().stream().anyMatch(state -> state.toString().contains("HELLO")),
                    bench::states);
            bench.board.plug();
            bench.awaitUp();
            assertThat(bench.link.send(Verb.SHOW, "0", "back").acked()).isTrue();
            // On a loaded machine the simulator's boot HELLO can cross the host's and be heard as a restart,
            // which announces Up once more (and redraws): a repeat, not a change, so repeats are folded.
            assertThat(bench.awaitChanges(4)).containsExactly(
                    "Up[firmware=1.0.0, slots=4]",
                    "Down[reason=no ACK for PING after 3 tries (last: no answer within 200 ms)]",
                    "Down[reason=no ACK for HELLO after 3 tries (last: no answer within 200 ms)]",
                    "Up[firmware=1.0.0, slots=4]");
        }
    }

    @Test
    void anUnpluggedCableIsNoticedAtOnceAndThePortReopened() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            long started = System.nanoTime();
            bench.unplugCable();
            bench.awaitDown();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                    .as("a read error, not a keep-alive timeout").isLessThan(SimulatedBoardLink.KEEPALIVE.toMillis());
            assertThat(((LinkState.Down) bench.link.state()).reason()).contains("device unplugged?");
            Thread.sleep(300); // several failed reopen attempts while the device is missing
            bench.plugCable();
            bench.awaitUp();
            assertThat(bench.link.send(Verb.SHOW, "1", "again").acked()).isTrue();
            // The board's boot HELLO can cross the host's on the reopened port and be heard as a restart, which
            // announces Up once more (the board is redrawn): a repeat, not a change, so repeats are folded.
            assertThat(bench.awaitChanges(4)).containsExactly(new LinkState.Up("1.0.0", 4).toString(),
                    new LinkState.Down("reading " + bench.pty.hostSide() + " failed (device unplugged?)").toString(),
                    new LinkState.Down("no such device " + bench.pty.hostSide()).toString(),
                    new LinkState.Up("1.0.0", 4).toString());
        }
    }

    @Test
    void aButtonOnTheBoardReachesTheListenerAndIsAcknowledged() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            List<String> notes = new CopyOnWriteArrayList<>();
            bench.board.onNote(notes::add);
            bench.board.press("2");
            assertThat(bench.buttons.poll(2, TimeUnit.SECONDS)).isEqualTo(new ButtonEvent("2", true));
            assertThat(bench.buttons.poll(2, TimeUnit.SECONDS)).isEqualTo(new ButtonEvent("2", false));
            Eventually.await("both edges acknowledged", SimulatedBoardLink.SOON, () -> notes.size() >= 2, () -> notes);
            assertThat(notes).containsExactly("button 2 DOWN acknowledged", "button 2 UP acknowledged");
        }
    }

    @Test
    void closeIsPromptWhileTheBoardIsAway() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            bench.unplugCable();
            bench.awaitDown();
            long started = System.nanoTime();
            bench.link.close();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(500);
            assertThat(bench.link.send(Verb.PING)).isEqualTo(new SendResult(Outcome.LINK_DOWN, "closed"));
        }
    }

    @Test
    void closeIsPromptWhileASendWaitsForItsAck() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4).startAndAwaitUp()) {
            bench.board.unplug(); // silent: the send below waits for an ACK that never comes
            CompletableFuture<SendResult> sending = CompletableFuture.supplyAsync(
                    () -> bench.link.send(Verb.SHOW, "0", "142"));
            Thread.sleep(100);
            assertThat(sending).as("waiting for the ACK (or its resend)").isNotDone();
            long started = System.nanoTime();
            bench.link.close();
            assertThat(sending.get(1, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.LINK_DOWN);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(500);
        }
    }
}
