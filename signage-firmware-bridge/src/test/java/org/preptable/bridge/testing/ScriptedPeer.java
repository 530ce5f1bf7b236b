package org.preptable.bridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.preptable.bridge.link.Crc16;
import org.preptable.bridge.link.Frame;
import org.preptable.bridge.link.FrameCodec;
import org.preptable.bridge.link.FrameException;
import org.preptable.bridge.link.SeqCounter;
import org.preptable.bridge.link.SerialLine;
import org.preptable.bridge.link.Verb;

/**
 * One end of the serial line played line by line by the test, on a pty: a board, to send the host what the
 * simulator never does on its own (garbage, cut frames, frames out of order), or a host, to hold the simulator to
 * the protocol.
 */
public final class ScriptedPeer implements AutoCloseable {

    private final SerialLine line;
    private final String other;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final SeqCounter seqs;

    /** A board facing the host; its sequence numbers start far from the host's, so a mix-up would show. */
    public static ScriptedPeer board(Path device) throws IOException {
        return new ScriptedPeer(device, "scripted-board", "host", 100);
    }

    /** A host facing the board (the simulator). */
    public static ScriptedPeer host(Path device) throws IOException {
        return new ScriptedPeer(device, "scripted-host", "board", 500);
    }

    private ScriptedPeer(Path device, String name, String other, int firstSeq) throws IOException {
        this.other = other;
        this.seqs = new SeqCounter(firstSeq);
        line = SerialLine.open(device.toString(), 115_200, name, new SerialLine.Receiver() {
            @Override
            public void onLine(SerialLine from, String text) {
                received.add(text);
            }

            @Override
            public void onFailure(SerialLine from, String why) {
                received.add("FAILURE " + why);
            }
        });
    }

    /** The next line from the other end, decoded; fails unless it has {@code verb}. */
    public Frame expect(Verb verb) throws Exception {
        String text = received.poll(2, TimeUnit.SECONDS);
        assertThat(text).as("a %s from the %s", verb, other).isNotNull();
        Frame frame = FrameCodec.decode(text);
        assertThat(frame.verb()).as(text).isEqualTo(verb.name());
        return frame;
    }

    /** As a board: answers the host's HELLO as the protocol asks: ACK, then the board's own HELLO, which the host ACKs. */
    public void completeHandshake(String firmware, int slots) throws Exception {
        Frame hello = expect(Verb.HELLO);
        send(Verb.ACK, Long.toString(hello.seq()));
        long boardSeq = send(Verb.HELLO, firmware, Integer.toString(slots));
        assertThat(expect(Verb.ACK).args()).containsExactly(Long.toString(boardSeq));
    }

    /** Sends a well-formed frame and returns its seq. */
    public long send(Verb verb, String... args) throws FrameException {
        long seq = seqs.next();
        writeRaw(FrameCodec.encode(Frame.of(seq, verb, args)));
        return seq;
    }

    public void writeRaw(String text) {
        line.write(text);
    }

    /** The next raw line, or null after {@code millis}. */
    public String nextLine(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** True when the other end sends nothing more within {@code millis}. */
    public boolean quietFor(long millis) throws InterruptedException {
        return nextLine(millis) == null;
    }

    public static String withCrc(String body) {
        return body + "*" + Crc16.toHex(Crc16.ofAscii(body)) + "\n";
    }

    @Override
    public void close() {
        line.close();
    }
}
