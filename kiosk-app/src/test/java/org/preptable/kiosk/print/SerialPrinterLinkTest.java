package org.preptable.kiosk.print;

import org.preptable.kiosk.testing.SocatPty;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preptable.kiosk.print.FakeEscPosPrinter.Condition;

/** The serial link against a simulated printer on a socat pty pair. */
class SerialPrinterLinkTest {

    private static final Duration STATUS_TIMEOUT = Duration.ofMillis(150);
    private static final Duration WRITE_TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path dir;

    private SocatPty pty;
    private FakeEscPosPrinter printer;
    private SerialPrinterLink link;

    @BeforeEach
    void connect() throws Exception {
        pty = SocatPty.start(dir);
        printer = FakeEscPosPrinter.open(pty.device());
        link = new SerialPrinterLink(settings(pty.host()));
    }

    @AfterEach
    void disconnect() throws Exception {
        if (link != null) {
            link.close();
        }
        if (printer != null) {
            printer.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void readsTheFourStatusBytes() {
        assertThat(link.readStatus()).isEqualTo(PrinterStatus.READY);
        printer.setCondition(Condition.PAPER_NEAR_END);
        PrinterStatus low = link.readStatus();
        assertThat(low.paperNearEnd()).isTrue();
        assertThat(low.canPrint()).isTrue();
        printer.setCondition(Condition.PAPER_OUT);
        assertThat(link.readStatus().paperOut()).isTrue();
        printer.setCondition(Condition.COVER_OPEN);
        assertThat(link.readStatus().coverOpen()).isTrue();
        assertThat(printer.statusRequests()).isEqualTo(16);
        assertThat(printer.received()).as("status requests are not print data").isEmpty();
    }

    @Test
    void aSilentPrinterIsOfflineAndIsFoundAgainWhenItAnswers() {
        printer.stopReading();
        long start = System.nanoTime();
        assertThat(link.readStatus()).isEqualTo(PrinterStatus.NO_ANSWER);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(STATUS_TIMEOUT.multipliedBy(4));
        assertThat(link.isOpen()).isFalse();

        printer.resumeReading();
        assertThat(link.readStatus()).isEqualTo(PrinterStatus.READY);
        assertThat(link.isOpen()).isTrue();
    }

    @Test
    void aMissingDeviceIsOffline() {
        try (SerialPrinterLink nowhere = new SerialPrinterLink(settings(dir.resolve("no-such-tty")))) {
            assertThat(nowhere.readStatus()).isEqualTo(PrinterStatus.NO_ANSWER);
            assertThat(nowhere.send(new byte[] {'x'})).isFalse();
        }
    }

    @Test
    void sendsATicketByteForByteAndWaitsForTheConfirmation() {
        byte[] ticket = new TicketLayout("Harlingen", ZoneId.of("Europe/Copenhagen"), 42, OptionalLong.empty())
                .render(TestOrders.burgerOrder("o1", "128"), TicketKind.NEW);
        assertThat(link.readStatus().canPrint()).isTrue();

        assertThat(link.send(ticket)).isTrue();

        // No waiting needed: the confirmation means the printer has read every byte.
        assertThat(printer.received()).isEqualTo(ticket);
    }

    @Test
    void theWatchdogFreesAWriteToAPrinterThatStoppedReading() {
        assertThat(link.readStatus().canPrint()).isTrue();
        printer.stopReadingAfter(2_000);
        byte[] huge = new byte[400_000];
        Arrays.fill(huge, (byte) 'A');

        long start = System.nanoTime();
        boolean sent = link.send(huge);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(sent).isFalse();
        assertThat(took).isBetween(WRITE_TIMEOUT, WRITE_TIMEOUT.plusMillis(1_500));
        assertThat(link.isOpen()).isFalse();
        assertThat(printer.received()).hasSize(2_000);
    }

    private static PrinterSettings settings(Path port) {
        return new PrinterSettings(port.toString(), 19200, Set.of(TicketKind.NEW), Path.of("/unused"),
                WRITE_TIMEOUT, STATUS_TIMEOUT, Duration.ofMillis(100), 42);
    }
}
