package org.preptable.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.testing.ContractShapes;
import org.preptable.gateway.testing.ContractShapes.Operation;
import org.preptable.model.Json;

/** The contract document itself: complete, consistent, and every example fits its own schema. */
class ContractDocumentTest {

    @Test
    void isOpenApi31WithUniqueOperationIds() {
        assertThat(ContractShapes.DOCUMENT.path("openapi").asText()).isEqualTo("3.1.0");
        Set<String> ids = new HashSet<>();
        for (Operation op : ContractShapes.all()) {
            assertThat(op.id()).as(op.method() + " " + op.path() + " operationId").isNotBlank();
            assertThat(ids.add(op.id())).as("operationId " + op.id() + " is used once").isTrue();
        }
    }

    @Test
    void everyOperationSaysWhoMayCallIt() {
        List<String> problems = new ArrayList<>();
        for (Operation op : ContractShapes.all()) {
            JsonNode roles = op.node().get("x-preptable-roles");
            JsonNode security = op.node().get("security");
            if (roles == null) {
                boolean open = security != null && security.isArray() && security.isEmpty();
                boolean signed = security != null && security.toString().equals("[{\"saavorSignature\":[]}]");
                if (!open && !signed) {
                    problems.add(op.id() + ": no x-preptable-roles, but not public (security: []) or signed either");
                }
                continue;
            }
            roles.forEach(role -> {
                if (Role.parse(role.asText()).isEmpty()) {
                    problems.add(op.id() + ": unknown role " + role.asText());
                }
            });
            if (security == null || security.isEmpty()) {
                problems.add(op.id() + ": has roles but no security scheme");
            }
            if (!op.node().path("responses").has("401")) {
                problems.add(op.id() + ": has roles but does not list 401");
            }
            boolean everyone = roles.size() >= Role.values().length;
            if (!everyone && !op.node().path("responses").has("403")) {
                problems.add(op.id() + ": admits only some roles but does not list 403");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationHasExamplesThatFitTheirSchemas() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Operation op : ContractShapes.all()) {
            JsonNode body = op.node().path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode()) {
                String at = op.pointer() + "/requestBody/content/application~1json";
                checked += checkExamples(op, at, body, "request", problems);
                if (!body.has("example") && !body.has("examples")) {
                    problems.add(op.id() + ": no request example");
                }
            }
            boolean answered = false;
            for (Map.Entry<String, JsonNode> response : op.node().path("responses").properties()) {
                JsonNode json = response.getValue().path("content").path("application/json");
                if (json.isMissingNode()) {
                    continue;
                }
                String at = op.pointer() + "/responses/" + response.getKey() + "/content/application~1json";
                checked += checkExamples(op, at, json, "response " + response.getKey(), problems);
                answered |= response.getKey().startsWith("2") && (json.has("example") || json.has("examples"));
            }
            boolean hasJsonSuccess = op.node().path("responses").properties().stream()
                    .anyMatch(r -> r.getKey().startsWith("2") && r.getValue().path("content").has("application/json"));
            if (hasJsonSuccess && !answered) {
                problems.add(op.id() + ": no example of a successful answer");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("examples checked").isGreaterThan(ContractShapes.all().size());
    }

    private static int checkExamples(Operation op, String at, JsonNode media, String what, List<String> problems) {
        List<JsonNode> examples = new ArrayList<>();
        if (media.has("example")) {
            examples.add(media.get("example"));
        }
        media.path("examples").forEach(example -> examples.add(example.path("value")));
        for (JsonNode example : examples) {
            try {
                ContractShapes.validate(at + "/schema", Json.write(example), op.id() + " " + what + " example");
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
        }
        return examples.size();
    }
}
