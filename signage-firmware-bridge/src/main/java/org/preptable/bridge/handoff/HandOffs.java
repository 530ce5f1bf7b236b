package org.preptable.bridge.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import org.preptable.model.Json;
import org.preptable.model.client.KioskClient;
import org.preptable.model.kds.KitchenOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "hand off" button: {@code POST /api/v1/saavor/orders/prepared {"order_id"}} for the oldest ready order that is
 * not handed off yet, which makes the gateway tell the POS. The number stays on the board: it leaves only when the
 * POS reports the order fulfilled, so the board never shows less than what is really waiting.
 *
 * <p>Presses are handled one after another on their own thread ({@code hand-off}), never on a button's thread.
 */
public final class HandOffs implements AutoCloseable {

    public static final String ROUTE = "/saavor/orders/prepared";

    private static final Logger LOG = LoggerFactory.getLogger(HandOffs.class);

    private final KioskClient client;
    private final BiConsumer<String, String> outcomes;
    private final Set<String> handedOff = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("hand-off").factory());

    /** @param outcomes hears (order number, result) after each press: handed_off, nothing_to_hand_off, failed: … */
    public HandOffs(KioskClient client, BiConsumer<String, String> outcomes) {
        this.client = client;
        this.outcomes = outcomes;
    }

    /** Hands off the first of {@code readyOldestFirst} that is not handed off yet, in the background. */
    public void press(List<KitchenOrder> readyOldestFirst) {
        List<KitchenOrder> candidates = List.copyOf(readyOldestFirst);
        try {
            worker.execute(() -> handOffFirst(candidates));
        } catch (RejectedExecutionException e) {
            LOG.debug("Closing; hand-off press ignored");
        }
    }

    /** Forgets orders that have left the board, so the set stays as small as the board. */
    public void retain(Set<String> activeOrderIds) {
        handedOff.retainAll(activeOrderIds);
    }

    private void handOffFirst(List<KitchenOrder> candidates) {
        for (KitchenOrder order : candidates) {
            if (handedOff.contains(order.id())) {
                continue;
            }
            HttpResponse<String> response;
            try {
                response = client.postJson(ROUTE, Map.of("order_id", order.id()));
            } catch (IOException e) {
                // The JDK's HTTP client leaves many messages empty; the exception's name still says what happened.
                fail(order, "the gateway cannot be reached (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()) + ")");
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            switch (response.statusCode()) {
                case 200 -> {
                    handedOff.add(order.id());
                    if ("handed_off".equals(status(response))) {
                        LOG.info("Handed off order {} ({}): the POS is told; the number stays up until it is"
                                + " fulfilled", order.number(), order.id());
                        outcomes.accept(order.number(), "handed_off");
                        return;
                    }
                    LOG.info("Order {} was already handed off; trying the next ready order", order.number());
                }
                // 409: no longer ready (fulfilled or voided meanwhile); 404: gone. Either way, the next one.
                case 404, 409 -> LOG.info("Order {} cannot be handed off any more (HTTP {}); trying the next",
                        order.number(), response.statusCode());
                default -> {
                    fail(order, "the gateway answered HTTP " + response.statusCode() + ": " + response.body());
                    return;
                }
            }
        }
        LOG.info("Hand-off pressed, but no ready order is waiting to be handed off");
        outcomes.accept("", "nothing_to_hand_off");
    }

    private void fail(KitchenOrder order, String why) {
        LOG.warn("Hand-off of order {} failed: {}; press again", order.number(), why);
        outcomes.accept(order.number(), "failed: " + why);
    }

    private static String status(HttpResponse<String> response) {
        try {
            JsonNode body = Json.MAPPER.readTree(response.body());
            return body.path("status").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
