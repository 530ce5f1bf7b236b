package org.preptable.gateway.kitchen.inspirations;

import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.RequestIds;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kitchen.inspirations.InspirationRepository.StationInfo;
import org.preptable.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /menu-inspirations/daily} (JSON) and {@code GET /menu-inspirations/stream} (Server-Sent Events:
 * {@code status} steps in Danish, a {@code dish} per idea as soon as it is whole, then {@code done} — or
 * {@code error} with the reason). Bad requests (no station, an unknown one) are answered before the stream opens,
 * with the error envelope; once it is open, every failure is an {@code error} event.
 */
public final class InspirationRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(InspirationRoutes.class);

    /** The reference's steps, less the weather, which PrepTable does not fetch. */
    static final String[] STEPS = {
        "Analyserer køkkenstationens udstyr...",
        "Henter seneste menuretter fra stationen...",
        "Forbereder data og bæredygtighedsregler...",
        "Starter generering af menuforslag...",
    };

    private final InspirationService service;
    private final Gates gates;

    InspirationRoutes(InspirationService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/menu-inspirations/daily").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::daily);
        api.get("/menu-inspirations/stream").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::stream);
    }

    private void daily(RoutingContext ctx) {
        StationInfo station = station(ctx);
        Responses.ok(ctx, service.daily(station).stream().map(InspiredDish::view).toList());
    }

    private void stream(RoutingContext ctx) {
        StationInfo station = station(ctx);
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Encoding", "identity") // compressed, events would wait in the deflater
                .putHeader("X-Accel-Buffering", "no");
        Promise<Void> gone = Promise.promise();
        // the routing context's end handler also hears a connection closed under the answer (see EventStreamRoutes)
        ctx.addEndHandler(ignored -> gone.tryComplete());
        try {
            event(response, "status", STEPS[0]);
            event(response, "status", STEPS[1]);
            InspirationPrompt prompt = service.prompt(station);
            event(response, "status", STEPS[2]);
            event(response, "status", STEPS[3]);
            service.stream(prompt, dish -> event(response, "dish", Json.write(dish.view())), gone.future());
            event(response, "done", "complete");
        } catch (ApiError e) {
            event(response, "error", e.getMessage());
        } catch (RuntimeException e) {
            String reference = RequestIds.of(ctx);
            LOG.error("menu inspiration stream failed, reference {}", reference, e);
            event(response, "error", "An unexpected error occurred. Reference: " + reference);
        }
        if (!response.ended() && !response.closed()) {
            response.end();
        }
    }

    private StationInfo station(RoutingContext ctx) {
        Long stationId = Params.queryPositiveLong(ctx, "stationId").orElse(null);
        return service.station(CurrentUser.of(ctx).orElseThrow(), stationId);
    }

    /** One event; {@code data} is a single line (JSON is written on one line, a message has its breaks removed). */
    private static void event(HttpServerResponse response, String name, String data) {
        if (response.ended() || response.closed()) {
            return; // the client left: nothing to tell it
        }
        response.write("event: " + name + "\ndata: " + data.replaceAll("[\\r\\n]+", " ") + "\n\n");
    }
}
