package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private final LineSplitter splitter = new LineSplitter(FrameCodec.MAX_LINE_LENGTH);

    @Test
    void joinsALineThatArrivesInPieces() {
        assertThat(feed("12 SH")).isEmpty();
        assertThat(feed("OW 0 14")).isEmpty();
        assertThat(splitter.pending()).isEqualTo(12);
        assertThat(feed("2*ABCD\n")).containsExactly("12 SHOW 0 142*ABCD");
        assertThat(splitter.pending()).isZero();
    }

    @Test
    void splitsSeveralLinesInOneRead() {
        assertThat(feed("1 PING*0000\n2 PING*1111\n3 PI")).containsExactly("1 PING*0000", "2 PING*1111");
        assertThat(feed("NG*2222\n")).containsExactly("3 PING*2222");
    }

    @Test
    void keepsNonAsciiBytesAsNonPrintableCharsForTheDecoderToRefuse() {
        byte[] noise = {0x00, (byte) 0xFF, 'a', '\n'};
        assertThat(splitter.feed(noise, noise.length)).containsExactly("\u0000\u00FFa");
    }

    @Test
    void cutsAnOverlongLineAndResynchronisesAtTheNextNewline() {
        String longLine = "7 SHOW 0 " + "x".repeat(500);
        assertThat(feed(longLine)).isEmpty();
        assertThat(splitter.pending()).isEqualTo(FrameCodec.MAX_LINE_LENGTH + 1); // bounded, not 509
        var lines = feed("yyy\n5 PING*ABCD\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).hasSize(FrameCodec.MAX_LINE_LENGTH + 1).startsWith("7 SHOW 0 xxx");
        assertThat(lines.get(1)).isEqualTo("5 PING*ABCD");
    }

    @Test
    void anOverlongLineStillDecodesAsTooLongWithItsSeq() {
        String cut = feed("9 SHOW 0 " + "x".repeat(200) + "\n").get(0);
        FrameException refusal = assertThrows(FrameException.class, () -> FrameCodec.decode(cut));
        assertThat(refusal.reason()).isEqualTo(FrameException.Reason.TOO_LONG);
        assertThat(refusal.seq()).hasValue(9);
    }

    @Test
    void resetDropsAnUnfinishedLine() {
        feed("garbage without end");
        splitter.reset();
        assertThat(feed("1 PING*0000\n")).containsExactly("1 PING*0000");
    }

    private List<String> feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return splitter.feed(bytes, bytes.length);
    }
}
