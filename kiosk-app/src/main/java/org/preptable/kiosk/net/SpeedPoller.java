package org.preptable.kiosk.net;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.preptable.kiosk.board.SpeedFigure;
import org.preptable.model.Json;
import org.preptable.model.client.KioskClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads today's speed of service for the all-day panel, {@code GET /locations/{id}/speed[?station_id=N]} (the
 * gateway's default window is today in the location's zone), once at start and then every {@code every}: each
 * station's median queued → ready time over its whole day. A station screen asks for its own station, expo for every
 * station. A 404 (a gateway without the route), any other error or an unreadable answer hands over an empty list,
 * which hides the panel's section; it comes back when the gateway answers again.
 */
public final class SpeedPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpeedPoller.class);

    private final KioskClient client;
    private final OptionalLong station;
    private final Duration every;
    private final Consumer<List<SpeedFigure>> listener;
    private volatile boolean closed;
    private Thread worker;
    private String lastProblem;

    /** @param listener called on the poller's thread with every reading; hand over to the FX thread yourself */
    public SpeedPoller(KioskClient client, OptionalLong station, Duration every, Consumer<List<SpeedFigure>> listener) {
        this.client = client;
        this.station = station;
        this.every = every;
        this.listener = listener;
    }

    public void start() {
        worker = Thread.ofVirtual().name("speed-poller").start(() -> {
            while (!closed) {
                listener.accept(readOnce());
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** One reading: the figures, or empty when the gateway cannot say. */
    public List<SpeedFigure> readOnce() {
        try {
            HttpResponse<String> response = client.getLocation("/speed"
                    + (station.isPresent() ? "?station_id=" + station.getAsLong() : ""));
            if (response.statusCode() != 200) {
                problem("HTTP " + response.statusCode());
                return List.of();
            }
            lastProblem = null;
            return parse(Json.MAPPER.readTree(response.body()), station);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            problem(e.toString());
            return List.of();
        }
    }

    /** Each station's whole-day median queued → ready, in the answer's order; stations without one are left out. */
    static List<SpeedFigure> parse(JsonNode answer, OptionalLong station) {
        List<SpeedFigure> figures = new ArrayList<>();
        for (JsonNode row : answer.path("stations")) {
            long id = row.path("station_id").asLong(-1);
            if (station.isPresent() && id != station.getAsLong()) {
                continue;
            }
            JsonNode total = row.path("all_day").path("queued_to_ready");
            Optional<Long> p50 = total.path("p50_seconds").isNumber()
                    ? Optional.of(Math.round(total.get("p50_seconds").asDouble())) : Optional.empty();
            long count = total.path("count").asLong(0);
            if (p50.isEmpty() || count <= 0) {
                continue;
            }
            String name = row.path("station_name").asText("");
            figures.add(new SpeedFigure(name.isBlank() ? "Station " + id : name, p50.get(), count));
        }
        return List.copyOf(figures);
    }

    private void problem(String what) {
        if (!what.equals(lastProblem)) {
            LOG.info("No speed of service from the gateway ({}); the all-day panel hides it", what);
            lastProblem = what;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (worker != null) {
            worker.interrupt();
        }
    }
}
