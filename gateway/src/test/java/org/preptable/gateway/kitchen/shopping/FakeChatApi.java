package org.preptable.gateway.kitchen.shopping;

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
import org.preptable.model.Json;

/**
 * A real HTTP server on a random local port that plays an OpenAI-compatible {@code POST /v1/chat/completions}: it
 * answers with a mapping of the names it was sent (from its dictionary, wrapped in a ```json fence as models like to
 * do), or misbehaves as the test says — an error status, garbage, a reply that is not a JSON object, a dropped
 * connection, or no answer at all. It records every request.
 */
final class FakeChatApi implements AutoCloseable {

    enum Mode { ANSWER, ERROR_STATUS, GARBAGE, NOT_AN_OBJECT, DROP, SILENT }

    /** A request as received: path, Authorization header and JSON body. */
    record Received(String path, String authorization, JsonNode body) {

        /** The names the user message carried. */
        List<String> names() {
            JsonNode names = Json.MAPPER.valueToTree(List.of());
            try {
                names = Json.MAPPER.readTree(body.path("messages").path(1).path("content").asText());
            } catch (Exception ignored) {
                // no names: an empty list
            }
            return java.util.stream.StreamSupport.stream(names.spliterator(), false).map(JsonNode::asText).toList();
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    final Map<String, String> dictionary = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile Mode mode = Mode.ANSWER;

    FakeChatApi() {
        server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1").await();
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/v1";
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(buffer -> {
            JsonNode body;
            try {
                body = Json.MAPPER.readTree(buffer.toString());
            } catch (Exception e) {
                body = Json.MAPPER.createObjectNode();
            }
            Received got = new Received(request.path(), request.getHeader("Authorization"), body);
            received.add(got);
            switch (mode) {
                case SILENT -> { } // never answers: the gateway's deadline must end the wait
                case DROP -> request.connection().close();
                case ERROR_STATUS -> request.response().setStatusCode(503).end("{\"error\": \"overloaded\"}");
                case GARBAGE -> request.response().putHeader("Content-Type", "application/json").end("<html>");
                case NOT_AN_OBJECT -> request.response().putHeader("Content-Type", "application/json")
                        .end(reply("[\"Tomat\"]"));
                case ANSWER -> {
                    JsonObject mapping = new JsonObject();
                    got.names().forEach(name -> mapping.put(name, dictionary.getOrDefault(name, name)));
                    request.response().putHeader("Content-Type", "application/json")
                            .end(reply("```json\n" + mapping.encodePrettily() + "\n```"));
                }
            }
        });
    }

    /** A chat completion whose message content is {@code content}. */
    private static String reply(String content) {
        return new JsonObject().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("choices", new JsonArray().add(new JsonObject().put("index", 0).put("finish_reason", "stop")
                        .put("message", new JsonObject().put("role", "assistant").put("content", content))))
                .encode();
    }

    @Override
    public void close() {
        vertx.close().await();
    }
}
