package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desired board state reaching the simulator: diffs while up, everything again after a reconnect. */
class BoardDisplayTest {

    private static final Duration SOON = SimulatedBoardLink.SOON;

    @TempDir
    Path dir;

    @Test
    void showsEachTextInItsSlotHighlightsOneAndClearsTheRest() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4);
                BoardDisplay display = new BoardDisplay(bench.link)) {
            display.show(List.of("141", "142", "143"), 2); // before the link is up: drawn once it is
            display.lamp("ready", LampState.ON);
            bench.startAndAwaitUp();
            assertThat(display.awaitInSync(SOON)).isTrue();
            assertThat(bench.board.state().slots()).containsExactly("141", "142", ">143<", "");
            assertThat(bench.board.state().lamps()).containsExactly(Map.entry("ready", LampState.ON));
            assertThat(display.slots()).isEqualTo(4);
        }
    }

    @Test
    void onlyWhatChangedIsSentWhileTheLinkIsUp() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4);
                BoardDisplay display = new BoardDisplay(bench.link)) {
            display.show(List.of("141", "142", "143"), 2);
            bench.startAndAwaitUp();
            assertThat(display.awaitInSync(SOON)).isTrue();
            int framesBefore = bench.received("(SHOW|CLEAR)").size();

            display.show(List.of("141", "142", "143", "144"), 3); // 143 loses the highlight, 144 arrives with it
            assertThat(display.awaitInSync(SOON)).isTrue();

            List<String> frames = bench.received("(SHOW|CLEAR)");
            assertThat(frames.subList(framesBefore, frames.size())).hasSize(2)
                    .anyMatch(line -> line.contains(" SHOW 2 143*"))
                    .anyMatch(line -> line.contains(" SHOW 3 >144<*"));
            assertThat(bench.board.state().slots()).containsExactly("141", "142", "143", ">144<");
        }
    }

    @Test
    void afterAnUnpluggedCableTheWholeBoardIsRedrawn() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4);
                BoardDisplay display = new BoardDisplay(bench.link)) {
            display.show(List.of("141", "142"), 1);
            display.lamp("ready", LampState.ON);
            bench.startAndAwaitUp();
            assertThat(display.awaitInSync(SOON)).isTrue();

            bench.unplugCable();
            awaitDisplayHearsDown(display);
            assertThat(display.inSync()).isFalse();
            display.show(List.of("142", "145"), 1); // orders moved on while the board was away
            display.lamp("ready", LampState.BLINK);
            bench.plugCable(); // the board comes back blank

            assertThat(display.awaitInSync(SOON)).isTrue();
            assertThat(bench.board.state().slots()).containsExactly("142", ">145<", "", "");
            assertThat(bench.board.state().lamps()).containsExactly(Map.entry("ready", LampState.BLINK));
        }
    }

    @Test
    void aBoardThatRestartsByItselfIsRedrawn() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4);
                BoardDisplay display = new BoardDisplay(bench.link)) {
            display.show(List.of("141", "142", "143"));
            bench.startAndAwaitUp();
            assertThat(display.awaitInSync(SOON)).isTrue();

            bench.board.unplug(); // a brown-out: power gone and back before the link noticed the silence
            bench.board.plug();
            assertThat(bench.board.state().slots()).containsOnly("");

            Eventually.await("the board redrawn", SOON,
                    () -> bench.board.state().slots().equals(List.of("141", "142", "143", "")),
                    () -> bench.board.state());
            assertThat(bench.awaitStates(2)).allMatch(LinkState::isUp);
        }
    }

    @Test
    void aBeepFollowsTheSlotsAndIsDroppedWhileTheBoardIsAway() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4);
                BoardDisplay display = new BoardDisplay(bench.link)) {
            bench.startAndAwaitUp();
            Eventually.await("the first redraw", SOON, display::inSync);
            display.show(List.of("150"), 0);
            display.beep(300);
            assertThat(display.awaitInSync(SOON)).isTrue();
            List<String> lines = bench.board.received();
            assertThat(lines.getLast()).contains(" BEEP 300*");
            assertThat(lines.get(lines.size() - 2)).contains(" SHOW 0 >150<*");

            bench.unplugCable();
            awaitDisplayHearsDown(display);
            display.beep(500);
            bench.plugCable();
            assertThat(display.awaitInSync(SOON)).isTrue();
            assertThat(bench.received("BEEP")).as("only the beep sent while up").hasSize(1);
            assertThat(bench.board.state().beeps()).isZero();
        }
    }

    @Test
    void textsBeyondTheBoardsSlotsAreLeftOut() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 2);
                BoardDisplay display = new BoardDisplay(bench.link)) {
            display.show(List.of("141", "142", "143", "144"), 3);
            bench.startAndAwaitUp();
            assertThat(display.awaitInSync(SOON)).isTrue();
            assertThat(bench.board.state().slots()).containsExactly("141", "142");
        }
    }

    @Test
    void closingTheDisplayLeavesTheLinkUp() throws Exception {
        try (SimulatedBoardLink bench = SimulatedBoardLink.create(dir, "1.0.0", 4)) {
            BoardDisplay display = new BoardDisplay(bench.link);
            bench.startAndAwaitUp();
            bench.board.dropAcks(1); // the display's first SHOW waits for its resend while we close
            display.show(List.of("141"));
            Thread.sleep(50);
            display.close();
            assertThat(bench.link.send(Verb.PING).acked()).isTrue();
            assertThat(bench.awaitStates(1)).containsExactly(new LinkState.Up("1.0.0", 4));
        }
    }

    /**
     * The link goes down first and tells its listeners a moment later, on their own thread: a test about what the
     * display does while the board is away waits for the display to hear it, not for the link.
     */
    private static void awaitDisplayHearsDown(BoardDisplay display) {
        Eventually.await("the display hears the link is down", SOON, () -> !display.heardUp(), display::toString);
    }
}
