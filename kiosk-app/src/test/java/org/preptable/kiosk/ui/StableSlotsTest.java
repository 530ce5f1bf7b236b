package org.preptable.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.testing.Orders.line;
import static org.preptable.kiosk.testing.Orders.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.kiosk.board.StationView;
import org.preptable.kiosk.config.DisplaySettings;
import org.preptable.kiosk.input.KeyMap;
import org.preptable.kiosk.input.KioskAction;
import org.preptable.kiosk.input.SerialByteMap;
import org.preptable.kiosk.testing.Await;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: a ticket keeps its slot (and so its select key) while the screen is in use; the empty slots that leaving
 * orders leave close only after the screen has been idle for {@code display.close-gaps-seconds} (5 s here) or on a
 * page turn. On a 1920-pixel screen (5 columns × 2 rows) every one of the 10 tickets has a key: 1–9 and 0.
 */
@ExtendWith(ApplicationExtension.class)
class StableSlotsTest {

    private static final Instant T0 = Instant.parse("2026-06-01T11:30:00Z");
    private final MutableClock clock = new MutableClock(T0.plusSeconds(600));
    private final List<KitchenOrder> live = new ArrayList<>();
    private KioskScreen screen;
    private int nextNumber = 201;

    @Start
    void start(Stage stage) {
        Properties p = new Properties();
        p.setProperty(DisplaySettings.COLUMNS, "auto");
        p.setProperty(DisplaySettings.BUMP_HOLD, "0");
        p.setProperty(DisplaySettings.CLOSE_GAPS_SECONDS, "5");
        List<String> problems = new ArrayList<>();
        screen = new KioskScreen("Harlingen", StationView.station(1), DisplaySettings.from(p, problems),
                Duration.ofMinutes(3), clock, bump -> { }, null);
        assertThat(problems).isEmpty();
        for (int i = 0; i < 10; i++) {
            live.add(newOrder());
        }
        screen.showOrders(List.copyOf(live));
        stage.setScene(new Scene(screen, 1920, 1080));
        stage.show();
    }

    private KitchenOrder newOrder() {
        int n = nextNumber++;
        return order("o" + n, Integer.toString(n), "queued", T0.plusSeconds(n), line("Burger", 1, 1L));
    }

    private static Properties props(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }

    private static void fx(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Order number → "slot key @ x,y" of every ticket on screen, read on the FX thread. */
    private Map<String, String> positions(FxRobot robot) {
        return ScreenRig.onFx(() -> {
            Map<String, String> at = new LinkedHashMap<>();
            for (TicketCard card : robot.lookup(".ticket").queryAllAs(TicketCard.class)) {
                if (TicketBoardTest.shown(card) && card.getParent() != null) {
                    Bounds b = card.localToScene(card.getLayoutBounds());
                    String key = robot.from(card).lookup(".slot").queryLabeled().getText();
                    at.put(card.order().number(), key + " @ " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()));
                }
            }
            return at;
        });
    }

    private void fulfil(int index) {
        live.remove(index);
        fx(() -> screen.showOrders(List.copyOf(live)));
    }

    private void fulfil(String number) {
        assertThat(live.removeIf(o -> o.number().equals(number))).isTrue();
        fx(() -> screen.showOrders(List.copyOf(live)));
    }

    private void press(KioskAction action) {
        fx(() -> screen.onAction(action));
    }

    private void advance(Duration by) {
        clock.advance(by);
        fx(screen::tickNow);
    }

