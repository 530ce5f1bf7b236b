package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.SseClient;
import org.preptable.gateway.testing.TestGateway;

/**
 * The guest menu board ({@code /menu/{location}}) in Chromium, signed out, at a phone's width: the location's
 * current menu with prices and allergens; a manager marks an item sold out over the operations API
 * ({@code PUT /placements/{id}}) and the open board shows "Udsolgt" without a reload (it polls the public read with
 * If-None-Match); English; axe on each. Also the public read's ETag and 304 over HTTP.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuestMenuBrowserTest {

    @AutoClose
    private static Chromium browser;
    private static ApiClient admin;
    private static String location;
    private static String placement;
    private static Map<String, Object> waterBody;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        admin = api.as(api.admin());
        location = id(admin.post("/locations", Map.of("name", "Havnen", "timezone", "UTC")));
        String menu = id(admin.post("/menus", Map.of("name", "Hele dagen")));
        String allDay = id(admin.post("/locations/" + location + "/dayparts",
                Map.of("name", "Hele dagen", "start_time", "00:00", "end_time", "23:59")));
        Map<String, Object> meal = new LinkedHashMap<>();
        meal.put("name", "Fiskefrikadeller");
        meal.put("description", "Med remoulade og rugbrød");
        meal.put("allergen_ids", List.of(1, 4));
        meal.put("components", List.of());
        String fish = id(admin.post("/meals", meal));
        String water = id(admin.post("/items", Map.of("sku", "GUEST-WATER", "name", "Danskvand", "unit", "ea")));
        id(admin.post("/locations/" + location + "/placements",
                body(menu, allDay, "meal_id", fish, 12500L, true, 1)));
        waterBody = body(menu, allDay, "item_id", water, 2500L, true, 2);
        placement = id(admin.post("/locations/" + location + "/placements", waterBody));
        browser = Chromium.open(gateway);
        browser.driver.manage().window().setSize(new Dimension(390, 844));
    }

    private static Map<String, Object> body(String menu, String daypart, String kind, String target, long price,
                                            boolean available, int position) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("menu_id", menu);
        body.put("daypart_id", daypart);
        body.put(kind, target);
        body.put("weekdays", List.of(1, 2, 3, 4, 5, 6, 7));
        body.put("dates", List.of());
        body.put("price_cents", price);
        body.put("available", available);
        body.put("position", position);
        return body;
    }

    private static String id(ApiResponse created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    @Order(1)
    void theBoardIsPublicAndAnswers304WhenUnchanged(ApiClient api) {
        ApiResponse first = api.get("/locations/" + location + "/menu/public");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("items")).hasSize(2);
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(api.withHeader("If-None-Match", etag).get("/locations/" + location + "/menu/public").status())
                .isEqualTo(304);
        assertThat(api.get("/locations/" + location + "/menu/current").status()).as("the staff read stays closed")
                .isEqualTo(401);
        assertThat(api.get("/locations/00000000-0000-0000-0000-000000000001/menu/public").status()).isEqualTo(404);
        assertThat(api.get("/locations/00000000-0000-0000-0000-000000000001/menu/public/events").status())
                .isEqualTo(404);
        ApiResponse stream = api.get("/locations/" + location + "/menu/public/events");
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
    }

    @Test
    @Order(2)
    void aGuestSeesTheMenuOnAPhone() {
        browser.go("/menu/" + location);
        browser.awaitHeading("Menu: Hele dagen");
        browser.awaitText(By.cssSelector("[data-placement='" + placement + "']"), "Danskvand");
        browser.awaitText(By.cssSelector(".board"), "Fiskefrikadeller");
        browser.awaitText(By.cssSelector(".board"), "Allergener: (1) Gluten, (4) Fisk");
        browser.awaitText(By.cssSelector(".board"), "125,00");
        Object overflow = browser.driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).isEqualTo(false);
        browser.assertAccessible("guest menu board on a phone");
    }

    @Test
    @Order(3)
    void soldOutShowsWithinASecondWithoutAReload(TestGateway gateway) throws Exception {
        browser.driver.executeScript("window.__notReloaded = true");
        Map<String, Object> soldOut = new LinkedHashMap<>(waterBody);
        soldOut.put("available", false);
        try (SseClient guest = SseClient.open(gateway.baseUrl(), "/locations/" + location + "/menu/public/events",
                Map.of())) {
            assertThat(guest.status()).isEqualTo(200);
            long sent = System.nanoTime();
            ApiResponse answer = admin.put("/placements/" + placement, soldOut);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            new WebDriverWait(browser.driver, Duration.ofSeconds(5), Duration.ofMillis(20))
                    .withMessage(browser::diagnosis)
                    .until(d -> d.findElement(By.cssSelector("[data-placement='" + placement + "']")).getText()
                            .contains("Udsolgt"));
            long millis = (System.nanoTime() - sent) / 1_000_000;
            System.out.println("GuestMenuBrowserTest: sold out on the guest board after " + millis + " ms");
            assertThat(millis).as("sold out to the guest's screen, ms (the board polls only every 30 s)")
                    .isLessThan(1000);
            // the public stream says only that the menu changed: one bodiless event per menu.updated, no orders
            SseClient.Event changed = guest.next(5);
            assertThat(changed.name()).isEqualTo("menu.changed");
            assertThat(changed.data()).isEqualTo("{}");
            assertThat(changed.id()).matches("\\d+");
            assertThat(guest.drain(300)).as("one nudge per write (availability.updated is not passed on)").isEmpty();
        }
        assertThat(browser.driver.executeScript("return window.__notReloaded === true")).isEqualTo(true);
        browser.assertAccessible("guest menu board with a sold-out item");
    }

    @Test
    @Order(4)
    void theBoardInEnglish() {
        browser.click(By.xpath("//button[normalize-space()='English']"));
        browser.awaitText(By.cssSelector("[data-placement='" + placement + "']"), "Sold out");
        browser.awaitText(By.cssSelector(".board"), "Allergens: (1) Gluten, (4) Fish");
        assertThat(browser.driver.getCurrentUrl()).endsWith("?lang=en");
        browser.assertAccessible("guest menu board in English");
    }
}
