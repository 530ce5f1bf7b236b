package org.preptable.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.print.TestOrders.burger;
import static org.preptable.kiosk.print.TestOrders.burgerOrder;
import static org.preptable.kiosk.print.TestOrders.fries;
import static org.preptable.kiosk.print.TestOrders.line;
import static org.preptable.kiosk.print.TestOrders.order;

import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.preptable.kiosk.print.EscPosDecoder.CodePage;
import org.preptable.kiosk.print.EscPosDecoder.Cut;
import org.preptable.kiosk.print.EscPosDecoder.Init;
import org.preptable.kiosk.print.EscPosDecoder.LineFeed;
import org.preptable.kiosk.print.EscPosDecoder.PrintedLine;
import org.preptable.kiosk.print.EscPosDecoder.Ticket;
import org.preptable.model.kds.KitchenOrder;

class TicketLayoutTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final TicketLayout expo = new TicketLayout("Harlingen", COPENHAGEN, 42, OptionalLong.empty());

    @Test
    void newOrderTicketHasABoldReadableLayoutAndEndsWithACut() {
        Ticket ticket = EscPosDecoder.ticket(expo.render(burgerOrder("o1", "128"), TicketKind.NEW));

        assertThat(ticket.commands().get(0)).isEqualTo(new Init());
        assertThat(ticket.commands().get(1)).isEqualTo(new CodePage(5));
        assertThat(ticket.texts()).containsSubsequence(
                "Harlingen", " NEW ORDER ", "#128", "TAKEAWAY - Anna", "Placed 14:05", "-".repeat(42),
                "2 x Classic burger", "  + no onion", "  + extra cheese", "  Note: well done",
                "ALLERGENS: 1 Gluten, 7 Milk", "1 x Fries", "-".repeat(42));

        assertThat(ticket.line("Harlingen")).extracting(PrintedLine::bold, PrintedLine::alignment).containsExactly(true, 1);
        PrintedLine headline = ticket.line("NEW ORDER");
        assertThat(headline.reverse()).isTrue();
        assertThat(headline.height()).isEqualTo(2);
        PrintedLine number = ticket.line("#128");
        assertThat(number.bold()).isTrue();
        assertThat(number.width()).isEqualTo(2);
        assertThat(number.height()).isEqualTo(2);
        assertThat(number.alignment()).isEqualTo(1);
        assertThat(ticket.line("2 x Classic burger").bold()).isTrue();
        assertThat(ticket.line("+ no onion").bold()).isFalse();
        PrintedLine allergens = ticket.line("ALLERGENS: 1 Gluten, 7 Milk");
        assertThat(allergens.bold()).isTrue();
        assertThat(allergens.reverse()).isTrue();
        // Lines without allergens get no allergen line at all.
        assertThat(ticket.texts()).filteredOn(text -> text.startsWith("ALLERGENS")).hasSize(1);

        assertThat(ticket.endsWithCut()).isTrue();
        assertThat(ticket.commands().getLast()).isEqualTo(new Cut(49));
        List<EscPosDecoder.Command> tail = ticket.commands().subList(ticket.commands().size() - 5,
                ticket.commands().size() - 1);
        assertThat(tail).as("paper is fed past the cutter before the cut").containsOnly(new LineFeed());
    }

    @Test
    void aVoidSlipSaysDoNotMakeAndARushTicketSaysRush() {
        KitchenOrder voided = TestOrders.withState(burgerOrder("o1", "128"), "voided");
        Ticket slip = EscPosDecoder.ticket(expo.render(voided, TicketKind.VOID));
        assertThat(slip.texts()).containsSubsequence(" VOID - DO NOT MAKE ", "#128", "Placed 14:05   Voided 14:20",
                "2 x Classic burger", "ALLERGENS: 1 Gluten, 7 Milk");
        assertThat(slip.line("VOID - DO NOT MAKE").reverse()).isTrue();

        KitchenOrder o = burgerOrder("o2", "129");
        KitchenOrder rush = new KitchenOrder(o.id(), o.saavorOrderId(), o.locationId(), o.number(), o.channel(),
                o.customerName(), o.placedAt(), o.prepState(), o.stateChangedAt(), false, o.lines(), o.updatedAt(),
                KitchenOrder.RUSH, null, List.of(), null, List.of());
        assertThat(EscPosDecoder.ticket(expo.render(rush, TicketKind.NEW)).texts()).contains(" RUSH - NEW ORDER ");
    }

    @Test
    void readyTicketSaysReadyAndWhen() {
        KitchenOrder ready = TestOrders.withState(burgerOrder("o1", "#77"), "ready");
        Ticket ticket = EscPosDecoder.ticket(expo.render(ready, TicketKind.READY));
        assertThat(ticket.texts()).contains(" READY ", "#77", "Placed 14:05   Ready 14:20");
    }

    @Test
    void danishLettersPrintInCodePage865() {
        KitchenOrder order = order("o2", "9", "queued", List.of(
                line(1, "Rødgrød med fløde", null, List.of("Æblemost på is"), "Søren vil have ekstra",
                        List.of(TestOrders.MILK))));
        byte[] bytes = new TicketLayout("Århus Å", COPENHAGEN, 42, OptionalLong.empty())
                .render(order, TicketKind.NEW);

        Ticket ticket = EscPosDecoder.ticket(bytes);
        assertThat(ticket.texts()).contains("Århus Å", "1 x Rødgrød med fløde", "  + Æblemost på is",
                "  Note: Søren vil have ekstra");
        // PC865: ø = 0x9B, å = 0x86, Æ = 0x92, Å = 0x8F; never UTF-8's two-byte sequences.
        assertThat(indexOf(bytes, new byte[] {'R', (byte) 0x9B, 'd', 'g', 'r', (byte) 0x9B, 'd'})).isPositive();
        assertThat(indexOf(bytes, new byte[] {(byte) 0x92, 'b', 'l', 'e'})).isPositive();
        assertThat(indexOf(bytes, new byte[] {'p', (byte) 0x86, ' '})).isPositive();
        assertThat(indexOf(bytes, new byte[] {(byte) 0xC3})).isNegative();
    }

    @Test
    void charactersOutsideTheCodePageGetLookAlikes() {
        KitchenOrder order = order("o3", "10", "queued", List.of(
                line(1, "Crème brûlée – “house” 5€", null, List.of("Grzegorz’s Łódź 汉"), null, List.of())));
        Ticket ticket = EscPosDecoder.ticket(expo.render(order, TicketKind.NEW));
        assertThat(ticket.texts()).contains("1 x Crème brûlée - \"house\" 5EUR", "  + Grzegorz's Lódz ?");
    }

    @Test
    void controlCharactersInOrderTextCannotInjectCommands() {
        KitchenOrder order = new KitchenOrder("o4", null, null, "5", "dine_in", "Bob\u001B@\u001DV1\nX", TestOrders.PLACED,
                "queued", null, false, List.of(fries()), null);
        Ticket ticket = EscPosDecoder.ticket(expo.render(order, TicketKind.NEW));
        assertThat(ticket.commands()).filteredOn(command -> command instanceof Init).hasSize(1);
        assertThat(ticket.commands()).filteredOn(command -> command instanceof Cut).hasSize(1);
        assertThat(ticket.texts()).contains("DINE IN - Bob @ V1 X");
    }

    @Test
    void longTextIsWrappedToThePaperWidth() {
        String name = "Slow-roasted pork belly with crackling, red cabbage and caramelised potatoes";
        KitchenOrder order = order("o5", "A-1234567890123456789", "queued",
                List.of(line(12, name, null, List.of(), "Allergic guest: please use a clean board and fresh gloves",
                        List.of())));
        Ticket ticket = EscPosDecoder.ticket(new TicketLayout("Harlingen", COPENHAGEN, 32, OptionalLong.empty())
                .render(order, TicketKind.NEW));

        for (PrintedLine line : ticket.lines()) {
            assertThat(line.text().length() * line.width()).as(line.text()).isLessThanOrEqualTo(32);
        }
        assertThat(ticket.texts()).containsSubsequence(
                "12 x Slow-roasted pork belly", "    with crackling, red cabbage", "    and caramelised potatoes");
        assertThat(ticket.texts()).contains("#A-1234567890123", "456789");
    }

    @Test
    void aStationTicketHasOnlyThatStationsLines() {
        KitchenOrder order = order("o6", "42", "queued",
                List.of(burger(), fries(), line(1, "Cola", null, List.of(), null, List.of())));
        TicketLayout grill = new TicketLayout("Harlingen", COPENHAGEN, 42, OptionalLong.of(3));

        assertThat(grill.linesFor(order)).containsExactly(burger());
        assertThat(expo.linesFor(order)).hasSize(3);
        Ticket ticket = EscPosDecoder.ticket(grill.render(order, TicketKind.NEW));
        assertThat(ticket.texts()).contains("Station 3", "2 x Classic burger", "(2 lines at other stations)")
                .doesNotContain("1 x Fries", "1 x Cola");
        assertThat(new TicketLayout("H", COPENHAGEN, 42, OptionalLong.of(9)).linesFor(order)).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
