package org.preptable.gateway.kitchen.inspirations;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.preptable.model.Json;

/**
 * Splits a streamed chat completion ({@code text/event-stream}: {@code data: {chunk}} lines, then
 * {@code data: [DONE]}) into the text deltas of {@code choices[0].delta.content}. Bytes are collected up to each
 * newline before decoding, so a UTF-8 character split across network chunks arrives whole.
 */
final class ChatChunks {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Consumer<String> onText;
    private boolean done;

    ChatChunks(Consumer<String> onText) {
        this.onText = onText;
    }

    void accept(Buffer bytes) {
        for (int i = 0; i < bytes.length() && !done; i++) {
            byte b = bytes.getByte(i);
            if (b == '\n') {
                line(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    /** The stream ended; a last line without a newline still counts. */
    void end() {
        if (!done && line.size() > 0) {
            line(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
    }

    private void line(String raw) {
        String text = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (!text.startsWith("data:")) {
            return; // blank lines end events; comments, event names and ids carry nothing for us
        }
        String payload = text.substring(5).strip();
        if (payload.equals("[DONE]")) {
            done = true;
            return;
        }
        JsonNode chunk;
        try {
            chunk = Json.MAPPER.readTree(payload);
        } catch (Exception e) {
            throw new DishArrayParser.MalformedAnswer("the AI service sent a chunk that is not JSON");
        }
        if (chunk == null || !chunk.isObject()) {
            throw new DishArrayParser.MalformedAnswer("the AI service sent a chunk that is not a JSON object");
        }
        if (chunk.hasNonNull("error")) {
            JsonNode message = chunk.get("error").path("message");
            throw new DishArrayParser.MalformedAnswer("the AI service reported an error"
                    + (message.isTextual() ? ": " + message.asText() : ""));
        }
        JsonNode content = chunk.path("choices").path(0).path("delta").path("content");
        if (content.isTextual()) {
            onText.accept(content.asText());
        }
    }
}
