package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Vendors, purchase orders and meals in Chromium on the demo kitchen, signed in as the head chef, in order: drafts
 * from Harlingen's low-stock report (an item without a preferred vendor is listed as not placed), a draft's line
 * edited, submitted and received into the walk-in cooler (the stock rises once, read through the API); a second
 * order received meanwhile by someone else is refused in place when received again (409 message and reference) and
 * its stock rose once; the brioche buns' preferred vendor changed to the distributor, the preview showing the cost
 * change and the meals before anything is sent, then the Classic burger's new cost on its screen and in the API;
 * the price-change impact on the meals screen; axe on each screen, and each at a phone's width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PurchasingBrowserTest {

    private static TestGateway gateway;
    private static Chromium browser;
    private static ApiClient admin;
    private static String harlingen;
    private static String cooler;

    @BeforeAll
    static void open() {
        gateway = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true"));
        ApiClient api = gateway.client();
        admin = api.as(api.admin());
        harlingen = named(admin.get("/locations").json(), "Harlingen").get("id").asText();
        cooler = named(admin.get("/stores?location_id=" + harlingen).json(), "Walk-in cooler").get("id").asText();
        // a watched item nobody sells yet: the low-stock drafts cannot place it
        ApiResponse saffron = admin.post("/items", Map.of("sku", "SPC-SAF-1", "name", "Saffron", "unit", "g",
                "category", "spices"));
        assertThat(saffron.status()).as(saffron.body()).isEqualTo(201);
        ApiResponse par = admin.put("/items/" + saffron.json().get("id").asText() + "/par/" + harlingen,
                Map.of("par_level", 10, "reorder_threshold", 5));
        assertThat(par.status()).as(par.body()).isEqualTo(200);
        browser = Chromium.open(gateway);
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    @Order(1)
    void ordersDraftedFromLowStockAreSubmittedAndReceivedOnce() {
        Map<String, BigDecimal> before = stock();
        // the header's Operations section opens its first screen and lists the section's screens
        browser.click(By.linkText("Operations"));
        browser.awaitText(By.cssSelector("nav.app-nav"), "Vendors");
        assertThat(browser.driver.findElement(By.cssSelector("nav.app-nav")).getText())
                .contains("Vendors").contains("Purchase orders").contains("Meals");
        browser.click(By.linkText("Vendors"));
        browser.awaitHeading("Vendors");
        browser.click(By.linkText("Purchase orders"));
        browser.awaitHeading("Purchase orders");
        browser.await(By.cssSelector("main pt-table tbody tr"));
        browser.assertAccessible("purchase orders");
        new Select(browser.await(By.id("draft-location"))).selectByVisibleText("Harlingen");
        new Select(browser.await(By.id("draft-store"))).selectByVisibleText("Walk-in cooler");
        browser.click(By.xpath("//button[normalize-space()='Draft orders']"));
        browser.awaitText(By.id("drafted-title"), "3 draft orders made");
        assertThat(browser.driver.findElement(By.cssSelector(".not-placed")).getText()).contains("Saffron (SPC-SAF-1): 10 short");
        browser.assertAccessible("purchase orders, drafted");

        // the bakery's draft (vendors by name: Hill Country Bakery first): 180 buns short, in 48s, is 192
        WebElement first = browser.driver.findElement(By.cssSelector("#drafted-title ~ ul a"));
        assertThat(first.getText()).startsWith("PO ");
        String number = first.getText().substring(3);
        first.click();
        browser.awaitHeading("PO " + number + " · Hill Country Bakery");
        JsonNode order = order(number);
        assertThat(order.get("status").asText()).isEqualTo("draft");
        assertThat(order.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("192");
        browser.assertAccessible("purchase order, draft");

        // edit the line: 240 buns (five packs), saved and priced by the gateway
        String buns = order.get("lines").get(0).get("item_id").asText();
        browser.type(By.id("qty-" + buns), "240");
        browser.click(By.xpath("//button[normalize-space()='Save changes']"));
        browser.awaitText(By.cssSelector(".po-total"), "$120.00");
        assertThat(order(number).get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("240");

        browser.click(By.xpath("//button[normalize-space()='Submit order']"));
        browser.awaitText(By.cssSelector(".facts"), "Submitted");
        assertThat(order(number).get("status").asText()).isEqualTo("submitted");
        assertThat(browser.mainText()).contains("every line's quantity is added to the store's stock, once");
        new Select(browser.await(By.id("receive-store"))).selectByVisibleText("Walk-in cooler");
        browser.assertAccessible("purchase order, submitted");
        browser.click(By.xpath("//button[normalize-space()='Receive order']"));
        browser.awaitText(By.cssSelector(".facts"), "Received");
        assertThat(browser.mainText()).contains("nothing further happens to it");
        assertThat(order(number).get("status").asText()).isEqualTo("received");
        assertThat(stock().get(buns)).isEqualByComparingTo(before.get(buns).add(new BigDecimal("240")));

        // the produce draft: submitted here, received meanwhile by someone else; receiving it again is refused
        browser.go("/purchase-orders?status=draft&location=" + harlingen);
        browser.awaitText(By.cssSelector("main pt-table"), "Rio Grande Produce");
        JsonNode produce = null;
        for (JsonNode o : admin.get("/purchase-orders?status=draft&location_id=" + harlingen).json()) {
            if (o.get("vendor_name").asText().equals("Rio Grande Produce")) {
                produce = o;
                break;
            }
        }
        assertThat(produce).isNotNull();
        String second = produce.get("number").asText();
        String romaine = produce.get("lines").get(0).get("item_id").asText();
        BigDecimal quantity = produce.get("lines").get(0).get("quantity").decimalValue();
        browser.click(By.linkText("PO " + second));
        browser.awaitHeading("PO " + second);
        browser.click(By.xpath("//button[normalize-space()='Submit order']"));
        browser.awaitText(By.cssSelector(".facts"), "Submitted");
        ApiResponse elsewhere = admin.post("/purchase-orders/" + produce.get("id").asText() + "/status",
                Map.of("status", "received", "store_id", cooler));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);
        browser.click(By.xpath("//button[normalize-space()='Receive order']"));
        browser.awaitText(By.cssSelector("pt-error-banner"), "Purchase order " + second + " is received");
        assertThat(browser.driver.findElement(By.cssSelector("pt-error-banner")).getText()).contains("Reference");
        browser.awaitText(By.cssSelector(".facts"), "Received"); // read again: the state the gateway holds
        assertThat(stock().get(romaine)).isEqualByComparingTo(before.get(romaine).add(quantity));
        browser.assertAccessible("purchase order, refused receive");
    }

    @Test
    @Order(2)
    void aNewPreferredVendorIsPreviewedThenMovesTheMealCost() {
        String burger = admin.get("/meals?search=BRG-CLS").json().get(0).get("id").asText();
        long burgerBefore = admin.get("/meals/" + burger).json().get("unit_cost_cents").asLong();
        String buns = admin.get("/items?search=BRD-BUN-BRI-48").json().get(0).get("id").asText();

        browser.go("/vendors");
        browser.awaitText(By.cssSelector("main pt-table"), "Sysco Houston");
        browser.assertAccessible("vendors");
        browser.click(By.linkText("Sysco Houston"));
        browser.awaitHeading("Sysco Houston");
        browser.await(By.cssSelector("main pt-table tbody tr"));
        browser.assertAccessible("vendor");
        browser.click(By.cssSelector("button[aria-label='Make Sysco Houston preferred for Brioche buns']"));
        browser.awaitText(By.id("preview-title"), "Make Sysco Houston preferred for Brioche buns?");
        String preview = browser.driver.findElement(By.cssSelector("section.preview")).getText();
        assertThat(preview).contains("costs $0.50 per ea now (Hill Country Bakery)").contains("$0.60 per ea")
                .contains("+$0.10");
        WebElement row = browser.driver.findElement(By.cssSelector("section.preview tr[data-key='" + burger + "']"));
        assertThat(row.getText()).contains("Classic burger").contains(money(burgerBefore))
                .contains(money(burgerBefore + 10)).contains("+$0.10");
        assertThat(preview).contains("Burger meal").contains("through Classic burger");
        // nothing is sent before the confirmation
        assertThat(admin.get("/items/" + buns).json().get("unit_cost_cents").asLong()).isEqualTo(50);
        browser.assertAccessible("vendor, preferred-vendor preview");

        browser.click(By.xpath("//button[normalize-space()='Make Sysco Houston preferred']"));
        browser.awaitText(By.id("done-title"), "Brioche buns now costs $0.60 per ea");
        assertThat(admin.get("/items/" + buns).json().get("unit_cost_cents").asLong()).isEqualTo(60);
        long burgerAfter = admin.get("/meals/" + burger).json().get("unit_cost_cents").asLong();
        assertThat(burgerAfter).isEqualTo(burgerBefore + 10);
        assertThat(browser.driver.findElement(By.cssSelector("section.notice")).getText())
                .contains("Classic burger " + money(burgerAfter));

        browser.click(By.linkText("Classic burger"));
        browser.awaitHeading("Classic burger");
        browser.awaitText(By.cssSelector(".meal-cost"), money(burgerAfter));
        assertThat(browser.mainText()).contains("BRG-CLS").contains("Hot Kitchen").contains("1 Gluten")
                .contains("Brioche buns").contains("$0.60 per ea");
        // the cost chart (Chart.js through <pt-chart>) draws the line costs of the API's bill of materials
        JsonNode lines = admin.get("/meals/" + burger).json().get("components");
        StringBuilder drawn = new StringBuilder("[[");
        for (int i = 0; i < lines.size(); i++) {
            long cents = lines.get(i).get("cost_cents").asLong();
            drawn.append(i == 0 ? "" : ",").append(cents % 100 == 0 ? String.valueOf(cents / 100)
                    : new BigDecimal(cents).movePointLeft(2).stripTrailingZeros().toPlainString());
        }
        browser.await(By.cssSelector("pt-chart.meal-chart[data-values]"));
        assertThat(browser.driver.findElement(By.cssSelector("pt-chart.meal-chart")).getAttribute("data-values"))
                .isEqualTo(drawn.append("]]").toString());
        assertThat(browser.driver.findElement(By.cssSelector("pt-chart.meal-chart canvas")).getSize().getHeight())
                .isGreaterThan(100);
        browser.assertAccessible("meal");

        browser.go("/meals?item=" + buns);
        browser.awaitText(By.cssSelector("main .impact"), "Classic burger");
        assertThat(browser.driver.findElement(By.cssSelector("main .impact")).getText())
                .contains("Burger meal").contains("through Classic burger");
        browser.assertAccessible("meals");
    }

    @Test
    @Order(3)
    void everyScreenFitsAPhone() {
        String burger = admin.get("/meals?search=BRG-CLS").json().get(0).get("id").asText();
        String sysco = named(admin.get("/vendors").json(), "Sysco Houston").get("id").asText();
        String draft = admin.get("/purchase-orders?status=draft").json().get(0).get("id").asText();
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String[] screen : new String[][] {{"/vendors", "main pt-table tbody tr"},
                    {"/vendors/" + sysco, "main pt-table tbody tr"}, {"/purchase-orders", "main pt-table tbody tr"},
                    {"/purchase-orders/" + draft, "#edit-title"}, {"/meals", "main pt-table tbody tr"},
                    {"/meals/" + burger, "main pt-table tbody tr"}}) {
                browser.go(screen[0]);
                browser.await(By.cssSelector(screen[1]));
                browser.assertNoSidewaysScroll(screen[0]);
                browser.assertAccessible(screen[0] + " on a phone");
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    @Order(4)
    void aLineCookReadsWithoutTheWrites() {
        TestUser cook = gateway.client().newUser("LINE_COOK");
        String sysco = named(admin.get("/vendors").json(), "Sysco Houston").get("id").asText();
        String draft = admin.get("/purchase-orders?status=draft").json().get(0).get("id").asText();
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitPath("/signin");
        SignIn.withPassword(browser, cook.email(), cook.password());
        browser.go("/purchase-orders");
        browser.await(By.cssSelector("main pt-table tbody tr"));
        assertThat(browser.driver.findElements(By.id("draft-title"))).isEmpty();
        browser.go("/purchase-orders/" + draft);
        browser.await(By.cssSelector("main pt-table tbody tr"));
        assertThat(browser.driver.findElements(By.id("next-title"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("edit-title"))).isEmpty();
        browser.go("/vendors/" + sysco);
        browser.awaitText(By.cssSelector("main pt-table"), "Alternate");
        assertThat(browser.driver.findElements(By.xpath("//button[normalize-space()='Make preferred']"))).isEmpty();
        browser.assertAccessible("vendor (line cook)");
        // the API is the rule: a line cook cannot draft orders
        ApiResponse refused = gateway.client().as(cook).post("/purchase-orders/from-low-stock",
                Map.of("location_id", harlingen));
        assertThat(refused.status()).isEqualTo(403);
    }

    private static String money(long cents) {
        return String.format("$%d.%02d", cents / 100, cents % 100);
    }

    /** Harlingen's stock per item id (summed over its stores), from the API. */
    private static Map<String, BigDecimal> stock() {
        Map<String, BigDecimal> stock = new HashMap<>();
        for (JsonNode item : admin.get("/locations/" + harlingen + "/inventory").json().get("items")) {
            stock.put(item.get("item_id").asText(), item.get("quantity").decimalValue());
        }
        return stock;
    }

    private static JsonNode order(String number) {
        for (JsonNode o : admin.get("/purchase-orders").json()) {
            if (o.get("number").asText().equals(number)) {
                return o;
            }
        }
        throw new AssertionError("no purchase order " + number);
    }

    private static JsonNode named(JsonNode list, String name) {
        for (JsonNode node : list) {
            if (name.equals(node.get("name").asText())) {
                return node;
            }
        }
        throw new AssertionError("nothing named " + name + " in " + list);
    }

}
