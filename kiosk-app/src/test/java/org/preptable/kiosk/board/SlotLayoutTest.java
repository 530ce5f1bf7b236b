package org.preptable.kiosk.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotLayoutTest {

    private final SlotLayout layout = new SlotLayout();

    @Test
    void aTicketThatLeavesLeavesItsSlotEmptyAndNobodyMoves() {
        layout.keep(List.of("a", "b", "c", "d"), Set.of());

        assertThat(layout.keep(List.of("a", "c", "d"), Set.of())).containsExactly("a", null, "c", "d");
        assertThat(layout.keep(List.of("c", "d"), Set.of())).containsExactly(null, null, "c", "d");
    }

    @Test
    void aNewTicketTakesTheFirstSlotAfterTheLastOne() {
        layout.keep(List.of("a", "b", "c"), Set.of());

        assertThat(layout.keep(List.of("a", "c", "e"), Set.of())).containsExactly("a", null, "c", "e");
        // The last ticket left: its slot is the first free one after the last ticket now.
        assertThat(layout.keep(List.of("a", "f"), Set.of())).containsExactly("a", "f");
    }

    @Test
    void aNewRushTicketTakesTheFirstEmptySlotWithoutMovingAnybody() {
        layout.keep(List.of("a", "b", "c"), Set.of());
        layout.keep(List.of("a", "c"), Set.of());

        assertThat(layout.keep(List.of("r", "a", "c"), Set.of("r"))).containsExactly("a", "r", "c");
        assertThat(layout.keep(List.of("s", "r", "a", "c"), Set.of("r", "s"))).containsExactly("a", "r", "c", "s");
    }

    @Test
    void closingPutsTheTicketsInBoardOrderWithoutGaps() {
        layout.keep(List.of("a", "b", "c"), Set.of());
        layout.keep(List.of("c", "a"), Set.of("c")); // c became rush: it stays put until the gaps close

        assertThat(layout.slots()).containsExactly("a", null, "c");
        assertThat(layout.isClosed(List.of("c", "a"))).isFalse();
        assertThat(layout.close(List.of("c", "a"))).isTrue();
        assertThat(layout.slots()).containsExactly("c", "a");
        assertThat(layout.close(List.of("c", "a"))).as("nothing left to close").isFalse();
        assertThat(layout.indexOf("a")).isEqualTo(1);
        assertThat(layout.indexOf("gone")).isEqualTo(-1);
    }

    @Test
    void aTicketThatComesBackWhileItsSlotIsEmptyGetsItBack() {
        layout.keep(List.of("a", "b", "c"), Set.of());
        layout.keep(List.of("b", "c"), Set.of()); // a removed ...
        assertThat(layout.keep(List.of("b", "c", "a"), Set.of())).containsExactly("a", "b", "c"); // ... shown VOID

        layout.keep(List.of("a", "b"), Set.of()); // c left the last slot, which is trimmed
        assertThat(layout.keep(List.of("a", "b", "c"), Set.of())).containsExactly("a", "b", "c");
    }

    @Test
    void theFirstTicketsFillTheBoardInBoardOrder() {
        assertThat(layout.keep(List.of("r", "a", "b"), Set.of("r"))).isEqualTo(Arrays.asList("r", "a", "b"));
    }
}
