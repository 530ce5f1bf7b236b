package org.preptable.kiosk.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.testing.Orders.allergen;
import static org.preptable.kiosk.testing.Orders.cleared;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.lineWithAllergens;
import static org.preptable.kiosk.testing.Orders.order;
import static org.preptable.kiosk.testing.Orders.station;
import static org.preptable.kiosk.testing.Orders.withState;
import static org.preptable.kiosk.testing.Orders.withStations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preptable.model.kds.KitchenOrder;

/** The screen's part-2 rules without the screen: station states, clearing, rush order, allergen prompts, voids. */
class TicketFlowTest {

    private static final Instant T0 = Instant.parse("2026-06-01T11:30:00Z");
    private static final Duration HOLD = Duration.ofSeconds(3);

    /** Burger on the grill (1), cheesecake from pastry (2): the grill has made its part, pastry has not. */
    private final KitchenOrder mixed = withStations(order("a", "101", "preparing", T0,
                    line("Burger", 1, 1L), lineWithAllergens("Cheesecake", 1, 2L, allergen(1, "Gluten"), allergen(7, "Milk"))),
            "normal", station(1, "Grill", "ready", T0.plusSeconds(60)), station(2, "Pastry", "queued", T0));
    private final KitchenOrder later = order("b", "102", "queued", T0.plusSeconds(30), line("Fries", 1, 1L));

    @Test
    void aStationScreenShowsItsOwnStateAndExpoTheOrdersDerivedOne() {
        TicketFlow grill = new TicketFlow(StationView.station(1), HOLD, Duration.ofSeconds(10), 8);
        grill.gatewayOrders(List.of(mixed, later), T0);
        assertThat(grill.shown()).extracting(KitchenOrder::number, KitchenOrder::prepState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("101", "ready"),
                        org.assertj.core.groups.Tuple.tuple("102", "queued"));
        TicketFlow pastry = new TicketFlow(StationView.station(2), HOLD, Duration.ofSeconds(10), 8);
        pastry.gatewayOrders(List.of(mixed, later), T0);
        assertThat(pastry.shown()).extracting(KitchenOrder::prepState).containsExactly("queued");
        TicketFlow expo = new TicketFlow(StationView.expo(), HOLD, Duration.ofSeconds(10), 8);
        expo.gatewayOrders(List.of(mixed, later), T0);
        assertThat(expo.shown()).extracting(KitchenOrder::prepState).containsExactly("preparing", "queued");
    }

    @Test
    void aStationsBumpCarriesItsStationAndExposMovesTheWholeOrder() {
        TicketFlow grill = new TicketFlow(StationView.station(1), HOLD, Duration.ofSeconds(10), 8);
        grill.gatewayOrders(List.of(later), T0);
        assertThat(grill.press("b", T0)).isEqualTo(TicketFlow.Press.HELD);
        assertThat(grill.due(T0.plusSeconds(3))).singleElement().satisfies(bump -> {
            assertThat(bump.kind()).isEqualTo(ScreenBump.Kind.TRANSITION);
            assertThat(bump.stationId()).isEqualTo(1L);
            assertThat(bump.to()).isEqualTo("preparing");
        });
        TicketFlow expo = new TicketFlow(StationView.expo(), HOLD, Duration.ofSeconds(10), 8);
        expo.gatewayOrders(List.of(later), T0);
        expo.press("b", T0);
        assertThat(expo.due(T0.plusSeconds(3))).singleElement().extracting(ScreenBump::stationId).isNull();
    }

