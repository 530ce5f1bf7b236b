package org.preptable.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.contract.ContractFixtures.Caller;
import org.preptable.gateway.testing.ContractShapes;
import org.preptable.gateway.testing.ContractShapes.Operation;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.RawHttp;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.model.Json;
import org.preptable.model.saavor.SaavorSignature;

/**
 * Hostile input, generated from the contract's schemas: every operation gets malformed JSON, bodies of the wrong
 * type or label, unknown fields, an oversize body, and for each body field, path and query parameter the values
 * its schema refuses ({@link HostileValues}). Every answer must be a documented 4xx with the error envelope — no
 * 5xx — and the database (row counts and a checksum of every table) must be unchanged by each operation's run.
 */
@ExtendWith(GatewayExtension.class)
class HostileInputTest {

    /** Read by docs/testing.md's figure: how many requests one run sends. */
    static final String COUNT_LINE = "hostile-input requests sent: ";

    @Test
    void noHostileRequestGetsA5xxOrChangesTheDatabase(TestGateway gateway) {
        ContractFixtures fixtures = new ContractFixtures(gateway);
        OperationCalls calls = new OperationCalls(fixtures);
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(gateway);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (Operation op : ContractShapes.all()) {
            Caller caller = admittedCaller(op);
            Map<String, String> headers = new LinkedHashMap<>(fixtures.client(caller).headers());
            String path = calls.path(op, caller, false);
            Map<String, String> before = fingerprint.take(op);
            List<HostileRequest> requests = requests(op, calls, caller, path);
            for (HostileRequest request : requests) {
                Map<String, String> sentHeaders = new LinkedHashMap<>(headers);
                sentHeaders.putAll(request.headers());
                if (op.node().path("security").toString().contains("saavorSignature") && request.body() != null) {
                    sentHeaders.put(SaavorSignature.HEADER, SaavorSignature.sign(TestGateway.SAAVOR_SECRET,
                            request.body().getBytes(StandardCharsets.UTF_8)));
                }
                RawHttp.Answer answer = RawHttp.send(gateway.gateway().port(), op.method(), request.target(),
                        sentHeaders, request.body());
                sent++;
                String problem = judge(op, request, answer);
                if (problem != null) {
                    wrong.add(op.id() + " with " + request.label() + ": " + problem);
                }
            }
            operations++;
            Map<String, String> after = fingerprint.take(op);
            if (!after.equals(before)) {
                wrong.add(op.id() + ": refused requests changed the database: " + DatabaseFingerprint.diff(before, after));
            }
        }
        System.out.println(COUNT_LINE + sent + " over " + operations + " operations");
        assertThat(wrong).as("hostile requests answered wrongly").isEmpty();
        assertThat(operations).isEqualTo(ContractShapes.all().size());
    }

    /** An admin where admitted (it passes every scope), else the first admitted kind; nobody on public routes. */
    private static Caller admittedCaller(Operation op) {
        JsonNode roles = op.node().get("x-preptable-roles");
        if (roles == null) {
            return Caller.NOBODY;
        }
        for (Caller caller : List.of(Caller.ADMIN, Caller.STAFF, Caller.MANAGER, Caller.KIOSK, Caller.CUSTOMER)) {
            if (ContractFixtures.admits(roles, caller)) {
                return caller;
            }
        }
        throw new AssertionError(op.id() + " admits none of the matrix's callers: " + roles);
    }

