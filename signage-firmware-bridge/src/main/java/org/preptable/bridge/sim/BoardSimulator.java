package org.preptable.bridge.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.preptable.bridge.link.BoardLink;
import org.preptable.bridge.link.DuplicateFilter;
import org.preptable.bridge.link.Frame;
import org.preptable.bridge.link.FrameCodec;
import org.preptable.bridge.link.FrameException;
import org.preptable.bridge.link.FrameText;
import org.preptable.bridge.link.LampState;
import org.preptable.bridge.link.SeqCounter;
import org.preptable.bridge.link.SerialLine;
import org.preptable.bridge.link.Verb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An order-ready board in software, on the board side of a serial line (a pty from {@link SocatPty} in tests and
 * demos). It follows {@code docs/firmware-protocol.md} the way firmware should: it answers every frame at once,
 * recognises resends, sends HELLO when it powers up and after the host's HELLO, and resends its own frames until
 * they are acknowledged. Faults on demand: {@link #dropAcks}, {@link #noise}, {@link #unplug}/{@link #plug}.
 */
public final class BoardSimulator implements AutoCloseable {

    public static final String DEFAULT_FIRMWARE = "1.0.0";
    public static final int DEFAULT_SLOTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(BoardSimulator.class);
    private static final long ACK_TIMEOUT_MS = 200;
    private static final int TRIES = 3;
    private static final int RECEIVED_KEPT = 1_000;
    private static final byte[] NOISE = ("\u0000\u00FF\u0007~~ line noise ~~\n" // binary junk
            + "12 ACK 7*FFFF\n" // a frame with a wrong checksum
            + "x".repeat(120) + "\n") // an over-long line
            .getBytes(StandardCharsets.ISO_8859_1);

    private record Outstanding(long seq, CompletableFuture<Frame> answer) {
    }

    private final String firmware;
    private final int slotCount;
    private final DuplicateFilter hostResends = new DuplicateFilter();
    private final AtomicReference<Outstanding> outstanding = new AtomicReference<>();
    private final ExecutorService outgoing =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("board-sim-out").factory());
    private final List<Consumer<BoardState>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> noteListeners = new CopyOnWriteArrayList<>();
    private final List<String> received = new ArrayList<>();
    private final Object lock = new Object();

    // Guarded by lock.
    private BoardState state;
    private SeqCounter seqs = new SeqCounter();
    private int acksToDrop;
    private boolean garbleNext;
    private volatile SerialLine line;

    public BoardSimulator(String firmware, int slotCount) {
        if (slotCount < 1 || slotCount > 99) {
            throw new IllegalArgumentException("slots must be 1 to 99, was " + slotCount);
        }
        this.firmware = firmware;
        this.slotCount = slotCount;
        this.state = BoardState.blank(firmware, slotCount, true, 0);
    }

    /** Connects to the board side of a serial line; a powered board then announces itself with HELLO. */
    public void attach(Path device) throws IOException {
        SerialLine opened = SerialLine.open(device.toString(), 115_200, "board-sim-reader", new Receiver());
        SerialLine old = line;
        line = opened;
        if (old != null) {
            old.close();
        }
        if (state().powered()) {
            announce(Verb.HELLO, firmware, Integer.toString(slotCount));
        }
    }

    /** Lets go of the serial line (its device is about to vanish). */
    public void detach() {
        SerialLine old = line;
        line = null;
        if (old != null) {
            old.close();
        }
    }

    public void onChange(Consumer<BoardState> listener) {
        changeListeners.add(listener);
    }

    /** Hears a short sentence for every fault, refusal and button, for the CLI and for test diagnostics. */
    public void onNote(Consumer<String> listener) {
        noteListeners.add(listener);
    }

    public BoardState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** The last 1000 lines received while powered, after any noise was applied, in order. */
    public List<String> received() {
        synchronized (lock) {
            return List.copyOf(received);
        }
    }

    /** The next {@code count} ACKs are not sent, though the frames are applied: as if the line swallowed them. */
    public void dropAcks(int count) {
        synchronized (lock) {
            acksToDrop = count;
        }
        note("will drop the next " + count + " ACK(s)");
    }

    /** Puts junk on the line towards the host and garbles the next request (not ACK or NAK) that arrives from it. */
    public void noise() {
        synchronized (lock) {
            garbleNext = true;
        }
        SerialLine current = line;
        if (current != null) {
            current.writeRaw(NOISE);
        }
        note("noise: junk sent to the host; its next request will arrive garbled");
    }

    /** Power off: the board goes silent and dark. */
    public void unplug() {
        update(s -> BoardState.blank(firmware, slotCount, false, s.applied()));
        abandonOutstanding();
        note("unplugged: silent and dark");
    }

    /** Power on: a blank display, counters from scratch, and a HELLO to whoever listens. */
    public void plug() {
        synchronized (lock) {
            seqs = new SeqCounter();
            hostResends.forget();
        }
        update(s -> BoardState.blank(firmware, slotCount, true, s.applied()));
        note("plugged in: blank, saying HELLO");
        announce(Verb.HELLO, firmware, Integer.toString(slotCount));
    }

    /** Presses and releases a button: {@code BTN <id> DOWN}, then {@code BTN <id> UP}, each until acknowledged. */
    public void press(String buttonId) {
        announce(Verb.BTN, buttonId, "DOWN");
        announce(Verb.BTN, buttonId, "UP");
    }

    @Override
    public void close() {
        outgoing.shutdownNow();
        detach();
    }

    // ---- frames from the host (reader thread) ----

    private final class Receiver implements SerialLine.Receiver {

        @Override
        public void onLine(SerialLine from, String raw) {
            String text;
            synchronized (lock) {
                if (!state.powered()) {
                    return;
                }
                // Answers are left alone: a garbled ACK would only cost a timeout, a garbled request shows the NAK.
                boolean garble = garbleNext && !raw.matches("\\d+ (ACK|NAK) .*");
                text = garble ? garble(raw) : raw;
                garbleNext &= !garble;
                if (received.size() == RECEIVED_KEPT) {
                    received.removeFirst();
                }
                received.add(text);
            }
            Frame frame;
            try {
                frame = FrameCodec.decode(text);
            } catch (FrameException e) {
                note("refused " + FrameText.quote(text) + ": " + e.reason());
                e.seq().ifPresent(seq -> answer(from, Verb.NAK, Long.toString(seq), e.reason().name()));
                return;
            }
            String seq = Long.toString(frame.seq());
            switch (Verb.valueOf(frame.verb())) {
                case ACK, NAK -> settle(frame);
                case HELLO -> {
                    if (!frame.args().isEmpty()) {
                        answer(from, Verb.NAK, seq, "UNKNOWN_VERB");
                        return;
                    }
                    // Never taken for a resend: the host waits for this HELLO, and sending it twice does no harm.
                    // A frame of ours still being resent is dropped, so the HELLO goes out at once.
                    acknowledge(from, seq);
                    abandonOutstanding();
                    announce(Verb.HELLO, firmware, Integer.toString(slotCount));
                }
                case SHOW, CLEAR, LAMP, BEEP, PING -> {
                    if (hostResends.isResend(text)) {
                        note("seq " + seq + " again: acknowledged again, not applied twice");
                        acknowledge(from, seq);
                        return;
                    }
                    String refusal = apply(frame);
                    if (refusal != null) {
                        note("NAK " + refusal + " for " + FrameText.quote(text));
                        answer(from, Verb.NAK, seq, refusal);
                        return;
                    }
                    hostResends.remember(text);
                    acknowledge(from, seq);
                }
                default -> answer(from, Verb.NAK, seq, "UNKNOWN_VERB");
            }
        }

        @Override
        public void onFailure(SerialLine from, String why) {
            note("serial line lost: " + why);
            if (line == from) {
                detach();
            }
        }
    }

    /** Null when applied, else the NAK reason. */
    private String apply(Frame frame) {
        List<String> args = frame.args();
        Verb verb = Verb.valueOf(frame.verb());
        int number = args.isEmpty() || verb == Verb.LAMP ? 0 : Integer.parseInt(args.get(0));
        boolean outOfRange = switch (verb) {
            case SHOW, CLEAR -> number >= slotCount;
            case BEEP -> number < 1 || number > BoardLink.MAX_BEEP_MS;
            default -> false;
        };
        if (outOfRange) {
            return "RANGE";
        }
        update(s -> switch (verb) {
            case SHOW -> s.showing(number, args.get(1));
            case CLEAR -> s.showing(number, "");
            case LAMP -> s.withLamp(args.get(0), LampState.valueOf(args.get(1)));
            case BEEP -> s.beeping(number);
            default -> s.counted();
        });
        return null;
    }

    private void acknowledge(SerialLine to, String seq) {
        synchronized (lock) {
            if (acksToDrop > 0) {
                acksToDrop--;
                note("dropped the ACK for seq " + seq + " (applied it)");
                return;
            }
        }
        answer(to, Verb.ACK, seq);
    }

    private void answer(SerialLine to, Verb verb, String... args) {
        to.write(encode(Frame.of(nextSeq(), verb, args)));
    }

    private void settle(Frame answer) {
        Outstanding waiting = outstanding.get();
        if (waiting != null && waiting.seq() == Long.parseLong(answer.args().get(0))) {
            waiting.answer().complete(answer);
        }
    }

    // ---- frames to the host (outgoing thread), each resent until acknowledged ----

    private void announce(Verb verb, String... args) {
        try {
            outgoing.execute(() -> sendUntilAcked(verb, args));
        } catch (RejectedExecutionException e) {
            LOG.debug("Simulator closed; not sending {}", verb);
        }
    }

    private void sendUntilAcked(Verb verb, String... args) {
        long seq = nextSeq();
        String encoded = encode(Frame.of(seq, verb, args));
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            SerialLine current = line;
            if (current == null || !state().powered() || Thread.currentThread().isInterrupted()) {
                return; // unplugged, or closing
            }
            Outstanding waiting = new Outstanding(seq, new CompletableFuture<>());
            outstanding.set(waiting);
            current.write(encoded);
            Frame answer = await(waiting.answer());
            outstanding.compareAndSet(waiting, null);
            if (waiting.answer().isCancelled()) {
                return;
            }
            if (answer != null && answer.verb().equals(Verb.ACK.name())) {
                if (verb == Verb.BTN) {
                    note("button " + args[0] + " " + args[1] + " acknowledged");
                }
                return;
            }
            if (answer != null && !FrameException.isLineFault(answer.args().get(1))) {
                note(verb + " refused by the host: NAK " + answer.args().get(1));
                return;
            }
        }
        LOG.debug("Simulator gave up on {} (seq {}) after {} tries", verb, seq, TRIES);
    }

    private void abandonOutstanding() {
        Outstanding waiting = outstanding.get();
        if (waiting != null) {
            waiting.answer().cancel(false);
        }
    }

    private static Frame await(CompletableFuture<Frame> answer) {
        try {
            return answer.get(ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ---- helpers ----

    private long nextSeq() {
        synchronized (lock) {
            return seqs.next();
        }
    }

    private void update(UnaryOperator<BoardState> change) {
        BoardState next;
        synchronized (lock) {
            state = change.apply(state);
            next = state;
        }
        changeListeners.forEach(listener -> listener.accept(next));
    }

    private void note(String sentence) {
        LOG.debug("Board simulator: {}", sentence);
        noteListeners.forEach(listener -> listener.accept(sentence));
    }

    /** Flips one bit of the verb's first letter: still printable, so the checksum is what catches it. */
    private static String garble(String text) {
        int verbAt = text.indexOf(' ') + 1;
        if (verbAt <= 0 || verbAt >= text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        chars[verbAt] ^= 0x01;
        return new String(chars);
    }

    private static String encode(Frame frame) {
        try {
            return FrameCodec.encode(frame);
        } catch (FrameException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
