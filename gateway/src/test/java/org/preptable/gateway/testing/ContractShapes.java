package org.preptable.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.preptable.gateway.contract.ApiContract;
import org.preptable.model.Json;

/**
 * The contract as the tests read it: finds the operation a request hit, and checks an answer against it — the
 * status must be one the operation lists, and a JSON body must validate against that status's schema. Every
 * {@link ApiClient} call goes through {@link #check}, so each existing HTTP test also checks the contract.
 */
public final class ContractShapes {

    /** The merged document the gateway serves. */
    public static final ObjectNode DOCUMENT = ApiContract.load().document();

    private static final List<Operation> OPERATIONS = operations();
    private static final Map<String, Validator> VALIDATORS = new ConcurrentHashMap<>();
    private static final JsonObject DOCUMENT_JSON = new JsonObject(Json.write(DOCUMENT));

    private ContractShapes() {
    }

    /** One operation of the contract: its method, path template, and the JSON pointer to it. */
    public record Operation(String method, String path, Pattern pattern, String pointer, JsonNode node) {

        public String id() {
            return node.path("operationId").asText();
        }

        public boolean matches(String method, String path) {
            return this.method.equals(method) && pattern.matcher(path).matches();
        }

        public int literalSegments() {
            return (int) java.util.Arrays.stream(path.split("/")).filter(s -> !s.startsWith("{")).count();
        }
    }

    public static List<Operation> all() {
        return OPERATIONS;
    }

    public static Optional<Operation> find(String method, String path) {
        return OPERATIONS.stream().filter(op -> op.matches(method, path)).findFirst();
    }

    /**
     * Fails with an {@link AssertionError} when the answer is not what the contract says this request can get:
     * an undocumented route, an undocumented status, a JSON body that does not fit the status's schema.
     */
    public static void check(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.split("\\?", 2)[0];
        Optional<Operation> operation = find(method, path);
        String what = method + " " + path + " answered " + status;
        if (operation.isEmpty()) {
            if (status == 404 || status == 405 || status == 400) { // no such route (or an undecodable path)
                validate("/components/schemas/Error", body, what);
                return;
            }
            throw new AssertionError(what + " but the contract has no such operation; add it to "
                    + "gateway/src/main/resources/openapi/");
        }
        Operation op = operation.get();
        JsonNode responses = op.node().path("responses");
        String key = String.valueOf(status);
        String pointer = op.pointer() + "/responses/" + key;
        JsonNode response = responses.get(key);
        if (response == null) {
            throw new AssertionError(what + " (" + op.id() + "), a status the contract does not list for it "
                    + "(it lists " + fieldNames(responses) + "); body: " + abbreviate(body));
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = at(pointer);
        }
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content");
        if (body == null || body.isEmpty()) {
            return;
        }
        if (!content.has(mediaType)) {
            throw new AssertionError(what + " (" + op.id() + ") with " + mediaType + ", which the contract does not "
                    + "list for that status (it lists " + fieldNames(content) + ")");
        }
        if (mediaType.equals("application/json") && content.path(mediaType).has("schema")) {
            validate(pointer + "/content/application~1json/schema", body, what + " (" + op.id() + ")");
        }
    }

    /** Validates {@code json} against the schema at {@code pointer} in the merged document. */
    public static void validate(String pointer, String json, String what) {
        Object instance;
        try {
            instance = io.vertx.core.json.Json.decodeValue(json);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": the body is not JSON: " + abbreviate(json));
        }
        OutputUnit result = validator(pointer).validate(instance);
        if (!result.getValid()) {
            List<String> errors = new ArrayList<>();
            if (result.getErrors() != null) {
                result.getErrors().forEach(error -> errors.add(error.getInstanceLocation() + ": " + error.getError()));
            }
            throw new AssertionError(what + ": the body does not fit the contract's schema " + pointer + ": " + errors
                    + "; body: " + abbreviate(json));
        }
    }

    /** The node at a JSON pointer of the merged document. */
    public static JsonNode at(String pointer) {
        JsonNode node = DOCUMENT.at(pointer);
        if (node.isMissingNode()) {
            throw new AssertionError("the contract has nothing at " + pointer);
        }
        return node;
    }

    /** Escapes a path for a JSON pointer: {@code /api/v1/items} becomes {@code ~1api~1v1~1items}. */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static Validator validator(String pointer) {
        return VALIDATORS.computeIfAbsent(pointer, at -> {
            // The whole document is the schema resource, so every local $ref resolves; its root $ref picks the
            // schema to apply. OpenAPI-only keywords (paths, example, ...) are unknown keywords and ignored.
            JsonObject wrapper = DOCUMENT_JSON.copy();
            wrapper.put("$ref", "#" + at);
            return Validator.create(JsonSchema.of(wrapper), new JsonSchemaOptions().setDraft(Draft.DRAFT202012)
                    .setBaseUri("urn:preptable:contract").setOutputFormat(OutputFormat.Basic));
        });
    }

    private static List<Operation> operations() {
        List<Operation> found = new ArrayList<>();
        DOCUMENT.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String verb = method.getKey().toUpperCase(Locale.ROOT);
            if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                return;
            }
            Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^/]+}", "[^/]+")
                    .replace(".", "\\."));
            found.add(new Operation(verb, path.getKey(), pattern,
                    "/paths/" + escape(path.getKey()) + "/" + method.getKey(), method.getValue()));
        }));
        // A literal segment beats a parameter: /items/low before /items/{itemId}.
        found.sort(Comparator.comparingInt(Operation::literalSegments).reversed());
        return List.copyOf(found);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(none)";
        }
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
