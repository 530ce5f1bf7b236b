package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.preptable.gateway.kitchen.translation.FakeDeepL;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Suggestions and the weekly-menu planner in Chromium, one visit in order: a line cook suggests a dish (the week's
 * Thursday deadline shown) and edits it; a head chef's too-short rejection is refused in place (message and
 * reference), then the chef approves; the chef plans the week (deep link, create, add), moves a dish by keyboard and
 * by drag and drop, sees the publish guard name the untranslated dishes, translates (a local DeepL stub) and
 * publishes. axe checks each screen.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlannerBrowserTest {

    private static FakeDeepL deepl;
    private static TestGateway gateway;
    private static Chromium browser;
    private static ApiClient chef;
    private static TestUser cook;
    private static long pastry;
    private static long aeblekageId;
    private static final LocalDate TARGET = LocalDate.now().plusWeeks(2);
    private static final int WEEK = TARGET.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    private static final int YEAR = TARGET.get(IsoFields.WEEK_BASED_YEAR);
    private static final String KEY = YEAR + "-W" + (WEEK < 10 ? "0" : "") + WEEK;

    @BeforeAll
    static void open() {
        deepl = new FakeDeepL();
        deepl.translates("Koldskål med kammerjunkere", "Cold buttermilk soup with biscuits");
        deepl.translates("Kærnemælk, citron og vanilje med kammerjunkere", "Buttermilk, lemon and vanilla with biscuits");
        gateway = TestGateway.start(Map.of("PREPTABLE_TRANSLATE_URL", deepl.url(), "PREPTABLE_TRANSLATE_KEY", "web-key"));
        ApiClient api = gateway.client();
        chef = api.as(api.admin());
        ApiResponse station = chef.post("/stations", Map.of("name", "Pastry", "description", "Pastry station"));
        assertThat(station.status()).as(station.body()).isEqualTo(201);
        pastry = station.json().get("id").asLong();
        ApiResponse risalamande = chef.post("/dishes", Map.of("nameDA", "Risalamande",
                "descriptionDA", "Risengrød med fløde og kirsebærsauce", "stationId", pastry, "allergenIds", List.of(7, 8)));
        assertThat(risalamande.status()).as(risalamande.body()).isEqualTo(201);
        ApiResponse aeblekage = chef.post("/dishes", Map.of("nameDA", "Æblekage",
                "descriptionDA", "Æbler, makroner og flødeskum", "stationId", pastry, "allergenIds", List.of(1, 7)));
        assertThat(aeblekage.status()).as(aeblekage.body()).isEqualTo(201);
        aeblekageId = aeblekage.json().get("id").asLong();
        cook = api.newUser("LINE_COOK");
        ApiResponse assigned = chef.patch("/users/" + cook.number() + "/station/" + pastry, null);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        browser = Chromium.open(gateway);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (deepl != null) {
            deepl.close();
        }
    }

    @Test
    @Order(1)
    void aLineCookSuggestsADishBeforeTheDeadlineAndEditsIt() {
        SignIn.withPassword(browser, cook.email(), cook.password());
        browser.click(By.linkText("Suggestions"));
        browser.awaitHeading("Suggestions");
        browser.awaitText(By.cssSelector("pt-suggestions-page"), "No suggestions here.");
        browser.type(By.id("nameDA"), "Koldskål med kammerjunkere");
        browser.type(By.id("descriptionDA"), "Kærnemælk, citron og vanilje");
        new Select(browser.await(By.id("stationId"))).selectByVisibleText("Pastry");
        new Select(browser.await(By.id("week"))).selectByValue(KEY);
        browser.awaitText(By.id("deadline-hint"), "suggestions for week " + WEEK + " close on Thursday");
        allergen("Mælk").click();
        browser.assertAccessible("suggestions (line cook)");
        browser.click(By.xpath("//button[normalize-space()='Send suggestion']"));
        browser.awaitText(By.cssSelector("pt-table"), "Koldskål med kammerjunkere");
        assertThat(browser.mainText()).contains("Week " + WEEK + ", " + YEAR).contains("Closes Thursday").contains("Pending");

        browser.press(By.cssSelector("button[aria-label='Edit Koldskål med kammerjunkere']"));
        browser.type(By.id("descriptionDA"), "Kærnemælk, citron og vanilje med kammerjunkere");
        browser.click(By.xpath("//button[normalize-space()='Save suggestion']"));
        browser.awaitText(By.cssSelector("pt-table"), "vanilje med kammerjunkere");
        assertThat(suggestion().get("descriptionDA").asText()).isEqualTo("Kærnemælk, citron og vanilje med kammerjunkere");
        assertThat(browser.driver.findElements(By.cssSelector("button[aria-label^='Approve']"))).isEmpty();
        browser.go("/planner/" + KEY);
        browser.awaitHeading("Not for your role");
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitPath("/signin");
    }

    @Test
    @Order(2)
    void aChefSeesARefusedRejectionInPlaceThenApproves() {
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
        browser.go("/suggestions?status=PENDING");
        browser.awaitText(By.cssSelector("pt-table"), "Koldskål med kammerjunkere");
        browser.assertAccessible("suggestions (chef)");
        browser.press(By.cssSelector("button[aria-label='Reject Koldskål med kammerjunkere']"));
        browser.type(By.id("pt-dialog-input"), "Nej");
        browser.click(By.xpath("//dialog//button[normalize-space()='Reject']"));
        browser.await(By.cssSelector(".error-banner .message"));
        assertThat(browser.driver.findElement(By.cssSelector(".error-banner .reference")).getText()).startsWith("Reference: ");
        assertThat(suggestion().get("dishStatus").asText()).isEqualTo("PENDING");

        browser.press(By.cssSelector("button[aria-label='Approve Koldskål med kammerjunkere']"));
        browser.awaitText(By.cssSelector("pt-suggestions-page"), "No suggestions here.");
        assertThat(suggestion().get("dishStatus").asText()).isEqualTo("APPROVED");
        new Select(browser.await(By.id("suggestion-status"))).selectByVisibleText("All");
        browser.awaitText(By.cssSelector("pt-table"), "Reviewed");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/suggestions");
    }

    @Test
    @Order(3)
    void theChefPlansTheWeekFromItsDeepLink() {
        browser.click(By.linkText("Menu planner"));
        browser.awaitHeading("Menu for week");
        assertThat(browser.path()).startsWith("/planner/");
        browser.go("/planner/" + KEY);
        browser.awaitHeading("Menu for week " + WEEK + ", " + YEAR);
        browser.click(By.xpath("//button[normalize-space()='Create the menu for week " + WEEK + "']"));
        addDish("Monday", "Koldskål med kammerjunkere");
        addDish("Wednesday", "Risalamande");
        // a dish deactivated since the page loaded: the gateway's 409 shows in place, with its reference
        assertThat(chef.patch("/dishes/" + aeblekageId + "/deactivate", null).status()).isEqualTo(200);
        new Select(browser.await(By.cssSelector("select[aria-label='Add a dish to Saturday, Pastry']")))
                .selectByVisibleText("Æblekage");
        browser.awaitText(By.cssSelector(".error-banner .message"), "not active");
        assertThat(browser.driver.findElement(By.cssSelector(".error-banner .reference")).getText()).startsWith("Reference: ");
        addDish("Thursday", "Risalamande");
        assertThat(browser.driver.findElements(By.cssSelector(".error-banner"))).as("cleared by the next action").isEmpty();
        browser.press(By.cssSelector("button[aria-label='Remove Risalamande from Thursday']"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Chromium.WAIT).withMessage(browser::diagnosis)
                .until(d -> days("Risalamande").equals(List.of("WEDNESDAY")));
        assertThat(browser.driver.findElements(By.cssSelector("[data-cell='THURSDAY-" + pastry + "'] .slot"))).isEmpty();
        browser.awaitText(By.id("publish-guard"), "Still without a translation: Koldskål med kammerjunkere, Risalamande.");
        assertThat(publishButton().isEnabled()).isFalse();
        browser.assertAccessible("planner (draft)");

        browser.click(By.linkText("Next week"));
        browser.awaitHeading("Menu for week");
        browser.driver.navigate().back();
        browser.awaitHeading("Menu for week " + WEEK + ", " + YEAR);
        browser.awaitText(By.cssSelector("[data-cell='MONDAY-" + pastry + "'] .slots"), "Koldskål");
    }

    @Test
    @Order(4)
    void aDishMovesByKeyboardAndByDragAndDrop() {
        WebElement move = browser.await(By.cssSelector("[data-cell='MONDAY-" + pastry + "'] button.move"));
        move.sendKeys(Keys.ENTER);
        browser.awaitText(By.cssSelector("[data-cell='MONDAY-" + pastry + "'] button.move"), "Drop on Monday");
        move.sendKeys(Keys.ARROW_RIGHT);
        browser.awaitText(By.cssSelector("[data-cell='MONDAY-" + pastry + "'] button.move"), "Drop on Tuesday");
        move.sendKeys(Keys.ENTER);
        browser.awaitText(By.cssSelector("[data-cell='TUESDAY-" + pastry + "'] .slots"), "Koldskål");
        assertThat(days("Koldskål med kammerjunkere")).containsExactly("TUESDAY");
        assertThat(browser.driver.switchTo().activeElement().getDomAttribute("aria-label"))
                .as("focus follows the moved dish").isEqualTo("Move Koldskål med kammerjunkere, now on Tuesday");

        // HTML5 drag and drop: WebDriver cannot drive the OS drag, so the page's own drag events are dispatched
        browser.driver.executeScript("const from = document.querySelector(arguments[0]);"
                + "const to = document.querySelector(arguments[1]); const data = new DataTransfer();"
                + "from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                + "to.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + "to.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));",
                "[data-cell='WEDNESDAY-" + pastry + "'] .slot", "[data-cell='FRIDAY-" + pastry + "']");
        browser.awaitText(By.cssSelector("[data-cell='FRIDAY-" + pastry + "'] .slots"), "Risalamande");
        assertThat(days("Risalamande")).containsExactly("FRIDAY");
    }

    @Test
    @Order(5)
    void translatingClearsThePublishGuardAndTheMenuIsPublished() {
        browser.press(By.cssSelector("button[aria-label='Translate Koldskål med kammerjunkere']"));
        browser.awaitText(By.cssSelector("[data-cell='TUESDAY-" + pastry + "'] .slots"), "Cold buttermilk soup with biscuits");
        browser.awaitText(By.id("publish-guard"), "Still without a translation: Risalamande.");
        browser.click(By.xpath("//button[normalize-space()='Translate all into English']"));
        browser.awaitText(By.id("publish-guard"), "Every dish has English");
        browser.assertAccessible("planner (ready to publish)");
        publishButton().sendKeys(Keys.ENTER);
        browser.awaitText(By.cssSelector(".notice"), "Published");
        JsonNode menu = chef.get("/weekly-menus/by-week/admin?week=" + WEEK + "&year=" + YEAR).json();
        assertThat(menu.get("menuStatus").asText()).isEqualTo("PUBLISHED");
        assertThat(menu.findValuesAsText("nameEN")).contains("Cold buttermilk soup with biscuits");
        assertThat(browser.driver.findElements(By.cssSelector("button.move"))).as("a published menu is read-only").isEmpty();
        browser.assertAccessible("planner (published)");
        browser.click(By.xpath("//button[normalize-space()='Switch theme']"));
        browser.assertAccessible("planner (published, other theme)");
        // a phone's width: the grid scrolls sideways in its own labelled, focusable region
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.assertAccessible("planner on a phone");
        browser.go("/suggestions");
        browser.awaitText(By.cssSelector("pt-table"), "Koldskål med kammerjunkere");
        browser.assertAccessible("suggestions on a phone");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    private static void addDish(String day, String dish) {
        new Select(browser.await(By.cssSelector("select[aria-label='Add a dish to " + day + ", Pastry']")))
                .selectByVisibleText(dish);
        browser.awaitText(By.cssSelector("[data-cell='" + day.toUpperCase() + "-" + pastry + "'] .slots"), dish);
    }


    private static WebElement publishButton() {
        return browser.await(By.xpath("//button[normalize-space()='Publish week " + WEEK + "']"));
    }

    private static List<String> days(String dish) {
        JsonNode menu = chef.get("/weekly-menus/by-week/admin?week=" + WEEK + "&year=" + YEAR).json();
        List<String> days = new java.util.ArrayList<>();
        menu.get("menuSlots").forEach(s -> {
            if (s.get("menuDish") != null && dish.equals(s.get("menuDish").get("nameDA").asText())) {
                days.add(s.get("dayOfWeek").asText());
            }
        });
        return days;
    }

    private static JsonNode suggestion() {
        return chef.get("/dish-suggestions").json().get(0);
    }

    private static WebElement allergen(String danishName) {
        return browser.await(By.xpath("//fieldset[legend[contains(., 'Allergens')]]//label[contains(., '"
                + danishName + "')]/input"));
    }
}
