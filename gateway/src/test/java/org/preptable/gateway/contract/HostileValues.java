package org.preptable.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.testing.ContractShapes;

/**
 * Values a schema refuses, generated from the schema itself: the wrong type, a null where none is allowed, a NUL
 * character, a string one past its limit, numbers past their range or past what any column holds ({@code 1e400},
 * {@code 2^63}), a value outside an enum, a malformed UUID. Each is labelled, so a failure names what was sent.
 */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileValues() {
    }

    /** The schema with its {@code $ref} (and a one-armed {@code allOf}) followed. */
    static JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        for (int hops = 0; hops < 10 && node.has("$ref"); hops++) {
            node = ContractShapes.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    /** JSON values (for a body field) that {@code schema} does not allow, by label. */
    static Map<String, JsonNode> forJson(JsonNode rawSchema, boolean required) {
        JsonNode schema = resolve(rawSchema);
        List<String> types = types(schema);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (types.isEmpty()) {
            return values; // unconstrained (or a combination): nothing is certainly wrong
        }
        if (required && !types.contains("null")) {
            values.put("null", NODES.nullNode());
        }
        if (types.contains("string")) {
            values.put("a number instead of a string", NODES.numberNode(12345));
            values.put("a NUL character", NODES.textNode("before\u0000after"));
            if (schema.has("maxLength")) {
                values.put("one past maxLength", NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
            }
            if (schema.has("enum")) {
                values.put("a value outside the enum", NODES.textNode("NOT_ONE_OF_THEM"));
            }
            if ("uuid".equals(schema.path("format").asText())) {
                values.put("a malformed UUID", NODES.textNode("not-a-uuid"));
                values.put("a short text java.util.UUID would take", NODES.textNode("1-1-1-1-1"));
            }
        }
        if (types.contains("integer") || types.contains("number")) {
            values.put("a string instead of a number", NODES.textNode("12"));
            values.put("1e400", NODES.numberNode(new BigDecimal("1e400")));
            values.put("2^63", NODES.numberNode(new BigInteger("9223372036854775808")));
            values.put("-2^63-1", NODES.numberNode(new BigInteger("-9223372036854775809")));
            if (types.contains("integer") && !types.contains("number")) {
                values.put("a fraction", NODES.numberNode(new BigDecimal("1.5")));
            }
            if (schema.has("minimum")) {
                values.put("below minimum", NODES.numberNode(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE)));
            }
            if (schema.has("exclusiveMinimum")) {
                values.put("at exclusiveMinimum", NODES.numberNode(schema.get("exclusiveMinimum").decimalValue()));
            }
            if (schema.has("maximum")) {
                values.put("above maximum", NODES.numberNode(schema.get("maximum").decimalValue().add(BigDecimal.ONE)));
            }
        }
        if (types.contains("boolean") && !types.contains("string")) {
            values.put("a string instead of true/false", NODES.textNode("yes"));
        }
        if (types.contains("array")) {
            values.put("an object instead of an array", NODES.objectNode());
            if (schema.has("maxItems")) {
                var tooMany = NODES.arrayNode();
                for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                    tooMany.add(NODES.nullNode());
                }
                values.put("one past maxItems", tooMany);
            }
            forJson(schema.path("items"), true).forEach((label, value) ->
                    values.put("an array element with " + label, NODES.arrayNode().add(value)));
        }
        if (types.contains("object") && !types.contains("string")) {
            values.put("a string instead of an object", NODES.textNode("x"));
        }
        return values;
    }

    /**
     * Raw URL texts (already percent-encoded where meant to be) that a path or query parameter with
     * {@code schema} does not allow. {@code query}: blank means absent there, so it is not offered.
     */
    static Map<String, String> forUrl(JsonNode rawSchema, boolean query) {
        JsonNode schema = resolve(rawSchema);
        List<String> types = types(schema);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("a NUL character", "a%00b");
        values.put("a bad percent-escape", "a%zzb");
        if (types.equals(List.of("string")) && !schema.has("format") && !query) {
            values.put("only a control character", "%01"); // not blank to isBlank(), empty once trimmed
        }
        if ("uuid".equals(schema.path("format").asText())) {
            values.put("a malformed UUID", "not-a-uuid");
            values.put("a short text java.util.UUID would take", "1-1-1-1-1");
            values.put("a UUID with a bad digit", "0b5f9a3c-6f0e-4a36-9a51-6f1f8f0d2a1g");
        }
        if (types.contains("integer") || types.contains("number")) {
            values.put("not a number", "abc");
            values.put("2^63", "9223372036854775808");
            values.put("1e400", "1e400");
            if (schema.has("minimum")) {
                values.put("below minimum", schema.get("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString());
            }
            if (schema.has("maximum")) {
                values.put("above maximum", schema.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString());
            }
        }
        if (types.contains("boolean")) {
            values.put("not true/false", "maybe");
        }
        if (schema.has("enum")) {
            values.put("a value outside the enum", "NOT_ONE_OF_THEM");
        }
        if (schema.has("maxLength")) {
            values.put("one past maxLength", "x".repeat(schema.get("maxLength").asInt() + 1));
        }
        List<String> formats = new ArrayList<>(List.of(schema.path("format").asText("")));
        schema.path("anyOf").forEach(option -> formats.add(option.path("format").asText("")));
        if (formats.contains("date") || formats.contains("date-time")) {
            values.put("a date that does not exist", "2026-13-45");
            values.put("a year past 9999", "%2B999999999-12-31");
            values.put("the year 0", "0000-01-01");
        }
        return values;
    }
}