    @Test
    void expoClearsAReadyOrderAndCannotClearBeforeTheGatewaySaysReady() {
        TicketFlow expo = new TicketFlow(StationView.expo(), HOLD, Duration.ofSeconds(10), 8);
        KitchenOrder ready = withState(later, "ready", T0.plusSeconds(100));
        expo.gatewayOrders(List.of(ready), T0.plusSeconds(100));
        assertThat(expo.press("b", T0.plusSeconds(100))).isEqualTo(TicketFlow.Press.HELD);
        assertThat(expo.heldFor("b")).get().extracting(HeldBumps.Held::to).isEqualTo(HeldBumps.CLEARED);
        assertThat(expo.due(T0.plusSeconds(103))).singleElement().extracting(ScreenBump::kind)
                .isEqualTo(ScreenBump.Kind.CLEAR);
        assertThat(expo.shown()).as("cleared here: gone before the gateway's event").isEmpty();
        expo.gatewayOrders(List.of(cleared(ready, T0.plusSeconds(104))), T0.plusSeconds(104));
        assertThat(expo.shown()).as("handed off: off every kitchen screen").isEmpty();

        TicketFlow another = new TicketFlow(StationView.expo(), HOLD, Duration.ofSeconds(10), 8);
        another.gatewayOrders(List.of(later), T0);
        another.press("b", T0);
        another.press("b", T0);
        assertThat(another.press("b", T0)).as("queued → ready is one move; clearing waits for the gateway")
                .isEqualTo(TicketFlow.Press.NOTHING);
        assertThat(another.heldFor("b")).get().extracting(HeldBumps.Held::to).isEqualTo("ready");

        TicketFlow grill = new TicketFlow(StationView.station(1), HOLD, Duration.ofSeconds(10), 8);
        grill.gatewayOrders(List.of(ready), T0);
        assertThat(grill.press("b", T0)).isEqualTo(TicketFlow.Press.NOTHING);
        assertThat(grill.noteFor("b", T0)).get().extracting(TicketNotes.Note::text).isEqualTo("READY — expo clears it");
        assertThat(grill.noteFor("b", T0.plus(TicketNotes.HINT_TIME))).isEmpty();
    }

    @Test
    void rushOrdersComeFirstAtOnceAndStayFirstWhenTheGatewayAgrees() {
        TicketFlow expo = new TicketFlow(StationView.expo(), HOLD, Duration.ofSeconds(10), 8);
        expo.gatewayOrders(List.of(mixed, later), T0);
        assertThat(expo.toggleRush("b", T0)).get().satisfies(bump -> {
            assertThat(bump.kind()).isEqualTo(ScreenBump.Kind.PRIORITY);
            assertThat(bump.to()).isEqualTo("rush");
        });
        assertThat(expo.shown()).extracting(KitchenOrder::number).containsExactly("102", "101");
        expo.gatewayOrders(List.of(mixed, withStations(later, "rush")), T0);
        assertThat(expo.shown()).extracting(KitchenOrder::number).containsExactly("102", "101");
        assertThat(expo.toggleRush("b", T0)).get().extracting(ScreenBump::to).isEqualTo("normal");
        expo.answered(ScreenBump.Kind.PRIORITY, "b", 404, false, T0);
        assertThat(expo.shown()).as("a refused toggle shows the gateway's priority again").first()
                .extracting(KitchenOrder::number).isEqualTo("102");
    }

    @Test
    void allergensNeedASecondDeliberatePressWithinTheWindow() {
        TicketFlow pastry = new TicketFlow(StationView.station(2), HOLD, Duration.ofSeconds(10), 8);
        pastry.gatewayOrders(List.of(withStations(mixed, "normal", station(2, "Pastry", "preparing", T0))), T0);
        assertThat(pastry.press("a", T0)).isEqualTo(TicketFlow.Press.PROMPTED);
        assertThat(pastry.noteFor("a", T0)).get().extracting(TicketNotes.Note::text)
                .isEqualTo("ALLERGENS: Gluten, Milk — press again to confirm");
        assertThat(pastry.heldFor("a")).as("nothing held yet").isEmpty();
        assertThat(pastry.press("a", T0.plusMillis(100))).as("a bounce is not a confirmation")
                .isEqualTo(TicketFlow.Press.NOT_DELIBERATE);
        assertThat(pastry.press("a", T0.plusSeconds(6))).as("the window ran out: ask again")
                .isEqualTo(TicketFlow.Press.PROMPTED);
        assertThat(pastry.press("a", T0.plusSeconds(7))).isEqualTo(TicketFlow.Press.HELD);
        assertThat(pastry.due(T0.plusSeconds(10))).singleElement().satisfies(bump -> {
            assertThat(bump.to()).isEqualTo("ready");
            assertThat(bump.allergensConfirmed()).isTrue();
        });

        TicketFlow grill = new TicketFlow(StationView.station(1), HOLD, Duration.ofSeconds(10), 8);
        grill.gatewayOrders(List.of(later), T0);
        grill.press("b", T0);
        assertThat(grill.press("b", T0)).as("no allergens on the grill's lines: no prompt").isEqualTo(TicketFlow.Press.HELD);
    }

