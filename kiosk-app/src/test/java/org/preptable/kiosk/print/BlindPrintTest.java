package org.preptable.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.print.TestOrders.burgerOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.kiosk.print.PrinterSettings.StatusMode;
import org.preptable.kiosk.testing.Await;
import org.preptable.kiosk.testing.SocatPty;
import org.preptable.model.kds.KitchenOrder;

/**
 * {@code printer.status}: a printer on a socat pty that reads everything but never answers {@code DLE EOT}. Blind
 * printing delivers the ticket and says "no status"; only a failing port is offline, and the ticket then waits.
 */
class BlindPrintTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Duration WAIT = Duration.ofSeconds(10);

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
        printer.answerStatus(false);
    }

    @AfterEach
    void disconnect() throws Exception {
        ticketPrinters.forEach(TicketPrinter::close);
        if (printer != null) {
            printer.close();
        }
        pty.close();
    }

    @Test
    void modeNonePrintsBlindWithoutAskingAndSaysNoStatus() throws Exception {
        TicketPrinter ticketPrinter = started(StatusMode.NONE, 3);
        KitchenOrder order = burgerOrder("o1", "128");

        ticketPrinter.onEvent(41, "order.created", order);

        Await.until("the ticket's bytes at the printer", WAIT, () -> printed().size() == 1);
        assertThat(printer.received()).isEqualTo(layout().render(order, TicketKind.NEW));
        Await.until("an empty queue", WAIT, () -> ticketPrinter.ticketsWaiting() == 0);
        assertThat(Files.readString(queueDir().resolve("printed.log"))).startsWith("41-new ");
        assertThat(printer.statusRequests()).isZero();
        assertThat(states).isNotEmpty().allSatisfy(state -> {
            assertThat(state.text()).isEqualTo("printer: no status");
            assertThat(state.level()).isEqualTo(PrinterState.Level.OK);
        });
    }

    @Test
    void blindPrintingKeepsTheTicketWhileThePortIsGone() throws Exception {
        TicketPrinter ticketPrinter = started(StatusMode.NONE, 3);
        Await.until("no status", WAIT, () -> lastStateText().equals("printer: no status"));
        printer.close();
        printer = null;
        pty.stop(); // the USB adapter is unplugged

        ticketPrinter.onEvent(7, "order.created", burgerOrder("o7", "107"));

        Await.until("offline with the ticket waiting", WAIT,
                () -> lastStateText().equals("printer offline — 1 ticket waiting"));
        assertThat(states.getLast().level()).isEqualTo(PrinterState.Level.PROBLEM);
        assertThat(jobFiles()).singleElement().asString().endsWith("_7-new.job");

        pty.start(); // plugged in again
        printer = FakeEscPosPrinter.open(pty.device());
        printer.answerStatus(false);
        Await.until("the waiting ticket to print", WAIT, () -> printed().size() == 1);
        Await.until("an empty queue", WAIT, () -> ticketPrinter.ticketsWaiting() == 0);
        Await.until("no status again", WAIT, () -> lastStateText().equals("printer: no status"));
        assertThat(jobFiles()).isEmpty();
    }

    @Test
    void autoSwitchesToBlindAfterSilentChecksAndBackWhenThePrinterAnswers() throws Exception {
        TicketPrinter ticketPrinter = started(StatusMode.AUTO, 3);
        ticketPrinter.onEvent(3, "order.created", burgerOrder("o3", "103"));

        Await.until("the ticket to print blind", WAIT, () -> printed().size() == 1);
        Await.until("no status", WAIT, () -> lastStateText().equals("printer: no status"));
        // Silent checks first report offline; the switch comes after the third.
        assertThat(states.getFirst().text()).isEqualTo("printer offline — 1 ticket waiting");
        assertThat(printer.statusRequests()).isGreaterThanOrEqualTo(3);
        Await.until("an empty queue", WAIT, () -> ticketPrinter.ticketsWaiting() == 0);

        printer.answerStatus(true);
        Await.until("the printer's own status", WAIT, () -> lastStateText().equals("printer ready"));
        ticketPrinter.onEvent(4, "order.created", burgerOrder("o4", "104"));
        Await.until("the next ticket, confirmed by status", WAIT, () -> printed().size() == 2);
    }

    @Test
    void queryModeNeverPrintsBlind() throws Exception {
        TicketPrinter ticketPrinter = started(StatusMode.QUERY, 1);
        ticketPrinter.onEvent(5, "order.created", burgerOrder("o5", "105"));

        Await.until("several silent status checks", WAIT, () -> printer.statusRequests() >= 4);
        assertThat(printer.received()).isEmpty();
        assertThat(lastStateText()).isEqualTo("printer offline — 1 ticket waiting");
    }

    @Test
    void autoKeepsAPrinterThatAnsweredBeforeOfflineWhenItFallsSilent() throws Exception {
        printer.answerStatus(true);
        TicketPrinter ticketPrinter = started(StatusMode.AUTO, 1);
        Await.until("printer ready", WAIT, () -> lastStateText().equals("printer ready"));

        printer.answerStatus(false); // switched off: a blind ticket would be lost
        ticketPrinter.onEvent(6, "order.created", burgerOrder("o6", "106"));

        Await.until("offline with the ticket waiting", WAIT,
                () -> lastStateText().equals("printer offline — 1 ticket waiting"));
        int seen = printer.statusRequests();
        Await.until("more silent status checks", WAIT, () -> printer.statusRequests() >= seen + 3);
        assertThat(printer.received()).isEmpty();
        assertThat(lastStateText()).isEqualTo("printer offline — 1 ticket waiting");
    }

    private TicketPrinter started(StatusMode mode, int tries) throws IOException {
        PrinterSettings settings = new PrinterSettings(pty.host().toString(), 19200, Set.of(TicketKind.NEW),
                queueDir(), Duration.ofMillis(600), Duration.ofMillis(150), Duration.ofMillis(100), 42)
                .withStatus(mode, tries);
        TicketPrinter ticketPrinter = new TicketPrinter(settings, "Harlingen", COPENHAGEN, OptionalLong.empty());
        ticketPrinters.add(ticketPrinter);
        ticketPrinter.onStateChange(states::add);
        ticketPrinter.start();
        return ticketPrinter;
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

    private List<EscPosDecoder.Ticket> printed() {
        FakeEscPosPrinter current = printer;
        return current == null ? List.of() : EscPosDecoder.completeTickets(current.received());
    }

    private String lastStateText() {
        return states.isEmpty() ? "" : states.getLast().text();
    }
}
