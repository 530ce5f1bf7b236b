package org.preptable.kiosk.signage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.kiosk.signage.SampleMenus.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.kiosk.config.KioskConfig;
import org.preptable.kiosk.signage.FakeSignageGateway.Answer;
import org.preptable.kiosk.testing.Screenshots;
import org.preptable.model.Json;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The signage screen against a stand-in gateway serving the menu shape of DESIGN.md §3 (the real gateway has no
 * menu routes yet): the menu board shows dishes, prices in kroner, allergens and sold-out dishes, follows
 * {@code menu.updated} live, survives failing reads, and steps aside for the order board when there is no menu.
 */
@ExtendWith(ApplicationExtension.class)
class SignageMenuBoardTest {

    private static final Instant T0 = Instant.parse("2026-06-01T10:20:00Z");
    private static final SignageSettings SETTINGS = new SignageSettings(Locale.forLanguageTag("da-DK"),
            Currency.getInstance("DKK"), Duration.ofMinutes(10), Duration.ofMillis(100),
            Duration.ofMillis(300));

    private Stage stage;
    private FakeSignageGateway gateway;
    private SignageSession session;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void showsTheMenuWithPricesAllergensAndSoldOutBesideTheOrderBoard(FxRobot robot) throws Exception {
        gateway = FakeSignageGateway.start(new Answer(200, SampleMenus.LUNCH));
        gateway.setOrders(List.of(
                order("o1", "142", "ready", T0.minusSeconds(600), T0.minusSeconds(60)),
                order("o4", "139", "ready", T0.minusSeconds(900), T0.minusSeconds(240)),
                order("o2", "143", "preparing", T0.minusSeconds(400), T0.minusSeconds(300)),
                order("o3", "144", "queued", T0.minusSeconds(100), T0.minusSeconds(100)),
                order("o5", "145", "queued", T0.minusSeconds(50), T0.minusSeconds(50))));
        startSession();

        await(() -> session.screen().isMenuShown() && !robot.lookup(".menu-item").queryAll().isEmpty(), "the menu");
        await(() -> text(robot, ".connection").equals("Live"), "the live order stream");
        assertThat(text(robot, ".menu-title")).isEqualTo("Frokost");
        assertThat(text(robot, ".menu-hours")).isEqualTo("11.00–14.30");
        assertThat(texts(robot, ".section-title")).containsExactly("Måltider", "À la carte");
        assertThat(texts(robot, ".item-name")).containsExactly("Burgermenu", "Smørrebrødsmenu", "Børnemenu",
                "Classic burger", "Veggie wrap", "Fiskefrikadeller", "Pommes frites", "Hyldeblomstsaft");
        assertThat(priceOf(robot, "Classic burger")).isEqualTo("89 kr.");
        assertThat(priceOf(robot, "Pommes frites")).isEqualTo("32,50 kr.");
        assertThat(priceOf(robot, "Burgermenu")).isEqualTo("129 kr.");
        assertThat(robot.lookup(".kind-meal").queryAll()).hasSize(3);

        MenuItemView burger = item(robot, "Classic burger");
        assertThat(burger.lookupAll(".allergen").stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("Gluten", "Æg", "Mælk", "Sennep");
        assertThat(burger.lookupAll(".allergen-number").stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("1", "3", "7", "10");
        assertThat(item(robot, "Hyldeblomstsaft").lookupAll(".allergen")).isEmpty();
        assertThat(text(robot, ".allergen-note")).startsWith("Tallene angiver allergener");

        MenuItemView fish = item(robot, "Fiskefrikadeller");
        assertThat(fish.getStyleClass()).contains("sold-out");
        assertThat(((Label) fish.lookup(".sold-out-badge")).getText()).isEqualTo("Udsolgt");
        assertThat(fish.lookup(".item-price")).as("no price on a sold-out dish").isNull();
        assertThat(fish.lookup(".item-name").getOpacity()).as("dimmed").isLessThan(0.5);
        assertThat(burger.getStyleClass()).doesNotContain("sold-out");

        assertThat(session.screen().readyBoard().isWide()).as("beside the menu").isFalse();
        assertThat(text(robot, ".ready-column .column-title")).isEqualTo("Klar til afhentning");
        assertThat(texts(robot, ".ready-numbers .number-tile")).containsExactly("142", "139");
        assertThat(texts(robot, ".preparing-numbers .number-tile")).containsExactly("143", "144", "145");
        assertThat(robot.lookup(".connection-lost").queryLabeled().isVisible()).isFalse();

        Screenshots.save(session.screen(), "signage-menu.png", 1.5);
    }

    @Test
    void followsMenuAndOrderEventsLiveAndSaysSoWhenTheConnectionIsLost(FxRobot robot) throws Exception {
        gateway = FakeSignageGateway.start(new Answer(200, SampleMenus.LUNCH));
        gateway.setOrders(List.of(order("o1", "142", "ready", T0.minusSeconds(600), T0.minusSeconds(60)),
                order("o2", "143", "preparing", T0.minusSeconds(400), T0.minusSeconds(300))));
        startSession();
        await(() -> text(robot, ".connection").equals("Live") && session.screen().isMenuShown(), "menu and stream");

        gateway.push("menu.updated", "{not json");
        gateway.push("menu.updated", SampleMenus.DINNER.replace("\n", " "));
        await(() -> text(robot, ".menu-title").equals("Aftensmad"), "the dinner menu");
        assertThat(text(robot, ".menu-hours")).isEqualTo("17.00–21.00");
        assertThat(texts(robot, ".item-name")).containsExactly("Dagens ret", "Classic burger", "Fiskefrikadeller");
        assertThat(priceOf(robot, "Classic burger")).isEqualTo("99 kr.");
        assertThat(item(robot, "Fiskefrikadeller").getStyleClass()).doesNotContain("sold-out");
        assertThat(priceOf(robot, "Fiskefrikadeller")).isEqualTo("85 kr.");

        // 143 turns ready after 142 did, so it goes first; the newest is outlined.
        gateway.push("order.updated", Json.write(order("o2", "143", "ready", T0.minusSeconds(400), T0)));
        await(() -> texts(robot, ".ready-numbers .number-tile").equals(List.of("143", "142")), "143 ready");
        assertThat(robot.lookup(".ready-numbers .newest").queryLabeled().getText()).isEqualTo("143");
        assertThat(texts(robot, ".preparing-numbers .number-tile")).isEmpty();

        gateway.push("order.removed", Json.write(order("o1", "142", "fulfilled", T0.minusSeconds(600), T0)));
        await(() -> texts(robot, ".ready-numbers .number-tile").equals(List.of("143")), "142 collected");

        gateway.close();
        await(() -> robot.lookup(".connection-lost").queryLabeled().isVisible(), "the connection-lost banner");
        assertThat(text(robot, ".connection-lost")).isEqualTo("Forbindelsen er afbrudt – spørg ved disken");
        assertThat(text(robot, ".connection")).startsWith("Offline siden");
        assertThat(text(robot, ".menu-title")).as("the last menu stays").isEqualTo("Aftensmad");
    }

    @Test
    void retriesFailedMenuReadsKeepsTheLastMenuAndSignsInAgainWhenTheSessionEnds(FxRobot robot) throws Exception {
        gateway = FakeSignageGateway.start(new Answer(200, SampleMenus.LUNCH));
        gateway.queueMenuAnswer(new Answer(503, "Service Unavailable"));
        gateway.queueMenuAnswer(new Answer(500, "{\"statusCode\": 500}"));
        gateway.queueMenuAnswer(new Answer(200, "{\"items\": 42}"));
        startSession();
        await(() -> session.screen().isMenuShown(), "the menu after three failed reads");
        assertThat(gateway.menuRequests()).isEqualTo(4);
        assertThat(text(robot, ".menu-title")).isEqualTo("Frokost");
        await(() -> text(robot, ".connection").equals("Live"), "the live order stream");

        gateway.answerMenu(new Answer(502, "Bad Gateway"));
        gateway.push("availability.updated", "{\"item_id\": \"i3\", \"available\": true}");
        await(() -> gateway.menuRequests() >= 6, "re-reads after availability.updated, backing off");
        assertThat(session.screen().isMenuShown()).isTrue();
        assertThat(text(robot, ".menu-title")).as("the last menu stays on errors").isEqualTo("Frokost");

        gateway.expireSession();
        gateway.answerMenu(new Answer(200, SampleMenus.DINNER));
        await(() -> text(robot, ".menu-title").equals("Aftensmad"), "the menu after signing in again");
        assertThat(gateway.signIns()).isEqualTo(2);
    }

    @Test
    void withoutAMenuRouteTheOrderBoardFillsTheScreenUntilAMenuArrives(FxRobot robot) throws Exception {
        gateway = FakeSignageGateway.start(new Answer(404, "Not Found"));
        gateway.setOrders(List.of(order("o1", "142", "ready", T0.minusSeconds(600), T0.minusSeconds(60))));
        startSession();
        await(() -> text(robot, ".connection").equals("Live") && gateway.menuRequests() >= 1, "the first read");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.screen().isMenuShown()).isFalse();
        assertThat(session.screen().readyBoard().isWide()).isTrue();
        assertThat(robot.lookup(".menu-board").tryQuery()).isEmpty();
        assertThat(texts(robot, ".ready-numbers .number-tile")).containsExactly("142");

        gateway.push("menu.updated", SampleMenus.LUNCH.replace("\n", " "));
        await(() -> session.screen().isMenuShown(), "the menu from the event");
        assertThat(session.screen().readyBoard().isWide()).isFalse();
        assertThat(robot.lookup(".menu-board").tryQuery()).isPresent();

        gateway.push("menu.updated", "{\"location_id\": \"x\", \"at\": \"2026-06-01T16:00:00Z\", \"daypart\": null,"
                + " \"items\": []}");
        await(() -> !session.screen().isMenuShown(), "an empty menu to give the screen back to the order board");
        assertThat(session.screen().readyBoard().isWide()).isTrue();
    }

    private void startSession() throws Exception {
        Properties properties = new Properties();
        properties.setProperty(KioskConfig.GATEWAY_URL, gateway.baseUrl());
        properties.setProperty(KioskConfig.KIOSK_TOKEN, "kiosk-token");
        session = SignageSession.open(KioskConfig.from(properties, "test"), SETTINGS, Clock.systemUTC());
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(session.screen(), 1280, 720));
            stage.show();
        }).get();
        session.start();
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                if (WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get()) {
                    return;
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static MenuItemView item(FxRobot robot, String name) {
        return robot.lookup(".menu-item").queryAllAs(MenuItemView.class).stream()
                .filter(view -> view.item().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + name));
    }

    /** The price as shown, with the no-break space the Danish format puts before "kr." made plain. */
    private static String priceOf(FxRobot robot, String name) {
        Node price = item(robot, name).lookup(".item-price");
        return price == null ? null : ((Label) price).getText().replace('\u00a0', ' ');
    }
}
