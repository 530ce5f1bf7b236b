package org.preptable.gateway.kitchen.inspirations;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.preptable.gateway.GatewayConfig.AiSettings;
import org.preptable.gateway.http.ApiError;
import org.preptable.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of an OpenAI-compatible chat-completions API ({@code POST {url}/chat/completions} with
 * {@code {"model", "messages", "stream"}}, {@code Authorization: Bearer <key>} when a key is set), configured by
 * {@code PREPTABLE_AI_URL}, {@code _KEY}, {@code _MODEL} and {@code _TIMEOUT_MS}. Non-blocking (Vert.x), awaited by
 * the virtual-thread handlers. Every failure — not configured, unreachable, an error status, no complete answer
 * within the time-out, an answer that is not a list of dishes — is an {@link ApiError} 502 whose message starts with
 * the reference's "External service unavailable" and says which (never the key).
 */
final class AiChat {

    private static final Logger LOG = LoggerFactory.getLogger(AiChat.class);

    private final Vertx vertx;
    private final AiSettings settings;
    private final HttpClientAgent http;

    AiChat(Vertx vertx, AiSettings settings) {
        this.vertx = vertx;
        this.settings = settings;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(Math.min(settings.timeoutMillis(), 10_000))
                .setDefaultHost("localhost"));
    }

    boolean configured() {
        return settings.configured();
    }

    /** One answer, read whole: the dishes of its list (at most {@code max}); none at all is a 502. */
    List<InspiredDish> complete(String system, String user, int max) {
        List<InspiredDish> dishes = new ArrayList<>();
        exchange(system, user, false, response -> response.body().<Void>map(body -> {
            String content = content(body);
            DishArrayParser parser = new DishArrayParser(dishes::add, max);
            parser.feed(content);
            parser.end();
            return null;
        }), Promise.<Void>promise().future());
        if (dishes.isEmpty()) {
            throw unavailable("the AI service's answer held no usable dish");
        }
        return dishes;
    }

    /**
     * One streamed answer: each dish is handed to {@code onDish} as soon as its object is complete, on this
     * request's context. Returns when the answer is complete; {@code clientGone} completing stops the request.
     */
    void stream(String system, String user, int max, Consumer<InspiredDish> onDish, Future<Void> clientGone) {
        int[] count = {0};
        DishArrayParser parser = new DishArrayParser(dish -> {
            count[0]++;
            onDish.accept(dish);
        }, max);
        ChatChunks chunks = new ChatChunks(parser::feed);
        exchange(system, user, true, response -> {
            Promise<Void> read = Promise.promise();
            response.handler(bytes -> {
                try {
                    chunks.accept(bytes);
                } catch (RuntimeException e) {
                    read.tryFail(e);
                }
            });
            response.exceptionHandler(read::tryFail);
            response.endHandler(ignored -> {
                try {
                    chunks.end();
                    parser.end();
                    read.tryComplete();
                } catch (RuntimeException e) {
                    read.tryFail(e);
                }
            });
            return read.future();
        }, clientGone);
        if (count[0] == 0) {
            throw unavailable("the AI service's answer held no usable dish");
        }
    }

    /**
     * Sends the request and lets {@code reader} take a 200 answer. The whole exchange — connecting, the status, every
     * byte of the body — is bounded by the time-out, and the request is reset when it runs out or the client leaves.
     */
    private void exchange(String system, String user, boolean stream,
                          java.util.function.Function<HttpClientResponse, Future<Void>> reader,
                          Future<Void> clientGone) {
        if (!settings.configured()) {
            throw unavailable("the AI service is not configured (PREPTABLE_AI_URL and PREPTABLE_AI_MODEL)");
        }
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setAbsoluteURI(settings.url().orElseThrow() + "/chat/completions")
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", stream ? "text/event-stream" : "application/json")
                .putHeader("User-Agent", "PrepTable");
        settings.key().ifPresent(key -> options.putHeader("Authorization", "Bearer " + key));
        Buffer body = Buffer.buffer(request(system, user, stream).encode());
        HttpClientRequest[] sent = new HttpClientRequest[1];
        Future<Void> exchange = http.request(options).compose(request -> {
            sent[0] = request;
            return request.send(body);
        }).compose(response -> {
            if (response.statusCode() != 200) {
                return response.body().transform(ignored -> Future.failedFuture(
                        unavailable("the AI service answered HTTP " + response.statusCode())));
            }
            return reader.apply(response);
        });
        clientGone.onComplete(ignored -> {
            if (sent[0] != null) {
                sent[0].reset();
            }
        });
        try {
            exchange.timeout(settings.timeoutMillis(), TimeUnit.MILLISECONDS).await();
        } catch (ApiError e) {
            throw e;
        } catch (DishArrayParser.MalformedAnswer e) {
            throw unavailable(e.getMessage());
        } catch (Exception e) { // await() rethrows the failure as it is, checked or not
            throw unavailable(timedOut(e) ? "the AI service did not answer within " + settings.timeoutMillis()
                    + " ms" : "the AI service cannot be reached (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (sent[0] != null && !exchange.isComplete()) {
                sent[0].reset(); // timed out: stop reading and free the connection
            }
        }
    }

    private JsonObject request(String system, String user, boolean stream) {
        return new JsonObject()
                .put("model", settings.model().orElseThrow())
                .put("messages", new JsonArray()
                        .add(new JsonObject().put("role", "system").put("content", system))
                        .add(new JsonObject().put("role", "user").put("content", user)))
                .put("temperature", 0.8)
                .put("stream", stream);
    }

    /** {@code choices[0].message.content} of a whole answer. */
    private static String content(Buffer body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body.getBytes());
        } catch (Exception e) {
            throw new DishArrayParser.MalformedAnswer("the AI service's answer is not JSON");
        }
        JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) {
            throw new DishArrayParser.MalformedAnswer("the AI service's answer has no message");
        }
        return content.asText();
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    static ApiError unavailable(String why) {
        return unavailable(why, null);
    }

    /** The reference's 502 message, followed by what went wrong. */
    static ApiError unavailable(String why, Throwable cause) {
        LOG.warn("menu inspiration failed: {}{}", why, cause == null ? "" : " (" + cause + ")");
        return new ApiError(502, "External service unavailable: " + why);
    }
}
