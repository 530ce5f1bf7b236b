package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoardTextTest {

    @Test
    void plainTextPassesUnchanged() {
        assertThat(BoardText.forSlot("142  Ana", false)).isEqualTo("142  Ana");
    }

    @Test
    void highlightWrapsTheTextInTheMarker() {
        assertThat(BoardText.forSlot("142", true)).isEqualTo(">142<");
    }

    @Test
    void accentsAndNordicLettersBecomeAscii() {
        assertThat(BoardText.forSlot("Søren Æbelø – café", false)).isEqualTo("Soren AEbelo - cafe");
    }

    @Test
    void starsAndOtherSymbolsAreReplaced() {
        assertThat(BoardText.forSlot("2*3 €\t😀", false)).isEqualTo("2+3 ? ?");
    }

    @Test
    void textIsCutToFitAndTheMarkerAlwaysFits() {
        String long40 = "x".repeat(40);
        assertThat(BoardText.forSlot(long40, false)).hasSize(32);
        assertThat(BoardText.forSlot(long40, true)).hasSize(32).startsWith(">x").endsWith("x<");
    }

    @Test
    void blankTextMeansClear() {
        assertThat(BoardText.forSlot("   ", false)).isEmpty();
        assertThat(BoardText.forSlot(null, true)).isEmpty();
    }

    @Test
    void plainTextNeverLooksLikeAHighlight() {
        assertThat(BoardText.forSlot(">5<", false)).isEqualTo(">5");
    }

    @Test
    void everyResultIsValidShowText() throws Exception {
        for (String text : new String[] {"Søren*", "x".repeat(99), "\u0001ctrl", ">a<"}) {
            for (boolean highlighted : new boolean[] {false, true}) {
                String wire = BoardText.forSlot(text, highlighted);
                assertThat(FrameCodec.decode(FrameCodec.encode(Frame.of(1, Verb.SHOW, "0", wire))).args())
                        .containsExactly("0", wire);
            }
        }
    }
}
