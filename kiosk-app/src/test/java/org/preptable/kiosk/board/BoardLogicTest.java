package org.preptable.kiosk.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.order;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preptable.model.kds.KitchenOrder;

/** The screen's rules without the screen: station filtering, all-day counts, urgency, held bumps and recall. */
class BoardLogicTest {

    private static final Instant T0 = Instant.parse("2026-06-01T11:30:00Z");
    private final KitchenOrder burgerAndSalad = order("a", "101", "queued", T0,
            line("Burger", 2, 1L), line("Salad", 1, 2L), line("Gift card", 1, null));
    private final KitchenOrder saladOnly = order("b", "102", "preparing", T0.plusSeconds(30), line("Salad", 3, 2L));

    @Test
    void aStationSeesOnlyItsLinesAndExpoSeesEverything() {
        List<KitchenOrder> grill = StationView.station(1).apply(List.of(burgerAndSalad, saladOnly));
        assertThat(grill).extracting(KitchenOrder::number).containsExactly("101");
        assertThat(grill.get(0).lines()).extracting(KitchenOrder.OrderLine::name).containsExactly("Burger");

        List<KitchenOrder> cold = StationView.station(2).apply(List.of(burgerAndSalad, saladOnly));
        assertThat(cold).extracting(KitchenOrder::number).containsExactly("101", "102");

        List<KitchenOrder> expo = StationView.expo().apply(List.of(burgerAndSalad, saladOnly));
        assertThat(expo.get(0).lines()).as("unrouted lines show on expo only").hasSize(3);
    }

    @Test
    void allDayCountsWhatIsStillToMake() {
        KitchenOrder ready = order("c", "103", "ready", T0, line("Burger", 5, 1L));
        assertThat(AllDayCounts.of(List.of(burgerAndSalad, saladOnly, ready))).containsExactly(
                new AllDayCounts.ItemCount("Salad", 4), new AllDayCounts.ItemCount("Burger", 2),
                new AllDayCounts.ItemCount("Gift card", 1));
    }

    @Test
    void urgencyEscalatesByAgeAndReadyHold() {
        Duration warn = Duration.ofMinutes(5);
        Duration late = Duration.ofMinutes(10);
        Duration hold = Duration.ofMinutes(3);
        assertThat(TicketUrgency.of(burgerAndSalad, T0.plusSeconds(299), warn, late, hold)).isEqualTo(TicketUrgency.NORMAL);
        assertThat(TicketUrgency.of(burgerAndSalad, T0.plusSeconds(300), warn, late, hold)).isEqualTo(TicketUrgency.WARN);
        assertThat(TicketUrgency.of(burgerAndSalad, T0.plusSeconds(600), warn, late, hold)).isEqualTo(TicketUrgency.LATE);
        KitchenOrder ready = org.preptable.kiosk.testing.Orders.withState(burgerAndSalad, "ready", T0.plusSeconds(600));
        assertThat(TicketUrgency.of(ready, T0.plusSeconds(700), warn, late, hold))
                .as("ready orders are judged by the hold time, not age").isEqualTo(TicketUrgency.NORMAL);
        assertThat(TicketUrgency.of(ready, T0.plusSeconds(781), warn, late, hold)).isEqualTo(TicketUrgency.READY_OVERDUE);
        assertThat(TicketUrgency.LATE.styleClass()).isEqualTo("urgency-late");
        assertThat(TicketUrgency.READY_OVERDUE.styleClass()).isEqualTo("urgency-ready-overdue");
    }

    @Test
    void heldBumpsWaitCanBeUndoneAndBumpAgainGoesOneStepFurther() {
        HeldBumps held = new HeldBumps(Duration.ofSeconds(3));
        assertThat(held.bump(burgerAndSalad, T0)).get().extracting(HeldBumps.Held::to).isEqualTo("preparing");
        assertThat(held.due(T0.plusSeconds(2))).isEmpty();
        assertThat(held.bump(burgerAndSalad, T0.plusSeconds(2))).get().extracting(HeldBumps.Held::to).isEqualTo("ready");
        assertThat(held.due(T0.plusSeconds(4))).as("the second press restarted the hold").isEmpty();
        List<HeldBumps.Held> due = held.due(T0.plusSeconds(5));
        assertThat(due).singleElement().satisfies(b -> {
            assertThat(b.order().prepState()).isEqualTo("queued");
            assertThat(b.to()).isEqualTo("ready");
        });

        held.bump(saladOnly, T0);
        assertThat(held.undo(null)).get().extracting(b -> b.order().id()).isEqualTo("b");
        assertThat(held.due(T0.plusSeconds(60))).as("an undone bump is never sent").isEmpty();

        KitchenOrder ready = order("c", "103", "ready", T0, line("Burger", 1, 1L));
        assertThat(held.bump(ready, T0)).as("ready orders are handed off, not bumped").isEmpty();

        held.bump(saladOnly, T0);
        held.forgetMissing(Set.of("a"));
        assertThat(held.due(T0.plusSeconds(60))).as("a voided order's held bump is dropped").isEmpty();
    }

    @Test
    void recallKeepsTheLastBumpedNewestFirst() {
        RecallList recall = new RecallList(2);
        recall.add(burgerAndSalad, "preparing");
        recall.add(saladOnly, "ready");
        recall.add(burgerAndSalad, "ready");
        assertThat(recall.newestFirst()).extracting(KitchenOrder::number, KitchenOrder::prepState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("101", "ready"),
                        org.assertj.core.groups.Tuple.tuple("102", "ready"));
        recall.add(order("d", "104", "queued", T0), "preparing");
        assertThat(recall.newestFirst()).extracting(KitchenOrder::number).containsExactly("104", "101");
    }
}
