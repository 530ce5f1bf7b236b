package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.preptable.gateway.ops.OpsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Stores and inventory, the movement ledger and the stock reports in Chromium, one visit in order: the head chef
 * sees chicken low at Harlingen, counts the walk-in cooler with the keyboard (Enter to the next item, the difference
 * to the book shown before saving) and the low-stock report and its chart change (the chart's data-values, and the
 * gateway's stock is the counted one); a count line the gateway refuses keeps its number and shows the gateway's
 * message and reference in place while the other line is saved; receive, adjust and waste, and the ledger shows the
 * waste (filter kept across a reload) and the stock fell by it; the low-stock CSV; a manager of Waco is offered only
 * Waco; axe on each screen and at a phone's width.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InventoryBrowserTest {

    @AutoClose
    private static Chromium browser;
    private static ApiClient admin;
    private static TestUser manager;
    private static UUID harlingen;
    private static UUID waco;
    private static UUID cooler;
    private static UUID chicken;
    private static UUID cream;

    @TempDir
    static Path downloads;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        admin = api.as(api.admin());
        OpsFixtures ops = new OpsFixtures(api);
        harlingen = ops.location("Harlingen");
        waco = ops.location("Waco");
        cooler = ops.store(harlingen, "Walk-in cooler");
        UUID dry = ops.store(harlingen, "Dry store");
        UUID wacoCooler = ops.store(waco, "Waco cooler");
        chicken = ops.item("Chicken thigh", "lb");
        cream = ops.item("Cream", "l");
        UUID buns = ops.item("Brioche buns", "ea");
        UUID limes = ops.item("Limes", "ea");
        ops.par(chicken, harlingen, 60, 30);
        ops.par(cream, harlingen, 20, 5);
        ops.par(buns, harlingen, 240, 100);
        ops.setQuantity(cooler, chicken, 12, "receive");
        ops.setQuantity(cooler, cream, 10, "receive");
        ops.setQuantity(dry, buns, 60, "receive");
        ops.setQuantity(wacoCooler, limes, 40, "receive");
        manager = ops.managerOf(waco);
        browser = Chromium.open(gateway);
    }

    @Test
    @Order(1)
    void aCountChangesTheLowStockReportAndItsChart() {
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
        browser.click(By.linkText("Operations"));
        browser.click(By.linkText("Stock reports"));
        browser.awaitHeading("Stock reports");
        new Select(browser.await(By.id("pick-location"))).selectByVisibleText(name(harlingen));
        String before = chartValues("#low-chart");
        assertThat(before).isEqualTo("[[60,12],[240,60]]"); // buns (deficit 180), then chicken (48): stock, par
        assertThat(browser.mainText()).contains("2 items low at");
        browser.assertAccessible("reports");

        browser.go("/inventory?location=" + harlingen + "&store=" + cooler);
        browser.awaitHeading("Stores and inventory");
        browser.awaitText(By.cssSelector("pt-table"), "Chicken thigh");
        assertThat(row("Chicken thigh").getText()).contains("Low").contains("12 lb").contains("reorder at 30 lb");
        assertThat(row("Cream").getText()).contains("OK").doesNotContain("Low");
        browser.assertAccessible("inventory");

        WebElement chickenCount = countInput("Chicken thigh", "lb");
        chickenCount.sendKeys("45");
        browser.awaitText(By.cssSelector("tr[data-key='" + chicken + "'] .count-diff"), "+33 lb to the book");
        chickenCount.sendKeys(Keys.ENTER);
        assertThat(focused()).isEqualTo(countInput("Cream", "l"));
        focused().sendKeys("9,5");
        browser.awaitText(By.cssSelector("tr[data-key='" + cream + "'] .count-diff"), "−0.5 l to the book");
        focused().sendKeys(Keys.ENTER);
        assertThat(focused().getAttribute("id")).as("Enter on the last item goes to the save button").isEqualTo("save-count");
        assertThat(focused().getText()).isEqualTo("Save count (2 lines)");
        assertThat(level(chicken)).as("nothing saved before Save count").isEqualTo(12.0);
        focused().sendKeys(Keys.ENTER);
        browser.awaitText(By.cssSelector(".toasts"), "2 count lines saved.");
        browser.awaitText(By.cssSelector("tr[data-key='" + chicken + "'] .book"), "45 lb");
        assertThat(row("Chicken thigh").getText()).contains("OK").doesNotContain("Low");
        assertThat(level(chicken)).isEqualTo(45.0);
        assertThat(level(cream)).isEqualTo(9.5);
        JsonNode counts = admin.get("/stores/" + cooler + "/movements?reason=count_correction").json().get("movements");
        assertThat(counts).hasSize(2);
        assertThat(counts.findValuesAsText("delta")).containsExactlyInAnyOrder("33.0", "-0.5");

        browser.go("/reports?location=" + harlingen);
        browser.awaitText(By.cssSelector("main"), "1 items low at");
        String after = chartValues("#low-chart");
        assertThat(after).isNotEqualTo(before).isEqualTo("[[60],[240]]");
        assertThat(browser.driver.findElement(By.cssSelector("#low-chart canvas")).getAttribute("aria-label"))
                .startsWith("Low stock at");
    }

    @Test
    @Order(2)
    void aRefusedCountLineShowsItsErrorInPlaceAndNothingElseIsLost() {
        browser.go("/inventory?location=" + harlingen + "&store=" + cooler);
        browser.awaitText(By.cssSelector("pt-table"), "Chicken thigh");
        countInput("Chicken thigh", "lb").sendKeys("1.2345", Keys.ENTER);
        focused().sendKeys("8", Keys.ENTER);
        focused().sendKeys(Keys.ENTER);
        browser.awaitText(By.cssSelector("tr[data-key='" + chicken + "'] .error-banner .message"), "at most 3 decimals");
        assertThat(browser.driver.findElement(By.cssSelector("tr[data-key='" + chicken + "'] .error-banner .reference"))
                .getText()).matches("Reference: \\S+");
        assertThat(countInput("Chicken thigh", "lb").getAttribute("value")).as("kept for another try").isEqualTo("1.2345");
        assertThat(focused()).as("focus on the refused line").isEqualTo(countInput("Chicken thigh", "lb"));
        assertThat(browser.mainText()).contains("1 line was refused");
        assertThat(level(cream)).as("the other line is saved").isEqualTo(8.0);
        assertThat(level(chicken)).isEqualTo(45.0);
        browser.awaitText(By.cssSelector("tr[data-key='" + cream + "'] .book"), "8 l");
        browser.assertAccessible("inventory (refused count line)");

        browser.type(By.cssSelector("tr[data-key='" + chicken + "'] input.count-input"), "44");
        browser.click(By.id("save-count"));
        browser.awaitText(By.cssSelector("tr[data-key='" + chicken + "'] .book"), "44 lb");
        assertThat(browser.driver.findElements(By.cssSelector(".error-banner"))).isEmpty();
        assertThat(level(chicken)).isEqualTo(44.0);
    }

    @Test
    @Order(3)
    void receiveAdjustAndWasteAndTheLedgerShowsTheWaste() {
        browser.go("/inventory?location=" + harlingen + "&store=" + cooler);
        browser.awaitText(By.cssSelector("pt-table"), "Cream");
        browser.press(By.cssSelector("button[aria-label='Receive Cream']"));
        browser.type(By.id("pt-dialog-input"), "2");
        browser.click(By.xpath("//dialog//button[normalize-space()='Receive']"));
        browser.awaitText(By.cssSelector("tr[data-key='" + cream + "'] .book"), "10 l");
        assertThat(level(cream)).isEqualTo(10.0);
        browser.press(By.cssSelector("button[aria-label='Adjust Cream']"));
        browser.type(By.id("pt-dialog-input"), "-1.5");
        browser.click(By.xpath("//dialog//button[normalize-space()='Adjust']"));
        browser.awaitText(By.cssSelector("tr[data-key='" + cream + "'] .book"), "8.5 l");
        assertThat(level(cream)).isEqualTo(8.5);

        new Select(browser.await(By.id("waste-item"))).selectByValue(chicken.toString());
        browser.type(By.id("waste-quantity"), "4");
        new Select(browser.await(By.id("waste-reason"))).selectByVisibleText("Expired");
        browser.type(By.id("waste-note"), "past date");
        assertThat(new Select(browser.await(By.id("waste-reason"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("Spoiled", "Over-prepped", "Contaminated", "Expired", "Other");
        browser.assertAccessible("inventory (waste form)");
        browser.click(By.xpath("//button[normalize-space()='Record waste']"));
        browser.awaitText(By.cssSelector("tr[data-key='" + chicken + "'] .book"), "40 lb");
        assertThat(level(chicken)).as("the stock fell by the waste").isEqualTo(40.0);
        JsonNode waste = admin.get("/stores/" + cooler + "/movements?reason=waste").json().get("movements");
        assertThat(waste).hasSize(1);
        assertThat(waste.get(0).get("waste_reason").asText()).isEqualTo("expired");
        assertThat(waste.get(0).get("delta").asDouble()).isEqualTo(-4.0);

        browser.click(By.linkText("This store's ledger"));
        browser.awaitHeading("Movement ledger");
        browser.awaitText(By.cssSelector("pt-table"), "Chicken thigh");
        new Select(browser.await(By.id("ledger-reason"))).selectByVisibleText("Waste");
        browser.awaitText(By.cssSelector("pt-table caption"), "1 movement in");
        assertThat(browser.driver.getCurrentUrl()).contains("reason=waste").contains("store=" + cooler);
        browser.driver.navigate().refresh();
        browser.awaitText(By.cssSelector("pt-table caption"), "1 movement in");
        String ledger = browser.driver.findElement(By.cssSelector("pt-table tbody")).getText();
        assertThat(ledger).contains("Chicken thigh").contains("−4 lb").contains("40 lb").contains("Waste")
                .contains("Expired").contains("past date").contains(TestGateway.ADMIN_EMAIL);
        assertThat(new Select(browser.await(By.id("ledger-reason"))).getFirstSelectedOption().getText()).isEqualTo("Waste");
        browser.assertAccessible("movement ledger");
        new Select(browser.await(By.id("ledger-item"))).selectByVisibleText("Cream");
        browser.awaitText(By.cssSelector("pt-table"), "No movements match.");
        new Select(browser.await(By.id("ledger-reason"))).selectByVisibleText("All reasons");
        browser.awaitText(By.cssSelector("pt-table caption"), "5 movements"); // received twice, 2 counts, adjusted
    }

    @Test
    @Order(4)
    void theLowStockCsvDownloads() throws IOException {
        browser.downloadsTo(downloads);
        browser.go("/reports?location=" + harlingen);
        browser.awaitText(By.cssSelector("main"), "1 items low at");
        browser.press(By.xpath("//button[normalize-space()='Download low stock (CSV)']"));
        assertThat(browser.awaitDownload(downloads.resolve("low-stock-report.csv")))
                .startsWith("item_name,item_sku,unit,current_stock,par_level,deficit\r\nBrioche buns,");
        // the usage chart counts the cooler's movements by reason: waste 4 of chicken among them
        new Select(browser.await(By.id("pick-store"))).selectByVisibleText("Walk-in cooler");
        browser.awaitText(By.cssSelector("#usage-title"), "Walk-in cooler");
        assertThat(chartValues("#usage-chart")).startsWith("[[4,0],");
        browser.assertAccessible("reports (usage)");
    }

    @Test
    @Order(5)
    void aManagerSeesOnlyTheirLocations() {
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitPath("/signin");
        SignIn.withPassword(browser, manager.email(), manager.password());
        for (String path : new String[] {"/inventory", "/reports", "/movements",
                "/inventory?location=" + harlingen + "&store=" + cooler}) {
            browser.go(path);
            browser.awaitText(By.cssSelector("main"), "Waco cooler");
            assertThat(new Select(browser.await(By.id("pick-location"))).getOptions()).extracting(WebElement::getText)
                    .as(path).containsExactly(name(waco));
            assertThat(browser.mainText()).doesNotContain("Walk-in cooler");
        }
        assertThat(browser.mainText()).contains("Limes");
        browser.assertAccessible("inventory (manager)");
    }

    @Test
    @Order(6)
    void theScreensFitAPhone() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String[] screen : new String[][] {{"/inventory", "Limes"}, {"/movements", "Limes"},
                    {"/reports", "Usage in Waco cooler"}}) {
                browser.go(screen[0]);
                browser.awaitText(By.cssSelector("main"), screen[1]);
                browser.assertNoSidewaysScroll(screen[0]);
                browser.assertAccessible(screen[0] + " on a phone");
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static String name(UUID location) {
        return admin.get("/locations/" + location).json().get("name").asText();
    }

    private static double level(UUID item) {
        for (JsonNode line : admin.get("/stores/" + cooler + "/inventory").json().get("items")) {
            if (line.get("item_id").asText().equals(item.toString())) {
                return line.get("quantity").asDouble();
            }
        }
        throw new AssertionError("no level for " + item);
    }

    private static String chartValues(String chart) {
        return browser.await(By.cssSelector(chart + "[data-values]")).getAttribute("data-values");
    }

    private static WebElement row(String item) {
        List<WebElement> rows = new ArrayList<>(browser.driver.findElements(By.cssSelector("pt-table tbody tr")));
        rows.removeIf(r -> !r.getText().contains(item));
        assertThat(rows).as("row of " + item).hasSize(1);
        return rows.get(0);
    }

    private static WebElement countInput(String item, String unit) {
        return browser.await(By.cssSelector("input[aria-label='Counted " + item + " (" + unit + ")']"));
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

}
