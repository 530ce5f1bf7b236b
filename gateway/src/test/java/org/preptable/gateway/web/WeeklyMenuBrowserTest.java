package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.Dimension;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/**
 * The public weekly menu in Chromium, signed out: a published week in Danish, then English (kept in the URL across a
 * reload), each dish with its allergens by number and name; the next week has none published (a draft stays
 * hidden); a phone's width; axe on each.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WeeklyMenuBrowserTest {

    @AutoClose
    private static Chromium browser;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        ApiClient chef = api.as(api.admin());
        ApiResponse station = chef.post("/stations", Map.of("name", "Cold Kitchen", "description", "Cold Kitchen station"));
        assertThat(station.status()).as(station.body()).isEqualTo(201);
        ApiResponse laks = chef.post("/dishes", Map.of("nameDA", "Røget Laks",
                "descriptionDA", "Laks med dildcreme og rugbrødschips", "stationId", station.json().get("id").asLong(),
                "allergenIds", List.of(1, 4)));
        assertThat(laks.status()).as(laks.body()).isEqualTo(201);
        long dish = laks.json().get("id").asLong();
        gateway.sql().execute("UPDATE dishes SET name_en = 'Smoked Salmon',"
                + " description_en = 'Salmon with dill cream and rye bread chips' WHERE id = ?", dish);
        long published = gateway.sql().count("INSERT INTO weekly_menus (week_number, year, status) VALUES (22, 2026,"
                + " 'PUBLISHED') RETURNING id");
        long draft = gateway.sql().count("INSERT INTO weekly_menus (week_number, year, status) VALUES (23, 2026,"
                + " 'DRAFT') RETURNING id");
        for (long menu : new long[] {published, draft}) {
            gateway.sql().execute("INSERT INTO weekly_menu_slots (menu_id, day_of_week, station_id, dish_id)"
                    + " SELECT ?, 'TUESDAY', station_id, id FROM dishes WHERE id = ?", menu, dish);
        }
        browser = Chromium.open(gateway);
    }


    @Test
    @Order(1)
    void aGuestReadsThePublishedWeekInDanishWithAllergens() {
        browser.go("/weekly-menu/2026/22");
        browser.awaitHeading("Ugens menu");
        browser.awaitText(By.cssSelector("main"), "Uge 22, 2026");
        browser.awaitText(By.cssSelector("section"), "Tirsdag");
        browser.awaitText(By.cssSelector(".menu-dish"), "Røget Laks");
        browser.awaitText(By.cssSelector(".menu-dish"), "Laks med dildcreme og rugbrødschips");
        browser.awaitText(By.cssSelector(".allergens"), "Allergener: (1) Gluten, (4) Fisk");
        assertThat(browser.path()).isEqualTo("/weekly-menu/2026/22");
        browser.assertAccessible("weekly menu in Danish");
    }

    @Test
    @Order(2)
    void theSameWeekInEnglishSurvivesAReload() {
        browser.click(By.xpath("//button[normalize-space()='English']"));
        browser.awaitHeading("This week\u2019s menu");
        browser.awaitText(By.cssSelector(".menu-dish"), "Smoked Salmon");
        browser.awaitText(By.cssSelector(".allergens"), "Allergens: (1) Gluten, (4) Fish");
        browser.awaitText(By.cssSelector("section"), "Tuesday");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/weekly-menu/2026/22?lang=en");
        browser.driver.navigate().refresh();
        browser.awaitText(By.cssSelector(".menu-dish"), "Smoked Salmon");
        browser.assertAccessible("weekly menu in English");
    }

    @Test
    @Order(3)
    void aDraftWeekIsNotShown() {
        browser.click(By.xpath("//button[normalize-space()='Next week']"));
        browser.awaitPath("/weekly-menu/2026/23");
        browser.awaitText(By.cssSelector("main"), "No menu has been published for this week.");
        assertThat(browser.mainText()).doesNotContain("Smoked Salmon");
        browser.driver.navigate().back();
        browser.awaitText(By.cssSelector(".menu-dish"), "Smoked Salmon");
    }

    @Test
    @Order(4)
    void itIsReadableOnAPhone() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.awaitText(By.cssSelector(".menu-dish"), "Smoked Salmon");
        assertThat(browser.await(By.cssSelector(".allergens")).isDisplayed()).isTrue();
        Object overflow = browser.driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).isEqualTo(false);
        browser.assertAccessible("weekly menu on a phone");
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
