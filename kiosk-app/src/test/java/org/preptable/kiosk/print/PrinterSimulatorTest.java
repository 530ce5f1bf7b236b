package org.preptable.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.print.TestOrders.burgerOrder;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.preptable.kiosk.print.sim.PrinterSimulator;
import org.preptable.kiosk.print.sim.PrinterSimulator.Condition;
import org.preptable.kiosk.print.sim.TicketPicture;

/** {@code scripts/printer-sim}'s printer: status answers, ticket decoding from a chopped-up stream, the picture. */
class PrinterSimulatorTest {

    private final TicketLayout layout = new TicketLayout("Harlingen", ZoneId.of("Europe/Copenhagen"), 42,
            OptionalLong.empty());
    private final ByteArrayOutputStream answers = new ByteArrayOutputStream();
    private final List<EscPosDecoder.Ticket> tickets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final PrinterSimulator printer = new PrinterSimulator(answers::writeBytes, tickets::add, notes::add);

    @Test
    void decodesTicketsSentInPiecesWithStatusRequestsBetween() {
        byte[] first = layout.render(burgerOrder("o1", "128"), TicketKind.NEW);
        byte[] second = layout.render(burgerOrder("o2", "129"), TicketKind.VOID);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(PrinterStatus.request(1));
        line.writeBytes(first);
        line.writeBytes(PrinterStatus.request(1)); // the kiosk's confirmation request after a ticket
        line.writeBytes(second);
        feedInRandomPieces(line.toByteArray());

        assertThat(tickets).hasSize(2);
        assertThat(tickets.getFirst()).isEqualTo(EscPosDecoder.ticket(first));
        assertThat(tickets.get(1).texts()).anyMatch(text -> text.contains("VOID - DO NOT MAKE"));
        assertThat(answers.toByteArray()).containsExactly(0x12, 0x12);
        assertThat(printer.statusRequests()).isEqualTo(2);
        assertThat(notes).isEmpty();

        String picture = TicketPicture.render(tickets.getFirst(), 42, "ticket 1");
        assertThat(picture).startsWith("┌─ ticket 1 ─").contains("# 1 2 8").contains("(cut)")
                .containsPattern("│ *Harlingen *│ bold")
                .containsPattern("│2 x Classic burger *│ bold")
                .contains("ALLERGENS: 1 Gluten, 7 Milk");
        assertThat(picture.lines().filter(l -> l.startsWith("│")).map(l -> l.indexOf('│', 1)).distinct())
                .as("every line is 42 characters wide").containsExactly(43);
    }

    @Test
    void answersStatusForEachConditionAndNothingWhenSilent() {
        printer.setCondition(Condition.PAPER_OUT);
        feed(PrinterStatus.request(1), PrinterStatus.request(2), PrinterStatus.request(3), PrinterStatus.request(4));
        byte[] paperOut = answers.toByteArray();
        assertThat(PrinterStatus.decode(paperOut[0], paperOut[1], paperOut[2], paperOut[3]).text())
                .isEqualTo("out of paper");

        answers.reset();
        printer.setCondition(Condition.COVER_OPEN);
        feed(PrinterStatus.request(1), PrinterStatus.request(2), PrinterStatus.request(3), PrinterStatus.request(4));
        byte[] cover = answers.toByteArray();
        assertThat(PrinterStatus.decode(cover[0], cover[1], cover[2], cover[3]).text()).isEqualTo("printer cover open");

        answers.reset();
        printer.setCondition(Condition.SILENT);
        byte[] ticket = layout.render(burgerOrder("o3", "130"), TicketKind.NEW);
        feed(PrinterStatus.request(1), ticket, PrinterStatus.request(1));
        assertThat(answers.size()).isZero();
        assertThat(printer.statusRequests()).isEqualTo(10);
        assertThat(tickets).singleElement().isEqualTo(EscPosDecoder.ticket(ticket));
        assertThat(Condition.fromWord("paper-low")).isEqualTo(Condition.PAPER_LOW);
    }

    @Test
    void reportsBytesItCannotDecodeAndCarriesOn() {
        feed(new byte[] {0x1B, '@', 0x1B, 'Z', 0x01, 'x', 0x0A, 0x1D, 'V', 49});
        byte[] ticket = layout.render(burgerOrder("o4", "131"), TicketKind.NEW);
        feed(ticket);

        assertThat(notes).singleElement().asString().startsWith("could not decode 10 bytes: Unknown ESC/POS bytes");
        assertThat(tickets).singleElement().isEqualTo(EscPosDecoder.ticket(ticket));
    }

    private void feed(byte[]... chunks) {
        for (byte[] chunk : chunks) {
            printer.accept(chunk, chunk.length);
        }
    }

    private void feedInRandomPieces(byte[] bytes) {
        Random random = new Random(18);
        int from = 0;
        while (from < bytes.length) {
            int length = Math.min(bytes.length - from, 1 + random.nextInt(40));
            byte[] piece = new byte[64];
            System.arraycopy(bytes, from, piece, 0, length);
            printer.accept(piece, length);
            from += length;
        }
    }
}
