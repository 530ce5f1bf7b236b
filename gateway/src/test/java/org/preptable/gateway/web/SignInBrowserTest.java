package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/**
 * Password sign-in in Chromium: a refusal shows the envelope's message and reference id, a success lands on Today
 * (or on the deep link that sent the visitor to sign in), a reload keeps the page and the session, and signing out
 * ends it. The methods run in order: they are one visit.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInBrowserTest {

    @AutoClose
    private static Chromium browser;

    @BeforeAll
    static void open(TestGateway gateway) {
        browser = Chromium.open(gateway);
    }


    @Test
    @Order(1)
    void aDeepLinkWhileSignedOutAsksForSignInAndAWrongPasswordIsShownWithItsReference() {
        browser.go("/dishes?active=true");
        browser.awaitPath("/signin");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/signin?next=%2Fdishes%3Factive%3Dtrue");
        browser.awaitHeading("Sign in to PrepTable");
        assertThat(browser.driver.getTitle()).isEqualTo("Sign in · PrepTable");
        browser.assertAccessible("sign-in");

        browser.type(By.id("email"), TestGateway.ADMIN_EMAIL);
        browser.type(By.id("password"), "not-the-password");
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.awaitText(By.cssSelector(".error-banner .message"), "Invalid email or password");
        assertThat(browser.driver.findElement(By.cssSelector(".error-banner .reference")).getText())
                .matches("Reference: \\S{6,}");
        browser.assertAccessible("sign-in with an error");
    }

    @Test
    @Order(2)
    void theRightPasswordGoesWhereTheDeepLinkPointed() {
        browser.type(By.id("password"), TestGateway.ADMIN_PASSWORD);
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.awaitPath("/dishes");
        browser.awaitHeading("Dish bank");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/dishes?active=true");
        assertThat(browser.driver.findElement(By.cssSelector(".account")).getText())
                .contains(TestGateway.ADMIN_EMAIL).contains("(admin)");
    }

    @Test
    @Order(3)
    void aReloadKeepsThePageAndTheSessionAndBackReturns() {
        browser.click(By.linkText("Today"));
        browser.awaitPath("/");
        browser.awaitHeading("Today");
        browser.await(By.cssSelector(".card .count"));
        browser.assertAccessible("Today");
        browser.click(By.xpath("//button[normalize-space()='Switch theme']"));
        browser.assertAccessible("Today in the other theme");
        browser.click(By.xpath("//button[normalize-space()='Switch theme']"));

        browser.driver.navigate().refresh();
        browser.awaitHeading("Today");
        assertThat(browser.path()).isEqualTo("/");

        browser.driver.navigate().back();
        browser.awaitPath("/dishes");
        browser.awaitHeading("Dish bank");
        browser.driver.navigate().forward();
        browser.awaitHeading("Today");
    }

    @Test
    @Order(4)
    void signingOutEndsTheSession() {
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitPath("/signin");
        browser.go("/passkeys");
        browser.awaitPath("/signin");
        assertThat(browser.driver.executeScript("return sessionStorage.getItem('preptable.token')")).isNull();
    }
}
