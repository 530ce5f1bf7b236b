package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.preptable.gateway.kds.KdsFixtures;
import org.preptable.gateway.kds.KdsFixtures.Kitchen;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.saavor.SaavorEvent;

/**
 * A ticket longer than its cell on the browser kitchen display: its last lines give way, never its allergen strip
 * or its bump button (found in a walk-through, where a four-line expo ticket lost half its BUMP button). The kiosk
 * token field does not invite the browser to save it as a password (a bubble over a kitchen screen).
 */
@ExtendWith(GatewayExtension.class)
class KdsLongTicketBrowserTest {

    @AutoClose
    private Chromium browser;

    @Test
    void aLongTicketKeepsItsAllergensAndBumpButtonInsideItsCell(TestGateway gateway, ApiClient api) {
        ApiClient admin = api.as(api.admin());
        Kitchen kitchen = KdsFixtures.kitchen(api);
        String token = admin.post("/locations/" + kitchen.locationId() + "/kiosk_token/rotate", null).json()
                .get("token").asText();
        String soup = "SOUP-" + UUID.randomUUID().toString().substring(0, 6);
        ApiResponse meal = admin.post("/meals", Map.of("name", "Soup " + kitchen.storeRef(), "item_code", soup,
                "allergen_ids", List.of(1, 7)));
        assertThat(meal.status()).as(meal.body()).isEqualTo(201);
        List<SaavorEvent.Line> lines = new java.util.ArrayList<>(IntStream.rangeClosed(1, 14)
                .mapToObj(i -> line(KdsFixtures.burger(kitchen), "Burger no. " + i, 1, "no onion", "extra cheese"))
                .toList());
        lines.add(line(soup, "Tomato soup", 1));
        ApiResponse sent = new WebhookSender(api).send(event("order.created", kitchen.storeRef(),
                "S-" + UUID.randomUUID(), Instant.now(), lines.toArray(SaavorEvent.Line[]::new)));
        assertThat(sent.status()).as(sent.body()).isBetween(200, 299);

        browser = Chromium.open(gateway);
        browser.driver.manage().window().setSize(new Dimension(1280, 800));
        browser.go("/kds/" + kitchen.locationId());
        assertThat(browser.await(By.id("kiosk-token")).getDomAttribute("autocomplete")).isEqualTo("one-time-code");
        browser.type(By.id("kiosk-token"), token);
        browser.click(By.xpath("//button[normalize-space()='Open the kitchen display']"));
        browser.await(By.cssSelector("pt-kds-ticket article"));

        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.driver.executeScript("""
                const cell = document.querySelector('.kds-board > li').getBoundingClientRect();
                const bump = document.querySelector('pt-kds-ticket .bump').getBoundingClientRect();
                const strip = document.querySelector('pt-kds-ticket .allergens').getBoundingClientRect();
                const lines = document.querySelector('pt-kds-ticket .lines');
                return {cellTop: cell.top, cellBottom: cell.bottom, bumpTop: bump.top, bumpBottom: bump.bottom,
                        stripTop: strip.top, cut: lines.scrollHeight > lines.clientHeight};""");
        assertThat((Boolean) box.get("cut")).as("the ticket is longer than its cell: " + box).isTrue();
        assertThat(((Number) box.get("bumpBottom")).doubleValue()).as("bump button inside the cell: " + box)
                .isLessThanOrEqualTo(((Number) box.get("cellBottom")).doubleValue());
        assertThat(((Number) box.get("stripTop")).doubleValue()).as("allergen strip inside the cell: " + box)
                .isGreaterThan(((Number) box.get("cellTop")).doubleValue())
                .isLessThan(((Number) box.get("bumpTop")).doubleValue());
        browser.awaitText(By.cssSelector("pt-kds-ticket .allergens"), "1 Gluten, 7 Milk");
        browser.awaitText(By.cssSelector("pt-kds-ticket .more"), "more ▼"); // a cut ticket says so
        browser.assertAccessible("kitchen display with a ticket longer than its cell");
    }
}
