package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/**
 * The dish bank in Chromium, as a head chef: create a dish with both languages and EU-14 allergens, edit it (after a
 * reload of its deep link), deactivate it and find it through the filters (kept in the URL across a reload),
 * delete a dish a weekly menu uses (the 409's message and reference id shown, the dish kept), then delete the new
 * one. What the screens did is checked against the API. One visit, in order.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DishBankBrowserTest {

    @AutoClose
    private static Chromium browser;
    private static ApiClient chef;
    private static long created;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        chef = api.as(api.admin());
        long hot = station("Hot Kitchen");
        long cold = station("Cold Kitchen");
        ApiResponse roastbeef = chef.post("/dishes", Map.of("nameDA", "Roastbeef",
                "descriptionDA", "Roastbeef med remoulade og sprøde løg", "stationId", cold, "allergenIds", List.of(1, 3)));
        assertThat(roastbeef.status()).as(roastbeef.body()).isEqualTo(201);
        // placed on a published weekly menu (written directly, as KitchenFixture.menu does): it cannot be deleted
        long menu = gateway.sql().count("INSERT INTO weekly_menus (week_number, year, status) VALUES (22, 2026,"
                + " 'PUBLISHED') RETURNING id");
        gateway.sql().execute("INSERT INTO weekly_menu_slots (menu_id, day_of_week, station_id, dish_id)"
                + " SELECT ?, 'MONDAY', station_id, id FROM dishes WHERE id = ?", menu, roastbeef.json().get("id").asLong());
        assertThat(hot).isPositive();
        browser = Chromium.open(gateway);
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
    }

    private static long station(String name) {
        ApiResponse created = chef.post("/stations", Map.of("name", name, "description", name + " station"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }


    @Test
    @Order(1)
    void aChefCreatesADishInBothLanguagesWithItsAllergens() {
        browser.click(By.linkText("Dish bank"));
        browser.awaitHeading("Dish bank");
        browser.awaitText(By.cssSelector("pt-table"), "Roastbeef");
        browser.assertAccessible("dish bank");

        browser.click(By.linkText("New dish"));
        browser.awaitPath("/dishes/new");
        browser.awaitText(By.cssSelector("fieldset"), "Danish");
        browser.type(By.id("nameDA"), "Grillet Kylling");
        browser.type(By.id("descriptionDA"), "Serveret med citron og timian");
        browser.type(By.id("nameEN"), "Grilled Chicken");
        browser.type(By.id("descriptionEN"), "Served with lemon and thyme");
        new Select(browser.await(By.id("stationId"))).selectByVisibleText("Hot Kitchen");
        allergen("Gluten").click();
        allergen("Sennep").click();
        browser.assertAccessible("new dish");
        browser.click(By.xpath("//button[normalize-space()='Create dish']"));

        browser.awaitPath("/dishes");
        browser.awaitText(By.cssSelector("pt-table"), "Grilled Chicken");
        JsonNode dish = dish("Grillet Kylling");
        created = dish.get("id").asLong();
        assertThat(dish.get("nameEN").asText()).isEqualTo("Grilled Chicken");
        assertThat(dish.get("station").get("name").asText()).isEqualTo("Hot Kitchen");
        assertThat(numbers(dish)).containsExactly(1, 10);
        assertThat(row(created).getText()).contains("Hot Kitchen").contains("Active");
    }

    @Test
    @Order(2)
    void itsEditScreenSurvivesAReloadAndSavesBothLanguages() {
        row(created).findElement(By.linkText("Edit")).click();
        browser.awaitPath("/dishes/" + created);
        browser.driver.navigate().refresh();
        browser.awaitHeading("Grillet Kylling");
        assertThat(browser.await(By.id("nameEN")).getDomProperty("value")).isEqualTo("Grilled Chicken");
        assertThat(browser.driver.findElement(By.id("stationId")).isEnabled()).as("a dish keeps its station").isFalse();
        browser.assertAccessible("edit dish");

        browser.type(By.id("nameEN"), "Grilled chicken with thyme");
        allergen("Gluten").click();
        browser.click(By.xpath("//button[normalize-space()='Save changes']"));
        browser.awaitPath("/dishes");
        browser.awaitText(By.cssSelector("pt-table"), "Grilled chicken with thyme");
        JsonNode dish = dish("Grillet Kylling");
        assertThat(dish.get("nameEN").asText()).isEqualTo("Grilled chicken with thyme");
        assertThat(numbers(dish)).containsExactly(10);

        browser.driver.navigate().back();
        browser.awaitPath("/dishes/" + created);
        browser.driver.navigate().forward();
        browser.awaitPath("/dishes");
        browser.awaitHeading("Dish bank");
    }

    @Test
    @Order(3)
    void deactivatingHidesItFromTheActiveFilterWhichAReloadKeeps() {
        browser.await(By.cssSelector("button[aria-label='Deactivate Grillet Kylling']")).click();
        new WebDriverWait(browser.driver, Chromium.WAIT).withMessage(browser::diagnosis)
                .until(d -> row(created).getText().contains("Inactive"));
        assertThat(dish("Grillet Kylling").get("active").asBoolean()).isFalse();

        new Select(browser.await(By.id("dish-active"))).selectByVisibleText("Active only");
        browser.awaitText(By.cssSelector("pt-table"), "1 of 1 dishes");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/dishes?active=true");
        browser.driver.navigate().refresh();
        browser.awaitText(By.cssSelector("pt-table"), "Roastbeef");
        assertThat(browser.mainText()).doesNotContain("Grillet Kylling");

        new Select(browser.await(By.id("dish-active"))).selectByVisibleText("Inactive only");
        browser.awaitText(By.cssSelector("pt-table"), "Grillet Kylling");
        browser.await(By.cssSelector("button[aria-label='Activate Grillet Kylling']"));
        new Select(browser.await(By.id("dish-active"))).selectByVisibleText("Active and inactive");
        browser.type(By.id("dish-search"), "kyll");
        browser.awaitText(By.cssSelector("pt-table"), "1 of 2 dishes");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/dishes?q=kyll");
        browser.type(By.id("dish-search"), "");
    }

    @Test
    @Order(4)
    void aDishOnAWeeklyMenuIsNotDeletedAndTheReasonIsShown() {
        browser.await(By.cssSelector("button[aria-label='Delete Roastbeef']")).click();
        browser.assertAccessible("the delete dialog");
        browser.click(By.xpath("//dialog//button[normalize-space()='Delete']"));
        browser.awaitText(By.cssSelector(".error-banner .message"),
                "Dish is used in 1 weekly menu(s): week 22 of 2026 (PUBLISHED) - use deactivate instead");
        assertThat(browser.driver.findElement(By.cssSelector(".error-banner .reference")).getText())
                .startsWith("Reference: ");
        assertThat(dish("Roastbeef")).isNotNull();
        browser.assertAccessible("dish bank with an error");
        // a phone's width: the table turns into one card per dish (app.css), still labelled and usable
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.assertAccessible("dish bank on a phone");
        assertThat(browser.await(By.cssSelector("button[aria-label='Delete Grillet Kylling']")).isDisplayed()).isTrue();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Test
    @Order(5)
    void anUnusedDishIsDeleted() {
        browser.await(By.cssSelector("button[aria-label='Delete Grillet Kylling']")).click();
        browser.click(By.xpath("//dialog//button[normalize-space()='Delete']"));
        new WebDriverWait(browser.driver, Chromium.WAIT).withMessage(browser::diagnosis)
                .until(d -> !browser.mainText().contains("Grillet Kylling"));
        assertThat(chef.get("/dishes/" + created).status()).isEqualTo(404);
        assertThat(browser.driver.findElements(By.cssSelector(".error-banner"))).isEmpty();
    }

    private static WebElement allergen(String danishName) {
        return browser.await(By.xpath("//fieldset[legend[contains(., 'Allergens')]]//label[contains(., '"
                + danishName + "')]/input"));
    }

    private static WebElement row(long id) {
        return browser.await(By.cssSelector("tr[data-key='" + id + "']"));
    }

    private static JsonNode dish(String nameDa) {
        for (JsonNode dish : chef.get("/dishes").json()) {
            if (dish.get("nameDA").asText().equals(nameDa)) {
                return dish;
            }
        }
        return null;
    }

    private static List<Integer> numbers(JsonNode dish) {
        List<Integer> numbers = new java.util.ArrayList<>();
        dish.get("allergens").forEach(a -> numbers.add(a.get("displayNumber").asInt()));
        return numbers;
    }
}
