package org.preptable.model.saavor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SaavorSimulatorTest {

    private static final String SECRET = "test-secret";
    private static final Set<String> MENU_CODES = SaavorOrderFactory.MENU.stream()
            .map(SaavorOrderFactory.MenuItem::code).collect(Collectors.toSet());

    private FakeGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = new FakeGateway(SECRET);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private SaavorSimulator.Builder simulator() {
        return SaavorSimulator.builder(gateway.baseUrl(), SECRET).storeRef("harlingen-main").seed(42);
    }

    @Test
    void menuMatchesTheDemoStationsItemCodes() {
        assertThat(MENU_CODES).containsExactlyInAnyOrder("BRG-CLS", "BRG-CHS", "BRG-VEG", "SOUP", "STK-RIB",
                "CHK-GRL", "SAL-CSR", "SAL-GRK", "DES-CHOC", "DES-CAKE", "FRY", "DRK-COLA", "DRK-WTR");
        assertThat(SaavorOrderFactory.item("BRG-CLS").orElseThrow().name()).isEqualTo("Classic burger");
        assertThat(SaavorOrderFactory.MENU).allSatisfy(item -> assertThat(item.priceCents()).isPositive());
    }

    @Test
    void createdOrdersAreSignedCompleteAndStampedWithTheSendInstant() {
        List<SaavorSimulator.SentEvent> sent = new ArrayList<>();
        Instant before = Instant.now().minusMillis(1);
        try (SaavorSimulator sim = simulator().build()) {
            for (int i = 0; i < 60; i++) {
                sent.add(sim.sendOrderCreated());
            }
        }
        Instant after = Instant.now().plusMillis(1);

        assertThat(gateway.received).hasSize(60);
        for (int i = 0; i < 60; i++) {
            FakeGateway.Received request = gateway.received.get(i);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/api/v1/saavor/webhook");
            assertThat(request.contentType()).isEqualTo("application/json");
            assertThat(request.signature()).startsWith("sha256=");
            assertThat(SaavorSignature.verify(SECRET, request.body(), request.signature())).isTrue();
            assertThat(request.text()).contains("\"placed_at\":\"20", "\"occurred_at\":\"20");

            SaavorEvent event = request.event(); // the strict mapper: no field the wire type lacks
            assertThat(event).isEqualTo(sent.get(i).event());
            assertThat(sent.get(i).status()).isEqualTo(200);
            assertThat(event.eventId()).matches("evt_[0-9A-HJKMNP-TV-Z]{26}");
            assertThat(event.type()).isEqualTo("order.created");
            assertThat(event.storeRef()).isEqualTo("harlingen-main");
            SaavorEvent.Order order = event.order();
            assertThat(order.id()).matches("S-\\d{8}");
            assertThat(order.number()).isEqualTo(String.valueOf(100 + i));
            assertThat(order.channel()).isIn("counter", "drive-thru", "online");
            assertThat(order.customerName()).isNotBlank();
            assertThat(order.placedAt()).isEqualTo(event.occurredAt()).isEqualTo(sent.get(i).sentAt())
                    .isBetween(before, after);
            assertThat(order.placedAt().getNano() % 1_000_000).as("millisecond precision").isZero();
            assertThat(order.lines()).hasSizeBetween(1, 4);
            assertThat(order.lines().stream().map(SaavorEvent.Line::itemCode)).doesNotHaveDuplicates();
            for (int l = 0; l < order.lines().size(); l++) {
                SaavorEvent.Line line = order.lines().get(l);
                var item = SaavorOrderFactory.item(line.itemCode()).orElseThrow();
                assertThat(line.lineId()).isEqualTo(String.valueOf(l + 1));
                assertThat(line.itemCode()).isIn(MENU_CODES);
                assertThat(line.name()).isEqualTo(item.name());
                assertThat(line.quantity()).isBetween(1, 3);
                assertThat(item.modifiers()).containsAll(line.modifiers());
            }
        }
        List<SaavorEvent> events = gateway.events();
        assertThat(events.stream().map(e -> e.order().id()).distinct()).hasSize(60);
        assertThat(events.stream().map(SaavorEvent::eventId).distinct()).hasSize(60);
        assertThat(events.stream().map(e -> e.order().channel()).distinct()).as("a mix of channels").hasSize(3);
        assertThat(events.stream().flatMap(e -> e.order().lines().stream()))
                .as("realistic: some modifiers, some notes, some quantities above one")
                .anySatisfy(line -> assertThat(line.modifiers()).isNotEmpty())
                .anySatisfy(line -> assertThat(line.notes()).isNotNull())
                .anySatisfy(line -> assertThat(line.quantity()).isGreaterThan(1));
    }

    @Test
    void theSeedFixesWhatIsOrderedButNotTheIds() {
        List<SaavorEvent.Order> first = new ArrayList<>();
        List<SaavorEvent.Order> second = new ArrayList<>();
        try (SaavorSimulator a = simulator().seed(7).build(); SaavorSimulator b = simulator().seed(7).build()) {
            for (int i = 0; i < 10; i++) {
                first.add(a.sendOrderCreated().event().order());
                second.add(b.sendOrderCreated().event().order());
            }
        }
        assertThat(first).map(o -> List.of(o.lines(), o.channel(), o.customerName()))
                .isEqualTo(second.stream().map(o -> List.of(o.lines(), o.channel(), o.customerName())).toList());
        assertThat(first.get(0).id()).as("a rerun must not collide with the first run's orders")
                .isNotEqualTo(second.get(0).id());
    }

    @Test
    void unroutedCodesComeOnlyWhenAskedFor() {
        try (SaavorSimulator sim = simulator().unroutedRatio(0.5).build()) {
            for (int i = 0; i < 30; i++) {
                sim.sendOrderCreated();
            }
        }
        try (SaavorSimulator sim = simulator().unroutedRatio(1).build()) {
            SaavorEvent.Order order = sim.sendOrderCreated().event().order();
            assertThat(order.lines()).extracting(SaavorEvent.Line::itemCode).containsExactly("SPECIAL-1");
        }
        List<String> codes = gateway.events().stream().flatMap(e -> e.order().lines().stream())
                .map(SaavorEvent.Line::itemCode).toList();
        assertThat(codes).contains("SPECIAL-1").anyMatch(MENU_CODES::contains);
    }

    @Test
    void updatesFulfilmentsAndVoidsCarryTheOrderWithStrictlyLaterOccurredAt() {
        Clock frozen = Clock.fixed(Instant.parse("2026-06-01T11:32:05.123456Z"), ZoneOffset.UTC);
        try (SaavorSimulator sim = simulator().clock(frozen).build()) {
            SaavorEvent.Order first = sim.sendOrderCreated().event().order();
            SaavorEvent.Order second = sim.sendOrderCreated().event().order();
            SaavorSimulator.SentEvent updated = sim.sendUpdated(first.id());
            SaavorSimulator.SentEvent fulfilled = sim.sendFulfilled(first.id());
            SaavorSimulator.SentEvent voided = sim.sendVoided(second.id());

            assertThat(first.placedAt()).isEqualTo(Instant.parse("2026-06-01T11:32:05.123Z"));
            SaavorEvent.Order grown = updated.event().order();
            assertThat(grown.id()).isEqualTo(first.id());
            assertThat(grown.placedAt()).isEqualTo(first.placedAt());
            assertThat(grown.lines()).hasSize(first.lines().size() + 1).startsWith(first.lines().toArray(SaavorEvent.Line[]::new));
            assertThat(grown.lines().getLast().lineId()).isEqualTo(String.valueOf(grown.lines().size()));
            assertThat(updated.event().type()).isEqualTo("order.updated");
            assertThat(fulfilled.event().type()).isEqualTo("order.fulfilled");
            assertThat(fulfilled.event().order()).isEqualTo(grown);
            assertThat(voided.event().type()).isEqualTo("order.voided");
            assertThat(voided.event().order()).isEqualTo(second);
            assertThat(updated.event().occurredAt()).as("a frozen clock still gives a later instant")
                    .isAfter(first.placedAt());
            assertThat(fulfilled.event().occurredAt()).isAfter(updated.event().occurredAt());
            assertThat(voided.event().occurredAt()).isAfter(second.placedAt());

            assertThat(sim.order(first.id())).isEmpty();
            assertThatThrownBy(() -> sim.sendVoided(first.id())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(first.id());
            assertThatThrownBy(() -> sim.sendFulfilled("S-1")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(gateway.events()).extracting(SaavorEvent::type).containsExactly("order.created", "order.created",
                "order.updated", "order.fulfilled", "order.voided");
        assertThat(gateway.received).allSatisfy(r -> assertThat(SaavorSignature.verify(SECRET, r.body(), r.signature())).isTrue());
    }

    @Test
    void badInputGoesOutAsGivenAndTheStatusComesBack() {
        try (SaavorSimulator sim = simulator().build()) {
            byte[] body = "{\"event_id\":\"evt_x\"}".getBytes(StandardCharsets.UTF_8);
            SaavorSimulator.SentEvent unsigned = sim.sendRaw(body, null);
            SaavorSimulator.SentEvent garbage = sim.sendRaw(body, "sha256=zz");
            SaavorSimulator.SentEvent signed = sim.sendRaw(body, SaavorSignature.sign(SECRET, body));
            assertThat(unsigned.status()).isEqualTo(401);
            assertThat(unsigned.event()).isNull();
            assertThat(unsigned.responseBody()).contains("fake gateway says 401");
            assertThat(garbage.status()).isEqualTo(401);
            assertThat(signed.status()).isEqualTo(200);
            assertThat(gateway.received.get(0).signature()).isNull();
            assertThat(gateway.received.get(1).signature()).isEqualTo("sha256=zz");
            assertThat(gateway.received.get(2).body()).isEqualTo(body);

            SaavorEvent odd = new SaavorEvent("evt_custom", "order.refunded", Instant.parse("2026-06-01T11:32:07Z"),
                    "nowhere", null);
            Instant before = Instant.now().minusMillis(1);
            SaavorSimulator.SentEvent custom = sim.send(odd);
            assertThat(custom.status()).isEqualTo(200);
            assertThat(custom.sentAt()).as("the send instant, not the event's own").isBetween(before, Instant.now());
            assertThat(gateway.received.get(3).event()).isEqualTo(odd);
            SaavorEvent empty = new SaavorEvent(null, null, null, null, null);
            assertThat(sim.send(empty).status()).isEqualTo(200);
            assertThat(gateway.received.get(4).text()).isEqualTo(
                    "{\"event_id\":null,\"type\":null,\"occurred_at\":null,\"store_ref\":null,\"order\":null}");
        }
    }

    @Test
    void runKeepsAFixedScheduleEvenWhenResponsesAreSlow() {
        gateway.delayMillis = 300; // a sender that waited for each response would manage about 4 in a second
        SaavorSimulator.RunReport report;
        try (SaavorSimulator sim = simulator().build()) {
            report = sim.run(20, Duration.ofSeconds(1), 0, 0);
        }
        assertThat(report.created()).isBetween(18, 22);
        assertThat(report.sent()).isEqualTo(report.created());
        assertThat(report.count(200)).isEqualTo(report.created());
        assertThat(report.failed()).isZero();
        assertThat(gateway.received).hasSize(report.created());
        assertThat(report.medianResponse()).isGreaterThanOrEqualTo(Duration.ofMillis(290));
        List<Instant> placed = gateway.events().stream().map(e -> e.order().placedAt()).sorted().toList();
        long spread = Duration.between(placed.getFirst(), placed.getLast()).toMillis();
        assertThat(spread).as("spread over the second, not sent in a burst").isBetween(800L, 1500L);
    }

    @Test
    void runFulfilsAndVoidsEarlierOrders() {
        SaavorSimulator.RunReport report;
        try (SaavorSimulator sim = simulator().fulfilAfterOrders(3).build()) {
            report = sim.run(40, Duration.ofSeconds(1), 0.6, 0.2);
        }
        List<SaavorEvent> events = gateway.events();
        Map<String, List<SaavorEvent>> byOrder = new HashMap<>();
        events.forEach(e -> byOrder.computeIfAbsent(e.order().id(), id -> new ArrayList<>()).add(e));
        long fulfilled = events.stream().filter(e -> e.type().equals("order.fulfilled")).count();
        long voided = events.stream().filter(e -> e.type().equals("order.voided")).count();
        assertThat(report.fulfilled()).isEqualTo(fulfilled).isPositive();
        assertThat(report.voided()).isEqualTo(voided).isPositive();
        assertThat(report.sent()).isEqualTo(events.size());
        assertThat(report.count(200)).isEqualTo(events.size());

        Set<String> createdIds = new HashSet<>();
        for (List<SaavorEvent> ofOrder : byOrder.values()) {
            ofOrder.sort(Comparator.comparing(SaavorEvent::occurredAt));
            SaavorEvent created = ofOrder.getFirst();
            assertThat(created.type()).as("the first event of every order is its creation").isEqualTo("order.created");
            createdIds.add(created.order().id());
            assertThat(ofOrder).hasSizeLessThanOrEqualTo(2);
            if (ofOrder.size() == 2) {
                SaavorEvent fate = ofOrder.get(1);
                assertThat(fate.type()).isIn("order.fulfilled", "order.voided");
                assertThat(fate.occurredAt()).isAfter(created.occurredAt());
                assertThat(fate.order()).isEqualTo(created.order());
            }
        }
        assertThat(createdIds).hasSize(report.created());
    }

    @Test
    void everySendIsHeardAndCountedBeforeRunReturns() {
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        SaavorSimulator.RunReport report;
        try (SaavorSimulator sim = simulator().onSent(sent -> {
            if (sent.event().order().number().equals("109")) { // the last order of the run: the one it waits for
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            heard.incrementAndGet();
        }).build()) {
            report = sim.run(20, Duration.ofMillis(500), 0, 0);
            assertThat(report.created()).isEqualTo(10);
            assertThat(heard.get()).as("the run waited for the listener").isEqualTo(report.sent());
            assertThat(report.count(200)).isEqualTo(report.sent());
            heard.set(0);
            sim.sendOrderCreated();
            assertThat(heard.get()).as("single sends too").isEqualTo(1);
        }
    }

    @Test
    void refusalsAndUnreachableGatewaysAreReportedNotThrown() {
        gateway.answer = 401;
        try (SaavorSimulator sim = simulator().build()) {
            SaavorSimulator.RunReport report = sim.run(20, Duration.ofMillis(500), 0.5, 0);
            assertThat(report.created()).isPositive();
            assertThat(report.count(401)).isEqualTo(report.sent());
            assertThat(report.accepted()).isZero();
            assertThat(report.failed()).isZero();
            assertThat(sim.sendOrderCreated().status()).isEqualTo(401);
        }
        String unreachable = gateway.baseUrl();
        gateway.close();
        try (SaavorSimulator sim = SaavorSimulator.builder(unreachable, SECRET).build()) {
            SaavorSimulator.RunReport report = sim.run(20, Duration.ofMillis(200), 0, 0);
            assertThat(report.failed()).isEqualTo(report.created()).isPositive();
            assertThat(report.statuses()).isEmpty();
            assertThat(report.firstFailure()).contains("ConnectException");
            assertThatThrownBy(sim::sendOrderCreated).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void stopEndsARunEarly() throws Exception {
        try (SaavorSimulator sim = simulator().build()) {
            Thread stopper = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                sim.stop();
            });
            SaavorSimulator.RunReport report = sim.run(10, Duration.ofSeconds(30), 0, 0);
            stopper.join();
            assertThat(report.elapsed()).isLessThan(Duration.ofSeconds(5));
            assertThat(report.created()).isBetween(2, 20);
        }
    }

    @Test
    void rejectsBadOptions() {
        assertThatThrownBy(() -> SaavorSimulator.builder("ftp://x", SECRET).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
        try (SaavorSimulator sim = simulator().build()) {
            assertThatThrownBy(() -> sim.run(0, Duration.ofSeconds(1), 0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sim.run(1, Duration.ofSeconds(1), 0.9, 0.2)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(SaavorSimulator.builder(gateway.baseUrl() + "/", SECRET).build().webhook().toString())
                .isEqualTo(gateway.baseUrl() + "/api/v1/saavor/webhook");
    }
}
