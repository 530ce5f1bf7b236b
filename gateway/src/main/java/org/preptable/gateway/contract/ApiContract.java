package org.preptable.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The OpenAPI 3.1 document that describes every route: {@code openapi/openapi.yaml} on the classpath, with the
 * feature files it lists under {@code x-preptable-parts} merged into its {@code paths} and {@code components}.
 * The parts are plain YAML with local {@code $ref}s into the merged document, so the result is one self-contained
 * tree: what the gateway serves, and what the contract tests read.
 */
public final class ApiContract {

    private static final String ROOT = "openapi/openapi.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode document;
    private final byte[] json;
    private final byte[] yaml;

    private ApiContract(ObjectNode document) {
        this.document = document;
        try {
            this.json = JSON.writeValueAsBytes(document);
            this.yaml = YAML.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and merges the contract; a part that repeats a path or a component name is a build error. */
    public static ApiContract load() {
        ObjectNode root = (ObjectNode) read(ROOT);
        JsonNode parts = root.remove("x-preptable-parts");
        if (parts == null || !parts.isArray()) {
            throw new IllegalStateException(ROOT + " lists no x-preptable-parts");
        }
        ObjectNode paths = root.withObject("/paths");
        ObjectNode components = root.withObject("/components");
        for (JsonNode part : parts) {
            String file = "openapi/" + part.asText();
            JsonNode tree = read(file);
            for (Iterator<String> keys = tree.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!key.equals("paths") && !key.equals("components")) {
                    throw new IllegalStateException(file + ": only paths and components may be at the top, not " + key);
                }
            }
            mergeInto(paths, tree.path("paths"), file, "path");
            for (Map.Entry<String, JsonNode> kind : tree.path("components").properties()) {
                mergeInto(components.withObject("/" + kind.getKey()), kind.getValue(), file,
                        "components." + kind.getKey());
            }
        }
        return new ApiContract(root);
    }

    private static void mergeInto(ObjectNode target, JsonNode source, String file, String what) {
        for (Map.Entry<String, JsonNode> entry : source.properties()) {
            if (target.has(entry.getKey())) {
                throw new IllegalStateException(file + " repeats " + what + " " + entry.getKey());
            }
            target.set(entry.getKey(), entry.getValue());
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract file " + resource);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The merged document (a copy: callers may not change the served one). */
    public ObjectNode document() {
        return document.deepCopy();
    }

    byte[] json() {
        return json;
    }

    byte[] yaml() {
        return yaml;
    }
}
