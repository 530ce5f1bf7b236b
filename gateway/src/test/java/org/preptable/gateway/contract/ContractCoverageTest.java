package org.preptable.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ContractShapes;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** The router and the contract list the same routes: none undocumented, none documented but missing. */
@ExtendWith(GatewayExtension.class)
class ContractCoverageTest {

    @Test
    void theContractListsExactlyTheMountedRoutes(TestGateway gateway) {
        TreeSet<String> documented = new TreeSet<>();
        ContractShapes.all().forEach(op -> documented.add(op.method() + " " + op.path()));
        List<String> mounted = gateway.gateway().mountedRoutes();
        assertThat(mounted).as("routes the router serves").hasSizeGreaterThan(60);

        TreeSet<String> undocumented = new TreeSet<>(mounted);
        undocumented.removeAll(documented);
        TreeSet<String> notMounted = new TreeSet<>(documented);
        notMounted.removeAll(mounted);
        assertThat(undocumented).as("mounted routes missing from the contract").isEmpty();
        assertThat(notMounted).as("documented routes the router does not serve").isEmpty();
    }

    @Test
    void theGatewayServesTheContractAndSwaggerUi(ApiClient api) {
        var json = api.get("/openapi.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(json.json().path("paths").size()).isEqualTo(ContractShapes.DOCUMENT.path("paths").size());
        var yaml = api.get("/openapi.yaml");
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(yaml.body()).contains("openapi: 3.1.0");

        var docs = api.unchecked().get("/api/docs/");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui/swagger-ui-bundle.js").doesNotContain("//cdn", "https://");
        var bundle = api.unchecked().get("/api/docs/swagger-ui/swagger-ui-bundle.js");
        assertThat(bundle.status()).as("Swagger UI's script comes from the webjar").isEqualTo(200);
        assertThat(bundle.body().length()).isGreaterThan(100_000);
    }
}
