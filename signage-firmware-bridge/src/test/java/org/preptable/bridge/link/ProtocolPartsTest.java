package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The small rules around the codec: sequence numbers, resend detection, NAK reasons, settings. */
class ProtocolPartsTest {

    @Test
    void seqRunsFrom1To65535AndWrapsTo1() {
        SeqCounter fresh = new SeqCounter();
        assertThat(fresh.next()).isEqualTo(1);
        assertThat(fresh.next()).isEqualTo(2);
        SeqCounter nearEnd = new SeqCounter(65_534);
        assertThat(List.of(nearEnd.next(), nearEnd.next(), nearEnd.next())).containsExactly(65_535L, 1L, 2L);
    }

    @Test
    void aResendIsTheSameLineWithinOneSecond() {
        AtomicLong clock = new AtomicLong();
        DuplicateFilter filter = new DuplicateFilter(Duration.ofSeconds(1), clock::get);
        filter.remember("5 BTN 1 DOWN*1234");
        clock.addAndGet(Duration.ofMillis(400).toNanos());
        assertThat(filter.isResend("5 BTN 1 DOWN*1234")).isTrue();
        assertThat(filter.isResend("6 BTN 1 DOWN*9999")).isFalse();
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(filter.isResend("5 BTN 1 DOWN*1234")).as("a restarted board reusing seq 5").isFalse();
        filter.remember("7 PING*0000");
        filter.forget();
        assertThat(filter.isResend("7 PING*0000")).isFalse();
    }

    @Test
    void onlyLineFaultsAreWorthAResend() {
        assertThat(List.of("CRC", "SYNTAX", "NOT_PRINTABLE", "TOO_LONG")).allMatch(FrameException::isLineFault);
        assertThat(List.of("BAD_ARGS", "UNKNOWN_VERB", "RANGE", "BUSY")).noneMatch(FrameException::isLineFault);
    }

    @Test
    void settingsReadTheBoardKeys() {
        Properties properties = new Properties();
        properties.setProperty("board.port", " /dev/ttyACM0 ");
        properties.setProperty("board.keepalive-ms", "500");
        List<String> problems = new ArrayList<>();
        BoardLinkSettings settings = BoardLinkSettings.from(properties, problems);
        assertThat(problems).isEmpty();
        assertThat(settings.port()).isEqualTo("/dev/ttyACM0");
        assertThat(settings.baud()).isEqualTo(115_200);
        assertThat(settings.keepAlive()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.enabled()).isTrue();
        assertThat(BoardLinkSettings.from(new Properties(), problems).enabled()).isFalse();
    }

    @Test
    void settingsReportEveryMistakeByKey() {
        Properties properties = new Properties();
        properties.setProperty("board.port", "ttyUSB0");
        properties.setProperty("board.baud", "12345");
        properties.setProperty("board.keepalive-ms", "soon");
        properties.setProperty("board.reconnect-max-ms", "10");
        List<String> problems = new ArrayList<>();
        BoardLinkSettings settings = BoardLinkSettings.from(properties, problems);
        assertThat(problems).hasSize(4);
        assertThat(String.join("\n", problems))
                .contains("board.port", "board.baud", "board.keepalive-ms", "board.reconnect-max-ms");
        assertThat(settings).isEqualTo(BoardLinkSettings.of(""));
    }

    @Test
    void aLinkNeedsAPortAndOnlySendsHostFrames() {
        assertThatThrownBy(() -> new BoardLink(BoardLinkSettings.of(""))).hasMessageContaining("board.port");
        try (BoardLink link = new BoardLink(BoardLinkSettings.of("/dev/null-board"))) {
            assertThatThrownBy(() -> link.send(Verb.ACK, "1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> link.send(Verb.HELLO)).isInstanceOf(IllegalArgumentException.class);
            assertThat(link.send(Verb.PING).outcome()).isEqualTo(SendResult.Outcome.LINK_DOWN);
        }
    }
}