    private static String judge(Operation op, HostileRequest request, RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return "answered " + answer.status() + ": " + answer.body();
        }
        if (answer.status() < 400) {
            return "accepted (" + answer.status() + ") what the contract refuses: " + answer.body();
        }
        try {
            JsonNode envelope = Json.MAPPER.readTree(answer.body());
            if (envelope == null || envelope.path("statusCode").asInt() != answer.status()
                    || envelope.path("message").asText().isBlank()) {
                return "answered " + answer.status() + " without the error envelope: " + answer.body();
            }
            ContractShapes.check(op.method(), request.target(), answer.status(), answer.header("Content-Type"),
                    answer.body());
        } catch (AssertionError e) {
            return e.getMessage();
        } catch (Exception e) {
            return "answered " + answer.status() + " with a body that is not JSON: " + answer.body();
        }
        return null;
    }

    /** One hostile request: what is wrong with it, the raw target (path and query), extra headers and body. */
    record HostileRequest(String label, String target, Map<String, String> headers, String body) {
    }

    private static List<HostileRequest> requests(Operation op, OperationCalls calls, Caller caller, String path) {
        List<HostileRequest> requests = new ArrayList<>();
        JsonNode media = op.node().path("requestBody").path("content").path("application/json");
        String body = media.isMissingNode() ? null : calls.body(op, false).equals("{}")
                ? Json.write(media.path("example")) : calls.body(op, false);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        for (JsonNode parameter : op.node().path("parameters")) {
            JsonNode param = HostileValues.resolve(parameter);
            String name = param.path("name").asText();
            String in = param.path("in").asText();
            for (Map.Entry<String, String> value : HostileValues.forUrl(param.path("schema"), in.equals("query"))
                    .entrySet()) {
                String target = in.equals("path") ? replaceParam(op, path, name, value.getValue())
                        : in.equals("query") ? withQuery(path, name, value.getValue()) : null;
                if (target != null) {
                    requests.add(new HostileRequest(in + " " + name + " = " + value.getKey(), target,
                            body == null ? Map.of() : json, body));
                }
            }
        }
        if (media.isMissingNode()) {
            return requests;
        }
        requests.add(new HostileRequest("malformed JSON", path, json, "{\"name\": "));
        requests.add(new HostileRequest("a JSON null body", path, json, "null"));
        requests.add(new HostileRequest("a JSON array body", path, json, "[]"));
        requests.add(new HostileRequest("a JSON string body", path, json, "\"text\""));
        requests.add(new HostileRequest("a text/plain label", path, Map.of("Content-Type", "text/plain"), body));
        requests.add(new HostileRequest("a form label", path,
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "name=x&quantity=1"));
        requests.add(new HostileRequest("an oversize body", path, json,
                "{\"name\": \"" + "x".repeat(1024 * 1024 + 64) + "\"}"));
        JsonNode schema = HostileValues.resolve(media.path("schema"));
        if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
            ObjectNode unknown = example(body);
            unknown.put("zz_not_a_field", 1);
            requests.add(new HostileRequest("an unknown field", path, json, Json.write(unknown)));
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String field = property.getKey();
            if (required.contains(field)) {
                ObjectNode missing = example(body);
                missing.remove(field);
                requests.add(new HostileRequest("field " + field + " missing", path, json, Json.write(missing)));
            }
            HostileValues.forJson(property.getValue(), required.contains(field)).forEach((label, value) -> {
                ObjectNode changed = example(body);
                changed.set(field, value);
                requests.add(new HostileRequest("field " + field + " = " + label, path, json, Json.write(changed)));
            });
        }
        return requests;
    }

    private static ObjectNode example(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node instanceof ObjectNode object ? object.deepCopy() : Json.MAPPER.createObjectNode();
        } catch (Exception e) {
            return Json.MAPPER.createObjectNode();
        }
    }

    /** The path with query parameter {@code name} set to {@code value} (replacing a value the fixtures gave it). */
    private static String withQuery(String path, String name, String value) {
        String[] parts = path.split("\\?", 2);
        List<String> pairs = new ArrayList<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                if (!pair.startsWith(name + "=")) {
                    pairs.add(pair);
                }
            }
        }
        pairs.add(name + "=" + value);
        return parts[0] + "?" + String.join("&", pairs);
    }

    /** The concrete path with one parameter's value swapped for a hostile one. */
    private static String replaceParam(Operation op, String concrete, String name, String value) {
        String[] template = op.path().split("/");
        String[] parts = concrete.split("\\?", 2)[0].split("/");
        for (int i = 0; i < template.length && i < parts.length; i++) {
            if (template[i].equals("{" + name + "}")) {
                parts[i] = value;
            }
        }
        String query = concrete.contains("?") ? "?" + concrete.split("\\?", 2)[1] : "";
        return String.join("/", parts) + query;
    }
}
