package org.preptable.kiosk.net;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.preptable.kiosk.board.ScreenBump;
import org.preptable.kiosk.ui.ScreenBackend;
import org.preptable.model.Json;
import org.preptable.model.client.KioskClient;
import org.preptable.model.kds.KitchenOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kitchen screen's way to the gateway. Bumps, clears and rush toggles go to disk first (off the FX thread, in the
 * order the cook made them) and then to the gateway through the {@link BumpOutbox}, so none is lost offline. Recall's
 * reads and its "bring back" are online actions: they run on virtual threads and say what went wrong.
 */
public final class GatewayBackend implements ScreenBackend, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayBackend.class);

    // One writer thread, so two quick bumps are stored (and so sent) in the order the cook made them.
    private final ExecutorService store = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("bump-store").factory());
    private final KioskClient client;
    private final Clock clock;
    private volatile BumpOutbox outbox;

    public GatewayBackend(KioskClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Set once the outbox exists (it needs this backend's listener first). */
    public void outbox(BumpOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(ScreenBump bump) {
        KitchenOrder order = bump.order();
        BumpOutbox.Bump saved = new BumpOutbox.Bump(order.id(), order.number(), order.prepState(), bump.to(),
                clock.instant(), switch (bump.kind()) {
                    case TRANSITION -> BumpOutbox.Bump.TRANSITION;
                    case CLEAR -> BumpOutbox.Bump.CLEAR;
                    case PRIORITY -> BumpOutbox.Bump.PRIORITY;
                }, bump.stationId(), bump.allergensConfirmed());
        store.execute(() -> {
            try {
                outbox.submit(saved);
            } catch (IOException e) {
                LOG.error("Could not save the {} of order {} ({} → {}): {}", saved.kind(), order.number(),
                        order.prepState(), bump.to(), e.toString());
            }
        });
    }

    @Override
    public CompletableFuture<Optional<List<KitchenOrder>>> clearedOrders() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                HttpResponse<String> response = client.getLocation("/orders/cleared?limit=20");
                if (response.statusCode() == 404) {
                    return Optional.empty(); // a gateway from before recall: the screen shows its own last bumps
                }
                if (response.statusCode() != 200) {
                    throw new IOException("the gateway answered HTTP " + response.statusCode());
                }
                return Optional.of(Json.MAPPER.readValue(response.body(), new TypeReference<List<KitchenOrder>>() { }));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }, Executors.newVirtualThreadPerTaskExecutor());
    }

    @Override
    public CompletableFuture<Answer> recall(KitchenOrder order) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                HttpResponse<String> response = client.postJson("/locations/" + client.currentSignIn().locationId()
                        + "/orders/" + order.id() + "/recall", Map.of());
                return new Answer(response.statusCode(), response.statusCode() == 200 ? "" : message(response));
            } catch (IOException e) {
                return new Answer(503, "the gateway is out of reach (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(503, "interrupted");
            }
        }, Executors.newVirtualThreadPerTaskExecutor());
    }

    /** The gateway's own words for a refusal, else its status. */
    private static String message(HttpResponse<String> response) {
        try {
            JsonNode message = Json.MAPPER.readTree(response.body()).get("message");
            if (message != null && message.isTextual()) {
                return message.asText() + " (HTTP " + response.statusCode() + ")";
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: the status says enough
        }
        return "HTTP " + response.statusCode();
    }

    @Override
    public void close() {
        store.shutdown();
    }
}
