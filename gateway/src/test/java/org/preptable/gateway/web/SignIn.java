package org.preptable.gateway.web;

import org.openqa.selenium.By;

/** Signing in through the sign-in screen, for the tests whose subject is another screen. */
final class SignIn {

    private SignIn() {
    }

    static void withPassword(Chromium browser, String email, String password) {
        browser.go("/signin");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), password);
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.awaitText(By.cssSelector(".account"), email);
    }
}
