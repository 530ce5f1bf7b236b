package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Ingredient requests and shopping lists in Chromium, one visit in order: a line cook requests tomatoes for a
 * delivery date and is kept off the shopping lists; a head chef follows Today's pending count to the requests, sees a
 * too-short rejection refused in place (message and reference), then approves; the chef generates the date's list
 * (the cook's tomatoes merged with another cook's, already approved over the API), ticks an item (a reload keeps
 * it), finalizes after a confirmation (read-only after) and downloads the CSV — as a password session, so the
 * download must carry the bearer token — and the file Chromium saved is read. axe on each screen, and at a phone's
 * width.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestsBrowserTest {

    /** Inside the kitchen's delivery window (today to today + 30 in its zone) whatever the machine's zone. */
    private static final LocalDate DATE = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(3);

    @AutoClose
    private static Chromium browser;
    private static ApiClient chef;
    private static TestUser cook;
    private static long risalamande;

    @TempDir
    static Path downloads;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        chef = api.as(api.admin());
        cook = api.newUser("LINE_COOK");
        ApiResponse station = chef.post("/stations", Map.of("name", "Pastry", "description", "Pastry station"));
        assertThat(station.status()).as(station.body()).isEqualTo(201);
        ApiResponse dish = chef.post("/dishes", Map.of("nameDA", "Risalamande", "descriptionDA",
                "Risengrød med fløde og kirsebærsauce", "stationId", station.json().get("id").asLong(),
                "allergenIds", java.util.List.of(7, 8)));
        assertThat(dish.status()).as(dish.body()).isEqualTo(201);
        risalamande = dish.json().get("id").asLong();
        // another cook's requests for the same date, already approved: the list merges "tomato" with the browser's
        ApiClient other = api.as(api.newUser("LINE_COOK"));
        approved(other, "tomato", 500, "G");
        approved(other, "Frisk dild", 10, "BUNCH");
        browser = Chromium.open(gateway);
    }

    private static void approved(ApiClient cook, String name, int quantity, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("quantity", quantity);
        body.put("unit", unit);
        body.put("requestType", "GENERAL_STOCK");
        body.put("deliveryDate", DATE.toString());
        ApiResponse created = cook.post("/ingredient-requests", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiResponse approval = chef.patch("/ingredient-requests/" + created.json().get("id").asLong() + "/approve", null);
        assertThat(approval.status()).as(approval.body()).isEqualTo(200);
    }

    @Test
    @Order(1)
    void aLineCookRequestsAnIngredientAndIsKeptOffTheShoppingLists() {
        SignIn.withPassword(browser, cook.email(), cook.password());
        assertThat(browser.driver.findElement(By.cssSelector("nav.app-nav")).getText())
                .contains("Ingredient requests").doesNotContain("Shopping lists");
        browser.click(By.linkText("Ingredient requests"));
        browser.awaitHeading("Ingredient requests");
        browser.awaitText(By.cssSelector("pt-requests-page"), "No ingredient requests here.");
        browser.type(By.id("name"), "Tomatoes");
        browser.type(By.id("quantity"), "2");
        new Select(browser.await(By.id("unit"))).selectByVisibleText("kg");
        date(By.id("deliveryDate"), DATE);
        browser.type(By.id("preferredSupplier"), "Grønttorvet");
        browser.type(By.id("note"), "Til salaten");
        browser.assertAccessible("requests (line cook)");
        browser.click(By.xpath("//button[normalize-space()='Send request']"));
        browser.awaitText(By.cssSelector("pt-table"), "Tomatoes");
        assertThat(browser.mainText()).contains("2 kg").contains("General stock").contains("Pending")
                .contains("1 of my ingredient requests");
        JsonNode mine = request("Tomatoes");
        assertThat(mine.get("status").asText()).isEqualTo("PENDING");
        assertThat(mine.get("deliveryDate").asText()).isEqualTo(DATE.toString());
        assertThat(mine.get("preferredSupplier").asText()).isEqualTo("Grønttorvet");
        assertThat(mine.get("requestedBy").get("id").asLong()).isEqualTo(cook.number());
        assertThat(browser.driver.findElements(By.cssSelector("button[aria-label^='Approve']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("button[aria-label='Withdraw Tomatoes']"))).hasSize(1);

        for (String path : new String[] {"/shopping-lists", "/shopping-lists/1"}) {
            browser.go(path);
            browser.awaitHeading("Not for your role");
        }
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitPath("/signin");
    }

    @Test
    @Order(2)
    void aChefFollowsTodaysCountSeesARefusedRejectionInPlaceThenApproves() {
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
        browser.awaitText(By.cssSelector("[data-count='requests'] .count"), "1");
        browser.click(By.linkText("Pending ingredient requests"));
        browser.awaitHeading("Ingredient requests");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/requests?status=PENDING");
        browser.awaitText(By.cssSelector("pt-table"), "Tomatoes");
        assertThat(browser.mainText()).doesNotContain("Frisk dild"); // approved ones are filtered out
        browser.assertAccessible("requests (chef)");

        browser.press(By.cssSelector("button[aria-label='Reject Tomatoes']"));
        browser.type(By.id("pt-dialog-input"), "Nej");
        browser.click(By.xpath("//dialog//button[normalize-space()='Reject']"));
        browser.awaitText(By.cssSelector(".error-banner .message"), "Reason");
        assertThat(browser.driver.findElement(By.cssSelector(".error-banner .reference")).getText()).matches("Reference: \\S+");
        assertThat(request("Tomatoes").get("status").asText()).isEqualTo("PENDING");
        browser.assertAccessible("requests (refused rejection)");

        browser.press(By.cssSelector("button[aria-label='Approve Tomatoes']"));
        browser.awaitText(By.cssSelector("pt-requests-page"), "No ingredient requests here.");
        assertThat(browser.driver.findElements(By.cssSelector(".error-banner"))).as("cleared by the next action").isEmpty();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/requests?status=PENDING");
        assertThat(request("Tomatoes").get("status").asText()).isEqualTo("APPROVED");

        // a request for a dish: the dish is found by name (GET /dishes/search), as a line cook would
        browser.await(By.cssSelector("input[name=requestType][value=DISH_SPECIFIC]")).sendKeys(Keys.SPACE);
        browser.type(By.id("dish-search"), "risa");
        browser.press(By.xpath("//button[normalize-space()='Find dishes']"));
        browser.awaitText(By.id("dishId"), "Risalamande (Pastry)");
        browser.type(By.id("name"), "Piskefløde");
        browser.type(By.id("quantity"), "1.5");
        new Select(browser.await(By.id("unit"))).selectByVisibleText("l");
        date(By.id("deliveryDate"), DATE.plusDays(1));
        browser.assertAccessible("requests (chef, a dish request)");
        browser.press(By.xpath("//button[normalize-space()='Send request']"));
        browser.awaitText(By.cssSelector("pt-table"), "Piskefløde");
        JsonNode cream = request("Piskefløde");
        assertThat(cream.get("requestType").asText()).isEqualTo("DISH_SPECIFIC");
        assertThat(cream.get("dish").get("id").asLong()).isEqualTo(risalamande);
        assertThat(cream.get("quantity").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(browser.mainText()).contains("1.5 l").contains("Risalamande");

        new Select(browser.await(By.id("request-status"))).selectByVisibleText("All");
        browser.awaitText(By.cssSelector("pt-table"), "Frisk dild");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/requests");
        browser.driver.navigate().refresh();
        browser.awaitText(By.cssSelector("pt-table"), "4 ingredient requests");
    }

    @Test
    @Order(3)
    void theChefGeneratesTicksAndFinalizesTheListAndDownloadsItsCsv() throws IOException {
        browser.click(By.linkText("Shopping lists"));
        browser.awaitHeading("Shopping lists");
        browser.awaitText(By.cssSelector("pt-shopping-lists-page"), "No shopping lists yet.");
        browser.assertAccessible("shopping lists (none)");
        date(By.id("list-date"), DATE);
        browser.click(By.xpath("//button[normalize-space()='Generate list']"));
        browser.awaitHeading("Shopping list for");
        long id = chef.get("/shopping-lists").json().get(0).get("id").asLong();
        assertThat(browser.path()).isEqualTo("/shopping-lists/" + id);
        browser.awaitText(By.cssSelector("pt-table"), "Tomato");
        assertThat(browser.mainText()).contains("2.5 kg").contains("10 bunch").contains("Grønttorvet")
                .contains("0 of 2 items ordered");
        assertThat(finalizeButton().isEnabled()).isFalse();
        browser.awaitText(By.id("finalize-guard"), "2 still to order");
        browser.assertAccessible("shopping list (draft)");

        // each tick is its own call; a reload shows what the gateway holds
        browser.await(By.cssSelector("input[aria-label='Tomato ordered']")).sendKeys(Keys.SPACE);
        browser.awaitText(By.cssSelector("pt-shopping-list-page"), "1 of 2 items ordered");
        assertThat(ordered(id, "Tomato")).isTrue();
        assertThat(ordered(id, "Frisk dild")).isFalse();
        browser.driver.navigate().refresh();
        browser.awaitText(By.cssSelector("pt-shopping-list-page"), "1 of 2 items ordered");
        WebElement tomato = browser.await(By.cssSelector("input[aria-label='Tomato ordered']"));
        assertThat(tomato.isSelected()).isTrue();
        assertThat(tomato.isEnabled()).as("ordered stays ordered").isFalse();
        assertThat(browser.await(By.cssSelector("input[aria-label='Frisk dild ordered']")).isSelected()).isFalse();

        browser.await(By.cssSelector("input[aria-label='Frisk dild ordered']")).sendKeys(Keys.SPACE);
        browser.awaitText(By.id("finalize-guard"), "Every item is ordered");
        finalizeButton().sendKeys(Keys.ENTER);
        browser.awaitText(By.cssSelector("dialog"), "cannot be changed");
        browser.click(By.xpath("//dialog//button[normalize-space()='Finalize']"));
        browser.awaitText(By.cssSelector(".notice"), "Finalized");
        assertThat(chef.get("/shopping-lists/" + id).json().get("status").asText()).isEqualTo("FINALIZED");
        assertThat(browser.driver.findElements(By.xpath("//button[normalize-space()='Finalize list']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("pt-table input[type=checkbox]")))
                .hasSize(2).noneMatch(WebElement::isEnabled);
        browser.assertAccessible("shopping list (finalized)");

        // Chromium saves downloads into a folder of the test's; the click fetches with the bearer token
        browser.downloadsTo(downloads);
        browser.press(By.xpath("//button[normalize-space()='Download CSV']"));
        String csv = browser.awaitDownload(downloads.resolve("shopping-list-" + DATE + ".csv"));
        assertThat(csv).startsWith("ingredientName,quantity,unit,supplier,ordered,notes\r\n")
                .contains("\r\nFrisk dild,10,BUNCH,,true,").contains("\r\nTomato,2.5,KG,Grønttorvet,true,")
                .contains("(Tomatoes: 2");
        assertThat(csv.split("\r\n")).hasSize(3);
        browser.awaitText(By.cssSelector(".toasts"), "Downloaded shopping-list-" + DATE + ".csv");

        browser.click(By.linkText("All shopping lists"));
        browser.awaitText(By.cssSelector("pt-table"), "Finalized");
        assertThat(browser.mainText()).contains("2 of 2 ordered");
        assertThat(browser.driver.findElements(By.cssSelector("button[aria-label^='Delete the list']"))).isEmpty();
    }

    @Test
    @Order(4)
    void theScreensFitAPhone() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String[] screen : new String[][] {{"/requests", "pt-requests-page", "Tomatoes"},
                    {"/shopping-lists", "pt-shopping-lists-page", "Finalized"},
                    {"/shopping-lists/" + chef.get("/shopping-lists").json().get(0).get("id").asLong(),
                            "pt-shopping-list-page", "Frisk dild"}}) {
                browser.go(screen[0]);
                browser.awaitText(By.cssSelector(screen[1]), screen[2]);
                browser.assertNoSidewaysScroll(screen[0]);
                browser.assertAccessible(screen[0] + " on a phone");
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** A date input's value, set as its yyyy-MM-dd: typed keys would depend on the browser's locale. */
    private static void date(By input, LocalDate day) {
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.await(input), day.toString());
    }


    private static WebElement finalizeButton() {
        return browser.await(By.xpath("//button[normalize-space()='Finalize list']"));
    }

    private static JsonNode request(String name) {
        for (JsonNode r : chef.get("/ingredient-requests").json()) {
            if (name.equals(r.get("name").asText())) {
                return r;
            }
        }
        throw new AssertionError("no request " + name);
    }

    private static boolean ordered(long list, String item) {
        for (JsonNode i : chef.get("/shopping-lists/" + list).json().get("items")) {
            if (item.equals(i.get("ingredientName").asText())) {
                return i.get("ordered").asBoolean();
            }
        }
        throw new AssertionError("no item " + item);
    }

}
