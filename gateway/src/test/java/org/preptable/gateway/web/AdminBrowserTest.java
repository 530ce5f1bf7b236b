package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.preptable.gateway.ops.OpsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * The admin console in Chromium (issue 22), one visit in order: a line cook gets no Admin section, every
 * {@code /admin/*} screen says "Not for your role" and the API answers 403; the head chef (the only admin) cannot
 * give away their own role — the 409 shown in place with its message, reference and the reason — and changes a cook's
 * role and locations; creates an invitation, copies its link and revokes it (the link then answers 410); rotates a
 * kiosk token on the screen (QR and token shown once) and the old token's kitchen screen is signed out; revokes
 * another user's session (its next request answers 401); filters the audit log by table and pages it; reads a Saavor
 * delivery as text. axe on each screen, and each at a phone's width without sideways scrolling.
 */
@ExtendWith(GatewayExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBrowserTest {

    private static final String[] SCREENS = {"/admin/users", "/admin/invitations", "/admin/kiosks",
        "/admin/sessions", "/admin/audit", "/admin/saavor"};

    @AutoClose
    private static Chromium browser;
    private static ApiClient api;
    private static ApiClient admin;
    private static TestUser cook;
    private static UUID harlingen;
    private static UUID waco;

    @BeforeAll
    static void open(TestGateway gateway, ApiClient client) {
        api = client;
        admin = api.as(api.admin());
        cook = api.newUser("LINE_COOK");
        OpsFixtures ops = new OpsFixtures(api);
        harlingen = ops.location("Harlingen");
        waco = ops.location("Waco");
        for (int i = 0; i < 8; i++) {
            ops.location("Audit " + i); // more location rows than a page of 10 holds
        }
        browser = Chromium.open(gateway);
    }

    @Test
    @Order(1)
    void aLineCookGetsNoAdminSectionAndTheApiRefusesThem() {
        SignIn.withPassword(browser, cook.email(), cook.password());
        browser.awaitHeading("Today");
        assertThat(browser.driver.findElement(By.tagName("header")).getText())
                .doesNotContain("Admin").doesNotContain("People").doesNotContain("Audit log");
        for (String path : new String[] {"/admin/users", "/admin/invitations", "/admin/kiosks", "/admin/sessions",
                "/admin/audit?entity=users", "/admin/saavor", "/admin/saavor/" + UUID.randomUUID()}) {
            browser.go(path);
            browser.awaitHeading("Not for your role");
        }
        browser.assertAccessible("admin screen, not for a line cook");
        ApiClient asCook = api.as(cook);
        for (String path : new String[] {"/admin/users", "/admin/invitations", "/admin/sessions", "/admin/audit-log",
                "/saavor/payloads"}) {
            assertThat(asCook.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(asCook.post("/locations/" + harlingen + "/kiosk_token/rotate", null).status()).isEqualTo(403);
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitPath("/signin");
    }

    @Test
    @Order(2)
    void theLastAdminsRoleChangeIsRefusedInPlaceAndACooksRoleAndLocationsChange() {
        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
        browser.click(By.cssSelector("nav.app-groups a[href='/admin/users']"));
        browser.awaitHeading("People");
        assertThat(browser.driver.findElement(By.cssSelector("nav.app-nav")).getText())
                .contains("People", "Invitations", "Kiosk tokens", "Sessions", "Audit log", "Saavor deliveries");
        browser.awaitText(By.cssSelector("pt-table"), cook.email());
        browser.assertAccessible("people");

        WebElement mine = roleSelect(TestGateway.ADMIN_EMAIL);
        new Select(mine).selectByValue("manager");
        browser.awaitText(By.cssSelector(".error-banner .message"), "admin");
        assertThat(browser.driver.findElement(By.cssSelector(".error-banner .reference")).getText())
                .matches("Reference: \\S+");
        assertThat(browser.driver.findElement(By.id("last-admin-why")).getText())
                .contains("at least one active admin");
        assertThat(new Select(roleSelect(TestGateway.ADMIN_EMAIL)).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("admin");
        assertThat(adminUser(TestGateway.ADMIN_EMAIL).get("role").asText()).isEqualTo("admin");
        browser.assertAccessible("people, the last admin's refusal");

        new Select(roleSelect(cook.email())).selectByValue("manager");
        browser.awaitText(By.cssSelector(".toasts"), "is now Manager");
        assertThat(browser.driver.findElements(By.cssSelector(".error-banner"))).isEmpty();
        assertThat(adminUser(cook.email()).get("role").asText()).isEqualTo("manager");

        String id = adminUser(cook.email()).get("id").asText();
        browser.press(By.xpath("//tr[contains(., '" + cook.email() + "')]//button[normalize-space()='Change']"));
        WebElement row = browser.await(By.xpath("//tr[contains(., '" + cook.email() + "')]"));
        row.findElement(By.cssSelector("input[value='" + waco + "']")).click();
        browser.press(By.cssSelector("button[aria-label^='Save the locations of']"));
        browser.awaitText(By.cssSelector(".toasts"), "locations were saved");
        assertThat(admin.get("/admin/users/" + id + "/locations").json().get("location_ids").toString())
                .isEqualTo("[\"" + waco + "\"]");
        browser.go("/admin/users");
        browser.awaitText(By.xpath("//tr[contains(., '" + cook.email() + "')]"), "Waco");
    }

    @Test
    @Order(3)
    void anInvitationIsCreatedItsLinkCopiedAndThenRevoked() {
        browser.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", browser.origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.go("/admin/invitations");
        browser.awaitHeading("Invitations");
        browser.type(By.id("invite-email"), "ana@test.preptable");
        new Select(browser.await(By.id("invite-role"))).selectByValue("manager");
        new Select(browser.await(By.id("invite-expires"))).selectByValue("24");
        browser.await(By.cssSelector("input[name=location][value='" + harlingen + "']")).click();
        browser.assertAccessible("invitations");
        browser.click(By.xpath("//button[normalize-space()='Create invitation']"));

        String link = browser.await(By.id("invitation-link")).getDomProperty("value");
        assertThat(link).contains("/invite/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        ApiResponse shown = api.get("/auth/invitations/" + token);
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        JsonNode listed = admin.get("/admin/invitations").json().get("invitations").get(0);
        assertThat(listed.get("email").asText()).isEqualTo("ana@test.preptable");
        assertThat(listed.get("role").asText()).isEqualTo("manager");
        assertThat(listed.get("location_ids").toString()).isEqualTo("[\"" + harlingen + "\"]");

        browser.press(By.xpath("//button[normalize-space()='Copy link']"));
        browser.awaitText(By.cssSelector(".toasts"), "copied");
        Object copied = browser.driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], (e) => arguments[0]('refused: ' + e))");
        assertThat(copied).isEqualTo(link);
        browser.assertAccessible("invitations, the new link");

        browser.press(By.cssSelector("button[aria-label='Revoke the invitation for ana@test.preptable']"));
        browser.awaitText(By.cssSelector("dialog"), "stops working");
        browser.click(By.xpath("//dialog//button[normalize-space()='Revoke']"));
        browser.awaitText(By.cssSelector(".toasts"), "was revoked");
        browser.awaitText(By.cssSelector("pt-table"), "Revoked");
        assertThat(browser.driver.findElements(By.id("invitation-link"))).isEmpty();
        assertThat(api.get("/auth/invitations/" + token).status()).isIn(404, 410);
    }

    @Test
    @Order(4)
    void aRotatedKioskTokenIsShownOnceWithItsQrAndTheOldScreenIsSignedOut() {
        String old = admin.post("/locations/" + harlingen + "/kiosk_token/rotate", null).json().get("token").asText();
        ApiClient oldScreen = kiosk(old);
        assertThat(oldScreen.get("/auth/me").status()).isEqualTo(200);

        browser.go("/admin/kiosks");
        browser.awaitHeading("Kiosk tokens");
        browser.assertAccessible("kiosk tokens");
        String name = admin.get("/locations/" + harlingen).json().get("name").asText();
        browser.press(By.cssSelector("button[aria-label='Rotate the kiosk token of " + name + "']"));
        browser.awaitText(By.cssSelector("dialog"), "will be signed out");
        browser.click(By.xpath("//dialog//button[normalize-space()='Rotate token']"));

        String token = browser.await(By.id("kiosk-token")).getDomProperty("value");
        assertThat(token).matches("ptk_[A-Za-z0-9_-]{43}").isNotEqualTo(old);
        WebElement qr = browser.await(By.cssSelector("img.qr"));
        assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml");
        assertThat(qr.getAttribute("alt")).isEqualTo("QR code of the new kiosk token for " + name);
        assertThat(((Number) browser.driver.executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", qr)).intValue())
                .as("the QR image is drawn (the CSP allows data: images)").isGreaterThan(0);
        browser.assertAccessible("kiosk tokens, the new token");

        assertThat(oldScreen.get("/auth/me").status()).as("the old token's screen").isEqualTo(401);
        assertThat(api.post("/signage/auth", Map.of("token", old)).status()).isEqualTo(401);
        assertThat(kiosk(token).get("/auth/me").status()).isEqualTo(200);

        browser.press(By.xpath("//button[normalize-space()='Done, hide the token']"));
        assertThat(browser.driver.findElements(By.id("kiosk-token"))).isEmpty();
        browser.go("/admin/kiosks");
        browser.awaitHeading("Kiosk tokens");
        browser.awaitText(By.cssSelector("pt-table"), name);
        assertThat(browser.driver.getPageSource()).doesNotContain(token);
    }

    @Test
    @Order(5)
    void anotherUsersSessionIsListedAndRevoked() {
        String token = admin.post("/locations/" + waco + "/kiosk_token/rotate", null).json().get("token").asText();
        ApiClient screen = kiosk(token);
        String sessionId = screen.get("/auth/sessions").json().get("sessions").get(0).get("id").asText();
        String email = "kiosk-" + waco + "@kiosk.preptable.local";

        browser.go("/admin/sessions");
        browser.awaitHeading("Sessions");
        browser.awaitText(By.cssSelector("pt-table"), email);
        assertThat(browser.await(By.xpath("//tr[contains(., '" + email + "')]")).getText()).contains("Kitchen screen");
        browser.assertAccessible("sessions");
        browser.press(By.xpath("//tr[contains(., '" + email + "')]//button[normalize-space()='Revoke']"));
        browser.awaitText(By.cssSelector("dialog"), "Their next request is refused");
        browser.click(By.xpath("//dialog//button[normalize-space()='Revoke']"));
        browser.awaitText(By.cssSelector(".toasts"), "session was revoked");
        assertThat(browser.driver.findElements(By.xpath("//tr[contains(., '" + email + "')]"))).isEmpty();

        assertThat(screen.get("/auth/me").status()).as("the revoked session's next request").isEqualTo(401);
        assertThat(admin.get("/admin/sessions").body()).doesNotContain(sessionId);
        assertThat(admin.get("/admin/audit-log?action=session_revoke&entity_id=" + sessionId).json()
                .get("entries")).hasSize(1);
    }

    @Test
    @Order(6)
    void theAuditLogIsFilteredByTableAndPaged() {
        List<String> expected = new ArrayList<>();
        admin.get("/admin/audit-log?entity=locations&limit=500").json().get("entries")
                .forEach(e -> expected.add("#" + e.get("id").asText()));
        assertThat(expected.size()).isBetween(11, 20);

        browser.go("/admin/audit");
        browser.awaitHeading("Audit log");
        browser.type(By.id("audit-entity"), "locations");
        new Select(browser.await(By.id("audit-limit"))).selectByValue("10");
        browser.click(By.xpath("//form//button[normalize-space()='Show']"));
        browser.awaitText(By.cssSelector("pt-table caption"), "10 entries");
        assertThat(browser.driver.getCurrentUrl()).contains("entity=locations").contains("limit=10");
        assertThat(entryIds()).isEqualTo(expected.subList(0, 10));
        assertThat(tableCells()).containsOnly("locations");
        browser.assertAccessible("audit log");

        browser.click(By.xpath("//button[normalize-space()='Older']"));
        browser.awaitText(By.cssSelector("pt-table caption"), "(older page)");
        assertThat(entryIds()).isEqualTo(expected.subList(10, expected.size()));
        assertThat(browser.driver.getCurrentUrl()).contains("before=");

        browser.driver.navigate().refresh(); // the filters and the page are in the URL
        browser.awaitText(By.cssSelector("pt-table caption"), "(older page)");
        assertThat(entryIds()).isEqualTo(expected.subList(10, expected.size()));
        assertThat(browser.await(By.id("audit-entity")).getDomProperty("value")).isEqualTo("locations");

        browser.click(By.xpath("//button[normalize-space()='Newer']"));
        browser.awaitText(By.cssSelector("pt-table caption"), "10 entries");
        assertThat(entryIds()).isEqualTo(expected.subList(0, 10));
        browser.press(By.xpath("//summary[normalize-space()='Details of " + expected.get(0) + "']"));
        assertThat(browser.await(By.cssSelector("pre.json")).getText()).contains("\"after\"");
    }

    @Test
    @Order(7)
    void aSaavorDeliveryIsReadAsText(TestGateway gateway) {
        ApiResponse sent = new org.preptable.gateway.testing.WebhookSender(api).sendRaw(
                "{\"note\":\"<b>not html</b>\"}", "sha256=bad");
        assertThat(sent.status()).isEqualTo(401);
        browser.go("/admin/saavor");
        browser.awaitHeading("Saavor deliveries");
        browser.awaitText(By.cssSelector("pt-table"), "bad_signature");
        browser.assertAccessible("saavor deliveries");
        browser.click(By.cssSelector("pt-table tbody tr a"));
        browser.awaitHeading("Saavor delivery");
        WebElement body = browser.await(By.cssSelector("pre.json"));
        assertThat(body.getText()).contains("\"note\": \"<b>not html</b>\"");
        assertThat(body.findElements(By.tagName("b"))).isEmpty();
        assertThat(browser.mainText()).contains("Not verified");
        browser.assertAccessible("saavor delivery");
    }

    @Test
    @Order(8)
    void everyAdminScreenFitsAPhone() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : SCREENS) {
                browser.go(path);
                browser.await(By.cssSelector("main h1"));
                browser.await(By.cssSelector("main pt-table"));
                browser.await(By.xpath("//main[not(.//*[starts-with(normalize-space(), 'Loading')])]"));
                browser.assertNoSidewaysScroll(path);
                browser.assertAccessible(path + " on a phone");
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static WebElement roleSelect(String email) {
        return browser.await(By.xpath("//tr[contains(., '" + email + "')]//select"));
    }

    private static JsonNode adminUser(String email) {
        for (JsonNode user : admin.get("/admin/users").json()) {
            if (email.equals(user.get("email").asText())) {
                return user;
            }
        }
        throw new AssertionError("no user " + email);
    }

    private static ApiClient kiosk(String token) {
        ApiResponse signedIn = api.post("/signage/auth", Map.of("token", token));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        String setCookie = signedIn.header("Set-Cookie");
        return api.withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')));
    }

    private static List<String> entryIds() {
        return browser.driver.findElements(By.cssSelector("pt-table td[data-label='When'] .sub")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> tableCells() {
        return browser.driver.findElements(By.cssSelector("pt-table td[data-label='Table']")).stream()
                .map(cell -> cell.getText().split("\n")[0]).toList();
    }

}
