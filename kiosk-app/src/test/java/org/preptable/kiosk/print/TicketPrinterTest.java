package org.preptable.kiosk.print;

import org.preptable.kiosk.testing.SocatPty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.print.TestOrders.await;
import static org.preptable.kiosk.print.TestOrders.burgerOrder;
import static org.preptable.kiosk.print.TestOrders.hugeOrder;
import static org.preptable.kiosk.print.TestOrders.withState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.kiosk.print.EscPosDecoder.PrintedLine;
import org.preptable.kiosk.print.EscPosDecoder.Ticket;
import org.preptable.kiosk.print.FakeEscPosPrinter.Condition;
import org.preptable.model.kds.KitchenOrder;

/** The whole printing path: events in, ESC/POS out of a socat pty into a simulated printer. */
class TicketPrinterTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Duration WRITE_TIMEOUT = Duration.ofMillis(600);
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private SocatPty pty;
    private FakeEscPosPrinter printer;
    private final List<TicketPrinter> ticketPrinters = new ArrayList<>();
    private final List<PrinterState> states = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        pty = SocatPty.start(dir);
        printer = FakeEscPosPrinter.open(pty.device());
    }

    @AfterEach
    void disconnect() throws Exception {
        ticketPrinters.forEach(TicketPrinter::close);
        if (printer != null) {
            printer.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void printsANewOrderTicketOverTheSerialLine() throws Exception {
        TicketPrinter ticketPrinter = started(EnumSet.of(TicketKind.NEW));
        KitchenOrder order = burgerOrder("o1", "128");

        ticketPrinter.onEvent(41, "order.created", order);

        await(WAIT, "one printed ticket", () -> printed().size() == 1);
        Ticket ticket = printed().getFirst();
        assertThat(ticket.texts()).containsSubsequence("Harlingen", " NEW ORDER ", "#128", "Placed 14:05",
                "2 x Classic burger", "  + no onion", "ALLERGENS: 1 Gluten, 7 Milk", "1 x Fries");
        PrintedLine number = ticket.line("#128");
        assertThat(number.bold()).isTrue();
        assertThat(List.of(number.width(), number.height())).containsExactly(2, 2);
        PrintedLine allergens = ticket.line("ALLERGENS: 1 Gluten, 7 Milk");
        assertThat(allergens.bold() && allergens.reverse()).isTrue();
        assertThat(ticket.endsWithCut()).isTrue();
        // Byte-exact: the printer got the rendered ticket and nothing else.
        assertThat(printer.received()).isEqualTo(layout().render(order, TicketKind.NEW));

        await(WAIT, "an empty queue", () -> ticketPrinter.ticketsWaiting() == 0);
        assertThat(jobFiles()).isEmpty();
        assertThat(Files.readString(queueDir().resolve("printed.log"))).startsWith("41-new ");
        assertThat(states).extracting(PrinterState::text).contains("printer ready");
    }

    @Test
    void paperOutQueuesTicketsAndPrintsThemOnceWhenPaperIsBack() throws Exception {
        printer.setCondition(Condition.PAPER_OUT);
        TicketPrinter ticketPrinter = started(EnumSet.of(TicketKind.NEW));

        ticketPrinter.onEvent(7, "order.created", burgerOrder("o7", "107"));

        await(WAIT, "an out-of-paper state", () -> lastStateText().equals("out of paper — 1 ticket waiting"));
        assertThat(states.getLast().level()).isEqualTo(PrinterState.Level.PROBLEM);
        assertThat(jobFiles()).singleElement().asString().endsWith("_7-new.job");
        assertThat(printer.received()).isEmpty();

        printer.setCondition(Condition.READY);
        await(WAIT, "the queued ticket to print", () -> printed().size() == 1);
        await(WAIT, "an empty queue", () -> ticketPrinter.ticketsWaiting() == 0);
        awaitMoreStatusChecks(2);

        assertThat(printed()).extracting(TicketPrinterTest::number).containsExactly("#107");
        assertThat(jobFiles()).isEmpty();
        assertThat(lastStateText()).isEqualTo("printer ready");
    }

    @Test
    void paperLowIsShownWhileTicketsStillPrint() throws Exception {
        printer.setCondition(Condition.PAPER_NEAR_END);
        TicketPrinter ticketPrinter = started(EnumSet.of(TicketKind.NEW));

        ticketPrinter.onEvent(3, "order.created", burgerOrder("o3", "103"));

        await(WAIT, "the ticket to print", () -> printed().size() == 1);
        assertThat(states).isNotEmpty().allSatisfy(state -> {
            assertThat(state.text()).isEqualTo("paper low");
            assertThat(state.level()).isEqualTo(PrinterState.Level.WARNING);
        });
    }

    @Test
    void aPrinterThatStopsReadingMidTicketLosesNothingAndPrintsEachTicketOnce() throws Exception {
        TicketPrinter ticketPrinter = started(EnumSet.of(TicketKind.NEW));
        await(WAIT, "the first status check", () -> lastStateText().equals("printer ready"));
        printer.stopReadingAfter(3_000);
        long start = System.nanoTime();

        // About 70 KB each: far more than the ~36 KB the pty and socat buffer before a write blocks.
        ticketPrinter.onEvent(1, "order.created", hugeOrder("h1", "501", 800));
        ticketPrinter.onEvent(2, "order.created", hugeOrder("h2", "502", 800));

        await(WAIT, "the watchdog to give up on the printer",
                () -> lastStateText().equals("printer offline — 2 tickets waiting"));
        Duration noticed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(noticed).as("the stalled write is abandoned at the deadline")
                .isLessThan(WRITE_TIMEOUT.plusMillis(1_500));
        assertThat(printer.isReading()).isFalse();
        assertThat(jobFiles()).hasSize(2);
        assertThat(printed()).isEmpty();

        printer.resumeReading();
        await(WAIT, "both tickets to print", () -> printed().size() >= 2 && ticketPrinter.ticketsWaiting() == 0);
        awaitMoreStatusChecks(2);

        // The half ticket from before the stall has no cut, so it is not a ticket; each order printed whole once.
        assertThat(printed()).extracting(TicketPrinterTest::number).containsExactly("#501", "#502");
        assertThat(printed()).allSatisfy(ticket -> assertThat(ticket.texts()).contains("1 x Side salad number 800"));
        assertThat(jobFiles()).isEmpty();
    }

    @Test
    void queuedTicketsPrintAfterARestartAndAnEventNeverPrintsTwice() throws Exception {
        printer.setCondition(Condition.PAPER_OUT);
        TicketPrinter first = started(EnumSet.of(TicketKind.NEW));
        first.onEvent(7, "order.created", burgerOrder("a", "201"));
        first.onEvent(8, "order.created", burgerOrder("b", "202"));
        first.onEvent(7, "order.created", burgerOrder("a", "201"));
        await(WAIT, "two waiting tickets", () -> lastStateText().equals("out of paper — 2 tickets waiting"));
        first.close();
        assertThat(jobFiles()).hasSize(2);

        printer.setCondition(Condition.READY);
        TicketPrinter second = started(EnumSet.of(TicketKind.NEW));
        second.onEvent(7, "order.created", burgerOrder("a", "201")); // re-delivered while still queued
        await(WAIT, "the queued tickets to print", () -> printed().size() == 2);

        second.onEvent(7, "order.created", burgerOrder("a", "201")); // re-delivered after printing
        second.onEvent(8, "order.created", burgerOrder("b", "202"));
        second.onEvent(9, "order.created", burgerOrder("c", "203"));
        await(WAIT, "the new ticket to print", () -> printed().size() == 3);
        awaitMoreStatusChecks(2);
        assertThat(printed()).extracting(TicketPrinterTest::number).containsExactly("#201", "#202", "#203");
        second.close();

        TicketPrinter third = new TicketPrinter(settings(EnumSet.of(TicketKind.NEW), queueDir()), "Harlingen",
                COPENHAGEN, OptionalLong.empty());
        ticketPrinters.add(third);
        third.onEvent(9, "order.created", burgerOrder("c", "203"));
        assertThat(third.ticketsWaiting()).as("printed before the restart").isZero();
    }

    @Test
    void readyTicketsPrintWhenAnOrderTurnsReady() throws Exception {
        TicketPrinter ticketPrinter = started(EnumSet.of(TicketKind.NEW, TicketKind.READY));
        KitchenOrder order = burgerOrder("r1", "301");

        ticketPrinter.onEvent(1, "order.created", order);
        ticketPrinter.onEvent(2, "order.updated", withState(order, "preparing"));
        ticketPrinter.onEvent(3, "order.updated", withState(order, "ready"));
        ticketPrinter.onEvent(4, "order.updated", withState(order, "ready"));
        ticketPrinter.onEvent(5, "order.created", burgerOrder("r2", "302"));

        await(WAIT, "three tickets", () -> printed().size() == 3);
        awaitMoreStatusChecks(2);
        assertThat(printed()).extracting(ticket -> ticket.lines().get(1).text().strip() + " " + number(ticket))
                .containsExactly("NEW ORDER #301", "READY #301", "NEW ORDER #302");
    }

    @Test
    void aVoidedOrderPrintsAVoidSlip() throws Exception {
        TicketPrinter ticketPrinter = started(EnumSet.of(TicketKind.NEW, TicketKind.VOID));
        KitchenOrder order = burgerOrder("v1", "401");

        ticketPrinter.onEvent(1, "order.created", order);
        ticketPrinter.onEvent(2, "order.removed", withState(order, "voided"));
        ticketPrinter.onEvent(2, "order.removed", withState(order, "voided"));
        ticketPrinter.onEvent(3, "order.removed", withState(burgerOrder("v2", "402"), "voided"));

        await(WAIT, "two tickets", () -> printed().size() == 2);
        awaitMoreStatusChecks(2);
        assertThat(printed()).extracting(ticket -> ticket.lines().get(1).text().strip() + " " + number(ticket))
                .as("a re-delivered event and an order never seen print nothing")
                .containsExactly("NEW ORDER #401", "VOID - DO NOT MAKE #401");
    }

    @Test
    void aStationPrinterSkipsOrdersWithNothingForIt() throws IOException {
        TicketPrinter grill = new TicketPrinter(settings(EnumSet.of(TicketKind.NEW), dir.resolve("grill")), "Harlingen",
                COPENHAGEN, OptionalLong.of(9));
        ticketPrinters.add(grill);
        grill.onEvent(1, "order.created", burgerOrder("s1", "401"));
        assertThat(grill.ticketsWaiting()).isZero();

        TicketPrinter fryer = new TicketPrinter(settings(EnumSet.of(TicketKind.NEW), dir.resolve("fryer")), "Harlingen",
                COPENHAGEN, OptionalLong.of(4));
        ticketPrinters.add(fryer);
        fryer.onEvent(2, "order.created", burgerOrder("s2", "402"));
        assertThat(fryer.waitingKeys()).containsExactly("2-new");
    }

    @Test
    void withoutAPortNothingHappens() throws IOException {
        Path queue = dir.resolve("never");
        PrinterSettings none = new PrinterSettings("", 19200, Set.of(TicketKind.NEW), queue, WRITE_TIMEOUT,
                Duration.ofMillis(100), Duration.ofMillis(100), 42);
        TicketPrinter ticketPrinter = new TicketPrinter(none, "Harlingen", COPENHAGEN, OptionalLong.empty());
        ticketPrinter.onStateChange(states::add);
        ticketPrinter.start();
        ticketPrinter.onEvent(1, "order.created", burgerOrder("n1", "1"));
        ticketPrinter.close();

        assertThat(ticketPrinter.enabled()).isFalse();
        assertThat(ticketPrinter.state()).isEmpty();
        assertThat(ticketPrinter.ticketsWaiting()).isZero();
        assertThat(queue).doesNotExist();
        assertThat(states).isEmpty();
    }

    private TicketPrinter started(Set<TicketKind> printOn) throws IOException {
        TicketPrinter ticketPrinter = new TicketPrinter(settings(printOn, queueDir()), "Harlingen",
                COPENHAGEN, OptionalLong.empty());
        ticketPrinters.add(ticketPrinter);
        ticketPrinter.onStateChange(states::add);
        ticketPrinter.start();
        return ticketPrinter;
    }

    private PrinterSettings settings(Set<TicketKind> printOn, Path queueDir) {
        return new PrinterSettings(pty.host().toString(), 19200, printOn, queueDir, WRITE_TIMEOUT,
                Duration.ofMillis(150), Duration.ofMillis(100), 42);
    }

    private TicketLayout layout() {
        return new TicketLayout("Harlingen", COPENHAGEN, 42, OptionalLong.empty());
    }

    private Path queueDir() {
        return dir.resolve("queue");
    }

    private List<Path> jobFiles() throws IOException {
        try (Stream<Path> files = Files.list(queueDir().resolve("jobs"))) {
            return files.toList();
        }
    }

    private List<Ticket> printed() {
        return EscPosDecoder.completeTickets(printer.received());
    }

    private String lastStateText() {
        return states.isEmpty() ? "" : states.getLast().text();
    }

    /** Lets the printer thread run a few more rounds, so a duplicate print would have happened by now. */
    private void awaitMoreStatusChecks(int rounds) throws InterruptedException {
        int target = printer.statusRequests() + 4 * rounds;
        await(WAIT, rounds + " more status checks", () -> printer.statusRequests() >= target);
    }

    private static String number(Ticket ticket) {
        return ticket.lines().stream().filter(line -> line.width() == 2).map(PrintedLine::text).findFirst()
                .orElseThrow();
    }
}
