package org.preptable.bridge.link;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open port to the board, from the HELLO handshake until it breaks: frames out with resends, frames in on the
 * reader thread. It never reopens anything; it reports {@link Events#broken} once and {@link BoardLink} starts
 * a new connection.
 */
final class BoardConnection implements AutoCloseable {

    /** Called on the reader thread (or a sending thread for {@code broken}); must not block. */
    interface Events {
        void button(ButtonEvent event);

        /** The board sent HELLO again after the handshake: it restarted and shows nothing. */
        void restarted(LinkState.Up board);

        void broken(BoardConnection connection, String why);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BoardConnection.class);

    private record Outstanding(long seq, Verb verb, CompletableFuture<Frame> answer) {
    }

    private final SeqCounter seqs;
    private final Events events;
    private final SerialLine line;
    private final DuplicateFilter boardResends = new DuplicateFilter();
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private final AtomicReference<Outstanding> outstanding = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final CompletableFuture<LinkState.Up> boardHello = new CompletableFuture<>();
    // The board's HELLO is the handshake's reply only after the ACK of ours: a HELLO it sent while booting may
    // cross ours on the wire and must not be taken for the answer.
    private volatile boolean helloReplyExpected;
    private volatile boolean handshakeDone;
    private volatile long lastAnswerNanos = System.nanoTime();

    private BoardConnection(BoardLinkSettings settings, SeqCounter seqs, Events events) throws IOException {
        this.seqs = seqs;
        this.events = events;
        this.line = SerialLine.open(settings.port(), settings.baud(), "board-link-reader", new Receiver());
    }

    static BoardConnection open(BoardLinkSettings settings, SeqCounter seqs, Events events) throws IOException {
        return new BoardConnection(settings, seqs, events);
    }

    /** HELLO, its ACK, then the board's HELLO: the board's firmware and slot count. */
    LinkState.Up handshake() throws IOException {
        SendResult acked = exchange(Verb.HELLO, List.of());
        if (acked.outcome() == SendResult.Outcome.REFUSED) {
            throw new IOException("the board refused HELLO (NAK " + acked.detail() + ")");
        } else if (!acked.acked()) {
            throw new IOException(acked.detail());
        }
        try {
            LinkState.Up up = boardHello.get(BoardLink.HELLO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (up == null || failure.get() != null) {
                throw new IOException(failureOr("closed"));
            }
            handshakeDone = true;
            return up;
        } catch (TimeoutException e) {
            throw new IOException("the board acknowledged HELLO but sent no HELLO of its own within "
                    + BoardLink.HELLO_TIMEOUT.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /**
     * Sends one frame and waits for its answer, resending the same line after a missing answer or a line-level NAK.
     * After {@link BoardLink#TRIES} misses the connection is broken.
     */
    SendResult exchange(Verb verb, List<String> args) {
        try {
            oneAtATime.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.linkDown("interrupted");
        }
        try {
            if (failure.get() != null) {
                return SendResult.linkDown(failure.get());
            }
            long seq = seqs.next();
            String encoded = encode(new Frame(seq, verb.name(), args));
            String lastMiss = "no answer";
            for (int attempt = 1; attempt <= BoardLink.TRIES; attempt++) {
                Outstanding waiting = new Outstanding(seq, verb, new CompletableFuture<>());
                outstanding.set(waiting);
                if (!line.write(encoded)) {
                    breakWith("writing to " + line.path() + " failed (device unplugged?)");
                    return SendResult.linkDown(failure.get());
                }
                Frame answer;
                try {
                    answer = await(waiting.answer());
                } catch (InterruptedException e) {
                    // The caller is shutting down, which says nothing about the board: the connection stays.
                    Thread.currentThread().interrupt();
                    return SendResult.linkDown("interrupted");
                }
                if (failure.get() != null) {
                    return SendResult.linkDown(failure.get());
                }
                if (answer == null) {
                    lastMiss = "no answer within " + BoardLink.ACK_TIMEOUT.toMillis() + " ms";
                    LOG.debug("No answer to {} (seq {}), try {}/{}", verb, seq, attempt, BoardLink.TRIES);
                    continue;
                }
                lastAnswerNanos = System.nanoTime();
                if (answer.verb().equals(Verb.ACK.name())) {
                    return SendResult.ACKED;
                }
                String reason = answer.args().get(1);
                if (!FrameException.isLineFault(reason)) {
                    LOG.debug("The board refused {} (seq {}): NAK {}", verb, seq, reason);
                    return SendResult.refused(reason);
                }
                lastMiss = "NAK " + reason;
                LOG.debug("NAK {} for {} (seq {}), try {}/{}", reason, verb, seq, attempt, BoardLink.TRIES);
            }
            // No seq in the reason: it is logged once per outage only if it stays the same between retries.
            breakWith("no ACK for " + verb + " after " + BoardLink.TRIES + " tries (last: " + lastMiss + ")");
            return SendResult.linkDown(failure.get());
        } finally {
            outstanding.set(null);
            oneAtATime.unlock();
        }
    }

    boolean isBroken() {
        return failure.get() != null;
    }

    /** Why the connection broke, or null while it works. */
    String failure() {
        return failure.get();
    }

    long lastAnswerNanos() {
        return lastAnswerNanos;
    }

    /** Abandons any wait at once, then closes the port. */
    @Override
    public void close() {
        failure.compareAndSet(null, "closed");
        abandonWaits();
        line.close();
    }

    private void breakWith(String why) {
        if (failure.compareAndSet(null, why)) {
            abandonWaits();
            events.broken(this, why);
        }
    }

    private String failureOr(String fallback) {
        String why = failure.get();
        return why != null ? why : fallback;
    }

    private void abandonWaits() {
        Outstanding waiting = outstanding.get();
        if (waiting != null) {
            waiting.answer().complete(null);
        }
        boardHello.complete(null);
    }

    static String encode(Frame frame) {
        try {
            return FrameCodec.encode(frame);
        } catch (FrameException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The answer, or null after the ACK timeout or when the connection broke meanwhile. */
    private static Frame await(CompletableFuture<Frame> answer) throws InterruptedException {
        try {
            return answer.get(BoardLink.ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        }
    }

    /** Runs on the line's reader thread. */
    private final class Receiver implements SerialLine.Receiver {

        @Override
        public void onLine(SerialLine from, String text) {
            Frame frame;
            try {
                frame = FrameCodec.decode(text);
            } catch (FrameException e) {
                LOG.debug("Unreadable line from the board ({}): {}", e.getMessage(), FrameText.quote(text));
                // Without a readable seq there is nobody to answer; the board resends after its timeout.
                e.seq().ifPresent(seq -> answer(from, Verb.NAK, Long.toString(seq), e.reason().name()));
                return;
            }
            switch (Verb.valueOf(frame.verb())) {
                case ACK, NAK -> settle(frame);
                case BTN -> {
                    answer(from, Verb.ACK, Long.toString(frame.seq()));
                    if (isFirstDelivery(text)) {
                        events.button(new ButtonEvent(frame.args().get(0), frame.args().get(1).equals("DOWN")));
                    }
                }
                case HELLO -> onBoardHello(from, frame, text);
                default -> answer(from, Verb.NAK, Long.toString(frame.seq()), "UNKNOWN_VERB");
            }
        }

        @Override
        public void onFailure(SerialLine from, String why) {
            breakWith(why);
        }

        private void settle(Frame answer) {
            Outstanding waiting = outstanding.get();
            long seq = Long.parseLong(answer.args().get(0));
            if (waiting == null || waiting.seq() != seq) {
                LOG.debug("{} for seq {}, which is not outstanding; ignored", answer.verb(), seq);
                return;
            }
            if (waiting.verb() == Verb.HELLO && answer.verb().equals(Verb.ACK.name())) {
                helloReplyExpected = true;
            }
            waiting.answer().complete(answer);
        }

        private void onBoardHello(SerialLine from, Frame frame, String text) {
            if (frame.args().isEmpty()) {
                // The host's own greeting, echoed: not something a board sends.
                answer(from, Verb.NAK, Long.toString(frame.seq()), "UNKNOWN_VERB");
                return;
            }
            answer(from, Verb.ACK, Long.toString(frame.seq()));
            if (!isFirstDelivery(text)) {
                return;
            }
            int slots = Integer.parseInt(frame.args().get(1));
            LinkState.Up up = new LinkState.Up(frame.args().get(0), slots);
            boolean usable = slots >= 1 && slots <= BoardLink.MAX_SLOTS;
            if (helloReplyExpected && !boardHello.isDone()) {
                helloReplyExpected = false;
                if (usable) {
                    boardHello.complete(up);
                } else {
                    boardHello.completeExceptionally(new IOException(
                            "the board reports " + slots + " slots; 1 to " + BoardLink.MAX_SLOTS + " are supported"));
                }
            } else if (handshakeDone && usable) {
                events.restarted(up);
            } else {
                LOG.debug("HELLO from the board outside a handshake ({}); ignored", FrameText.quote(text));
            }
        }

        private boolean isFirstDelivery(String text) {
            if (boardResends.isResend(text)) {
                LOG.debug("The board resent {}; acknowledged again, not acted on twice", FrameText.quote(text));
                return false;
            }
            boardResends.remember(text);
            return true;
        }

        // Through the line handed in: the reader may run before the constructor has stored it.
        private void answer(SerialLine to, Verb verb, String... args) {
            to.write(encode(Frame.of(seqs.next(), verb, args)));
        }
    }
}
