package org.preptable.kiosk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preptable.gateway.testing.WebhookSender.event;
import static org.preptable.gateway.testing.WebhookSender.line;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.WebhookSender;
import org.preptable.model.client.BoardModel;
import org.preptable.model.client.KioskClient;
import org.preptable.model.client.OrderFeed;
import org.preptable.model.kds.KitchenOrder;

/** A kiosk signed in with its token follows its location's orders live, against a real gateway. */
class OrderFeedTest {

    private static TestGateway gateway;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        // the expiry job every 100 ms instead of every minute, for the expired-order test
        gateway = TestGateway.start(Map.of("PREPTABLE_ORDER_EXPIRY_EVERY_MS", "100"));
        api = gateway.client();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private record Site(String storeRef, String token) {
    }

    private static Site site(String name) {
        ApiClient admin = api.as(api.admin());
        String storeRef = name.toLowerCase() + "-main";
        var location = admin.post("/locations", Map.of("name", name, "timezone", "UTC", "saavor_store_ref", storeRef));
        assertThat(location.status()).as(location.body()).isEqualTo(201);
        var rotated = admin.post("/locations/" + location.json().get("id").asText() + "/kiosk_token/rotate", null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        return new Site(storeRef, rotated.json().get("token").asText());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theBoardStartsFromTheSnapshotAndFollowsEveryChange() throws Exception {
        Site site = site("Feedtown");
        WebhookSender saavor = new WebhookSender(api);
        saavor.send(event("order.created", site.storeRef(), "S-1", Instant.now(), line("FRY", "Fries", 1)));
        KioskClient kiosk = new KioskClient(URI.create(gateway.baseUrl()));
        assertThat(kiosk.signIn(site.token()).locationName()).isEqualTo("Feedtown");
        BoardModel board = new BoardModel();
        List<String> statuses = new CopyOnWriteArrayList<>();

        try (OrderFeed feed = new OrderFeed(kiosk, board, Duration.ofMillis(200), statuses::add)) {
            feed.start();
            await(() -> board.orders().size() == 1, "the snapshot");
            await(() -> statuses.contains("live"), "the stream");

            saavor.send(event("order.created", site.storeRef(), "S-2", Instant.now(), line("BRG-CLS", "Classic burger", 2)));
            await(() -> board.orders().size() == 2, "the new order");
            KitchenOrder second = board.orders().get(1);
            assertThat(second.saavorOrderId()).isEqualTo("S-2");
            assertThat(second.lines().get(0).quantity()).isEqualTo(2);

            assertThat(kiosk.transition(second.id(), "queued", "preparing").status()).isEqualTo(200);
            await(() -> board.orders().get(1).prepState().equals("preparing"), "the bump to come back as an event");
            KioskClient.TransitionResult stale = kiosk.transition(second.id(), "queued", "preparing");
            assertThat(stale.status()).as("a stale screen").isEqualTo(409);
            assertThat(stale.current().prepState()).as("the gateway's truth comes back").isEqualTo("preparing");

            saavor.send(event("order.voided", site.storeRef(), "S-1", Instant.now()));
            await(() -> board.orders().size() == 1, "the void");
            assertThat(board.orders().get(0).saavorOrderId()).isEqualTo("S-2");
        }
    }

    @Test
    void anOrderTheGatewayExpiresLeavesTheBoard() throws Exception {
        Site site = site("Expirytown");
        WebhookSender saavor = new WebhookSender(api);
        saavor.send(event("order.created", site.storeRef(), "S-X1", Instant.now(), line("FRY", "Fries", 1)));
        saavor.send(event("order.created", site.storeRef(), "S-X2", Instant.now(), line("FRY", "Fries", 2)));
        KioskClient kiosk = new KioskClient(URI.create(gateway.baseUrl()));
        kiosk.signIn(site.token());
        BoardModel board = new BoardModel();
        List<String> statuses = new CopyOnWriteArrayList<>();

        try (OrderFeed feed = new OrderFeed(kiosk, board, Duration.ofMillis(200), statuses::add)) {
            feed.start();
            await(() -> board.orders().size() == 2 && statuses.contains("live"), "the snapshot and the stream");
            // nobody bumped it and Saavor never fulfilled it: 13 hours later the gateway takes it off (12 h default)
            gateway.sql().execute("UPDATE grill_orders SET placed_at = now() - interval '13 hours'"
                    + " WHERE saavor_order_id = 'S-X1'");
            await(() -> board.orders().size() == 1, "the expired order to leave");
            assertThat(board.orders().get(0).saavorOrderId()).isEqualTo("S-X2");
        }
    }

    @Test
    void aStationFeedAsksForItsOwnLinesAndDropsAnOrderThatNoLongerHasAny() throws Exception {
        Site site = site("Stationville");
        ApiClient admin = api.as(api.admin());
        long grill = admin.post("/stations", Map.of("name", "Grill Stationville", "description", "Burgers"))
                .json().get("id").asLong();
        assertThat(admin.put("/stations/" + grill + "/item-codes", Map.of("itemCodes", List.of("BRG-SV"))).status())
                .isEqualTo(200);
        WebhookSender saavor = new WebhookSender(api);
        saavor.send(event("order.created", site.storeRef(), "S-SV1", Instant.now(), line("BRG-SV", "Burger", 1),
                line("FRY", "Fries", 1)));
        KioskClient kiosk = new KioskClient(URI.create(gateway.baseUrl()));
        kiosk.signIn(site.token());
        BoardModel board = new BoardModel();
        List<String> statuses = new CopyOnWriteArrayList<>();

        try (OrderFeed feed = new OrderFeed(kiosk, board, Duration.ofMillis(200), statuses::add)) {
            feed.station(grill);
            feed.start();
            await(() -> board.orders().size() == 1, "the station's snapshot");
            assertThat(board.orders().getFirst().lines()).extracting(KitchenOrder.OrderLine::name)
                    .as("the snapshot is cut").containsExactly("Burger");
            await(() -> statuses.contains("live"), "the stream");

            saavor.send(event("order.created", site.storeRef(), "S-SV2", Instant.now(), line("FRY", "Fries", 1)));
            saavor.send(event("order.created", site.storeRef(), "S-SV3", Instant.now(), line("BRG-SV", "Burger", 2),
                    line("FRY", "Fries", 1)));
            await(() -> board.orders().size() == 2, "the next burger order");
            assertThat(board.orders()).extracting(KitchenOrder::saavorOrderId).as("no fries-only order")
                    .containsExactly("S-SV1", "S-SV3");
            assertThat(board.orders().get(1).lines()).as("the stream is cut too").hasSize(1);

            // Saavor takes the burger off the first order: it leaves this station's board
            saavor.send(event("order.updated", site.storeRef(), "S-SV1", Instant.now(), line("FRY", "Fries", 1)));
            await(() -> board.orders().size() == 1, "the order without grill lines to leave");
            assertThat(board.orders().getFirst().saavorOrderId()).isEqualTo("S-SV3");
        }
    }

    @Test
    void aRefusedTokenSaysWhatToDo() {
        KioskClient kiosk = new KioskClient(URI.create(gateway.baseUrl()));
        assertThatThrownBy(() -> kiosk.signIn("ptk_not-a-real-token")).isInstanceOf(IOException.class)
                .hasMessageContaining("rotate a new one");
    }
}
