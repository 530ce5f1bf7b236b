package org.preptable.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrinterStatusTest {

    @Test
    void anIdleEpsonPrinterIsReady() {
        PrinterStatus status = PrinterStatus.decode(0x12, 0x12, 0x12, 0x12);
        assertThat(status).isEqualTo(PrinterStatus.READY);
        assertThat(status.canPrint()).isTrue();
        assertThat(status.text()).isEqualTo("printer ready");
        // Bit 2 of DLE EOT 1 is only the drawer pin.
        assertThat(PrinterStatus.decode(0x16, 0x12, 0x12, 0x12).canPrint()).isTrue();
    }

    @Test
    void paperNearEndStillPrintsButWarns() {
        PrinterStatus status = PrinterStatus.decode(0x12, 0x12, 0x12, 0x1E);
        assertThat(status.paperNearEnd()).isTrue();
        assertThat(status.canPrint()).isTrue();
        assertThat(status.text()).isEqualTo("paper low");
    }

    @Test
    void paperOutFromEitherSensorStopsPrinting() {
        PrinterStatus fromRollSensor = PrinterStatus.decode(0x12, 0x12, 0x12, 0x72);
        PrinterStatus fromOfflineCause = PrinterStatus.decode(0x1A, 0x32, 0x12, 0x12);
        assertThat(fromRollSensor.paperOut()).isTrue();
        assertThat(fromOfflineCause.paperOut()).isTrue();
        assertThat(fromOfflineCause.offline()).isTrue();
        assertThat(fromRollSensor.canPrint()).isFalse();
        assertThat(fromOfflineCause.text()).isEqualTo("out of paper");
    }

    @Test
    void coverOpenErrorsAndSilenceAreNamed() {
        assertThat(PrinterStatus.decode(0x1A, 0x16, 0x12, 0x12).text()).isEqualTo("printer cover open");
        assertThat(PrinterStatus.decode(0x12, 0x12, 0x1A, 0x12).text()).isEqualTo("printer error"); // cutter
        assertThat(PrinterStatus.decode(0x12, 0x52, 0x12, 0x12).error()).isTrue();
        assertThat(PrinterStatus.decode(0x1A, 0x12, 0x12, 0x12).text()).isEqualTo("printer offline");
        assertThat(PrinterStatus.NO_ANSWER.canPrint()).isFalse();
        assertThat(PrinterStatus.NO_ANSWER.text()).isEqualTo("printer offline");
    }

    @Test
    void requestsAreDleEot() {
        assertThat(PrinterStatus.request(4)).containsExactly(0x10, 0x04, 0x04);
        assertThatThrownBy(() -> PrinterStatus.request(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stateCountsWaitingTicketsOnlyWhenTheyAreStuck() {
        PrinterStatus paperOut = PrinterStatus.decode(0x1A, 0x32, 0x12, 0x72);
        assertThat(new PrinterState(paperOut, 3).text()).isEqualTo("out of paper — 3 tickets waiting");
        assertThat(new PrinterState(paperOut, 1).text()).isEqualTo("out of paper — 1 ticket waiting");
        assertThat(new PrinterState(paperOut, 0).text()).isEqualTo("out of paper");
        assertThat(new PrinterState(PrinterStatus.READY, 2).text()).isEqualTo("printer ready");
        assertThat(new PrinterState(paperOut, 3).level()).isEqualTo(PrinterState.Level.PROBLEM);
        assertThat(new PrinterState(PrinterStatus.decode(0x12, 0x12, 0x12, 0x0C), 0).level())
                .isEqualTo(PrinterState.Level.WARNING);
        assertThat(new PrinterState(PrinterStatus.READY, 0).level()).isEqualTo(PrinterState.Level.OK);
    }
}
