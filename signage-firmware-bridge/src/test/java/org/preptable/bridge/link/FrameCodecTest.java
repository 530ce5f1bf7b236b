package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.preptable.bridge.link.FrameException.Reason;

class FrameCodecTest {

    static Stream<Frame> everyVerb() {
        return Stream.of(
                Frame.of(1, Verb.HELLO),
                Frame.of(2, Verb.SHOW, "0", "142"),
                Frame.of(3, Verb.CLEAR, "7"),
                Frame.of(4, Verb.LAMP, "1", "ON"),
                Frame.of(5, Verb.LAMP, "ready", "OFF"),
                Frame.of(6, Verb.LAMP, "2", "BLINK"),
                Frame.of(7, Verb.BEEP, "250"),
                Frame.of(8, Verb.PING),
                Frame.of(9, Verb.ACK, "8"),
                Frame.of(10, Verb.NAK, "8", "CRC"),
                Frame.of(11, Verb.BTN, "3", "DOWN"),
                Frame.of(12, Verb.BTN, "3", "UP"),
                Frame.of(13, Verb.HELLO, "fw-1.4.2", "8"));
    }

    @ParameterizedTest
    @MethodSource("everyVerb")
    void everyVerbRoundTrips(Frame frame) throws Exception {
        String line = FrameCodec.encode(frame);
        assertThat(line).endsWith("\n").matches("\\d+ [A-Z]+.*\\*[0-9A-F]{4}\n");
        assertThat(FrameCodec.decode(line)).isEqualTo(frame);
    }

    @Test
    void theRoundTripListCoversEveryVerb() {
        assertThat(everyVerb().map(Frame::verb).distinct()).containsExactlyInAnyOrder(
                Stream.of(Verb.values()).map(Verb::name).toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u0000\u00FF\u0007", "~~ line noise ~~", "*", "*0000", "12 ACK 7*FFFF", "12 ACK 7*",
            "ACK 7*1D0F", "12  ACK 7*1D0F"})
    void refusesGarbage(String garbage) {
        assertThatThrownBy(() -> FrameCodec.decode(garbage)).isInstanceOf(FrameException.class);
    }

