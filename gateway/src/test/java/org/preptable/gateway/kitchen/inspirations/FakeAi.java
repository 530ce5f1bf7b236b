package org.preptable.gateway.kitchen.inspirations;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.preptable.model.Json;

/**
 * A real HTTP server on a random local port that plays an OpenAI-compatible {@code POST /chat/completions}: it
 * answers with ten dishes (in a markdown fence, as models like to), whole or streamed as {@code data:} chunks of a
 * few characters each, or misbehaves as the test says. It records every request.
 */
final class FakeAi implements AutoCloseable {

    enum Mode {
        /** Ten dishes. */
        DISHES,
        /** HTTP 500. */
        ERROR_500,
        /** A chunk (or a whole answer) that is not JSON, after the first dish. */
        BAD_JSON,
        /** Headers, then nothing more. */
        SILENT,
        /** The first two dishes, then the answer ends in the middle of the third. */
        TRUNCATED,
        /** The first dish and half of the second, then it waits for {@link #release()}. */
        GATED,
        /** A list whose second and fourth entries are not usable dishes. */
        SOME_INVALID
    }

    /** A request as received: path, Authorization header and JSON body. */
    record Received(String path, String authorization, JsonNode body) {
    }

    static final List<String> NAMES = List.of("Bagt Græskar med Linser", "Rødbedesalat", "Kartoffelsuppe med Porre",
            "Ovnbagte Gulerødder", "Byggryn med Svampe", "Grønkålssalat", "Selleribøf", "Ærtesuppe",
            "Kålpølse med Kartofler", "Æblekage");

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.DISHES;
    private volatile CountDownLatch gate = new CountDownLatch(1);

    FakeAi() {
        server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1").await();
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/v1";
    }

    void mode(Mode mode) {
        this.mode = mode;
        this.gate = new CountDownLatch(1);
    }

    void reset() {
        mode(Mode.DISHES);
        received.clear();
    }

    /** Lets a {@link Mode#GATED} answer go on. */
    void release() {
        gate.countDown();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The model's text: a fenced JSON array of the ten dishes (or what the mode makes of it). */
    static String content(Mode mode) {
        JsonArray dishes = new JsonArray();
        for (int i = 0; i < NAMES.size(); i++) {
            JsonObject dish = new JsonObject().put("nameDA", NAMES.get(i))
                    .put("descriptionDA", "En god ret nummer " + (i + 1) + " med årstidens grøntsager.");
            if (mode == Mode.SOME_INVALID && (i == 1 || i == 3)) {
                dish.remove(i == 1 ? "nameDA" : "descriptionDA");
            }
            dishes.add(dish);
        }
        return "```json\n" + dishes.encodePrettily() + "\n```";
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(buffer -> {
            JsonNode body;
            try {
                body = Json.MAPPER.readTree(buffer.getBytes());
            } catch (Exception e) {
                request.response().setStatusCode(400).end("bad json");
                return;
            }
            received.add(new Received(request.path(), request.getHeader("Authorization"), body));
            HttpServerResponse response = request.response();
            switch (mode) {
                case ERROR_500 -> response.setStatusCode(500).end("{\"error\":{\"message\":\"overloaded\"}}");
                case SILENT -> response.setChunked(true).putHeader("Content-Type", "text/event-stream").write(": hi\n\n");
                default -> {
                    if (body.path("stream").asBoolean()) {
                        stream(response);
                    } else {
                        whole(response);
                    }
                }
            }
        });
    }

    private void whole(HttpServerResponse response) {
        String content = content(mode);
        if (mode == Mode.BAD_JSON) {
            response.putHeader("Content-Type", "application/json").end("{\"choices\": [");
            return;
        }
        if (mode == Mode.TRUNCATED) {
            content = content.substring(0, content.indexOf(NAMES.get(2)));
        }
        JsonObject answer = new JsonObject().put("choices", new JsonArray().add(new JsonObject()
                .put("message", new JsonObject().put("role", "assistant").put("content", content))));
        response.putHeader("Content-Type", "application/json").end(answer.encode());
    }

    /** The content in chunks of seven characters, each its own {@code data:} event, written one by one. */
    private void stream(HttpServerResponse response) {
        response.setChunked(true).putHeader("Content-Type", "text/event-stream");
        String content = content(mode);
        int stopAt = switch (mode) {
            case TRUNCATED -> content.indexOf(NAMES.get(2));
            case BAD_JSON -> content.indexOf(NAMES.get(1));
            case GATED -> content.indexOf(NAMES.get(1)) + 5;
            default -> content.length();
        };
        List<String> frames = new ArrayList<>();
        for (int at = 0; at < stopAt; at += 7) {
            frames.add(frame(content.substring(at, Math.min(stopAt, at + 7))));
        }
        frames.forEach(response::write);
        switch (mode) {
            case TRUNCATED -> response.end("data: [DONE]\n\n");
            case BAD_JSON -> response.end("data: {\"choices\": [{\"delta\": \n\n");
            case GATED -> vertx.executeBlocking(() -> gate.await(20, TimeUnit.SECONDS)).onComplete(ignored -> {
                List<String> rest = new ArrayList<>();
                for (int at = stopAt; at < content.length(); at += 7) {
                    rest.add(frame(content.substring(at, Math.min(content.length(), at + 7))));
                }
                rest.forEach(response::write);
                response.end("data: [DONE]\n\n");
            });
            default -> response.end("data: [DONE]\n\n");
        }
    }

    private static String frame(String piece) {
        JsonObject chunk = new JsonObject().put("object", "chat.completion.chunk").put("choices", new JsonArray()
                .add(new JsonObject().put("index", 0).put("delta", new JsonObject().put("content", piece))));
        return "data: " + chunk.encode() + "\n\n";
    }

    @Override
    public void close() {
        gate.countDown();
        vertx.close().await();
    }
}
