package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Today in Chromium, as a head chef signed in with a password (so the stream is opened with {@code ?token=}): the
 * pending-suggestion and unread counts come from the gateway, and change without a reload when a line cook posts a
 * suggestion over the API (the notification stream). Checked against the snapshot route; axe; a phone's width.
 */
@ExtendWith(GatewayExtension.class)
class TodayLiveBrowserTest {

    @AutoClose
    private static Chromium browser;
    private static ApiClient cook;
    private static ApiClient chef;
    private static long station;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        chef = api.as(api.admin());
        ApiResponse created = chef.post("/stations", Map.of("name", "Hot Kitchen", "description", "Hot Kitchen station"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        station = created.json().get("id").asLong();
        TestUser lineCook = api.newUser("LINE_COOK");
        cook = api.as(lineCook);
        browser = Chromium.open(gateway);
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
    }


    private static String count(String name) {
        return browser.await(By.cssSelector("[data-count='" + name + "'] .count")).getText();
    }

    private static void awaitCount(String name, String value) {
        browser.awaitText(By.cssSelector("[data-count='" + name + "'] .count"), value);
    }

    @Test
    void aCooksSuggestionChangesTheCountsLive() {
        browser.awaitHeading("Today");
        awaitCount("suggestions", "0");
        awaitCount("requests", "0");
        awaitCount("unread", "0");
        awaitCount("week-menu", "None"); // no menu planned for this week on this gateway
        assertThat(browser.await(By.cssSelector("[data-count='week-menu'] a")).getDomAttribute("href"))
                .matches("/planner/\\d{4}-W\\d{2}");
        browser.await(By.cssSelector("[data-live='on']"));
        browser.assertAccessible("Today (live)");

        LocalDate target = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusWeeks(2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameDA", "Stegt flæsk");
        body.put("descriptionDA", "Stegt flæsk med persillesovs");
        body.put("stationId", station);
        body.put("allergenIds", List.of(7));
        body.put("targetWeek", target.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        body.put("targetYear", target.get(IsoFields.WEEK_BASED_YEAR));
        ApiResponse suggested = cook.post("/dish-suggestions", body);
        assertThat(suggested.status()).as(suggested.body()).isEqualTo(201);

        // no reload: the stream's event makes the page read the counts again
        awaitCount("suggestions", "1");
        awaitCount("unread", "1");
        assertThat(chef.get("/notifications/snapshot").json().get("pendingDishSuggestions").asInt()).isEqualTo(1);
        assertThat(count("requests")).isEqualTo("0");

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        assertThat(browser.await(By.cssSelector("[data-count='unread']")).isDisplayed()).isTrue();
        browser.assertAccessible("Today on a phone");
        browser.driver.manage().window().setSize(new Dimension(1280, 900));

        // the unread number opens the inbox, filtered; the notification links to its screen and is marked read
        browser.click(By.cssSelector("[data-count='unread'] a"));
        browser.awaitPath("/notifications");
        assertThat(browser.driver.getCurrentUrl()).endsWith("?unread=true");
        browser.awaitText(By.cssSelector("main pt-table"), "Stegt flæsk");
        assertThat(browser.await(By.xpath("//main//a[contains(., 'Stegt flæsk')]")).getDomAttribute("href"))
                .isEqualTo("/suggestions");
        browser.assertAccessible("notifications, unread");
        browser.click(By.xpath("//button[starts-with(@aria-label, 'Mark read: ') and contains(@aria-label, 'Stegt flæsk')]"));
        browser.awaitText(By.cssSelector("main"), "No unread notifications.");
        assertThat(chef.get("/notifications?unread=true").json()).isEmpty();
        // all of them, read ones too, survive a reload with the filter in the URL
        browser.click(By.xpath("//button[normalize-space()='All']"));
        browser.driver.navigate().refresh();
        browser.awaitText(By.cssSelector("main pt-table"), "Stegt flæsk");
        assertThat(browser.mainText()).contains("Read");
        // a second suggestion arrives while the inbox is open: it shows without a reload
        body.put("nameDA", "Æbleskiver");
        assertThat(cook.post("/dish-suggestions", body).status()).isEqualTo(201);
        browser.awaitText(By.cssSelector("main pt-table"), "Æbleskiver");
        browser.click(By.xpath("//button[normalize-space()='Mark all read']"));
        browser.awaitText(By.cssSelector("pt-toasts"), "All notifications marked read");
        assertThat(chef.get("/notifications?unread=true").json()).isEmpty();
    }
}
