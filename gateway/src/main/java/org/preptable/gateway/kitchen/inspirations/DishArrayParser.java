package org.preptable.gateway.kitchen.inspirations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.preptable.model.Json;

/**
 * Reads the model's answer — a JSON array of {@code {nameDA, descriptionDA}} objects, perhaps inside a markdown
 * fence or an object — as it arrives, piece by piece, with Jackson's non-blocking parser. A dish is handed on only
 * when its object has closed and it is a usable dish ({@link InspiredDish#from}), so a client never sees half of one.
 * Text before the first {@code [} (a fence, a preamble) and everything after the array has closed are ignored.
 */
final class DishArrayParser {

    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    private final Consumer<InspiredDish> onDish;
    private final int max;
    private boolean started;
    private boolean finished;
    private int depth;
    private TokenBuffer element;
    private int dishes;
    private int skipped;

    DishArrayParser(Consumer<InspiredDish> onDish, int max) {
        try {
            this.parser = Json.MAPPER.getFactory().createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new IllegalStateException("Jackson has no non-blocking parser", e);
        }
        this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        this.onDish = onDish;
        this.max = max;
    }

    /** The next piece of the answer's text. Throws {@link MalformedAnswer} when it cannot be a list of dishes. */
    void feed(String text) {
        if (finished || text == null || text.isEmpty()) {
            return;
        }
        String rest = text;
        if (!started) {
            int at = rest.indexOf('[');
            if (at < 0) {
                return;
            }
            started = true;
            rest = rest.substring(at);
        }
        byte[] bytes = rest.getBytes(StandardCharsets.UTF_8);
        try {
            feeder.feedInput(bytes, 0, bytes.length);
            drain();
        } catch (IOException e) {
            throw new MalformedAnswer("the list of dishes is not valid JSON (" + reason(e) + ")");
        }
    }

    /** The answer is complete: it must have held a whole list. */
    void end() {
        if (!finished) {
            feeder.endOfInput();
            try {
                drain();
            } catch (IOException e) { // cut off inside a value: a string, a number, a name
                throw new MalformedAnswer("the answer ended before its list of dishes was complete");
            }
        }
        if (!started) {
            throw new MalformedAnswer("the answer holds no list of dishes");
        }
        if (!finished) {
            throw new MalformedAnswer("the answer ended before its list of dishes was complete");
        }
    }

    private static String reason(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JacksonException jackson ? jackson.getOriginalMessage()
                : e.getMessage();
    }

    int dishes() {
        return dishes;
    }

    /** Complete objects that were not usable dishes. */
    int skipped() {
        return skipped;
    }

    private void drain() throws IOException {
        JsonToken token;
        while (!finished && (token = parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
            if (depth == 0) {
                depth = 1; // the opening '[' (the text was cut to start at it)
                continue;
            }
            if (depth == 1) {
                if (token == JsonToken.END_ARRAY) {
                    finished = true; // what follows (a closing fence) is not ours to parse
                } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    element = new TokenBuffer(parser);
                    element.copyCurrentEvent(parser);
                    depth = 2;
                } else {
                    skipped++; // a bare string or number in the list
                }
                continue;
            }
            element.copyCurrentEvent(parser);
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd() && --depth == 1) {
                complete(element);
                element = null;
            }
        }
    }

    private void complete(TokenBuffer tokens) throws IOException {
        JsonNode node;
        try (JsonParser replay = tokens.asParser(Json.MAPPER)) {
            node = Json.MAPPER.readTree(replay);
        }
        var dish = InspiredDish.from(node);
        if (dish.isEmpty()) {
            skipped++;
        } else if (dishes < max) {
            dishes++;
            onDish.accept(dish.get());
        }
    }

    /** The model's text is not a list of dishes. */
    static final class MalformedAnswer extends RuntimeException {
        MalformedAnswer(String message) {
            super(message, null, false, false);
        }
    }
}