    @Test
    void aGatewayRefusalForUnconfirmedAllergensPromptsUntilTheCookActs() {
        TicketFlow grill = new TicketFlow(StationView.station(1), HOLD, Duration.ofSeconds(10), 8);
        grill.gatewayOrders(List.of(later), T0);
        grill.press("b", T0);
        grill.press("b", T0);
        grill.due(T0.plusSeconds(3));
        assertThat(grill.shown()).extracting(KitchenOrder::prepState).containsExactly("ready");
        // The gateway knew of allergens the screen did not (the menu changed): 409, with the order as it is.
        KitchenOrder truth = withStations(order("b", "102", "queued", T0.plusSeconds(30),
                lineWithAllergens("Fries", 1, 1L, allergen(14, "Sulphites"))), "normal");
        grill.gatewayOrders(List.of(truth), T0.plusSeconds(4));
        grill.answered(ScreenBump.Kind.TRANSITION, "b", 409, true, T0.plusSeconds(4));
        assertThat(grill.shown()).extracting(KitchenOrder::prepState).containsExactly("queued");
        assertThat(grill.noteFor("b", T0.plusSeconds(60))).as("sticky: never a silent failure").get()
                .extracting(TicketNotes.Note::text).isEqualTo("ALLERGENS: Sulphites — press again to confirm");
        assertThat(grill.press("b", T0.plusSeconds(60))).as("queued → preparing needs no confirmation")
                .isEqualTo(TicketFlow.Press.HELD);
    }

    @Test
    void aVoidedOrderStaysMarkedForItsTimeAndABumpDismissesIt() {
        TicketFlow grill = new TicketFlow(StationView.station(1), HOLD, Duration.ofSeconds(10), 8);
        grill.gatewayOrders(List.of(mixed, later), T0);
        grill.press("b", T0);
        grill.gatewayOrders(List.of(mixed), T0.plusSeconds(1)); // order.removed
        assertThat(grill.voided(withState(later, "voided", T0.plusSeconds(1)), T0.plusSeconds(1))).isTrue();
        assertThat(grill.shown()).extracting(KitchenOrder::number, KitchenOrder::prepState)
                .contains(org.assertj.core.groups.Tuple.tuple("102", "voided"));
        assertThat(grill.heldFor("b")).as("a held bump of a void is dropped").isEmpty();
        assertThat(grill.expire(T0.plusSeconds(10))).isFalse();
        assertThat(grill.expire(T0.plusSeconds(11))).isTrue();
        assertThat(grill.shown()).extracting(KitchenOrder::number).containsExactly("101");

        KitchenOrder stranger = order("z", "999", "voided", T0, line("Burger", 1, 1L));
        assertThat(grill.voided(stranger, T0)).as("never on this screen: no VOID ticket").isFalse();
        KitchenOrder pastryOnly = order("p", "103", "queued", T0, line("Tart", 1, 2L));
        grill.gatewayOrders(List.of(mixed, pastryOnly), T0);
        grill.gatewayOrders(List.of(mixed), T0);
        assertThat(grill.voided(withState(pastryOnly, "voided", T0), T0)).as("no grill lines").isFalse();

        TicketFlow expo = new TicketFlow(StationView.expo(), HOLD, Duration.ofSeconds(10), 8);
        expo.gatewayOrders(List.of(later), T0);
        expo.gatewayOrders(List.of(), T0);
        expo.voided(withState(later, "voided", T0), T0);
        assertThat(expo.press("b", T0.plusSeconds(2))).isEqualTo(TicketFlow.Press.DISMISSED);
        assertThat(expo.shown()).isEmpty();
    }
}
