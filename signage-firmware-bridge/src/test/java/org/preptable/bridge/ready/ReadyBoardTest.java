package org.preptable.bridge.ready;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.bridge.testing.Orders.order;
import static org.preptable.bridge.testing.Orders.ready;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.preptable.bridge.link.BoardDisplay;
import org.preptable.model.kds.KitchenOrder;

class ReadyBoardTest {

    @Test
    void onlyReadyOrdersWithANumberOldestReadyFirstNewestHighlighted() {
        List<KitchenOrder> live = List.of(order("140", "queued", 1), ready("143", 30), order("141", "preparing", 2),
                ready("142", 10), ready("139", 20), order("", "ready", 5));

        List<KitchenOrder> ready = ReadyOrders.of(live);
        BoardContent content = ReadyBoard.compose(ready, 8, Optional.empty());

        assertThat(ready).extracting(KitchenOrder::number).containsExactly("142", "139", "143");
        assertThat(content).isEqualTo(new BoardContent(List.of("142", "139", "143"), 2));
    }

    @Test
    void aLoneReadyOrderIsTheNewestAndNothingReadyMeansNothingShown() {
        assertThat(ReadyBoard.compose(List.of(ready("150", 1)), 4, Optional.empty()))
                .isEqualTo(new BoardContent(List.of("150"), 0));
        assertThat(ReadyBoard.compose(List.of(), 4, Optional.empty())).isEqualTo(BoardContent.EMPTY);
        assertThat(ReadyBoard.compose(List.of(ready("150", 1)), 0, Optional.empty()))
                .as("a board whose size is not known yet").isEqualTo(BoardContent.EMPTY);
    }

    @Test
    void moreReadyThanSlotsShowsTheLongestWaitingAndHowManyMore() {
        List<KitchenOrder> ready = ReadyOrders.of(List.of(ready("101", 1), ready("102", 2), ready("103", 3),
                ready("104", 4), ready("105", 5), ready("106", 6)));

        BoardContent content = ReadyBoard.compose(ready, 4, Optional.empty());

        assertThat(content.texts()).containsExactly("101", "102", "103", "+3 more");
        assertThat(content.highlight()).as("the newest (106) is not on the board").isEqualTo(BoardDisplay.NO_HIGHLIGHT);
        assertThat(ReadyBoard.compose(ready, 1, Optional.empty()).texts()).as("one slot: the longest waiting")
                .containsExactly("101");
        assertThat(ReadyBoard.compose(ready, 6, Optional.empty()).texts()).as("exactly full: no '+N more'")
                .containsExactly("101", "102", "103", "104", "105", "106");
    }

    @Test
    void aRecalledNumberTakesTheFirstFreeSlotOrElseTheLastAndIsNeverHighlighted() {
        List<KitchenOrder> ready = ReadyOrders.of(List.of(ready("201", 1), ready("202", 2)));

        assertThat(ReadyBoard.compose(ready, 4, Optional.of("199")))
                .isEqualTo(new BoardContent(List.of("201", "202", "199"), 1));
        assertThat(ReadyBoard.compose(ready, 2, Optional.of("199")))
                .as("full board: the recall replaces the last slot for a while")
                .isEqualTo(new BoardContent(List.of("201", "199"), BoardDisplay.NO_HIGHLIGHT));
        assertThat(ReadyBoard.compose(List.of(), 4, Optional.of("199")))
                .isEqualTo(new BoardContent(List.of("199"), BoardDisplay.NO_HIGHLIGHT));
        assertThat(ReadyBoard.compose(ready, 4, Optional.of("202")))
                .as("a number that is ready again is not shown twice")
                .isEqualTo(new BoardContent(List.of("201", "202"), 1));
    }

    @Test
    void anOrderWithoutAReadyTimeSortsLastAndTheQueueLampLooksAtQueuedOnly() {
        KitchenOrder undated = new KitchenOrder("x", "S-x", null, "300", "counter", null, null, "ready", null, false,
                List.of(), null);

        assertThat(ReadyOrders.of(List.of(undated, ready("299", 5)))).extracting(KitchenOrder::number)
                .containsExactly("299", "300");
        assertThat(ReadyOrders.anyQueued(List.of(order("1", "preparing", 1), ready("2", 2)))).isFalse();
        assertThat(ReadyOrders.anyQueued(List.of(order("1", "queued", 1)))).isTrue();
    }
}
