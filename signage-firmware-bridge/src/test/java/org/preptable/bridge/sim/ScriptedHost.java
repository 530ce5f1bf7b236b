package org.preptable.bridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.preptable.bridge.link.Frame;
import org.preptable.bridge.link.FrameCodec;
import org.preptable.bridge.link.FrameException;
import org.preptable.bridge.link.SeqCounter;
import org.preptable.bridge.link.SerialLine;
import org.preptable.bridge.link.Verb;

/** A host played line by line by the test, on the host side of a pty, to hold the simulator to the protocol. */
final class ScriptedHost implements AutoCloseable {

    private final SerialLine line;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final SeqCounter seqs = new SeqCounter(500);

    ScriptedHost(Path device) throws IOException {
        line = SerialLine.open(device.toString(), 115_200, "scripted-host", new SerialLine.Receiver() {
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

    long send(Verb verb, String... args) throws FrameException {
        long seq = seqs.next();
        writeRaw(FrameCodec.encode(Frame.of(seq, verb, args)));
        return seq;
    }

    void writeRaw(String text) {
        line.write(text);
    }

    /** The next line from the board, decoded; fails unless it has {@code verb}. */
    Frame expect(Verb verb) throws Exception {
        String text = received.poll(2, TimeUnit.SECONDS);
        assertThat(text).as("a %s from the board", verb).isNotNull();
        Frame frame = FrameCodec.decode(text);
        assertThat(frame.verb()).as(text).isEqualTo(verb.name());
        return frame;
    }

    /** The next raw line, or null after {@code millis}. */
    String nextLine(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        line.close();
    }
}
