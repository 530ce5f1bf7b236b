package org.preptable.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.print.TestOrders.burgerOrder;
import static org.preptable.kiosk.print.TestOrders.withState;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preptable.model.kds.KitchenOrder;

class TicketTriggersTest {

    private final KitchenOrder queued = burgerOrder("o1", "101");

    @Test
    void newPrintsOnCreatedOnly() {
        TicketTriggers triggers = new TicketTriggers(Set.of(TicketKind.NEW));
        assertThat(triggers.ticketsFor("order.created", queued)).containsExactly(TicketKind.NEW);
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "preparing"))).isEmpty();
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "ready"))).isEmpty();
        assertThat(triggers.ticketsFor("order.created", withState(burgerOrder("o3", "103"), "ready")))
                .as("a fulfilled order brought back by recall").isEmpty();
        // An order that arrives already gone from the screens is not printed.
        assertThat(triggers.ticketsFor("order.created", withState(burgerOrder("o2", "102"), "voided"))).isEmpty();
    }

    @Test
    void readyPrintsOnceWhenAnOrderTurnsReady() {
        TicketTriggers triggers = new TicketTriggers(Set.of(TicketKind.READY));
        assertThat(triggers.ticketsFor("order.created", queued)).isEmpty();
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "preparing"))).isEmpty();
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "ready"))).containsExactly(TicketKind.READY);
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "ready")))
                .as("a second update while still ready").isEmpty();
        // Bumped back and made ready again: that is a new "ready".
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "preparing"))).isEmpty();
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "ready"))).containsExactly(TicketKind.READY);
        // Fulfilled and removed: forgotten.
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "fulfilled"))).isEmpty();
        assertThat(triggers.ticketsFor("order.removed", withState(queued, "fulfilled"))).isEmpty();
    }

    @Test
    void ordersFromTheSnapshotAreNotNews() {
        TicketTriggers triggers = new TicketTriggers(EnumSet.allOf(TicketKind.class));
        triggers.remember(List.of(withState(queued, "ready")));
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "ready"))).isEmpty();
    }

    @Test
    void bothKindsCanBeOn() {
        TicketTriggers triggers = new TicketTriggers(EnumSet.allOf(TicketKind.class));
        assertThat(triggers.ticketsFor("order.created", queued)).containsExactly(TicketKind.NEW);
        assertThat(triggers.ticketsFor("order.updated", withState(queued, "ready"))).containsExactly(TicketKind.READY);
        assertThat(triggers.ticketsFor("order.updated", null)).isEmpty();
    }

    @Test
    void aVoidSlipPrintsForAVoidedOrderTheKioskHadSeen() {
        TicketTriggers triggers = new TicketTriggers(Set.of(TicketKind.NEW, TicketKind.VOID));
        triggers.ticketsFor("order.created", queued);
        assertThat(triggers.ticketsFor("order.removed", withState(queued, "voided"))).containsExactly(TicketKind.VOID);
        assertThat(triggers.ticketsFor("order.removed", withState(queued, "voided")))
                .as("once: the order is forgotten after its removal").isEmpty();
        assertThat(triggers.ticketsFor("order.removed", withState(burgerOrder("o9", "109"), "voided")))
                .as("never seen here").isEmpty();
        KitchenOrder fulfilled = burgerOrder("o3", "103");
        triggers.ticketsFor("order.created", fulfilled);
        assertThat(triggers.ticketsFor("order.removed", withState(fulfilled, "fulfilled"))).isEmpty();

        TicketTriggers noVoids = new TicketTriggers(Set.of(TicketKind.NEW));
        noVoids.ticketsFor("order.created", queued);
        assertThat(noVoids.ticketsFor("order.removed", withState(queued, "voided"))).isEmpty();
    }

    @Test
    void anExpiredOrderPrintsNothingAndIsForgotten() {
        TicketTriggers triggers = new TicketTriggers(EnumSet.allOf(TicketKind.class));
        triggers.ticketsFor("order.created", queued);
        assertThat(triggers.ticketsFor("order.expired", withState(queued, "expired")))
                .as("the gateway took it off the screens: no VOID slip, nothing").isEmpty();
        // forgotten: the same order seen again (a recall cannot bring it back, but a new id could) is news again
        assertThat(triggers.ticketsFor("order.created", queued)).containsExactly(TicketKind.NEW);
    }
}
