package org.preptable.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.saavor.SaavorEvent;

/**
 * Every screen of the web app on the demo data, pictured: {@code scripts/screenshots} runs this with
 * {@code PREPTABLE_SCREENS_DIR=docs/screens} to refresh the README's pictures; in the test suite the pictures go
 * under {@code target/screens} and the tour is the check that each screen renders from the demo kitchen without an
 * error, and that no page path is left without a picture.
 */
class ScreenshotTourBrowserTest {

    private static final By LOADED = By.xpath(
            "//main[not(.//*[starts-with(normalize-space(), 'Loading')])]//h1");

    @AutoClose
    private TestGateway gateway = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true",
            "PREPTABLE_WEB_WARM_UP", "true")); // as scripts/run starts it: the timings are a user's
    @AutoClose
    private Chromium browser;

    @Test
    void everyScreenIsPicturedFromTheDemoKitchen() {
        ApiClient api = gateway.client();
        ApiClient admin = api.as(api.admin());
        String harlingen = locationId(admin, "Harlingen");
        ringUpOrders(api);
        String invitation = admin.post("/admin/invitations", Map.of("email", "new.cook@demo.preptable",
                "role", "staff", "location_ids", List.of(harlingen))).json().get("token").asText();
        LocalDate today = LocalDate.now();
        int year = today.get(IsoFields.WEEK_BASED_YEAR);
        int week = today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        LocalDate nextWeek = today.plusWeeks(1);
        String next = nextWeek.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", nextWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

        gateway.gateway().webWarmedUp().join(); // as a person who opens the browser after the start-up lines
        browser = Chromium.open(gateway);
        ScreenTour tour = new ScreenTour(browser, directory());

        // signed out: the sign-in, an invitation, and the guest pages (also at a phone's width)
        tour.shoot("signin", "/signin", LOADED, "/signin");
        tour.shoot("invite", "/invite/" + invitation, By.id("first"), "/invite/:token");
        tour.shoot("weekly-menu", "/weekly-menu", By.cssSelector("main .menu-dish"), "/weekly-menu");
        tour.shootPhone("weekly-menu-phone", "/weekly-menu/" + year + "/" + week + "?lang=en",
                By.cssSelector("main .menu-dish"), "/weekly-menu/:year/:week");
        tour.shoot("menu-board", "/menu/" + harlingen, LOADED, "/menu/:location");
        tour.shootPhone("menu-board-phone", "/menu/" + harlingen, LOADED, "/menu/:location");

        SignIn.withPassword(browser, TestGateway.ADMIN_EMAIL, TestGateway.ADMIN_PASSWORD);
        tour.shoot("today", "/", By.cssSelector("main .card[data-count]"), "/");
        tour.shoot("dishes", "/dishes", By.cssSelector("main pt-table tbody tr"), "/dishes");
        tour.shoot("dish-new", "/dishes/new", LOADED, "/dishes/new");
        String dish = admin.get("/dishes?active=true").json().get(0).get("id").asText();
        tour.shoot("dish", "/dishes/" + dish, LOADED, "/dishes/:id");
        tour.shoot("suggestions", "/suggestions", LOADED, "/suggestions");
        tour.shoot("planner", "/planner", By.cssSelector("main table.planner"), "/planner");
        tour.shoot("planner-draft", "/planner/" + next, By.cssSelector("main table.planner"), "/planner/:week");
        tour.shoot("passkeys", "/passkeys", LOADED, "/passkeys");
        tour.shoot("notifications", "/notifications", By.cssSelector("main pt-table tbody tr"), "/notifications");
        tour.shoot("requests", "/requests", By.cssSelector("main pt-table tbody tr"), "/requests");
        tour.shoot("shopping-lists", "/shopping-lists", By.cssSelector("main pt-table tbody tr"), "/shopping-lists");
        String list = admin.get("/shopping-lists").json().get(0).get("id").asText();
        tour.shoot("shopping-list", "/shopping-lists/" + list, By.cssSelector("main input[type=checkbox]"),
                "/shopping-lists/:id");
        tour.shoot("inventory", "/inventory?location=" + harlingen, By.cssSelector("main pt-table tbody tr"),
                "/inventory");
        tour.shoot("movements", "/movements?location=" + harlingen, By.cssSelector("main pt-table tbody tr"),
                "/movements");
        tour.shoot("reports", "/reports?location=" + harlingen, By.cssSelector("main pt-chart[data-values]"),
                "/reports");
        tour.shoot("vendors", "/vendors", By.cssSelector("main pt-table tbody tr"), "/vendors");
        String vendor = admin.get("/vendors").json().get(0).get("id").asText();
        tour.shoot("vendor", "/vendors/" + vendor, By.cssSelector("main pt-table tbody tr"), "/vendors/:id");
        tour.shoot("purchase-orders", "/purchase-orders", By.cssSelector("main pt-table tbody tr"), "/purchase-orders");
        String order = admin.get("/purchase-orders?status=draft").json().get(0).get("id").asText();
        tour.shoot("purchase-order", "/purchase-orders/" + order, By.id("edit-title"), "/purchase-orders/:id");
        tour.shoot("meals", "/meals", By.cssSelector("main pt-table tbody tr"), "/meals");
        String burger = admin.get("/meals?search=BRG-CLS").json().get(0).get("id").asText();
        tour.shoot("meal", "/meals/" + burger, By.cssSelector("pt-chart.meal-chart[data-values]"), "/meals/:id");
        tour.shoot("kds-expo", "/kds/" + harlingen, By.cssSelector("pt-kds-ticket article"), "/kds/:location");
        String grill = stationId(admin, "Grill");
        tour.shoot("kds-grill", "/kds/" + harlingen + "?station=" + grill, By.cssSelector("pt-kds-ticket article"),
                "/kds/:location");
        tour.shoot("menus", "/menus?location=" + harlingen, By.cssSelector("main .week-view .slot"), "/menus");
        bumpTwoOrders(admin, harlingen);
        tour.shoot("speed", "/speed?location=" + harlingen, By.cssSelector("main pt-chart[data-values]"), "/speed");

        // the admin console; a kitchen screen of Waco signed in, so the sessions list has someone else's session
        String waco = locationId(admin, "Waco");
        String wacoToken = admin.post("/locations/" + waco + "/kiosk_token/rotate", null).json().get("token").asText();
        assertThat(api.post("/signage/auth", Map.of("token", wacoToken)).status()).isEqualTo(200);
        By rows = By.cssSelector("main pt-table tbody tr");
        tour.shoot("admin-users", "/admin/users", rows, "/admin/users");
        tour.shoot("admin-invitations", "/admin/invitations", rows, "/admin/invitations");
        tour.shoot("admin-kiosks", "/admin/kiosks", rows, "/admin/kiosks");
        tour.shoot("admin-sessions", "/admin/sessions", rows, "/admin/sessions");
        tour.shoot("admin-audit", "/admin/audit?entity=locations", rows, "/admin/audit");
        tour.shoot("admin-saavor", "/admin/saavor", rows, "/admin/saavor");
        String payload = admin.get("/saavor/payloads").json().get("payloads").get(0).get("id").asText();
        tour.shoot("admin-saavor-payload", "/admin/saavor/" + payload, By.cssSelector("main pre.json"),
                "/admin/saavor/:id");

        System.out.println("ScreenshotTourBrowserTest: " + tour.taken().size() + " pictures in " + directory()
                + "\nScreenshotTourBrowserTest timings (ms from navigation start, one full page load each):\n"
                + tour.timings());
        assertThat(tour.uncovered()).as("page paths of WebApp.PAGES with no picture in the tour").isEmpty();
    }

    /** Four orders from the demo menu, as the POS simulator rings them up, so the kitchen display has tickets. */
    private static void ringUpOrders(ApiClient api) {
        WebhookSender saavor = new WebhookSender(api);
        List<List<SaavorEvent.Line>> orders = List.of(
                List.of(line("BRG-CLS", "Classic burger", 2, "no onion"), line("DRK-COLA", "Cola", 2)),
                List.of(line("STK-RIB", "Rib-eye steak", 1, "medium rare"), line("SAL-CSR", "Caesar salad", 1)),
                List.of(line("CHK-GRL", "Grilled chicken", 1), line("DES-CHOC", "Chocolate mousse", 2)),
                List.of(line("BRG-VEG", "Veggie burger", 1), line("SAL-GRK", "Greek salad", 1)));
        Instant at = Instant.now().minusSeconds(400);
        for (List<SaavorEvent.Line> lines : orders) {
            ApiResponse sent = saavor.send(event("order.created", "harlingen-main", "S-" + UUID.randomUUID(), at,
                    lines.toArray(SaavorEvent.Line[]::new)));
            assertThat(sent.status()).as(sent.body()).isBetween(200, 299);
            at = at.plusSeconds(110);
        }
    }

    /** Two of the rung-up orders moved to ready by expo (after the kitchen display's pictures), for kitchen speed. */
    private static void bumpTwoOrders(ApiClient admin, String location) {
        JsonNode orders = admin.get("/locations/" + location + "/orders").json();
        for (int i = 0; i < 2 && i < orders.size(); i++) {
            ApiResponse ready = admin.post("/locations/" + location + "/orders/" + orders.get(i).get("id").asText()
                    + "/transition", Map.of("to", "ready", "allergens_confirmed", true));
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        }
    }

    private static String locationId(ApiClient admin, String name) {
        for (JsonNode location : admin.get("/locations").json()) {
            if (name.equals(location.get("name").asText())) {
                return location.get("id").asText();
            }
        }
        throw new AssertionError("no demo location " + name);
    }

    private static String stationId(ApiClient admin, String name) {
        for (JsonNode station : admin.get("/stations").json()) {
            if (name.equals(station.get("name").asText())) {
                return station.get("id").asText();
            }
        }
        throw new AssertionError("no demo station " + name);
    }

    /** docs/screens when scripts/screenshots asks for it, else the build folder (the suite's pictures are not kept). */
    private static Path directory() {
        String asked = System.getenv("PREPTABLE_SCREENS_DIR");
        return asked == null || asked.isBlank() ? Path.of("target", "screens") : Path.of(asked);
    }
}
