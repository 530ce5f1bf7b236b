package org.preptable.gateway.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.model.Json;
import org.preptable.model.saavor.SaavorEvent;
import org.preptable.model.saavor.SaavorSignature;

/** Posts signed Saavor webhook events to a test gateway, the way Saavor would. */
public final class WebhookSender {

    private static final AtomicInteger NUMBER = new AtomicInteger(100);

    private final ApiClient api;

    public WebhookSender(ApiClient api) {
        this.api = api;
    }

    public ApiResponse send(SaavorEvent event) {
        return sendRaw(Json.write(event), null);
    }

    /** Sends a body as given, signed with the test secret unless a signature header is given. */
    public ApiResponse sendRaw(String body, String signature) {
        String header = signature != null ? signature
                : SaavorSignature.sign(TestGateway.SAAVOR_SECRET, body.getBytes(StandardCharsets.UTF_8));
        return api.withHeader(SaavorSignature.HEADER, header).post("/saavor/webhook", body);
    }

    public static SaavorEvent.Line line(String itemCode, String name, int quantity, String... modifiers) {
        return new SaavorEvent.Line(UUID.randomUUID().toString().substring(0, 6), itemCode, name, quantity,
                List.of(modifiers), null);
    }

    /** An event about order {@code orderId}, with a fresh event id. */
    public static SaavorEvent event(String type, String storeRef, String orderId, Instant occurredAt,
                                    SaavorEvent.Line... lines) {
        return new SaavorEvent("evt_" + UUID.randomUUID(), type, occurredAt, storeRef,
                new SaavorEvent.Order(orderId, Integer.toString(NUMBER.incrementAndGet()), "counter", "Ana",
                        occurredAt, lines.length == 0 ? null : List.of(lines)));
    }
}
