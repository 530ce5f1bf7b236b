package org.preptable.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterSettingsTest {

    @Test
    void defaultsMeanNoPrinter() throws IOException {
        List<String> problems = new ArrayList<>();
        PrinterSettings settings = PrinterSettings.from(properties("gateway.url = https://gw\n"), problems);

        assertThat(problems).isEmpty();
        assertThat(settings).isEqualTo(PrinterSettings.disabled());
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.port()).isEmpty();
        assertThat(settings.baud()).isEqualTo(19200);
        assertThat(settings.printOn()).as("void slips print wherever a printer is set up").containsExactly(TicketKind.NEW,
                TicketKind.VOID);
        assertThat(settings.queueDir()).isEqualTo(Path.of("/var/lib/preptable-kiosk/print-queue"));
        assertThat(settings.writeTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.statusTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.retry()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.width()).isEqualTo(42);
        assertThat(settings.status()).isEqualTo(PrinterSettings.StatusMode.AUTO);
        assertThat(settings.statusTries()).isEqualTo(3);
    }

    @Test
    void readsTheStatusModeAndRejectsOthers() throws IOException {
        List<String> problems = new ArrayList<>();
        PrinterSettings blind = PrinterSettings.from(properties("printer.status = None\nprinter.status-tries = 5\n"),
                problems);
        assertThat(problems).isEmpty();
        assertThat(blind.status()).isEqualTo(PrinterSettings.StatusMode.NONE);
        assertThat(blind.statusTries()).isEqualTo(5);
        assertThat(PrinterSettings.from(properties("printer.status=query\n"), problems).status())
                .isEqualTo(PrinterSettings.StatusMode.QUERY);

        PrinterSettings.from(properties("printer.status = blind\nprinter.status-tries = 0\n"), problems);
        assertThat(problems).containsExactly(
                "printer.status must be 'auto', 'query' or 'none' (e.g. none for a printer that never answers status"
                        + " requests), was 'blind'",
                "printer.status-tries must be a number of status checks from 1 to 100 (e.g. 3), was '0'");
    }

    @Test
    void readsEveryKeyAndTrimsValues() throws IOException {
        List<String> problems = new ArrayList<>();
        PrinterSettings settings = PrinterSettings.from(properties("""
                printer.port = /dev/ttyUSB0  \s
                printer.baud = 9600
                printer.print-on = ready ,NEW
                printer.queue-dir = /srv/kiosk/queue
                printer.write-timeout-ms = 5000
                printer.status-timeout-ms = 300
                printer.retry-ms = 2000
                printer.width = 32
                """), problems);

        assertThat(problems).isEmpty();
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.port()).isEqualTo("/dev/ttyUSB0");
        assertThat(settings.baud()).isEqualTo(9600);
        assertThat(settings.printOn()).containsExactlyInAnyOrder(TicketKind.NEW, TicketKind.READY);
        assertThat(settings.printsOn(TicketKind.READY)).isTrue();
        assertThat(settings.queueDir()).isEqualTo(Path.of("/srv/kiosk/queue"));
        assertThat(settings.writeTimeout()).isEqualTo(Duration.ofMillis(5000));
        assertThat(settings.statusTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(settings.retry()).isEqualTo(Duration.ofMillis(2000));
        assertThat(settings.width()).isEqualTo(32);
    }

    @Test
    void printOnNoneKeepsThePortButPrintsNothing() throws IOException {
        List<String> problems = new ArrayList<>();
        PrinterSettings settings = PrinterSettings.from(
                properties("printer.port=/dev/ttyS0\nprinter.print-on=NONE\n"), problems);
        assertThat(problems).isEmpty();
        assertThat(settings.printOn()).isEmpty();
        assertThat(settings.enabled()).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            printer.port              | ttyUSB0        | printer.port must be a device path like /dev/ttyUSB0 (or empty for no printer), was 'ttyUSB0'
            printer.port              | /dev/my tty    | printer.port must be a device path like /dev/ttyUSB0
            printer.baud              | 19201          | printer.baud must be one of [2400, 4800, 9600, 19200, 38400, 57600, 115200] (e.g. 19200), was '19201'
            printer.baud              | fast           | printer.baud must be one of
            printer.print-on          | new, cooked    | printer.print-on must be a list of 'new', 'ready' and 'void' (e.g. 'new, void'), or 'none', was 'new, cooked'
            printer.print-on          | none, new      | printer.print-on must be a list of 'new', 'ready' and 'void'
            printer.print-on          | new,,ready     | printer.print-on must be
            printer.queue-dir         | print-queue    | printer.queue-dir must be an absolute directory like /var/lib/preptable-kiosk/print-queue, was 'print-queue'
            printer.write-timeout-ms  | 10s            | printer.write-timeout-ms must be a whole number of milliseconds from 100 to 600000 (e.g. 10000), was '10s'
            printer.write-timeout-ms  | 50             | printer.write-timeout-ms must be a whole number of milliseconds from 100
            printer.status-timeout-ms | 0              | printer.status-timeout-ms must be a whole number of milliseconds from 10 to 60000 (e.g. 1000), was '0'
            printer.retry-ms          | -5             | printer.retry-ms must be a whole number of milliseconds from 50 to 3600000 (e.g. 3000), was '-5'
            printer.width             | 12             | printer.width must be the characters per line from 24 to 80 (42 for 80 mm paper, 32 for 58 mm), was '12'
            printer.width             | 42.5           | printer.width must be the characters per line
            """)
    void badValuesAreNamedWithAnExample(String key, String value, String message) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        List<String> problems = new ArrayList<>();

        PrinterSettings settings = PrinterSettings.from(properties, problems);

        assertThat(problems).singleElement().asString().startsWith(message);
        // The rest still parses, falling back to defaults, so the caller can go on collecting problems.
        assertThat(settings).isNotNull();
    }

    @Test
    void reportsEveryMistakeAtOnce() throws IOException {
        List<String> problems = new ArrayList<>(List.of("gateway.url is required"));
        PrinterSettings.from(properties("printer.port=COM3\nprinter.baud=1\nprinter.width=wide\nprinter.retry-ms=x\n"),
                problems);
        assertThat(problems).hasSize(4);
        assertThat(problems).anyMatch(problem -> problem.startsWith("printer.baud"))
                .anyMatch(problem -> problem.startsWith("printer.width"))
                .anyMatch(problem -> problem.startsWith("printer.retry-ms"));
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
