package org.preptable.gateway.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.preptable.model.Json;

/**
 * Writes a JSON body straight from database rows into a Vert.x {@link Buffer}, for the large reads where building a
 * record and then a map per row cost more than the query (issue 23). The generator comes from the shared
 * {@link Json#MAPPER}, so escaping, numbers and the absence of indentation are those of {@link Responses}: a route
 * switched to this writer answers the same bytes as before (the streamed-bytes tests compare them).
 */
public final class JsonStream {

    /**
     * {@link Json#MAPPER}'s own settings, writing UTF-8 bytes. Jackson's byte writer would otherwise escape a character
     * outside the BMP (an emoji in a name) as two {@code \uD83C...} escapes, where {@link Json#write}'s text writer,
     * and so every other body, keeps it as the character itself.
     */
    private static final ObjectWriter WRITER = Json.MAPPER.writer()
            .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

    /** What a route writes: one JSON value, usually an object, with the generator's own calls. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonStream() {
    }

    /** Answers 200 with what {@code body} writes. */
    public static void ok(RoutingContext ctx, Body body) {
        Buffer bytes = write(body);
        ctx.response().setStatusCode(200)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(bytes);
    }

    /** The bytes {@code body} writes; the generator writes UTF-8 into the buffer in chunks of its own buffer's size. */
    public static Buffer write(Body body) {
        Buffer buffer = Buffer.buffer(16 * 1024);
        try (JsonGenerator json = WRITER.createGenerator(new BufferStream(buffer), JsonEncoding.UTF8)) {
            body.write(json);
        } catch (IOException e) {
            // only a bug can get here: the target is memory, and the values are strings, numbers and nulls
            throw new UncheckedIOException("cannot write a JSON body", e);
        }
        return buffer;
    }

    private static final class BufferStream extends OutputStream {

        private final Buffer buffer;

        BufferStream(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }
}
