package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.model.kds.KitchenOrder;
import org.preptable.model.kds.KitchenOrder.OrderLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) UI test of the ticket board; the surefire config in kiosk-app/pom.xml sets up Monocle. */
@ExtendWith(ApplicationExtension.class)
class TicketBoardTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TicketBoard board;

    @Start
    void start(Stage stage) {
        board = new TicketBoard(CLOCK);
        board.show(List.of(
                order("o1", "1042", "Maja", "queued", 95, false,
                        line("Classic burger", 2, List.of("no pickles", "extra cheese"), "cut in half"),
                        line("Fries", 1, List.of(), null)),
                order("o2", "1043", "Jonas", "preparing", 754, false, line("Veggie wrap", 1, List.of("no onion"), null))));
        stage.setScene(new Scene(board, 800, 420));
        stage.show();
    }

    @Test
    void showsOrdersLinesModifiersAndStates(FxRobot robot) {
        for (String text : List.of("#1042", "#1043", "2 × Classic burger", "1 × Fries", "no pickles", "extra cheese",
                "Note: cut in half", "Maja · KIOSK", "NEW", "COOKING", "1:35", "12:34")) {
            verifyThat(robot.lookup(hasText(text)).queryLabeled(), isVisible());
        }
        assertThat(robot.lookup(".ticket").queryAll()).hasSize(2);
        // Header text must be shown whole, not wrapped or cut to "12...": laid-out width covers the preferred width.
        for (Label l : robot.lookup(".ticket-header .label").queryAllAs(Label.class)) {
            assertThat(l.getWidth()).as(l.getText()).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
        }
        assertThat(robot.lookup(".state-queued").queryAll()).hasSize(1);
        assertThat(robot.lookup(".state-preparing").queryAll()).hasSize(1);
    }

    @Test
    void showReplacesTheTickets(FxRobot robot) {
        KitchenOrder ready = order("o2", "1043", "Jonas", "ready", 4000, true, line("Veggie wrap", 1, List.of(), null));
        KitchenOrder fresh = order("o3", "1044", null, "queued", 5, false, line("Cola", 3, List.of(), null));
        Platform.runLater(() -> board.show(List.of(ready, fresh)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, ".order-number")).containsExactly("#1043", "#1044");
        assertThat(texts(robot, ".state-badge")).containsExactly("READY", "NEW");
        verifyThat(robot.lookup(hasText("LATE 1:06:40")).queryLabeled(), isVisible());
        verifyThat(robot.lookup(hasText("3 × Cola")).queryLabeled(), isVisible());
        assertThat(robot.lookup(hasText("#1042")).tryQuery()).isEmpty();
    }

    /** Writes target/ticket-board.png for humans to eyeball; ImageIO only encodes, the pixel copy is plain ARGB. */
    @Test
    void savesAScreenshot() throws IOException, ExecutionException, InterruptedException {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> board.snapshot(null, null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path file = Path.of(System.getProperty("basedir", "."), "target", "ticket-board.png");
        Files.createDirectories(file.getParent());
        assertThat(ImageIO.write(out, "png", file.toFile())).isTrue();
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void formatsElapsedTime() {
        assertThat(TicketCard.formatElapsed(Duration.ofSeconds(59))).isEqualTo("0:59");
        assertThat(TicketCard.formatElapsed(Duration.ofSeconds(3601))).isEqualTo("1:00:01");
        assertThat(TicketCard.formatElapsed(Duration.ofSeconds(-5))).isEqualTo("0:00");
        assertThat(TicketCard.badgeText("weird")).isEqualTo("WEIRD");
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static KitchenOrder order(String id, String number, String customer, String state, long ageSeconds,
            boolean overdue, OrderLine... lines) {
        Instant placed = NOW.minusSeconds(ageSeconds);
        return new KitchenOrder(id, "s-" + id, "loc-1", number, "kiosk", customer, placed, state, placed, overdue,
                List.of(lines), placed);
    }

    private static OrderLine line(String name, int qty, List<String> modifiers, String notes) {
        return new OrderLine(name + "-id", "ITEM", name, qty, modifiers, notes, null, List.of());
    }
}
