package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * A line cook in Chromium: the navigation offers no chef screen, a chef screen's URL shows "not for your role"
 * instead of the screen, and the API behind it refuses the cook (the gateway decides; the app only follows).
 */
@ExtendWith(GatewayExtension.class)
class RolesBrowserTest {

    @AutoClose
    private static Chromium browser;
    private static TestUser cook;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient api) {
        cook = api.newUser("LINE_COOK");
        browser = Chromium.open(gateway);
        SignIn.withPassword(browser, cook.email(), cook.password());
    }


    @Test
    void aLineCookSeesNoChefScreenAndTheirRoutesAreRefused(ApiClient api) {
        browser.awaitHeading("Today");
        browser.awaitText(By.cssSelector(".cards"), "My pending suggestions");
        assertThat(browser.driver.findElement(By.cssSelector("nav.app-nav")).getText())
                .contains("Today", "Suggestions").doesNotContain("Dish bank", "Menu planner", "Shopping lists");
        assertThat(browser.driver.findElement(By.cssSelector("header .account")).getText()).contains("My passkeys");
        assertThat(browser.mainText()).doesNotContain("Active dishes");
        browser.assertAccessible("Today (line cook)");

        for (String path : new String[] {"/dishes", "/dishes/new", "/dishes/1"}) {
            browser.go(path);
            browser.awaitHeading("Not for your role");
            assertThat(browser.driver.findElements(By.tagName("form"))).as(path).isEmpty();
        }
        browser.assertAccessible("not for your role");

        ApiClient asCook = api.as(cook);
        assertThat(asCook.get("/dishes").assertError(403)).contains("HEAD_CHEF");
        assertThat(asCook.post("/dishes", java.util.Map.of("nameDA", "Forsøg", "descriptionDA", "Ikke tilladt her",
                "stationId", 1)).assertError(403)).contains("HEAD_CHEF");
    }

    @Test
    void anUnknownAppPathIsAJsonNotFoundNotThePage() {
        browser.go("/no-such-screen");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("\"statusCode\"");
    }
}