    @Test
    void ticketsStayPutUnderAStreamOfFulfilsAndTheGapsCloseWhenTheScreenIsIdle(FxRobot robot) throws Exception {
        Map<String, String> before = positions(robot);
        assertThat(before).hasSize(10);
        press(KioskAction.SELECT_7);
        String selected = screen.selectedOrderId();

        // A busy minute: every second a cook presses a key and an order leaves (#210 from the last slot, the
        // others from the middle); one new order arrives.
        for (String number : List.of("201", "210", "new", "204", "206", "203", "209")) {
            press(KioskAction.NEXT);
            press(KioskAction.PREVIOUS);
            if (number.equals("new")) {
                KitchenOrder arrived = newOrder();
                live.add(arrived);
                fx(() -> screen.showOrders(List.copyOf(live)));
                assertThat(positions(robot).get(arrived.number()))
                        .as("a new ticket takes the first free slot after the last one (#209 in slot 9)")
                        .isEqualTo(before.get("210"));
                before.put(arrived.number(), before.get("210"));
            } else {
                fulfil(number);
            }
            Map<String, String> now = positions(robot);
            assertThat(now).doesNotContainKey(number);
            for (Map.Entry<String, String> ticket : now.entrySet()) {
                assertThat(ticket.getValue()).as("#%s has not moved after #%s left", ticket.getKey(), number)
                        .isEqualTo(before.get(ticket.getKey()));
            }
            assertThat(screen.selectedOrderId()).as("the selection follows its ticket").isEqualTo(selected);
            advance(Duration.ofSeconds(1));
        }
        assertThat(positions(robot)).hasSize(5);
        assertThat(Screenshots.save(screen, "kiosk-stable-slots.png", 0.5)).isNotEmptyFile();
        assertThat(ScreenRig.onFx(screen::hasGaps)).isTrue();

        // Still in use: 4 s with a key press each second — nothing moves.
        Map<String, String> inUse = positions(robot);
        for (int i = 0; i < 4; i++) {
            advance(Duration.ofSeconds(1));
            press(KioskAction.NEXT);
            press(KioskAction.PREVIOUS);
        }
        assertThat(positions(robot)).isEqualTo(inUse);

        // Idle for the configured 5 s: the gaps close, oldest first, and the selection still follows its ticket.
        clock.advance(Duration.ofSeconds(5));
        Await.onFx("the gaps closed after 5 s without input", () -> {
            screen.tickNow();
            return !screen.hasGaps();
        });
        assertThat(positions(robot).keySet()).containsExactly("202", "205", "207", "208", "211");
        assertThat(positions(robot).values()).extracting(v -> v.substring(0, 1)).containsExactly("1", "2", "3", "4", "5");
        assertThat(screen.selectedOrderId()).isEqualTo(selected);
    }

    @Test
    void keysNineAndZeroSelectSlotsNineAndTenOnATenTicketPage(FxRobot robot) {
        Map<String, String> at = positions(robot);
        assertThat(at.values()).extracting(v -> v.substring(0, v.indexOf(' ')))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "0");

        KeyMap keys = KeyMap.defaults();
        fx(() -> screen.onAction(keys.actionFor(KeyCode.DIGIT9).orElseThrow()));
        assertThat(screen.selectedOrderId()).isEqualTo(live.get(8).id());
        fx(() -> screen.onAction(keys.actionFor(KeyCode.DIGIT0).orElseThrow()));
        assertThat(screen.selectedOrderId()).isEqualTo(live.get(9).id());
        fx(() -> screen.onAction(keys.actionFor(KeyCode.NUMPAD9).orElseThrow()));
        assertThat(screen.selectedOrderId()).isEqualTo(live.get(8).id());

        SerialByteMap bar = SerialByteMap.defaults();
        fx(() -> screen.onAction(bar.actionFor('0').orElseThrow()));
        assertThat(screen.selectedOrderId()).isEqualTo(live.get(9).id());
        fx(() -> screen.onAction(bar.actionFor('9').orElseThrow()));
        assertThat(screen.selectedOrderId()).isEqualTo(live.get(8).id());

        // A configured key map: each ticket shows the key that selects it.
        List<String> problems = new ArrayList<>();
        KeyMap custom = KeyMap.from(props("input.keys.select-1", "F1", "input.keys.select-10", "NUMPAD0"), problems);
        assertThat(problems).isEmpty();
        fx(() -> screen.showSelectKeys(custom));
        assertThat(positions(robot).values()).extracting(v -> v.substring(0, v.indexOf(' ')))
                .containsExactly("F1", "2", "3", "4", "5", "6", "7", "8", "9", "0");
        fx(() -> screen.showSelectKeys(KeyMap.defaults()));

        // After an order leaves, key 0 still picks the same ticket (its slot did not change).
        String tenth = live.get(9).id();
        fulfil(0);
        fx(() -> screen.onAction(keys.actionFor(KeyCode.DIGIT0).orElseThrow()));
        assertThat(screen.selectedOrderId()).isEqualTo(tenth);
        // Key 1 now points at an empty slot: it selects nothing else.
        fx(() -> screen.onAction(KioskAction.SELECT_1));
        assertThat(screen.selectedOrderId()).isEqualTo(tenth);
    }

    @Test
    void aPageTurnClosesTheGaps(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            live.add(newOrder()); // 13 orders: two pages
        }
        fx(() -> screen.showOrders(List.copyOf(live)));
        fulfil(0);
        fulfil(0);
        assertThat(ScreenRig.onFx(screen::hasGaps)).isTrue();

        press(KioskAction.PAGE_DOWN);

        assertThat(ScreenRig.onFx(screen::hasGaps)).isFalse();
        assertThat(positions(robot).keySet()).as("11 tickets, closed up: page 2 holds the last").containsExactly("213");
    }
}