    @Test
    void refusesEveryPartialFrame() throws Exception {
        String line = FrameCodec.encode(Frame.of(4711, Verb.SHOW, "5", "Order 142 Ana"));
        String body = line.substring(0, line.length() - 1);
        for (int length = 0; length < body.length(); length++) {
            String partial = body.substring(0, length);
            assertThatThrownBy(() -> FrameCodec.decode(partial)).as("'%s'", partial).isInstanceOf(FrameException.class);
        }
        // A frame cut and glued to the next one (a lost newline) is refused too, naming the first seq.
        String glued = body.substring(0, 10) + FrameCodec.encode(Frame.of(4712, Verb.PING));
        assertThatThrownBy(() -> FrameCodec.decode(glued))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.seq()).hasValue(4711));
    }

    @Test
    void encodesTheDocumentedLayoutWithCrcOverTheBody() throws Exception {
        String body = "42 SHOW 3 Order 142";
        String expected = body + "*" + Crc16.toHex(Crc16.ofAscii(body)) + "\n";
        assertThat(FrameCodec.encode(Frame.of(42, Verb.SHOW, "3", "Order 142"))).isEqualTo(expected);
    }

    @Test
    void showTextKeepsItsSpacesIncludingLeadingAndTrailing() throws Exception {
        Frame frame = Frame.of(5, Verb.SHOW, "1", "  Ana  - #142 ready ");
        Frame decoded = FrameCodec.decode(FrameCodec.encode(frame));
        assertThat(decoded.args()).containsExactly("1", "  Ana  - #142 ready ");
    }

    @Test
    void showTextOfExactly32CharactersIsAccepted() throws Exception {
        String text = "x".repeat(32);
        assertThat(FrameCodec.decode(FrameCodec.encode(Frame.of(1, Verb.SHOW, "0", text))).args())
                .containsExactly("0", text);
    }

    @Test
    void acceptsALineWithoutItsNewline() throws Exception {
        String line = FrameCodec.encode(Frame.of(8, Verb.PING));
        assertThat(FrameCodec.decode(line.strip())).isEqualTo(Frame.of(8, Verb.PING));
    }

    @Test
    void aCorruptedByteIsACrcErrorThatStillNamesTheSeq() throws Exception {
        String line = FrameCodec.encode(Frame.of(77, Verb.SHOW, "2", "Order 142"));
        String corrupted = line.replace("142", "143");
        assertThatThrownBy(() -> FrameCodec.decode(corrupted))
                .isInstanceOfSatisfying(FrameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CRC);
                    assertThat(e.seq()).hasValue(77);
                });
    }

    @Test
    void aCorruptedChecksumIsACrcError() throws Exception {
        String line = FrameCodec.encode(Frame.of(1, Verb.PING));
        char last = line.charAt(line.length() - 2);
        String corrupted = line.substring(0, line.length() - 2) + (last == '0' ? '1' : '0') + "\n";
        assertRefused(corrupted, Reason.CRC);
    }

    @Test
    void refusesShowTextWithAStar() {
        assertThatThrownBy(() -> FrameCodec.encode(Frame.of(1, Verb.SHOW, "0", "2*3")))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_ARGS))
                .hasMessageContaining("'*'");
        assertRefused(withCrc("1 SHOW 0 2*3"), Reason.SYNTAX);
    }

    @Test
    void refusesShowTextLongerThan32Characters() {
        String text = "x".repeat(33);
        assertThatThrownBy(() -> FrameCodec.encode(Frame.of(1, Verb.SHOW, "0", text)))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_ARGS))
                .hasMessageContaining("1 to 32");
        assertRefused(withCrc("1 SHOW 0 " + text), Reason.BAD_ARGS);
    }

    @Test
    void refusesEmptyShowText() {
        assertRefused(withCrc("1 SHOW 0 "), Reason.BAD_ARGS);
        assertRefused(withCrc("1 SHOW 0"), Reason.BAD_ARGS);
    }

    @Test
    void refusesNonAsciiTextBeforeSending() {
        assertThatThrownBy(() -> FrameCodec.encode(Frame.of(1, Verb.SHOW, "0", "Søren")))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_ARGS));
    }

    @Test
    void refusesALineWithoutAStar() {
        assertRefused("1 PING\n", Reason.SYNTAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x PING", "-1 PING", "1x PING", "1234567890123456789 PING", " 1 PING"})
    void refusesANonNumericSeq(String body) {
        assertRefused(withCrc(body), Reason.SYNTAX);
    }

    @Test
    void refusesALowercaseOrShortChecksum() {
        String body = Stream.iterate(1, n -> n + 1).map(n -> n + " PING")
                .filter(b -> Crc16.toHex(Crc16.ofAscii(b)).matches(".*[A-F].*"))
                .findFirst().orElseThrow();
        String line = withCrc(body);
        assertRefused(body + line.substring(body.length()).toLowerCase(), Reason.SYNTAX);
        assertRefused(line.substring(0, line.length() - 2) + "\n", Reason.SYNTAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 PING\t", "1 SHOW 0 caf\u00e9", "1 PING\r"})
    void refusesNonPrintableAscii(String body) {
        assertRefused(withCrc(body), Reason.NOT_PRINTABLE);
    }

    @Test
    void refusesOverlongLines() {
        assertRefused(withCrc("1 LAMP " + "a".repeat(80) + " ON"), Reason.TOO_LONG);
        assertThatThrownBy(() -> FrameCodec.encode(Frame.of(1, Verb.LAMP, "a".repeat(80), "ON")))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 ping", "1 REBOOT", "1"})
    void refusesUnknownOrMissingVerbs(String body) {
        assertRefused(withCrc(body), body.equals("1") ? Reason.SYNTAX : Reason.UNKNOWN_VERB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 PING 5", "1 PING ", "1 HELLO 1.0", "1 CLEAR", "1 CLEAR a", "1 LAMP 1 DIM",
            "1 LAMP 1", "1 BEEP loud", "1 ACK", "1 ACK x", "1 NAK 3", "1 BTN 1 LEFT", "1 CLEAR  1", "1 HELLO 1.0 many"})
    void refusesWrongArguments(String body) {
        assertRefused(withCrc(body), Reason.BAD_ARGS);
    }

    @Test
    void encodeChecksTheSameRulesAsDecode() {
        assertThatThrownBy(() -> FrameCodec.encode(new Frame(1, "LAMP", List.of("1", "on"))))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_ARGS))
                .hasMessageContaining("ON|OFF|BLINK");
        assertThatThrownBy(() -> FrameCodec.encode(new Frame(1, "REBOOT", List.of())))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_VERB));
        assertThatThrownBy(() -> FrameCodec.encode(new Frame(-1, "PING", List.of())))
                .isInstanceOf(FrameException.class);
        assertThatThrownBy(() -> FrameCodec.encode(Frame.of(1, Verb.BTN, "left button", "UP")))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_ARGS));
    }

    @Test
    void usageNamesBothHelloShapes() {
        assertThat(Verb.HELLO.usage()).isEqualTo("HELLO or HELLO <fw-version> <slots>");
        assertThat(Verb.LAMP.usage()).isEqualTo("LAMP <id> ON|OFF|BLINK");
    }

    private static String withCrc(String body) {
        return body + "*" + Crc16.toHex(Crc16.ofAscii(body)) + "\n";
    }

    private static void assertRefused(String line, Reason reason) {
        assertThatThrownBy(() -> FrameCodec.decode(line))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
