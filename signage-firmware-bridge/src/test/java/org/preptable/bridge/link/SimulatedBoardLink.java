package org.preptable.bridge.link;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.preptable.bridge.sim.BoardSimulator;
import org.preptable.bridge.sim.SocatPty;

/**
 * The test bench: a socat pty pair in a temp folder, the board simulator on one end and a {@link BoardLink} (with
 * short keep-alive and back-off, so faults show quickly) on the other, recording every state change and button.
 * Skips the test on a machine without socat.
 */
final class SimulatedBoardLink implements AutoCloseable {

    static final Duration KEEPALIVE = Duration.ofMillis(300);
    static final Duration SOON = Duration.ofSeconds(5);

    final SocatPty pty;
    final BoardSimulator board;
    final BoardLink link;
    final BlockingQueue<ButtonEvent> buttons = new LinkedBlockingQueue<>();
    private final List<LinkState> states = new ArrayList<>();

    private SimulatedBoardLink(SocatPty pty, BoardSimulator board, BoardLink link) {
        this.pty = pty;
        this.board = board;
        this.link = link;
    }

    /** Starts everything except the link, so the caller can attach a {@link BoardDisplay} first. */
    static SimulatedBoardLink create(Path dir, String firmware, int slots) throws IOException {
        assumeTrue(SocatPty.isInstalled(), "socat is not installed (apt-get install socat)");
        SocatPty pty = SocatPty.start(dir);
        BoardSimulator board = new BoardSimulator(firmware, slots);
        board.attach(pty.boardSide());
        BoardLinkSettings settings = BoardLinkSettings.of(pty.hostSide().toString())
                .withKeepAlive(KEEPALIVE)
                .withReconnect(Duration.ofMillis(50), Duration.ofMillis(200));
        SimulatedBoardLink bench = new SimulatedBoardLink(pty, board, new BoardLink(settings));
        bench.link.onStateChange(bench::record);
        bench.link.onButton(bench.buttons::add);
        return bench;
    }

    /** Starts the link and waits for the handshake. */
    SimulatedBoardLink startAndAwaitUp() throws InterruptedException {
        link.start();
        awaitUp();
        return this;
    }

    void awaitUp() throws InterruptedException {
        if (!link.awaitUp(SOON)) {
            throw new AssertionError("the link did not come up: " + link.state() + ", states " + states());
        }
    }

    void awaitDown() {
        Eventually.await("link down", SOON, () -> !link.state().isUp(), this::states);
    }

    /** Pulls the cable: the board loses power and both pty devices vanish. */
    void unplugCable() {
        board.unplug();
        board.detach();
        pty.stop();
    }

    /** Plugs it back in at the same path; the board powers up blank and says HELLO. */
    void plugCable() throws IOException {
        pty.restart();
        board.attach(pty.boardSide());
        board.plug();
    }

    /** Lines the simulator received with this verb, e.g. "SHOW". */
    List<String> received(String verb) {
        return board.received().stream().filter(line -> line.matches("\\d+ " + verb + "\\b.*")).toList();
    }

    /** The state changes listeners heard (they hear them on their own thread, a moment after the change). */
    List<LinkState> awaitStates(int count) {
        Eventually.await(count + " state changes", SOON, () -> states().size() >= count, this::states);
        return states();
    }

    /**
     * The state changes listeners heard, a repeat folded into the change before it, once there are {@code count} of
     * them. A waiter on the link itself ({@link #awaitUp()}) can return before the listeners hear the same change, so
     * a test that asserts the recorded list waits for the list.
     */
    List<String> awaitChanges(int count) {
        Eventually.await(count + " state changes (repeats folded)", SOON, () -> changes().size() >= count,
                this::states);
        return changes();
    }

    private List<String> changes() {
        List<String> changes = new ArrayList<>();
        for (LinkState state : states()) {
            if (changes.isEmpty() || !changes.getLast().equals(state.toString())) {
                changes.add(state.toString());
            }
        }
        return changes;
    }

    synchronized List<LinkState> states() {
        return List.copyOf(states);
    }

    private synchronized void record(LinkState state) {
        states.add(state);
    }

    @Override
    public void close() {
        link.close();
        board.close();
        pty.close();
    }
}
