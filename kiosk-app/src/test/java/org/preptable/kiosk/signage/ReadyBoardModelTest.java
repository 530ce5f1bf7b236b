package org.preptable.kiosk.signage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.signage.SampleMenus.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preptable.model.kds.KitchenOrder;

class ReadyBoardModelTest {

    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void readyIsNewestReadyFirstAndPreparingIsOldestPlacedFirst() {
        ReadyBoardModel board = ReadyBoardModel.from(List.of(
                order("a", "101", "ready", T0.minusSeconds(900), T0.minusSeconds(30)),
                order("b", "102", "ready", T0.minusSeconds(100), T0.minusSeconds(300)),
                order("c", "103", "ready", T0.minusSeconds(800), T0.minusSeconds(5)),
                order("d", "104", "queued", T0.minusSeconds(10), T0.minusSeconds(10)),
                order("e", "105", "preparing", T0.minusSeconds(600), T0.minusSeconds(60)),
                order("f", "106", "queued", T0.minusSeconds(300), T0.minusSeconds(300))), 10, 10);

        assertThat(board.ready()).containsExactly("103", "101", "102");
        assertThat(board.preparing()).as("queued and preparing together, by placed_at").containsExactly("105", "106", "104");
        assertThat(board.moreReady()).isZero();
        assertThat(board.morePreparing()).isZero();
    }

    @Test
    void onlyOrdersReallyInAnActiveStateAreShown() {
        ReadyBoardModel board = ReadyBoardModel.from(List.of(
                order("a", "101", "fulfilled", T0, T0),
                order("b", "102", "voided", T0, T0),
                order("c", "103", "READY ", T0, T0),
                order("d", "104", "recalled", T0, T0),
                order("e", null, "ready", T0, T0),
                order("f", " ", "preparing", T0, T0)), 10, 10);

        assertThat(board.ready()).containsExactly("103");
        assertThat(board.preparing()).isEmpty();
    }

    @Test
    void capsKeepTheNewestReadyAndTheOldestPreparingAndCountTheRest() {
        List<KitchenOrder> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            orders.add(order("r" + i, Integer.toString(200 + i), "ready", T0.minusSeconds(1000), T0.plusSeconds(i)));
            orders.add(order("p" + i, Integer.toString(300 + i), "queued", T0.plusSeconds(i), T0.plusSeconds(i)));
        }
        ReadyBoardModel board = ReadyBoardModel.from(orders, 5, 4);

        assertThat(board.ready()).containsExactly("211", "210", "209", "208", "207");
        assertThat(board.moreReady()).isEqualTo(7);
        assertThat(board.preparing()).containsExactly("300", "301", "302", "303");
        assertThat(board.morePreparing()).isEqualTo(8);
    }

    @Test
    void aNumberAppearsOncePerColumnAndOrdersWithoutTimesGoLast() {
        ReadyBoardModel board = ReadyBoardModel.from(List.of(
                order("a", "7", "ready", T0, null),
                order("b", "8", "ready", T0, T0),
                order("c", "8", "ready", T0, T0.minusSeconds(5)),
                order("d", "9", "queued", null, null),
                order("e", "10", "queued", T0, T0)), 10, 10);

        assertThat(board.ready()).containsExactly("8", "7");
        assertThat(board.preparing()).containsExactly("10", "9");
    }
}
