package org.preptable.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketTextTest {

    @Test
    void wrapsAtSpacesAndIndentsContinuationLines() {
        assertThat(TicketText.wrap("one two three four five", 10, "  "))
                .containsExactly("one two", "  three", "  four", "  five");
    }

    @Test
    void cutsWordsLongerThanALine() {
        assertThat(TicketText.wrap("abcdefghijkl xy", 5, " ")).containsExactly("abcde", " fghi", " jkl", " xy");
    }

    @Test
    void collapsesRunsOfWhitespaceAndDropsEmptyText() {
        assertThat(TicketText.wrap("  a   b  ", 10, "")).containsExactly("a b");
        assertThat(TicketText.wrap("   ", 10, "")).isEmpty();
    }

    @Test
    void keepsNordicLettersAndReplacesTheRest() {
        assertThat(TicketText.printable("æøå ÆØÅ äöü é")).isEqualTo("æøå ÆØÅ äöü é");
        assertThat(TicketText.printable("‘a’ “b” c–d … €")).isEqualTo("'a' \"b\" c-d ... EUR");
        assertThat(TicketText.printable("Łódź")).isEqualTo("Lódz");
        assertThat(TicketText.printable("tab\there\u001Bx")).isEqualTo("tab here x");
        assertThat(TicketText.printable(null)).isEmpty();
    }
}
