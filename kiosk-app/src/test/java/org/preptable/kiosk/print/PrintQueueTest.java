package org.preptable.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.gateway.testing.MutableClock;

class PrintQueueTest {

    @TempDir
    Path dir;

    @Test
    void jobsComeOutInOrderAndSurviveARestart() throws IOException {
        PrintQueue queue = PrintQueue.open(dir);
        assertThat(queue.enqueue("10-new", bytes("ten"))).isTrue();
        assertThat(queue.enqueue("12-new", bytes("twelve"))).isTrue();
        assertThat(queue.enqueue("11-ready", bytes("eleven"))).isTrue();

        PrintQueue reopened = PrintQueue.open(dir);
        assertThat(reopened.queuedKeys()).containsExactly("10-new", "12-new", "11-ready");
        PrintQueue.Job first = reopened.peek().orElseThrow();
        assertThat(first.bytes()).isEqualTo(bytes("ten"));
        reopened.markPrinted(first);
        assertThat(Files.exists(first.file())).isFalse();
        assertThat(reopened.peek().orElseThrow().key()).isEqualTo("12-new");

        // New jobs after a restart still go behind the old ones.
        assertThat(reopened.enqueue("13-new", bytes("thirteen"))).isTrue();
        assertThat(PrintQueue.open(dir).queuedKeys()).containsExactly("12-new", "11-ready", "13-new");
    }

    @Test
    void aKeyIsQueuedOnceAndNeverAgainOncePrinted() throws IOException {
        PrintQueue queue = PrintQueue.open(dir);
        assertThat(queue.enqueue("5-new", bytes("a"))).isTrue();
        assertThat(queue.enqueue("5-new", bytes("a again"))).isFalse();
        assertThat(queue.enqueue("5-ready", bytes("ready is another ticket"))).isTrue();
        queue.markPrinted(queue.peek().orElseThrow());

        assertThat(queue.enqueue("5-new", bytes("re-delivered"))).isFalse();
        assertThat(queue.wasPrinted("5-new")).isTrue();
        PrintQueue reopened = PrintQueue.open(dir);
        assertThat(reopened.wasPrinted("5-new")).isTrue();
        assertThat(reopened.enqueue("5-new", bytes("after restart"))).isFalse();
        assertThat(reopened.queuedKeys()).containsExactly("5-ready");
        assertThat(Files.readString(dir.resolve("printed.log"))).startsWith("5-new ");
    }

    @Test
    void cleansUpAfterACrash() throws IOException {
        PrintQueue queue = PrintQueue.open(dir);
        queue.enqueue("1-new", bytes("one"));
        queue.enqueue("2-new", bytes("two"));
        // A crash after the printed record was written but before the job file was removed:
        Path printedButNotRemoved = queue.peek().orElseThrow().file();
        Files.writeString(dir.resolve("printed.log"), "1-new " + System.currentTimeMillis() + "\n3-ne");
        // ...and a job write that never got renamed into place:
        Path torn = Files.write(dir.resolve("jobs/.tmp-123"), bytes("half"));

        PrintQueue reopened = PrintQueue.open(dir);

        assertThat(reopened.queuedKeys()).containsExactly("2-new");
        assertThat(printedButNotRemoved).doesNotExist();
        assertThat(torn).doesNotExist();
        assertThat(Files.readString(dir.resolve("printed.log"))).doesNotContain("3-ne\n").startsWith("1-new ");
        try (Stream<Path> files = Files.list(dir.resolve("jobs"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void thePrintedRecordStaysBounded() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
        PrintQueue queue = new PrintQueue(dir, clock, 3);
        for (int event = 1; event <= 8; event++) {
            queue.enqueue(event + "-new", bytes("t" + event));
            queue.markPrinted(queue.peek().orElseThrow());
        }
        assertThat(queue.wasPrinted("5-new")).isFalse();
        assertThat(queue.wasPrinted("6-new")).isTrue();
        assertThat(Files.readAllLines(dir.resolve("printed.log"))).hasSizeLessThanOrEqualTo(6);

        clock.advance(Duration.ofDays(PrintQueue.RETENTION_DAYS + 1));
        PrintQueue muchLater = new PrintQueue(dir, clock, 3);
        assertThat(muchLater.wasPrinted("8-new")).isFalse();
        assertThat(Files.readString(dir.resolve("printed.log"))).isEmpty();
    }

    @Test
    void keysMustLookLikeEventAndKind() throws IOException {
        PrintQueue queue = PrintQueue.open(dir);
        assertThatThrownBy(() -> queue.enqueue("../../etc/passwd", bytes("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PrintQueue.isValidKey("123-new")).isTrue();
        assertThat(PrintQueue.isValidKey("-1-new")).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
