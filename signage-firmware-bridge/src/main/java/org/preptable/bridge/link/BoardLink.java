package org.preptable.bridge.link;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serial link to the order-ready board (protocol: {@code docs/firmware-protocol.md}).
 *
 * <p>A supervisor thread ({@code board-link}) opens the port, does the HELLO handshake, keeps an idle link alive
 * with PING, and when the link breaks (3 unanswered tries, a read or write error) closes the port and reopens it,
 * pausing 250 ms, doubling up to {@link BoardLinkSettings#reconnectMax()}. Listeners run on one
 * {@code board-events} thread, in order, never on the serial reader, so they may call {@link #send}.
 *
 * <p>{@link #send} blocks its caller: one frame is outstanding at a time (a small MCU handles one request at a
 * time anyway), so a call waits for earlier ones, then at most 3 tries × 200 ms. Whoever must not block puts a
 * thread in between, as {@link BoardDisplay} does.
 */
public final class BoardLink implements AutoCloseable {

    /** How long the host waits for an ACK or NAK before sending the same frame again. */
    public static final Duration ACK_TIMEOUT = Duration.ofMillis(200);
    /** Sends of one frame (the first and two resends) before the link is marked down. */
    public static final int TRIES = 3;
    /** How long the board may take to send its HELLO after acknowledging the host's. */
    public static final Duration HELLO_TIMEOUT = Duration.ofMillis(500);
    /** Slot counts a board may report in its HELLO. */
    public static final int MAX_SLOTS = 99;
    /** The longest BEEP the protocol allows; a board answers NAK RANGE above it. */
    public static final int MAX_BEEP_MS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(BoardLink.class);
    private static final Set<Verb> OWNER_VERBS = Set.of(Verb.SHOW, Verb.CLEAR, Verb.LAMP, Verb.BEEP, Verb.PING);

    private final BoardLinkSettings settings;
    // Shared by every connection, so a reopened port never repeats the seq of a frame the board just applied.
    private final SeqCounter seqs = new SeqCounter();
    private final List<Consumer<LinkState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ButtonEvent>> buttonListeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("board-events").factory());
    private final Thread supervisor;

    // Changed only under this lock, so a failure and a state change cannot interleave.
    private final Object lifecycle = new Object();
    private volatile BoardConnection connection;
    private volatile LinkState state = new LinkState.Down("not connected yet");
    private volatile boolean closed;

    public BoardLink(BoardLinkSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException(BoardLinkSettings.PORT + " is empty: there is no board to link to");
        }
        this.settings = settings;
        this.supervisor = Thread.ofPlatform().daemon().name("board-link").unstarted(this::supervise);
    }

    /**
     * Hears every change: {@link LinkState.Up} after each handshake, and again when the board restarted by itself
     * (it then shows nothing, so redraw on every Up); {@link LinkState.Down} when the link breaks, and again while
     * it is down only when the reason changes (e.g. from "no ACK" to "no such device"), never once per retry.
     */
    public void onStateChange(Consumer<LinkState> listener) {
        stateListeners.add(listener);
    }

    /** Hears every button edge the board reports (after ACKing it; resends are not delivered twice). */
    public void onButton(Consumer<ButtonEvent> listener) {
        buttonListeners.add(listener);
    }

    /** Starts connecting in the background and returns at once. Register listeners first. */
    public void start() {
        supervisor.start();
    }

    public LinkState state() {
        return state;
    }

    public String port() {
        return settings.port();
    }

    /** Waits until the link is up; false if it is not within {@code timeout} (or the link was closed). */
    public boolean awaitUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lifecycle) {
            while (!state.isUp() && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lifecycle, left);
            }
            return state.isUp();
        }
    }

    /**
     * Sends one frame ({@code SHOW}, {@code CLEAR}, {@code LAMP}, {@code BEEP} or {@code PING}) and waits for the
     * board's answer, resending the same line (same seq) after 200 ms without one or after a line-level NAK
     * ({@code CRC}, {@code SYNTAX}, {@code NOT_PRINTABLE}, {@code TOO_LONG}). Returns at once with
     * {@link SendResult.Outcome#LINK_DOWN} while the link is down.
     *
     * @throws IllegalArgumentException for another verb, or arguments the protocol refuses (e.g. text over 32 chars)
     */
    public SendResult send(Verb verb, String... args) {
        if (!OWNER_VERBS.contains(verb)) {
            throw new IllegalArgumentException(verb + " is not sent by the owner (the link does HELLO itself)");
        }
        BoardConnection current = connection;
        LinkState now = state;
        if (closed || current == null || now instanceof LinkState.Down) {
            String why = closed ? "closed" : now instanceof LinkState.Down down ? down.reason() : "reopening";
            return SendResult.linkDown(why);
        }
        return current.exchange(verb, List.of(args));
    }

    /** Stops the threads and closes the port, within about 100 ms. No state change is reported for it. */
    @Override
    public void close() {
        BoardConnection current;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            current = connection;
            lifecycle.notifyAll();
        }
        // Closing the connection ends a wait for an ACK at once; the interrupt ends a back-off pause.
        if (current != null) {
            current.close();
        }
        supervisor.interrupt();
        try {
            supervisor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.shutdown();
        LOG.info("Board link on {} closed", settings.port());
    }

    // ---- the supervisor thread ----

    private void supervise() {
        Duration pause = settings.reconnectMin();
        while (!closed) {
            BoardConnection opened = null;
            try {
                opened = BoardConnection.open(settings, seqs, new ConnectionEvents());
                synchronized (lifecycle) {
                    if (closed) {
                        break; // close() ran while the port was opening; finally closes it
                    }
                    connection = opened;
                }
                LinkState.Up up = opened.handshake();
                synchronized (lifecycle) {
                    if (opened.isBroken()) {
                        throw new IOException(opened.failure());
                    }
                    if (!closed) {
                        changeState(up);
                    }
                }
                pause = settings.reconnectMin();
                keepAlive(opened);
            } catch (IOException e) {
                if (!closed) {
                    reportProblem(e.getMessage());
                }
            } finally {
                connection = null;
                if (opened != null) {
                    opened.close();
                }
            }
            if (!closed) {
                sleep(pause);
                Duration doubled = pause.multipliedBy(2);
                pause = doubled.compareTo(settings.reconnectMax()) > 0 ? settings.reconnectMax() : doubled;
            }
        }
    }

    /** Returns when the connection broke or the link was closed; PINGs when nothing was answered for a while. */
    private void keepAlive(BoardConnection current) {
        long keepAlive = settings.keepAlive().toNanos();
        while (!closed && !current.isBroken()) {
            long dueIn = keepAlive - (System.nanoTime() - current.lastAnswerNanos());
            if (dueIn <= 0) {
                current.exchange(Verb.PING, List.of()); // three misses break the connection by themselves
                continue;
            }
            synchronized (lifecycle) {
                if (closed || current.isBroken()) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lifecycle, dueIn);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    // While the board stays away the supervisor retries for ever: only a new reason is a change worth a log line.
    private void reportProblem(String problem) {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            if (state instanceof LinkState.Down down && down.reason().equals(problem)) {
                LOG.debug("Board on {} still down: {}", settings.port(), problem);
            } else {
                changeState(new LinkState.Down(problem));
            }
        }
    }

    /** Call with the lifecycle lock held, so listeners hear the changes in the order they happened. */
    private void changeState(LinkState next) {
        switch (next) {
            case LinkState.Up up -> LOG.info("Board link UP on {}: firmware {}, {} slots", settings.port(),
                    up.firmware(), up.slots());
            case LinkState.Down down -> LOG.warn("Board link DOWN on {}: {}; retrying (pauses up to {} ms)",
                    settings.port(), down.reason(), settings.reconnectMax().toMillis());
        }
        announceState(next);
    }

    /** {@link #changeState} without its log line. Lifecycle lock held. */
    private void announceState(LinkState next) {
        state = next;
        lifecycle.notifyAll();
        deliver(stateListeners, next);
    }

    private <T> void deliver(List<Consumer<T>> listeners, T event) {
        try {
            events.execute(() -> listeners.forEach(listener -> {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.error("A board listener failed on {}", event, e);
                }
            }));
        } catch (RejectedExecutionException e) {
            LOG.debug("Link closed; not delivering {}", event);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class ConnectionEvents implements BoardConnection.Events {

        @Override
        public void button(ButtonEvent event) {
            deliver(buttonListeners, event);
        }

        @Override
        public void restarted(LinkState.Up board) {
            synchronized (lifecycle) {
                if (!closed && state.isUp()) {
                    LOG.warn("Board on {} restarted by itself (HELLO again: firmware {}, {} slots); redrawing",
                            settings.port(), board.firmware(), board.slots());
                    announceState(board);
                }
            }
        }

        @Override
        public void broken(BoardConnection which, String why) {
            synchronized (lifecycle) {
                // A connection that breaks during its handshake was never up: the supervisor reports it instead.
                if (!closed && which == connection && state.isUp()) {
                    changeState(new LinkState.Down(why));
                }
                lifecycle.notifyAll();
            }
        }
    }
}
