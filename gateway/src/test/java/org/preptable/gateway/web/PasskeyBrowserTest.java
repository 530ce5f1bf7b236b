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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/**
 * Passkeys in Chromium through its virtual authenticator (WebDriver's WebAuthn commands, the DevTools WebAuthn
 * domain underneath): an invited manager accepts the invitation and lands on Today signed in, the used link says so,
 * "my passkeys" adds one from a second authenticator, renames it and removes the first (never the last), and a
 * discoverable passkey signs in again after signing out. One visit, in order.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasskeyBrowserTest {

    private static final String EMAIL = "ana@kitchen.test";
    @AutoClose
    private static Chromium browser;
    private static VirtualAuthenticator laptop;
    private static String token;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        browser = Chromium.open(gateway);
        ApiResponse created = api.as(api.admin()).post("/admin/invitations",
                Map.of("email", EMAIL, "role", "manager", "location_ids", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        token = created.json().get("token").asText();
    }


    @Test
    @Order(1)
    void anInvitedManagerRegistersAPasskeyAndLandsOnTodaySignedIn() {
        laptop = browser.authenticator();
        browser.go("/invite/" + token);
        browser.awaitText(By.id("invite-summary"), "You are invited as manager");
        assertThat(browser.await(By.id("email")).getDomProperty("value")).isEqualTo(EMAIL);
        browser.assertAccessible("invitation");

        browser.type(By.id("first"), "Ana");
        browser.type(By.id("last"), "Ros");
        browser.type(By.id("passkey"), "Office laptop");
        browser.click(By.xpath("//button[normalize-space()='Create my passkey']"));
        browser.awaitPath("/");
        browser.awaitHeading("Today");
        browser.awaitText(By.cssSelector(".account"), EMAIL + " (manager)");
        assertThat(laptop.getCredentials()).hasSize(1);
        assertThat(browser.driver.manage().getCookieNamed("preptable_session")).as("HTTP-only session cookie")
                .isNotNull().satisfies(cookie -> assertThat(cookie.isHttpOnly()).isTrue());
    }

    @Test
    @Order(2)
    void theUsedLinkSaysItCannotBeUsedAgain() {
        browser.go("/invite/" + token);
        browser.awaitText(By.id("invite-summary"), "This invitation cannot be used.");
        assertThat(browser.await(By.cssSelector(".error-banner .message")).getText()).containsIgnoringCase("used");
        assertThat(browser.driver.findElements(By.id("first"))).isEmpty();
        browser.go("/invite/no-such-token");
        browser.awaitText(By.id("invite-summary"), "This invitation cannot be used.");
        browser.await(By.cssSelector(".error-banner .reference"));
    }

    @Test
    @Order(3)
    void myPasskeysAddsRenamesAndRemovesButNeverTheLast() {
        browser.go("/passkeys");
        browser.awaitHeading("My passkeys");
        browser.awaitText(By.cssSelector("pt-table"), "Office laptop");
        assertThat(button("Remove Office laptop").isEnabled()).as("the only passkey").isFalse();
        browser.assertAccessible("my passkeys");

        // the laptop's authenticator already holds this account's passkey (excluded): add from a second device
        ((HasVirtualAuthenticator) browser.driver).removeVirtualAuthenticator(laptop);
        VirtualAuthenticator tablet = browser.authenticator();
        browser.type(By.id("passkey-name"), "Kitchen tablet");
        browser.click(By.xpath("//button[normalize-space()='Add passkey']"));
        browser.awaitText(By.cssSelector("pt-table"), "Kitchen tablet");
        assertThat(tablet.getCredentials()).hasSize(1);

        button("Rename Kitchen tablet").click();
        WebElement name = browser.await(By.id("pt-dialog-input"));
        name.clear();
        name.sendKeys("Pass tablet");
        browser.assertAccessible("the rename dialog");
        browser.click(By.xpath("//dialog//button[normalize-space()='Save']"));
        browser.awaitText(By.cssSelector("pt-table"), "Pass tablet");

        button("Remove Office laptop").click();
        browser.click(By.xpath("//dialog//button[normalize-space()='Remove']"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Chromium.WAIT)
                .until(d -> !browser.mainText().contains("Office laptop"));
        assertThat(button("Remove Pass tablet").isEnabled()).as("now the only one").isFalse();
    }

    @Test
    @Order(4)
    void aDiscoverablePasskeySignsInAgainAfterSigningOut() {
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitPath("/signin");
        assertThat(browser.driver.manage().getCookieNamed("preptable_session")).isNull();
        browser.click(By.id("passkey-signin"));
        browser.awaitPath("/");
        browser.awaitText(By.cssSelector(".account"), EMAIL + " (manager)");
    }

    private static WebElement button(String accessibleName) {
        return browser.await(By.cssSelector("button[aria-label='" + accessibleName + "']"));
    }
}
