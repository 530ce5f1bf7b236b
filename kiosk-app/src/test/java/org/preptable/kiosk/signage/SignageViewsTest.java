package org.preptable.kiosk.signage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.signage.SampleMenus.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.kds.KitchenOrder;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The boards laid out at their real design sizes, off screen (the headless screen is smaller than 1920×1080): a busy
 * service still fits, the overflow is said in words, a long menu shrinks instead of being cut off, and an offline
 * board says so.
 */
@ExtendWith(ApplicationExtension.class)
class SignageViewsTest {

    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private static final GuestText DANISH = GuestText.forLocale(Locale.forLanguageTag("da-DK"));
    /** The order board's share of the 1920-wide screen beside the menu, above the status line. */
    private static final double NARROW_WIDTH = 1920 * 0.34;
    private static final double BOARD_HEIGHT = 1036;

    @Start
    void start(Stage stage) {
        // Nothing to show on the small headless screen; the tests lay their views out in scenes of their own.
    }

    @Test
    void aBusyServiceFitsBesideTheMenuAndTheRestIsCounted() throws Exception {
        ReadyBoardView board = fx(() -> new ReadyBoardView(DANISH));
        fx(() -> {
            board.show(busyService());
            return layOut(board, NARROW_WIDTH, BOARD_HEIGHT);
        });

        assertThat(board.shown().ready()).hasSize(ReadyBoardView.NARROW_READY_CAP).first().isEqualTo("1029");
        assertThat(board.shown().preparing()).hasSize(ReadyBoardView.NARROW_PREPARING_CAP);
        assertInside(board, board.lookupAll(".number-tile"));
        List<String> more = fx(() -> board.lookupAll(".more-numbers").stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList());
        assertThat(more).containsExactly("+22 flere – spørg ved disken", "+21 flere");
        assertInside(board, board.lookupAll(".more-numbers"));
    }

    @Test
    void aBusyServiceFitsTheWholeScreen() throws Exception {
        ReadyBoardView board = fx(() -> new ReadyBoardView(DANISH));
        fx(() -> {
            board.setWide(true);
            board.show(busyService());
            return layOut(board, 1920, BOARD_HEIGHT);
        });

        assertThat(board.shown().ready()).hasSize(ReadyBoardView.WIDE_READY_CAP);
        assertThat(board.shown().preparing()).hasSize(ReadyBoardView.WIDE_PREPARING_CAP);
        Screenshots.save(board, "signage-ready-busy.png", 1);
        assertInside(board, board.lookupAll(".number-tile"));
        assertInside(board, board.lookupAll(".more-numbers"));
    }

    @Test
    void anOfflineBoardDimsItsNumbersUnderABanner() throws Exception {
        ReadyBoardView board = fx(() -> new ReadyBoardView(DANISH));
        fx(() -> {
            board.show(List.of(order("a", "142", "ready", T0, T0)));
            board.setStale(true);
            return layOut(board, NARROW_WIDTH, BOARD_HEIGHT);
        });

        Label banner = (Label) board.lookup(".connection-lost");
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Forbindelsen er afbrudt – spørg ved disken");
        assertThat(board.lookup(".ready-numbers").getOpacity()).isLessThan(0.5);

        fx(() -> {
            board.setStale(false);
            return layOut(board, NARROW_WIDTH, BOARD_HEIGHT);
        });
        assertThat(banner.isVisible()).isFalse();
        assertThat(board.lookup(".ready-numbers").getOpacity()).isEqualTo(1);
    }

    @Test
    void onlyNumbersThatJustTurnedReadyBlink() throws Exception {
        ReadyBoardView board = fx(() -> new ReadyBoardView(DANISH));
        KitchenOrder first = order("a", "142", "ready", T0, T0);
        fx(() -> {
            board.show(List.of(first));
            return layOut(board, NARROW_WIDTH, BOARD_HEIGHT);
        });
        assertThat(board.lookupAll(".just-ready")).as("the start-up snapshot is not news").isEmpty();

        fx(() -> {
            board.show(List.of(first, order("b", "143", "ready", T0, T0.plusSeconds(9))));
            return layOut(board, NARROW_WIDTH, BOARD_HEIGHT);
        });
        assertThat(board.lookupAll(".just-ready")).extracting(n -> ((Label) n).getText()).containsExactly("143");
        assertThat(((Label) board.lookup(".newest")).getText()).isEqualTo("143");
    }

    @Test
    void aLongMenuShrinksToFitInsteadOfBeingCutOff() throws Exception {
        MenuFormat format = new MenuFormat(Locale.forLanguageTag("da-DK"), Currency.getInstance("DKK"));
        MenuBoardView lunch = fx(() -> new MenuBoardView(format, DANISH));
        fx(() -> {
            lunch.show(CurrentMenu.parse(SampleMenus.LUNCH));
            return layOut(lunch, 1920 - NARROW_WIDTH, BOARD_HEIGHT);
        });
        assertThat(((ScaledPane) lunch.lookup(".menu-sections").getParent()).scale()).isEqualTo(1);

        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"placement_id": "p%d", "kind": "item", "name": "Ret nummer %d",
                     "description": "En lang beskrivelse af retten, der fylder mere end én linje på tavlen", \
                    "price_cents": %d, "available": true, "allergens": [%s, %s]}""".formatted(i, i, 5000 + i * 100,
                    SampleMenus.a(1), SampleMenus.a(7)));
        }
        MenuBoardView longMenu = fx(() -> new MenuBoardView(format, DANISH));
        fx(() -> {
            longMenu.show(CurrentMenu.parse("{\"items\": [" + items + "]}"));
            return layOut(longMenu, 1920 - NARROW_WIDTH, BOARD_HEIGHT);
        });
        ScaledPane body = (ScaledPane) longMenu.lookup(".menu-sections").getParent();
        assertThat(body.scale()).isLessThan(1).isGreaterThan(0.4);
        assertInside(body, longMenu.lookupAll(".menu-item"));
        assertThat(((Label) longMenu.lookup(".menu-title")).getText()).as("no daypart").isEqualTo("Menu");
    }

    private static List<KitchenOrder> busyService() {
        List<KitchenOrder> orders = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            orders.add(order("r" + i, Integer.toString(1000 + i), "ready", T0, T0.plusSeconds(i)));
        }
        for (int i = 0; i < 30; i++) {
            orders.add(order("p" + i, Integer.toString(2000 + i), i % 2 == 0 ? "queued" : "preparing",
                    T0.plusSeconds(i), T0.plusSeconds(i)));
        }
        return orders;
    }

    private static Scene layOut(Region view, double width, double height) {
        Scene scene = view.getScene() != null ? view.getScene() : new Scene(view, width, height);
        view.applyCss();
        view.layout();
        return scene;
    }

    /** Every node is drawn entirely inside {@code container} (nothing spills off the screen or under a neighbour). */
    private static void assertInside(Node container, Set<Node> nodes) throws Exception {
        List<String> outside = fx(() -> {
            Bounds box = container.localToScene(container.getLayoutBounds());
            return nodes.stream().filter(Node::isVisible).filter(node -> {
                Bounds b = node.localToScene(node.getLayoutBounds());
                return b.getMinX() < box.getMinX() - 0.5 || b.getMinY() < box.getMinY() - 0.5
                        || b.getMaxX() > box.getMaxX() + 0.5 || b.getMaxY() > box.getMaxY() + 0.5;
            }).map(node -> node instanceof Label l ? l.getText() : node.toString()).toList();
        });
        assertThat(nodes).isNotEmpty();
        assertThat(outside).as("drawn outside the board").isEmpty();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
