package org.preptable.gateway.kitchen.translation;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.preptable.model.Json;

/**
 * A real HTTP server on a random local port that plays DeepL's {@code POST /v2/translate}: it translates with a
 * dictionary (anything unknown becomes "EN " + the Danish), or misbehaves as the test says — an error status,
 * garbage, the wrong number of translations, no answer at all, or a failure on the second request only. It
 * records every request it gets.
 */
public final class FakeDeepL implements AutoCloseable {

    enum Mode { TRANSLATE, ERROR_STATUS, GARBAGE, WRONG_COUNT, NO_TEXT, SILENT, FAIL_SECOND_REQUEST }

    /** A request as received: path, Authorization header and JSON body. */
    record Received(String path, String authorization, JsonNode body) {

        List<String> texts() {
            return java.util.stream.StreamSupport.stream(body.get("text").spliterator(), false)
                    .map(JsonNode::asText).toList();
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Map<String, String> dictionary = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile Mode mode = Mode.TRANSLATE;
    private volatile Runnable beforeAnswer = () -> { };

    public FakeDeepL() {
        server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1").await();
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** Back to translating, with no requests recorded and nothing to do before answering. */
    void reset() {
        mode = Mode.TRANSLATE;
        beforeAnswer = () -> { };
        received.clear();
        count.set(0);
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    public void translates(String danish, String english) {
        dictionary.put(danish, english);
    }

    /** Runs (blocking, off the event loop) after a request is read and before it is answered. */
    void beforeAnswer(Runnable action) {
        this.beforeAnswer = action;
    }

    List<Received> received() {
        return List.copyOf(received);
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
            int number = count.incrementAndGet();
            vertx.executeBlocking(() -> {
                beforeAnswer.run();
                return null;
            }).onComplete(ignored -> answer(request, body, number));
        });
    }

    private void answer(HttpServerRequest request, JsonNode body, int number) {
        if (!request.path().equals("/v2/translate")) {
            request.response().setStatusCode(404).end();
            return;
        }
        List<String> texts = java.util.stream.StreamSupport.stream(body.path("text").spliterator(), false)
                .map(JsonNode::asText).toList();
        switch (mode) {
            case SILENT -> { } // never answers; the gateway's time-out must end it
            case ERROR_STATUS -> request.response().setStatusCode(456)
                    .putHeader("Content-Type", "application/json").end("{\"message\":\"Quota exceeded\"}");
            case GARBAGE -> request.response().putHeader("Content-Type", "application/json")
                    .end("<html>Service temporarily replaced by a cat</html>");
            case WRONG_COUNT -> ok(request, texts.subList(0, texts.size() - 1));
            case NO_TEXT -> {
                JsonArray textless = new JsonArray();
                texts.forEach(text -> textless.add(new JsonObject().put("detected_source_language", "DA")));
                request.response().putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("translations", textless).encode());
            }
            case FAIL_SECOND_REQUEST -> {
                if (number >= 2) {
                    request.response().setStatusCode(503).end();
                } else {
                    ok(request, texts);
                }
            }
            case TRANSLATE -> ok(request, texts);
        }
    }

    private void ok(HttpServerRequest request, List<String> texts) {
        JsonArray translations = new JsonArray();
        texts.forEach(text -> translations.add(new JsonObject().put("detected_source_language", "DA")
                .put("text", dictionary.getOrDefault(text, "EN " + text))));
        request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("translations", translations).encode());
    }

    @Override
    public void close() {
        vertx.close().await();
    }
}
