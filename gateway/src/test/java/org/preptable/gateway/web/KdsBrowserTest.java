package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preptable.gateway.kds.KdsFixtures;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;

/**
 * The kitchen display in Chromium (/kds/{location}), signed in with the location's kiosk token: a POS order sent
 * through the Saavor webhook shows within a second, the keyboard bumps it to ready (held, then sent with `from`),
 * the gateway's state follows; the offline banner shows when the network drops, and an order rung up meanwhile
 * arrives after the stream resumes with Last-Event-ID; a hung gateway (a {@link HangingProxy} that stops forwarding)
 * is OFFLINE within 5 s; a bump made offline survives closing the tab and is applied once; tickets keep their slots,
 * the board pages, recall and all day answer their keys. axe-core on every new state. One visit, in order.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KdsBrowserTest {

    @AutoClose
    private static Chromium browser;
    private static ApiClient admin;
    private static WebhookSender saavor;
    private static Kitchen kitchen;
    private static String token;
    private static final String SOUP = "SOUP-" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        admin = api.as(api.admin());
        saavor = new WebhookSender(api);
        kitchen = KdsFixtures.kitchen(api);
        ApiResponse rotated = admin.post("/locations/" + kitchen.locationId() + "/kiosk_token/rotate", null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        token = rotated.json().get("token").asText();
        // a meal carrying the soup's item code gives its order lines Gluten (1) and Milk (7); no station takes it
        ApiResponse soup = admin.post("/meals", java.util.Map.of("name", "Tomato soup " + kitchen.storeRef(),
                "item_code", SOUP, "allergen_ids", java.util.List.of(7, 1)));
        assertThat(soup.status()).as(soup.body()).isEqualTo(201);
        browser = Chromium.open(gateway);
    }


    @Test
    @Order(1)
    void theKioskTokenOpensTheDarkBoard() {
        browser.go("/kds/" + kitchen.locationId());
        browser.await(By.id("kiosk-token"));
        browser.assertAccessible("kitchen display sign-in");
        browser.type(By.id("kiosk-token"), "ptk_wrong");
        browser.click(By.xpath("//button[normalize-space()='Open the kitchen display']"));
        browser.awaitText(By.cssSelector("pt-error-banner"), "Invalid kiosk token");
        browser.type(By.id("kiosk-token"), token);
        browser.click(By.xpath("//button[normalize-space()='Open the kitchen display']"));
        browser.awaitText(By.cssSelector(".kds-link"), "live");
        assertThat(browser.driver.executeScript("return document.documentElement.dataset.theme")).isEqualTo("dark");
        assertThat(browser.mainText()).contains("No orders on the screen");
    }

    @Test
    @Order(2)
    void aPosOrderAppearsWithinASecondAndTheKeyboardBumpsItToReady() {
        long sent = System.nanoTime();
        ApiResponse posted = saavor.send(event("order.created", kitchen.storeRef(), "S-" + UUID.randomUUID(),
                Instant.now(), line(KdsFixtures.burger(kitchen), "Classic burger", 2, "no onion")));
        assertThat(posted.status()).as(posted.body()).isBetween(200, 299);
        new WebDriverWait(browser.driver, Duration.ofSeconds(5), Duration.ofMillis(20))
                .withMessage(browser::diagnosis)
                .until(d -> !d.findElements(By.cssSelector("pt-kds-ticket article")).isEmpty());
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(millis).as("webhook to ticket on screen, ms").isLessThan(1000);
        System.out.println("KdsBrowserTest: POS order on the browser kitchen display after " + millis + " ms");
        browser.awaitText(By.cssSelector("pt-kds-ticket"), "2 × Classic burger");
        browser.awaitText(By.cssSelector("pt-kds-ticket"), "NEW");
        browser.assertAccessible("kitchen display with a ticket");

        // a held bump is undone with ⌫ and never sent
        new Actions(browser.driver).sendKeys("1").sendKeys(Keys.ENTER).perform();
        browser.awaitText(By.cssSelector("pt-kds-ticket .held"), "COOKING");
        new Actions(browser.driver).sendKeys(Keys.BACK_SPACE).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).withMessage(browser::diagnosis)
                .until(d -> d.findElements(By.cssSelector("pt-kds-ticket .held")).isEmpty());
        new Actions(browser.driver).pause(Duration.ofMillis(3500)).perform();
        assertThat(admin.get("/locations/" + kitchen.locationId() + "/orders").json().get(0).get("prep_state").asText())
                .as("undone, so never sent").isEqualTo("queued");

        // 1 selects it; Enter holds a bump to COOKING, Enter again aims for READY in the same held move
        new Actions(browser.driver).sendKeys("1").sendKeys(Keys.ENTER).perform();
        browser.awaitText(By.cssSelector("pt-kds-ticket .held"), "COOKING");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.awaitText(By.cssSelector("pt-kds-ticket .held"), "READY");
        browser.awaitText(By.cssSelector("pt-kds-ticket .chip-ready"), "READY");
        JsonNode order = admin.get("/locations/" + kitchen.locationId() + "/orders").json().get(0);
        assertThat(order.get("prep_state").asText()).isEqualTo("ready");
        assertThat(browser.driver.findElements(By.cssSelector("pt-kds-ticket .held"))).isEmpty();
    }

    @Test
    @Order(3)
    void theOfflineBannerShowsWhenTheLinkDropsAndTheStreamResumes() {
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver.setNetworkConditions(offline);
        browser.awaitText(By.cssSelector(".kds-offline"), "OFFLINE");
        browser.awaitText(By.cssSelector(".kds-link"), "offline");
        browser.assertAccessible("kitchen display offline");

        // rung up while the screen is away: the resumed stream (Last-Event-ID) brings it
        saavor.send(event("order.created", kitchen.storeRef(), "S-" + UUID.randomUUID(), Instant.now(),
                line(KdsFixtures.burger(kitchen), "Steak frites", 1)));
        browser.driver.deleteNetworkConditions();
        browser.awaitText(By.cssSelector(".kds-link"), "live");
        browser.awaitText(By.cssSelector(".kds-board"), "1 × Steak frites");
        assertThat(browser.driver.findElements(By.cssSelector(".kds-offline"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("pt-kds-ticket article"))).hasSize(2);

        // F toggles rush on the selected ticket (through the gateway: the event brings the RUSH chip), and back
        By steak = By.xpath("//pt-kds-ticket[.//*[contains(., 'Steak frites')]]");
        new Actions(browser.driver).sendKeys("2").sendKeys("f").perform();
        browser.awaitText(steak, "RUSH");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).withMessage(browser::diagnosis).until(d ->
                d.findElements(By.cssSelector("pt-kds-ticket")).get(0).getText().contains("Steak frites"));
        new Actions(browser.driver).sendKeys("1").sendKeys("f").perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).withMessage(browser::diagnosis).until(d ->
                !d.findElement(steak).getText().contains("RUSH"));
    }

    @Test
    @Order(4)
    void aMoveToReadyOfAllergensAsksForASecondPress() {
        saavor.send(event("order.created", kitchen.storeRef(), "S-" + UUID.randomUUID(), Instant.now(),
                line(SOUP, "Tomato soup", 1)));
        By soup = By.xpath("//pt-kds-ticket[.//*[contains(., 'Tomato soup')]]");
        browser.awaitText(soup, "⚠ 1 Gluten, 7 Milk");
        new Actions(browser.driver).sendKeys("3").sendKeys(Keys.ENTER).perform();
        browser.awaitText(soup, "COOKING in");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(browser::diagnosis)
                .until(d -> d.findElement(soup).findElements(By.cssSelector(".held")).isEmpty());
        browser.awaitText(soup, "COOKING");

        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.awaitText(soup, "ALLERGENS: Gluten, Milk — press again to confirm");
        browser.assertAccessible("kitchen display, allergen prompt");
        new Actions(browser.driver).pause(Duration.ofMillis(600)).sendKeys(Keys.ENTER).perform();
        browser.awaitText(soup, "READY in");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(browser::diagnosis).until(d ->
                admin.get("/locations/" + kitchen.locationId() + "/orders?state=ready").json().size() == 2);
        browser.awaitText(By.xpath("//pt-kds-ticket[.//*[contains(., 'Tomato soup')]]//span[contains(@class,'chip-ready')]"),
                "READY");
    }

    @Test
    @Order(5)
    void aHungGatewayIsOfflineWithin5sAndTheStreamResumesFromLastEventId(TestGateway gateway) throws Exception {
        try (HangingProxy proxy = HangingProxy.to(gateway.gateway().port())) {
            // the same kiosk cookie (cookies do not look at the port), through the proxy
            browser.driver.get("http://localhost:" + proxy.port() + "/kds/" + kitchen.locationId());
            browser.awaitText(By.cssSelector(".kds-link"), "live");
            browser.awaitText(By.cssSelector(".kds-board"), "Tomato soup");
            int before = browser.driver.findElements(By.cssSelector("pt-kds-ticket article")).size();

            long hung = System.nanoTime();
            proxy.hang(); // the TCP connection stays open; not a byte more, heartbeats included
            new WebDriverWait(browser.driver, Duration.ofSeconds(10), Duration.ofMillis(50)).withMessage(browser::diagnosis)
                    .until(d -> !d.findElements(By.cssSelector(".kds-offline")).isEmpty());
            long offline = (System.nanoTime() - hung) / 1_000_000;
            System.out.println("KdsBrowserTest: offline banner " + offline + " ms after the gateway hung");
            assertThat(offline).as("OFFLINE after a hang, ms (silence limit 4.5 s)").isLessThan(5000);
            browser.awaitText(By.cssSelector(".kds-offline"), "no word from the gateway for 4.5 s");
            browser.awaitText(By.cssSelector(".kds-link"), "offline");
            browser.assertAccessible("kitchen display, gateway silent");

            // rung up while the gateway is silent to this screen: it arrives once the bytes flow again
            saavor.send(event("order.created", kitchen.storeRef(), "S-" + UUID.randomUUID(), Instant.now(),
                    line(KdsFixtures.burger(kitchen), "Club sandwich", 1)));
            new Actions(browser.driver).pause(Duration.ofMillis(1500)).perform(); // a retry or two meet the hang too
            long resumed = System.nanoTime();
            proxy.resume();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10), Duration.ofMillis(50)).withMessage(browser::diagnosis)
                    .until(d -> d.findElement(By.cssSelector(".kds-link")).getText().contains("live"));
            long live = (System.nanoTime() - resumed) / 1_000_000;
            System.out.println("KdsBrowserTest: live " + live + " ms after the gateway answered again");
            assertThat(live).as("LIVE after the hang ends, ms").isLessThan(2000);
            browser.awaitText(By.cssSelector(".kds-board"), "1 × Club sandwich");
            assertThat(browser.driver.findElements(By.cssSelector(".kds-offline"))).isEmpty();
            assertThat(browser.driver.findElements(By.xpath("//pt-kds-ticket[.//*[contains(., 'Club sandwich')]]")))
                    .as("no duplicate").hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector("pt-kds-ticket article"))).hasSize(before + 1);
        }
        browser.go("/kds/" + kitchen.locationId());
        browser.awaitText(By.cssSelector(".kds-link"), "live");
    }

    @Test
    @Order(6)
    void aBumpMadeOfflineSurvivesClosingThePageAndIsAppliedOnce() {
        String location = kitchen.locationId().toString();
        By club = By.xpath("//pt-kds-ticket[.//*[contains(., 'Club sandwich')]]");
        browser.awaitText(club, "NEW");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver.setNetworkConditions(offline);
        browser.awaitText(By.cssSelector(".kds-offline"), "OFFLINE");
        browser.driver.findElement(club).findElement(By.cssSelector("button.bump")).click();
        browser.awaitText(By.cssSelector(".kds-offline"), "1 bump waiting, will be sent");
        new Actions(browser.driver).pause(Duration.ofMillis(2000)).perform(); // two retries meet no network
        assertThat(clubState()).as("nothing sent while offline").isEqualTo("queued");
        assertThat((String) browser.driver.executeScript("return localStorage.getItem(arguments[0])",
                "preptable.kds.bumps." + location + ".expo")).contains("\"to\":\"preparing\"");

        // the tab is closed (its page and memory with it), the network comes back, a new tab opens the screen
        String old = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.driver.getWindowHandle();
        browser.driver.switchTo().window(old).close();
        browser.driver.switchTo().window(fresh);
        browser.driver.deleteNetworkConditions();
        assertThat(clubState()).as("nothing sent yet").isEqualTo("queued");
        browser.go("/kds/" + location);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(browser::diagnosis)
                .until(d -> "preparing".equals(clubState()));
        browser.awaitText(club, "COOKING");
        assertThat(browser.driver.executeScript("return localStorage.getItem(arguments[0])",
                "preptable.kds.bumps." + location + ".expo")).as("sent, so no longer kept").isNull();

        // a tab closed after its bump reached the gateway but before the answer: the page resends it, the gateway
        // answers 409 with the order as it is, and nothing moves further or shows an error
        String clubId = browser.driver.findElement(club).findElement(By.cssSelector("article")).getAttribute("data-order");
        browser.driver.executeScript("localStorage.setItem(arguments[0], JSON.stringify([{id: arguments[1],"
                + " from: 'queued', to: 'preparing', clear: false, confirmed: false, station: null}]))",
                "preptable.kds.bumps." + location + ".expo", clubId);
        browser.go("/kds/" + location);
        browser.awaitText(By.cssSelector(".kds-link"), "live");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(browser::diagnosis).until(d ->
                browser.driver.executeScript("return localStorage.getItem(arguments[0])",
                        "preptable.kds.bumps." + location + ".expo") == null);
        assertThat(clubState()).isEqualTo("preparing");
        browser.awaitText(club, "COOKING");
        assertThat(browser.driver.findElement(By.cssSelector("pt-error-banner")).getText()).isBlank();
    }

    private static String clubState() {
        for (JsonNode order : admin.get("/locations/" + kitchen.locationId() + "/orders").json()) {
            if (order.toString().contains("Club sandwich")) {
                return order.get("prep_state").asText();
            }
        }
        return null;
    }

    @Test
    @Order(7)
    void ticketsKeepTheirSlotsTheBoardPagesAndRecallAndAllDayWorkFromTheKeys() {
        String location = kitchen.locationId().toString();
        // one row of three columns (1280 px): burger, steak, soup on page 1, the club sandwich on page 2
        browser.go("/kds/" + location + "?rows=1&hold=0");
        browser.awaitText(By.cssSelector(".kds-link"), "live");
        browser.awaitText(By.cssSelector(".kds-page"), "Page 1/2");
        By tickets = By.cssSelector(".kds-board pt-kds-ticket");
        assertThat(browser.driver.findElements(tickets)).hasSize(3);
        By steak = By.xpath("//pt-kds-ticket[.//*[contains(., 'Steak frites')]]");
        assertThat(browser.driver.findElement(steak).findElement(By.cssSelector(".key")).getText()).isEqualTo("2");
        assertThat(browser.driver.findElements(By.cssSelector(".kds-board > li"))).hasSize(3);

        // Page Down turns to page 2 (its first ticket selected, key 1); the left arrow walks back onto page 1
        new Actions(browser.driver).sendKeys(Keys.PAGE_DOWN).perform();
        browser.awaitText(By.cssSelector(".kds-page"), "Page 2/2");
        browser.awaitText(By.cssSelector(".ticket.selected"), "Club sandwich");
        assertThat(browser.driver.findElements(tickets)).hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector(".ticket.selected .key")).getText()).isEqualTo("1");
        browser.assertAccessible("kitchen display, page 2 of 2");
        new Actions(browser.driver).sendKeys(Keys.ARROW_LEFT).perform();
        browser.awaitText(By.cssSelector(".kds-page"), "Page 1/2");
        browser.awaitText(By.cssSelector(".ticket.selected"), "Tomato soup");
        new Actions(browser.driver).sendKeys(Keys.PAGE_UP).sendKeys(Keys.PAGE_UP).perform();
        browser.awaitText(By.cssSelector(".kds-page"), "Page 1/2");
        // the touch bar does the same, and its buttons never keep the focus (Enter still bumps)
        browser.click(By.cssSelector(".kds-touch button[aria-label='Next page']"));
        browser.awaitText(By.cssSelector(".kds-page"), "Page 2/2");
        browser.click(By.cssSelector(".kds-touch button[aria-label='Previous page']"));
        browser.awaitText(By.cssSelector(".kds-page"), "Page 1/2");

        // 1 and Enter clear the ready burger (no hold): its slot stays empty, the steak keeps key 2 meanwhile
        new Actions(browser.driver).sendKeys("1").sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5), Duration.ofMillis(50)).withMessage(browser::diagnosis)
                .until(d -> d.findElements(By.xpath("//pt-kds-ticket[.//*[contains(., 'Classic burger')]]")).isEmpty());
        long left = System.nanoTime();
        assertThat(browser.driver.findElements(By.cssSelector(".kds-board > li.slot-empty"))).hasSize(1);
        assertThat(browser.driver.findElement(steak).findElement(By.cssSelector(".key")).getText()).isEqualTo("2");
        new Actions(browser.driver).sendKeys("1").perform(); // an empty slot: nothing to select
        assertThat(browser.driver.findElements(By.cssSelector(".ticket.selected"))).hasSize(1);
        // nobody presses a key for 5 s: the gaps close, the steak moves up to key 1 and one page holds all
        new WebDriverWait(browser.driver, Duration.ofSeconds(10), Duration.ofMillis(100)).withMessage(browser::diagnosis)
                .until(d -> d.findElement(steak).findElement(By.cssSelector(".key")).getText().equals("1"));
        long closed = (System.nanoTime() - left) / 1_000_000;
        System.out.println("KdsBrowserTest: gaps closed " + closed + " ms after the last key");
        assertThat(closed).as("gaps wait for 5 s without a key").isGreaterThan(4000);
        browser.awaitText(By.cssSelector(".kds-page"), "Page 1/1");
        assertThat(browser.driver.findElements(By.cssSelector(".kds-board > li.slot-empty"))).isEmpty();

        // R: the last cleared orders, newest first; Enter brings the burger back, selected, and recall closes
        new Actions(browser.driver).sendKeys("r").perform();
        browser.awaitText(By.cssSelector(".kds-recall"), "RECALL");
        browser.awaitText(By.cssSelector(".recall-item.selected"), "2 × Classic burger");
        browser.assertAccessible("kitchen display, recall");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(browser::diagnosis)
                .until(d -> d.findElements(By.cssSelector(".kds-recall")).isEmpty());
        browser.awaitText(By.cssSelector(".ticket.selected"), "Classic burger");
        JsonNode burger = null;
        for (JsonNode order : admin.get("/locations/" + location + "/orders").json()) {
            if (order.toString().contains("Classic burger")) {
                burger = order;
            }
        }
        assertThat(burger).as("the burger is back on the screens").isNotNull();
        assertThat(burger.path("handed_off_at").isNull() || burger.path("handed_off_at").isMissingNode()).isTrue();

        // S: all day counts what open (queued, cooking) tickets still need; ready ones are made
        new Actions(browser.driver).sendKeys("s").perform();
        browser.awaitText(By.cssSelector(".kds-all-day"), "All day");
        String allDay = browser.driver.findElement(By.cssSelector(".kds-all-day")).getText();
        assertThat(allDay).contains("1 × Club sandwich").contains("1 × Steak frites").doesNotContain("Classic burger")
                .doesNotContain("Tomato soup");
        browser.assertAccessible("kitchen display, all day");
        new Actions(browser.driver).sendKeys("s").perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).withMessage(browser::diagnosis)
                .until(d -> d.findElements(By.cssSelector(".kds-all-day")).isEmpty());
    }

    @Test
    @Order(8)
    void aSignedInChefOpensAStationScreenAndItsBumpMovesOnlyThatStation() {
        // the kiosk's cookie session counts as signed in (as the location's kiosk account): sign it out first
        browser.go("/");
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitPath("/signin");
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
        long grill = kitchen.grillStationId();
        browser.go("/kds/" + kitchen.locationId() + "?station=" + grill + "&hold=0");
        // first paint and "ready" (tickets on screen), from navigation start, polled every animation frame
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> timing = (java.util.Map<String, Object>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const poll = () => document.querySelector('pt-kds-ticket article')
                  ? done({fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
                          ready: Math.round(performance.now())})
                  : requestAnimationFrame(poll);
                poll();""");
        System.out.println("KdsBrowserTest: /kds first contentful paint " + timing.get("fcp")
                + " ms, tickets on screen at " + timing.get("ready") + " ms");
        browser.awaitText(By.cssSelector(".kds-link"), "live");
        browser.awaitText(By.cssSelector(".kds-board"), "1 × Steak frites");
        assertThat(browser.await(By.cssSelector(".kds-bar h1")).getText()).contains("GRILL");
        browser.assertAccessible("kitchen display, station screen, signed in as staff");

        // the second ticket is the steak, queued at the grill (the club sandwich, third, is cooking already); with no hold Enter sends the station's move at once
        new Actions(browser.driver).sendKeys("2").sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(browser::diagnosis).until(d ->
                admin.get("/locations/" + kitchen.locationId() + "/orders?station_id=" + grill + "&state=preparing")
                        .json().size() == 2); // the steak, and the club sandwich expo moved in test 6
        browser.awaitText(By.xpath("//pt-kds-ticket[.//*[contains(., 'Steak frites')]]"), "COOKING");
    }

    @Test
    @Order(9)
    void theBannerShowsWhenTheGatewayGoesAwayMidStream(TestGateway gateway) {
        browser.awaitText(By.cssSelector(".kds-link"), "live");
        long stopped = System.nanoTime();
        gateway.gateway().close(); // the last test: the stream's connection ends from the gateway's side
        new WebDriverWait(browser.driver, Duration.ofSeconds(10), Duration.ofMillis(50)).withMessage(browser::diagnosis)
                .until(d -> !d.findElements(By.cssSelector(".kds-offline")).isEmpty());
        System.out.println("KdsBrowserTest: offline banner " + (System.nanoTime() - stopped) / 1_000_000
                + " ms after the gateway stopped");
        browser.awaitText(By.cssSelector(".kds-offline"), "the link to the gateway dropped");
        assertThat(browser.driver.findElements(By.cssSelector("pt-kds-ticket article"))).as("the last known orders stay")
                .hasSize(3);
    }
}
