package org.preptable.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one place where PrepTable's Jackson mappers are configured, so the gateway, the kiosk and the
 * bridge agree on dates (ISO strings, never arrays or epoch numbers) and on unknown fields.
 */
public final class Json {

    /** For reading what another PrepTable part sent: newer senders may add fields, so unknown ones are ignored. */
    public static final ObjectMapper MAPPER = base()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * For reading request bodies at the gateway: a misspelt field is a client bug that must surface as a 400
     * instead of being silently dropped.
     */
    public static final ObjectMapper STRICT = strict();

    private Json() {
    }

    /**
     * Refuses a NUL character ({@code \u0000}) in any string: PostgreSQL cannot store one, so it would otherwise
     * fail deep inside a write instead of as a 400 naming the field.
     */
    static final class NoNulStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "a string must not contain a NUL character", value,
                        String.class);
            }
            return value;
        }
    }

    /**
     * No guessing either: a number where text belongs ({@code "name": 123}), text where a number belongs
     * ({@code "quantity": "12.5"}) or a fraction where a whole number belongs is refused, so what the API contract
     * says a field is, is what the gateway takes.
     */
    private static ObjectMapper strict() {
        ObjectMapper mapper = base()
                .registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new NoNulStrings()))
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }

    private static ObjectMapper base() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** Serializes a value with the shared mapper; wire types are plain records, so a failure is a programming error. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getName(), e);
        }
    }
}
