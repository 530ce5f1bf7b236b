package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A board played line by line by the test, on the board side of a pty: for what the simulator never does on its
 * own, such as sending garbage, cut frames or frames out of order.
 */
final class ScriptedBoard implements AutoCloseable {

    private final SerialLine line;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final SeqCounter seqs = new SeqCounter(100); // far from the host's, so a mix-up would show

    ScriptedBoard(Path device) throws IOException {
        line = SerialLine.open(device.toString(), 115_200, "scripted-board", new SerialLine.Receiver() {
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

    /** The next line from the host, decoded; fails unless it has {@code verb}. */
    Frame expect(Verb verb) throws Exception {
        String text = received.poll(2, TimeUnit.SECONDS);
        assertThat(text).as("a %s from the host", verb).isNotNull();
        Frame frame = FrameCodec.decode(text);
        assertThat(frame.verb()).as(text).isEqualTo(verb.name());
        return frame;
    }

    /** Answers the host's HELLO as the protocol asks: ACK, then the board's own HELLO, which the host ACKs. */
    void completeHandshake(String firmware, int slots) throws Exception {
        Frame hello = expect(Verb.HELLO);
        send(Verb.ACK, Long.toString(hello.seq()));
        long boardSeq = send(Verb.HELLO, firmware, Integer.toString(slots));
        assertThat(expect(Verb.ACK).args()).containsExactly(Long.toString(boardSeq));
    }

    /** Sends a well-formed frame and returns its seq. */
    long send(Verb verb, String... args) throws FrameException {
        long seq = seqs.next();
        writeRaw(FrameCodec.encode(Frame.of(seq, verb, args)));
        return seq;
    }

    void writeRaw(String text) {
        line.writeRaw(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** True when the host sends nothing more within {@code millis}. */
    boolean quietFor(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS) == null;
    }

    static String withCrc(String body) {
        return body + "*" + Crc16.toHex(Crc16.ofAscii(body)) + "\n";
    }

    @Override
    public void close() {
        line.close();
    }
}
