package org.preptable.gateway.kitchen.shopping;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.preptable.model.Json;

/**
 * Names ingredients through an OpenAI-compatible chat API ({@code POST {url}/chat/completions} with
 * {@code Authorization: Bearer <key>} when a key is set, {@code {"model", "messages", "temperature": 0}}), asking for
 * a JSON object {@code {"original": "Normalized"}} under the reference's prompt rules. Non-blocking (Vert.x web
 * client) with one deadline on the whole answer; anything but the promised JSON is a failure for the caller to
 * swallow.
 */
public final class AiNameNormalizer implements NameNormalizer {

    private static final String PROMPT = """
            You normalize ingredient names for a professional kitchen's shopping list.
            Answer with one JSON object only, mapping each given name exactly as given to its normalized name:
            {"original": "Normalized", ...}. Rules: use the singular form with the first letter capitalized; fix
            spelling; translate into %s; give exact synonyms and cross-language equivalents (onions/løg,
            garlic/hvidløg) the same name; never merge culinary variants (new potatoes are not potatoes, red onions
            are not onions); use only letters, digits, spaces and & , - . ( ) : in names, at most 100 characters.""";

    private final WebClient client;
    private final String url;
    private final Optional<String> key;
    private final String model;
    private final int timeoutMillis;

    public AiNameNormalizer(Vertx vertx, String url, Optional<String> key, String model, int timeoutMillis) {
        this.url = url.replaceAll("/+$", "");
        this.key = key;
        this.model = model;
        this.timeoutMillis = timeoutMillis;
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(timeoutMillis)
                .setUserAgent("PrepTable"));
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Map<String, String> improve(List<String> names, Language language) throws Exception {
        JsonObject body = new JsonObject()
                .put("model", model)
                .put("temperature", 0)
                .put("messages", new JsonArray()
                        .add(new JsonObject().put("role", "system").put("content", PROMPT.formatted(
                                language.englishName())))
                        .add(new JsonObject().put("role", "user").put("content",
                                new JsonArray(new ArrayList<Object>(names)).encode())));
        var request = client.postAbs(url + "/chat/completions").putHeader("Accept", "application/json")
                .timeout(timeoutMillis);
        key.ifPresent(k -> request.putHeader("Authorization", "Bearer " + k));
        HttpResponse<Buffer> response = request.sendJsonObject(body)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS) // a bound on the whole answer, however it trickles
                .await();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the chat API answered HTTP " + response.statusCode());
        }
        JsonNode content = Json.MAPPER.readTree(response.bodyAsString())
                .path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new IllegalStateException("the chat API's answer has no message content");
        }
        JsonNode mapping = Json.MAPPER.readTree(unfenced(content.asText()));
        if (mapping == null || !mapping.isObject()) {
            throw new IllegalStateException("the chat API's content is not a JSON object");
        }
        Map<String, String> better = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
            if (entry.getValue().isTextual()) {
                better.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return better;
    }

    /** Models like to wrap JSON in a ```json fence; the reference stripped it too. */
    static String unfenced(String content) {
        String text = content.trim();
        if (text.startsWith("```")) {
            text = text.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        return text;
    }
}
