package org.preptable.gateway.kitchen.translation;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.http.ApiError;
import org.preptable.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of a DeepL-compatible translation API (DESIGN.md §3, reference §5): {@code POST {url}/v2/translate}
 * with {@code Authorization: DeepL-Auth-Key <key>} and {@code {"text": [...], "source_lang": "DA",
 * "target_lang": "EN"}}, answered by {@code {"translations": [{"text": ...}, ...]}} in the same order.
 * Non-blocking (Vert.x web client), awaited by the virtual-thread handlers. Anything but a well-formed answer with
 * one translation per text within the time-out — no configuration, no connection, an error status, garbage — is a
 * 502 whose message says which; nothing is written before the translation is complete.
 */
public final class Translator {

    private static final Logger LOG = LoggerFactory.getLogger(Translator.class);

    /** DeepL takes at most 50 texts per request; a longer list goes in several, one after another. */
    static final int BATCH = 50;

    private final WebClient client;
    private final Optional<String> url;
    private final Optional<String> key;
    private final int timeoutMillis;

    public Translator(Vertx vertx, GatewayConfig config) {
        this.url = config.translateUrl();
        this.key = config.translateKey();
        this.timeoutMillis = config.translateTimeoutMillis();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout(timeoutMillis)
                .setUserAgent("PrepTable"));
    }

    /** The English of each Danish text, in order. */
    public List<String> danishToEnglish(List<String> texts) {
        if (url.isEmpty() || key.isEmpty()) {
            throw unavailable("translation is not configured (PREPTABLE_TRANSLATE_URL and PREPTABLE_TRANSLATE_KEY)");
        }
        List<String> english = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += BATCH) {
            english.addAll(batch(texts.subList(start, Math.min(texts.size(), start + BATCH))));
        }
        return english;
    }

    private List<String> batch(List<String> texts) {
        JsonObject body = new JsonObject()
                .put("text", new JsonArray(new ArrayList<Object>(texts)))
                .put("source_lang", "DA")
                .put("target_lang", "EN");
        HttpResponse<Buffer> response;
        try {
            response = client.postAbs(url.orElseThrow() + "/v2/translate")
                    .putHeader("Authorization", "DeepL-Auth-Key " + key.orElseThrow())
                    .putHeader("Accept", "application/json")
                    .timeout(timeoutMillis) // ends the exchange itself, not only our wait for it
                    .sendJsonObject(body)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS) // a bound on the whole answer, however it trickles
                    .await();
        } catch (Exception e) { // await() rethrows the failure as it is, checked or not
            throw unavailable(timedOut(e) ? "the translation service did not answer within " + timeoutMillis + " ms"
                    : "the translation service cannot be reached (" + e.getClass().getSimpleName() + ")", e);
        }
        if (response.statusCode() != 200) {
            throw unavailable("the translation service answered HTTP " + response.statusCode());
        }
        return texts(response.bodyAsString(), texts.size());
    }

    /** The {@code translations[].text} of an answer, exactly one per text sent. */
    private static List<String> texts(String body, int expected) {
        JsonNode root;
        try {
            root = body == null ? null : Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw unavailable("the translation service's answer is not JSON");
        }
        JsonNode translations = root == null ? null : root.get("translations");
        if (translations == null || !translations.isArray()) {
            throw unavailable("the translation service's answer has no list of translations");
        }
        if (translations.size() != expected) {
            throw unavailable("the translation service returned " + translations.size() + " translations for "
                    + expected + " texts");
        }
        List<String> texts = new ArrayList<>(expected);
        for (JsonNode translation : translations) {
            JsonNode text = translation.get("text");
            if (text == null || !text.isTextual()) {
                throw unavailable("the translation service returned a translation without text");
            }
            texts.add(text.asText());
        }
        return texts;
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    static ApiError unavailable(String why) {
        return unavailable(why, null);
    }

    /** The reference's 502 message, followed by what went wrong (never the key). */
    static ApiError unavailable(String why, Throwable cause) {
        LOG.warn("translation failed: {}{}", why, cause == null ? "" : " (" + cause + ")");
        return new ApiError(502, "External service unavailable: " + why);
    }
}
