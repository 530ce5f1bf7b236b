package org.preptable.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.stream.Collectors;
import org.preptable.model.Json;

/** Reads JSON request bodies strictly: malformed JSON, unknown fields and wrong types are a 400 naming the field. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T read(RoutingContext ctx, Class<T> type) {
        requireJson(ctx);
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0 || body.toString().isBlank()) {
            throw ApiError.badRequest("Request body is required");
        }
        try {
            T value = Json.STRICT.readValue(body.getBytes(), type);
            if (value == null) {
                throw ApiError.badRequest("Request body is required");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.badRequest("Unknown field '" + e.getPropertyName() + "'");
        } catch (MismatchedInputException e) {
            String field = fieldPath(e);
            if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                    && text.indexOf('\0') >= 0) {
                throw ApiError.badRequest("Field '" + field + "' must not contain a NUL character");
            }
            String expected = e.getTargetType() == null ? "a different type" : describe(e.getTargetType());
            throw ApiError.badRequest(field.isEmpty()
                    ? "Request body must be a JSON object"
                    : "Field '" + field + "' must be " + expected);
        } catch (JsonMappingException e) {
            String field = fieldPath(e);
            throw ApiError.badRequest(field.isEmpty() ? "Request body does not match the expected shape"
                    : "Field '" + field + "' has an invalid value");
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("Malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw ApiError.badRequest("Request body cannot be read");
        }
    }

    /**
     * A body labelled as something other than JSON (a form, plain text) is refused with 415 rather than parsed as
     * JSON anyway: the client meant something else, or a browser form is being replayed across sites.
     */
    private static void requireJson(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            return; // no label: read as JSON, the only thing these routes take (an empty body is refused below)
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new ApiError(415, "Unsupported content type '" + mediaType + "'; send the body as JSON with the header"
                    + " Content-Type: application/json (curl: -H 'Content-Type: application/json')");
        }
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
