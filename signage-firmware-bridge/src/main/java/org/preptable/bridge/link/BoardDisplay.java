package org.preptable.bridge.link;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the order-ready board should show, and a thread ({@code board-display}) that makes the board show it.
 *
 * <p>The owner states the whole picture ({@link #show}, {@link #lamp}) and returns at once; the thread sends
 * only what differs from what the board is known to show, one frame at a time. After every (re)connect, and when
 * the board restarts by itself, nothing it shows is trusted: every slot is sent again (SHOW or CLEAR) and every
 * lamp that was set, so nothing stale stays up. Which orders go in which slot is the owner's business.
 *
 * <p>Highlighting travels as a text marker: the highlighted slot's text is sent as {@code >text<}.
 */
public final class BoardDisplay implements AutoCloseable {

    public static final int NO_HIGHLIGHT = -1;

    private static final Logger LOG = LoggerFactory.getLogger(BoardDisplay.class);

    /** One frame to send, and what the board shows once it is acknowledged. */
    private record Step(Verb verb, List<String> args, int slot, String slotText, String lampId, LampState lamp,
            long connection) {
    }

    private final BoardLink link;
    private final Object lock = new Object();
    private final Thread worker;

    // All guarded by lock. Desired state:
    private List<String> wanted = List.of();
    private final Map<String, LampState> wantedLamps = new LinkedHashMap<>();
    private final Deque<Integer> beeps = new ArrayDeque<>();
    // What the board is known to show; null entries are unknown. Counted per connection, so an answer from a
    // connection that has since been replaced is never taken for the truth about the new one.
    private boolean up;
    private long connection;
    private String[] shown = new String[0];
    private final Map<String, LampState> shownLamps = new HashMap<>();
    private boolean closed;

    /** Registers with {@code link} and starts its thread; create it before {@link BoardLink#start()}. */
    public BoardDisplay(BoardLink link) {
        this.link = link;
        link.onStateChange(this::linkChanged);
        this.worker = Thread.ofPlatform().daemon().name("board-display").start(this::run);
    }

    /** Slot i shows {@code texts.get(i)}; slots beyond the list are cleared, texts beyond the board's slots dropped. */
    public void show(List<String> texts) {
        show(texts, NO_HIGHLIGHT);
    }

    /**
     * Like {@link #show(List)}, with slot {@code highlighted} marked (e.g. the newest ready order), or
     * {@link #NO_HIGHLIGHT}. Texts are made fit for the board by {@link BoardText#forSlot}.
     */
    public void show(List<String> texts, int highlighted) {
        List<String> wire = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            wire.add(BoardText.forSlot(texts.get(i), i == highlighted));
        }
        synchronized (lock) {
            wanted = List.copyOf(wire);
            lock.notifyAll();
        }
    }

    /** @throws IllegalArgumentException when {@code id} is not a protocol token (printable, no space or '*') */
    public void lamp(String id, LampState state) {
        BoardConnection.encode(Frame.of(1, Verb.LAMP, id, state.name())); // refuses a bad id now, not on the thread
        synchronized (lock) {
            wantedLamps.put(id, state);
            lock.notifyAll();
        }
    }

    /** Sounds the buzzer once the slots are up to date. Dropped while the link is down: a late beep means nothing. */
    public void beep(int ms) {
        if (ms < 1 || ms > BoardLink.MAX_BEEP_MS) {
            throw new IllegalArgumentException("beep must be 1 to " + BoardLink.MAX_BEEP_MS + " ms, was " + ms);
        }
        synchronized (lock) {
            if (up) {
                beeps.add(ms);
                lock.notifyAll();
            } else {
                LOG.debug("Board link down; beep of {} ms dropped", ms);
            }
        }
    }

    /** The board's slot count from its last HELLO, or 0 before the first handshake. */
    public int slots() {
        synchronized (lock) {
            return shown.length;
        }
    }

    /** True when the link is up and the board is known to show exactly the desired state. */
    public boolean inSync() {
        synchronized (lock) {
            return up && nextStep() == null;
        }
    }

    /** Whether this display has heard that the link is up; it hears changes a moment after the link makes them. */
    boolean heardUp() {
        synchronized (lock) {
            return up;
        }
    }

    /** Waits until {@link #inSync()}; false if that does not happen within {@code timeout}. */
    public boolean awaitInSync(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!(up && nextStep() == null)) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    /** Stops the thread; the link stays open (its owner closes it). */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        worker.interrupt();
        try {
            worker.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void linkChanged(LinkState state) {
        synchronized (lock) {
            up = state.isUp();
            beeps.clear();
            if (state instanceof LinkState.Up board) {
                connection++;
                shown = new String[board.slots()];
                shownLamps.clear();
                if (wanted.size() > board.slots()) {
                    LOG.info("The board has {} slots; {} texts wanted, the rest are not shown", board.slots(),
                            wanted.size());
                }
            }
            lock.notifyAll();
        }
    }

    private void run() {
        while (true) {
            Step step;
            synchronized (lock) {
                while (!closed && (!up || nextStep() == null)) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                step = nextStep();
            }
            SendResult result = link.send(step.verb(), step.args().toArray(String[]::new));
            synchronized (lock) {
                record(step, result);
                lock.notifyAll();
            }
        }
    }

    /** The first difference between desired and shown: slots in order, then lamps, then a beep. Lock held. */
    private Step nextStep() {
        for (int slot = 0; slot < shown.length; slot++) {
            String want = slot < wanted.size() ? wanted.get(slot) : "";
            if (!want.equals(shown[slot])) {
                String number = Integer.toString(slot);
                List<String> args = want.isEmpty() ? List.of(number) : List.of(number, want);
                return new Step(want.isEmpty() ? Verb.CLEAR : Verb.SHOW, args, slot, want, null, null, connection);
            }
        }
        for (Map.Entry<String, LampState> lamp : wantedLamps.entrySet()) {
            if (lamp.getValue() != shownLamps.get(lamp.getKey())) {
                return new Step(Verb.LAMP, List.of(lamp.getKey(), lamp.getValue().name()), -1, null, lamp.getKey(),
                        lamp.getValue(), connection);
            }
        }
        Integer beep = beeps.peekFirst();
        return beep == null ? null : new Step(Verb.BEEP, List.of(beep.toString()), -1, null, null, null, connection);
    }

    private void record(Step step, SendResult result) {
        if (step.connection() != connection) {
            return; // the board reconnected meanwhile and is being redrawn from scratch
        }
        switch (result.outcome()) {
            case LINK_DOWN -> up = false; // the link reports Up again after it reconnects
            case REFUSED -> LOG.warn("The board refused {} {}: NAK {}; not retried", step.verb(), step.args(),
                    result.detail());
            case ACKED -> LOG.trace("Board shows {} {}", step.verb(), step.args());
        }
        if (result.outcome() != SendResult.Outcome.LINK_DOWN) {
            // A refused frame counts as done too: sending it again would be refused again, for ever.
            if (step.slot() >= 0) {
                shown[step.slot()] = step.slotText();
            } else if (step.lampId() != null) {
                shownLamps.put(step.lampId(), step.lamp());
            } else {
                beeps.pollFirst(); // taken off only now, so inSync() stays false while it is on its way
            }
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "BoardDisplay[up=" + up + ", shown=" + Arrays.toString(shown) + ", lamps=" + shownLamps + "]";
        }
    }
}
