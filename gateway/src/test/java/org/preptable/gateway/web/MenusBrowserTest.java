package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preptable.gateway.kds.KdsFixtures;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;
import org.preptable.gateway.testing.WebhookSender;

/**
 * The menus screen ({@code /menus?location=}) and kitchen speed ({@code /speed}) in Chromium, signed in as the head
 * chef: the week view of a location's dayparts and placements; a sold-out toggle reaches a guest's board (a second
 * Chromium at {@code /menu/{location}}) within a second, and back; a menu-health finding (an empty daypart) with its
 * link; a refused overlapping daypart shown in place; a placement added, edited and deleted and a daypart deleted
 * through the forms, each checked over the API; kitchen speed showing the p50 and p90 of two tickets rung up through
 * the Saavor webhook and bumped through the transition API, with the chart's values; axe on each, and at a phone's
 * width; a manager's screen opens on their own location, a line cook is kept off menus and sees kitchen speed.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MenusBrowserTest {

    @AutoClose
    private static Chromium browser;
    @AutoClose
    private static Chromium guest;
    private static ApiClient admin;
    private static Kitchen kitchen;
    private static String location;
    private static String water;
    private static String midnight;
    private static String burgerMeal;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        admin = api.as(api.admin());
        kitchen = KdsFixtures.kitchen(api); // UTC, a Saavor store ref and a grill station taking the burger code
        location = kitchen.locationId().toString();
        String menu = id(admin.post("/menus", Map.of("name", "Menu " + kitchen.storeRef())));
        String allDay = id(admin.post("/locations/" + location + "/dayparts",
                Map.of("name", "All day", "start_time", "00:00", "end_time", "23:59")));
        // the one minute left: a daypart nothing is placed on, which menu health reports as empty
        midnight = id(admin.post("/locations/" + location + "/dayparts",
                Map.of("name", "Midnight", "start_time", "23:59", "end_time", "00:00")));
        burgerMeal = id(admin.post("/meals", Map.of("name", "Classic burger", "item_code", KdsFixtures.burger(kitchen),
                "components", List.of())));
        String item = id(admin.post("/items", Map.of("sku", "WATER-" + kitchen.storeRef(), "name", "Danskvand",
                "unit", "ea")));
        id(admin.post("/locations/" + location + "/placements", placement(menu, allDay, "meal_id", burgerMeal, 1295, 1)));
        water = id(admin.post("/locations/" + location + "/placements", placement(menu, allDay, "item_id", item, 250, 2)));
        browser = Chromium.open(gateway);
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
    }

    private static Map<String, Object> placement(String menu, String daypart, String kind, String target, long price,
                                                 int position) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("menu_id", menu);
        body.put("daypart_id", daypart);
        body.put(kind, target);
        body.put("weekdays", List.of(1, 2, 3, 4, 5, 6, 7));
        body.put("dates", List.of());
        body.put("price_cents", price);
        body.put("available", true);
        body.put("position", position);
        return body;
    }

    private static String id(ApiResponse created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static JsonNode placementNamed(String name) {
        for (JsonNode p : admin.get("/locations/" + location + "/placements").json()) {
            if (name.equals(p.get("name").asText()) && p.get("daypart_id").asText().equals(midnight)) {
                return p;
            }
        }
        return null;
    }

    @Test
    @Order(1)
    void theWeekViewAndAMenuHealthFinding() {
        browser.go("/menus?location=" + location);
        browser.awaitHeading("Menus: Kitchen " + kitchen.storeRef());
        browser.awaitText(By.cssSelector(".week-view"), "Classic burger");
        // served every day: one entry per weekday column of the All day row
        assertThat(browser.driver.findElements(By.cssSelector(".week-view [data-placement='" + water + "']")))
                .hasSize(7);
        browser.awaitText(By.cssSelector(".week-view"), "12.95");
        browser.awaitText(By.cssSelector(".finding[data-code='daypart_empty']"), "Midnight");
        browser.click(By.linkText("Go to the daypart Midnight"));
        new WebDriverWait(browser.driver, Chromium.WAIT).withMessage(browser::diagnosis)
                .until(d -> ("daypart-" + midnight).equals(
                        d.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.path()).isEqualTo("/menus");
        browser.assertAccessible("menus");

        // next week, kept in the URL across a reload, and back to this week
        String monday = java.time.LocalDate.now().with(java.time.DayOfWeek.MONDAY).toString();
        String next = java.time.LocalDate.parse(monday).plusWeeks(1).toString();
        browser.awaitText(By.id("week-heading"), "Week of " + monday);
        browser.click(By.xpath("//button[normalize-space()='Next week']"));
        browser.awaitText(By.id("week-heading"), "Week of " + next);
        assertThat(browser.driver.getCurrentUrl()).contains("week=" + next).contains("location=" + location);
        browser.driver.navigate().refresh();
        browser.awaitText(By.id("week-heading"), "Week of " + next);
        browser.awaitText(By.cssSelector(".week-view caption"), next);
        assertThat(browser.driver.findElements(By.cssSelector(".week-view [data-placement='" + water + "']")))
                .hasSize(7);
        browser.click(By.xpath("//button[normalize-space()='This week']"));
        browser.awaitText(By.id("week-heading"), "Week of " + monday);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("week=");
    }

    @Test
    @Order(2)
    void soldOutReachesTheGuestBoardWithinASecondAndBack(TestGateway gateway) {
        guest = Chromium.open(gateway);
        guest.go("/menu/" + location);
        By onBoard = By.cssSelector("[data-placement='" + water + "']");
        guest.awaitText(onBoard, "Danskvand");
        assertThat(guest.driver.findElement(onBoard).getText()).doesNotContain("Udsolgt");

        By toggle = By.cssSelector("button[aria-label='Sold out: Danskvand at All day']");
        long clicked = System.nanoTime();
        browser.click(toggle);
        new WebDriverWait(guest.driver, Duration.ofSeconds(5), Duration.ofMillis(20)).withMessage(guest::diagnosis)
                .until(d -> d.findElement(onBoard).getText().contains("Udsolgt"));
        long millis = (System.nanoTime() - clicked) / 1_000_000;
        System.out.println("MenusBrowserTest: sold out on the menus screen to the guest board in " + millis + " ms");
        assertThat(millis).as("click on the menus screen to the guest's board, ms").isLessThan(1000);
        assertThat(admin.get("/locations/" + location + "/placements").json().findValues("available").stream()
                .filter(v -> !v.asBoolean()).count()).as("one placement sold out in the gateway").isEqualTo(1);
        browser.awaitText(toggle, "Sold out");
        assertThat(browser.driver.findElement(toggle).getAttribute("aria-pressed")).isEqualTo("true");
        browser.awaitText(By.cssSelector(".week-view [data-placement='" + water + "']"), "Sold out");
        browser.assertAccessible("menus with a sold-out placement");

        long back = System.nanoTime();
        browser.click(toggle);
        new WebDriverWait(guest.driver, Duration.ofSeconds(5), Duration.ofMillis(20)).withMessage(guest::diagnosis)
                .until(d -> !d.findElement(onBoard).getText().contains("Udsolgt"));
        System.out.println("MenusBrowserTest: available again on the guest board in "
                + (System.nanoTime() - back) / 1_000_000 + " ms");
        browser.awaitText(toggle, "Available");
        assertThat(admin.get("/locations/" + location + "/placements").json().findValues("available"))
                .allMatch(JsonNode::asBoolean);
        guest.close();
        guest = null;
    }

    @Test
    @Order(3)
    void daypartsAndPlacementsThroughTheForms() {
        // an overlapping daypart: the gateway's 409 in the banner, with its reference
        browser.type(By.id("daypart-name"), "Brunch");
        time("daypart-start", "10:00");
        time("daypart-end", "11:30");
        browser.click(By.xpath("//button[normalize-space()='Add daypart']"));
        browser.awaitText(By.cssSelector("pt-error-banner"), "overlaps daypart 'All day'");
        browser.awaitText(By.cssSelector("pt-error-banner"), "Reference:");
        browser.assertAccessible("menus with a refused daypart");

        // a placement on the empty daypart, Saturdays only
        new Select(browser.await(By.id("placement-menu"))).selectByVisibleText("Menu " + kitchen.storeRef());
        new Select(browser.await(By.id("placement-daypart"))).selectByVisibleText("Midnight (23:59–00:00)");
        new Select(browser.await(By.id("placement-target"))).selectByVisibleText("Classic burger");
        browser.type(By.id("placement-price"), "9.50");
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday")) {
            browser.click(By.xpath("//form[@id='placement-form']//label[normalize-space()='" + day + "']/input"));
        }
        browser.click(By.xpath("//button[normalize-space()='Add placement']"));
        browser.awaitText(By.cssSelector(".week-view [data-daypart='" + midnight + "'][data-day='6']"),
                "Classic burger");
        JsonNode placed = placementNamed("Classic burger");
        assertThat(placed).as("the placement in the gateway").isNotNull();
        assertThat(placed.get("price_cents").asLong()).isEqualTo(950);
        assertThat(placed.get("weekdays").toString()).isEqualTo("[6]");
        assertThat(browser.driver.findElements(By.cssSelector(".week-view [data-daypart='" + midnight
                + "'][data-day='5'] [data-placement]"))).isEmpty();

        // edited: a new price
        browser.click(By.cssSelector("button[aria-label='Edit Classic burger at Midnight']"));
        browser.type(By.id("placement-price"), "10");
        browser.click(By.xpath("//button[normalize-space()='Save placement']"));
        browser.awaitText(By.cssSelector(".week-view [data-daypart='" + midnight + "'][data-day='6']"), "10.00");
        assertThat(placementNamed("Classic burger").get("price_cents").asLong()).isEqualTo(1000);

        // deleted, after the confirmation; then the daypart, now unused
        browser.click(By.cssSelector("button[aria-label='Delete Classic burger at Midnight']"));
        browser.click(By.xpath("//dialog//button[normalize-space()='Delete']"));
        new WebDriverWait(browser.driver, Chromium.WAIT).withMessage(browser::diagnosis)
                .until(d -> d.findElements(By.cssSelector("button[aria-label='Delete Classic burger at Midnight']"))
                        .isEmpty());
        assertThat(placementNamed("Classic burger")).as("deleted in the gateway").isNull();
        centred(By.cssSelector("button[aria-label='Delete daypart Midnight']")); // not under the toasts
        browser.click(By.cssSelector("button[aria-label='Delete daypart Midnight']"));
        browser.click(By.xpath("//dialog//button[normalize-space()='Delete']"));
        new WebDriverWait(browser.driver, Chromium.WAIT).withMessage(browser::diagnosis)
                .until(d -> d.findElements(By.cssSelector(".finding[data-code='daypart_empty']")).isEmpty());
        assertThat(admin.get("/locations/" + location + "/dayparts").json().findValues("name").toString())
                .doesNotContain("Midnight");
        browser.assertAccessible("menus after the edits");
    }

    @Test
    @Order(4)
    void kitchenSpeedShowsTheTicketsRungUpAndBumped(ApiClient api) throws Exception {
        WebhookSender saavor = new WebhookSender(api);
        long grill = kitchen.grillStationId();
        for (int n = 0; n < 2; n++) {
            ApiResponse sent = saavor.send(event("order.created", kitchen.storeRef(), "S-" + UUID.randomUUID(),
                    Instant.now(), line(KdsFixtures.burger(kitchen), "Classic burger", 1)));
            assertThat(sent.status()).as(sent.body()).isBetween(200, 299);
        }
        JsonNode orders = admin.get("/locations/" + location + "/orders").json();
        assertThat(orders).hasSize(2);
        int wait = 300;
        for (JsonNode order : orders) {
            String path = "/locations/" + location + "/orders/" + order.get("id").asText() + "/transition";
            Thread.sleep(wait);
            assertThat(admin.post(path, Map.of("from", "queued", "to", "preparing", "station_id", grill)).status())
                    .isEqualTo(200);
            Thread.sleep(wait);
            ApiResponse ready = admin.post(path, Map.of("from", "preparing", "to", "ready", "station_id", grill));
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            wait += 400;
        }
        JsonNode today = admin.get("/locations/" + location + "/speed").json().get("stations").get(0);
        assertThat(today.get("station_id").asLong()).isEqualTo(grill);
        JsonNode wholeWait = today.get("all_day").get("queued_to_ready");
        assertThat(wholeWait.get("count").asInt()).isEqualTo(2);
        double p50 = wholeWait.get("p50_seconds").asDouble();
        double p90 = wholeWait.get("p90_seconds").asDouble();

        browser.go("/speed?location=" + location);
        browser.awaitHeading("Kitchen speed");
        By section = By.cssSelector(".speed-station[data-station='" + grill + "']");
        browser.awaitText(section, "Grill " + kitchen.storeRef());
        String summary = browser.driver.findElement(By.cssSelector(".speed-summary tbody tr")).getText();
        assertThat(summary).startsWith("Today").contains("2").contains(seconds(p50)).contains(seconds(p90));
        System.out.println("MenusBrowserTest: kitchen speed today p50 " + p50 + " s, p90 " + p90 + " s");

        // the chart drew the same numbers: today is its last point
        JsonNode drawn = new ObjectMapper().readTree(
                browser.await(By.cssSelector(".speed-station pt-chart[data-values]")).getAttribute("data-values"));
        assertThat(drawn).hasSize(2);
        assertThat(drawn.get(0)).hasSize(7);
        assertThat(drawn.get(0).get(6).asDouble()).isEqualTo(p50);
        assertThat(drawn.get(1).get(6).asDouble()).isEqualTo(p90);
        assertThat(drawn.get(0).get(0).isNull()).as("no tickets six days ago").isTrue();
        browser.assertAccessible("kitchen speed");

        // the dark theme: the chart draws again in the theme's text colour
        String colour = "return [document.querySelector('pt-chart').chart.options.color,"
                + " getComputedStyle(document.documentElement).getPropertyValue('--text').trim()]";
        browser.click(By.xpath("//button[normalize-space()='Switch theme']"));
        new WebDriverWait(browser.driver, Chromium.WAIT).withMessage(browser::diagnosis).until(d -> {
            List<?> pair = (List<?>) browser.driver.executeScript(colour);
            return "dark".equals(browser.driver.executeScript("return document.documentElement.dataset.theme"))
                    && pair.get(0).equals(pair.get(1));
        });
        browser.assertAccessible("kitchen speed, dark theme");
        browser.click(By.xpath("//button[normalize-space()='Switch theme']"));

        // the station filter is kept in the URL across a reload
        new Select(browser.await(By.id("speed-station"))).selectByVisibleText("Grill " + kitchen.storeRef());
        new WebDriverWait(browser.driver, Chromium.WAIT).until(d -> d.getCurrentUrl().contains("station=" + grill));
        browser.driver.navigate().refresh();
        browser.awaitText(section, "Grill " + kitchen.storeRef());
        assertThat(new Select(browser.await(By.id("speed-station"))).getFirstSelectedOption().getText())
                .isEqualTo("Grill " + kitchen.storeRef());
    }

    @Test
    @Order(5)
    void bothScreensAtAPhonesWidth() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.go("/menus?location=" + location);
            browser.awaitText(By.cssSelector(".week-view"), "Danskvand");
            assertNoSidewaysScroll("menus");
            browser.assertAccessible("menus on a phone");
            browser.go("/speed?location=" + location);
            browser.await(By.cssSelector(".speed-station pt-chart[data-values]"));
            assertNoSidewaysScroll("kitchen speed");
            browser.assertAccessible("kitchen speed on a phone");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void centred(By by) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.await(by));
    }

    /**
     * Sets a time field as its picker would: typing into its segments depends on whether the browser's locale shows
     * a 12- or 24-hour clock, so the value is set and the input event the screen listens to is sent.
     */
    private static void time(String id, String value) {
        browser.driver.executeScript("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
        assertThat(browser.await(By.id(id)).getAttribute("value")).isEqualTo(value);
    }

    @Test
    @Order(6)
    void aManagerOpensOnTheirLocationAndALineCookOnKitchenSpeedOnly(TestGateway gateway, ApiClient api) {
        // a location before the test's by name, so the default is the manager's own and not the first of all
        assertThat(admin.post("/locations", Map.of("name", "Aardvark " + kitchen.storeRef(), "timezone", "UTC"))
                .status()).isEqualTo(201);
        TestUser manager = api.newUser("manager");
        assertThat(admin.put("/admin/users/" + manager.id() + "/locations",
                Map.of("location_ids", List.of(location))).status()).isEqualTo(200);
        guest = Chromium.open(gateway);
        SignIn.withPassword(guest, manager.email(), manager.password());
        guest.go("/menus");
        guest.awaitHeading("Menus: Kitchen " + kitchen.storeRef());
        guest.awaitText(By.cssSelector(".week-view"), "Danskvand");
        assertThat(guest.driver.getCurrentUrl()).contains("location=" + location);
        assertThat(guest.driver.findElements(By.cssSelector("pt-error-banner .error-banner"))).isEmpty();
        guest.close();

        TestUser cook = api.newUser("LINE_COOK");
        guest = Chromium.open(gateway);
        SignIn.withPassword(guest, cook.email(), cook.password());
        guest.go("/menus?location=" + location);
        guest.awaitText(By.tagName("main"), "Not for your role");
        guest.go("/speed?location=" + location);
        guest.awaitText(By.cssSelector(".speed-station[data-station='" + kitchen.grillStationId() + "']"),
                "Grill " + kitchen.storeRef());
        guest.assertAccessible("kitchen speed for a line cook");
        guest.close();
        guest = null;
    }

    private static void assertNoSidewaysScroll(String screen) {
        Object overflow = browser.driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).as(screen + " scrolls sideways at 390 px").isEqualTo(false);
    }

    /** As the screen writes seconds (pages/speed-page.js). */
    private static String seconds(double value) {
        if (value < 60) {
            return String.format(java.util.Locale.ROOT, "%.1f s", value);
        }
        long whole = Math.round(value);
        return whole / 60 + " min " + String.format("%02d", whole % 60) + " s";
    }
}
